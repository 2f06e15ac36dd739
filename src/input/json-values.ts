/**
 * JSON values from a byte stream that holds JSONL (one value a line) or one
 * pretty-printed document: what `govx validate` and `govx officials` read.
 * Streamed: a line is held only up to the size limit, and a document that
 * spans lines only up to the limit as a whole, so no input costs more memory
 * than the limit.
 */
import { DEFAULT_MAX_BYTES, formatBytes, isBlankLine, lineBatches } from './lines.js';

export type JsonValueLine = { line: number; value: unknown } | { line: number; error: string };

function parseLine(line: number, text: string): JsonValueLine {
  try {
    return { line, value: JSON.parse(text) };
  } catch (err) {
    return { line, error: `not JSON (${(err as Error).message})` };
  }
}

export async function* jsonValues(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxBytes = DEFAULT_MAX_BYTES,
): AsyncGenerator<JsonValueLine> {
  // 'start' until the first non-blank line: JSON on its own means JSONL, else one document spanning lines.
  let mode: 'start' | 'lines' | 'document' = 'start';
  const held: { line: number; text: string }[] = [];
  let heldBytes = 0;
  let tooLarge = false;
  for await (const batch of lineBatches(chunks, maxBytes)) {
    for (const { n, bytes } of batch) {
      if (bytes !== null && isBlankLine(bytes)) continue;
      if (mode === 'document') {
        heldBytes += (bytes?.length ?? maxBytes) + 1;
        if (bytes === null || heldBytes > maxBytes) tooLarge = true;
        else held.push({ line: n, text: bytes.toString('utf8') });
        continue;
      }
      if (bytes === null) {
        mode = 'lines';
        yield { line: n, error: `line is over the ${formatBytes(maxBytes)} limit` };
        continue;
      }
      const text = bytes.toString('utf8');
      const parsed = parseLine(n, text);
      if (mode === 'start' && 'error' in parsed) {
        mode = 'document';
        held.push({ line: n, text });
        heldBytes = bytes.length + 1;
        continue;
      }
      mode = 'lines';
      yield parsed;
    }
  }
  if (mode !== 'document') return;
  const first = held[0]?.line ?? 1;
  if (tooLarge) {
    yield { line: first, error: `document is over the ${formatBytes(maxBytes)} limit` };
    return;
  }
  const whole = parseLine(first, held.map((h) => h.text).join('\n'));
  if ('value' in whole) yield whole;
  // Neither one document nor JSONL throughout: each line says what it is.
  else for (const h of held) yield parseLine(h.line, h.text);
}
