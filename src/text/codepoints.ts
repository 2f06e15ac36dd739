/**
 * UTF-16 ↔ code-point offsets. Records carry code-point spans so that Python's
 * text[s:e] and JS [...text].slice(s, e) agree, also for names with characters
 * outside the BMP.
 */

export interface OffsetMap {
  /** UTF-16 offset → code-point offset. */
  toCodePoint(utf16: number): number;
  /** Code-point length of the text. */
  readonly length: number;
  /** No surrogate pairs: UTF-16 offsets are code points already. */
  readonly identity: boolean;
}

export function offsetMap(text: string): OffsetMap {
  // Fast path: no surrogate pairs, offsets are the same.
  if (!/[\ud800-\udbff]/.test(text)) {
    return { toCodePoint: (u) => u, length: text.length, identity: true };
  }
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    // A pair only when a low surrogate follows: a lone high surrogate is one code point on its own.
    if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      table[i + 1] = cp; // a low surrogate belongs to the same code point
      i++;
    }
    cp++;
  }
  table[text.length] = cp;
  return { toCodePoint: (u) => table[u] ?? cp, length: cp, identity: false };
}

/** NaN (past the end) is not. */
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Slices by code-point span, the way a user would audit a record. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}
