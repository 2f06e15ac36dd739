/**
 * Reusable zeroed byte buffers for one call's position marks (which units a
 * found span covers). A typed array over 64 bytes lives outside V8's heap and
 * costs an allocation and a later sweep each time; extractors mark positions
 * for every article, so they borrow a buffer and give it back instead.
 */

const free: Uint8Array[] = [];
/** Buffers kept for reuse; more than a few are never out at once. */
const KEEP = 8;
/** Short texts share one size class, so a buffer suits most of the articles after it. */
const MIN_SIZE = 4096;
/** A buffer for a text longer than this (1 MB: no news article) is not kept for the next. */
const MAX_KEPT_SIZE = 1 << 20;

/** A buffer whose first `length` units are 0 (it may be longer). Give it back with releaseBytes. */
export function borrowBytes(length: number): Uint8Array {
  const buf = free.pop();
  if (buf && buf.length >= length) {
    buf.fill(0, 0, length);
    return buf;
  }
  return new Uint8Array(Math.max(length, MIN_SIZE));
}

/** Returns a buffer from borrowBytes; the caller must not use it again. */
export function releaseBytes(buf: Uint8Array): void {
  if (free.length < KEEP && buf.length <= MAX_KEPT_SIZE) free.push(buf);
}
