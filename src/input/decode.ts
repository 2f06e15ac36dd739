/**
 * Bytes → string. A byte-order mark wins; otherwise strict UTF-8. Binary data
 * (NUL bytes) and invalid UTF-8 are refused with a reason, never guessed at.
 */

export class InputError extends Error {
  constructor(
    readonly code: 'empty' | 'binary' | 'undecodable',
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export interface Decoded {
  text: string;
  encoding: string;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('empty', 'input is empty');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError('binary', 'input looks binary (contains NUL bytes)');
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    throw new InputError('undecodable', 'input is not valid UTF-8');
  }
}

/** Whitespace-only text carries nothing to extract. */
export function assertHasText(text: string): void {
  if (text.trim() === '') throw new InputError('empty', 'input has no text');
}
