/**
 * Bytes → string for every input kind, with the reasons a user sees when it
 * fails. The encoding logic (BOM, UTF-8, declared charset, GB18030/Big5
 * sniffing) lives in charset.ts; this module names the failures.
 */
import { CharsetError, decodeHtmlBytes } from './charset.js';

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

/** Why bytes that hold NULs are refused; the same words whether seen on the first bytes or the whole. */
export const BINARY_MESSAGE = 'input looks binary (contains NUL bytes)';

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('empty', 'input is empty');
  try {
    return decodeHtmlBytes(bytes);
  } catch (err) {
    if (!(err instanceof CharsetError)) throw err;
    const binary = /binary/.test(err.message);
    throw new InputError(
      binary ? 'binary' : 'undecodable',
      binary ? BINARY_MESSAGE : 'input is not decodable as UTF-8, GB18030 or Big5',
    );
  }
}

/** Whitespace-only text carries nothing to extract. */
export function assertHasText(text: string): void {
  if (text.trim() === '') throw new InputError('empty', 'input has no text');
}
