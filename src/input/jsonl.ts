/**
 * JSONL corpora: one article per non-blank line, {id, text | html, url?,
 * publishedAt?}. Every line gives exactly one work item; a line that is no
 * article (not JSON, not an object, a field of the wrong type, over the size
 * limit) gives a failed item naming the line and why, and the run goes on.
 */
import { formatBytes, lineBatches } from './lines.js';
import type { ItemFormat, WorkItem } from './sources.js';

/** What a JSON value is, for messages: 'null', 'an array', 'a number' … */
export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** An optional string field: absent or null → null; a string → itself; else a message. */
function optionalString(obj: Record<string, unknown>, key: string): string | null | { bad: string } {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  return { bad: `"${key}" must be a string, not ${kindOf(v)}` };
}

/** The work item a parsed line (or a .json file's article, format 'json') describes; a failed one when it is no article. */
export function jsonlItem(
  value: unknown,
  fallbackId: string,
  input: string,
  path: string,
  format: ItemFormat = 'jsonl',
): WorkItem {
  const what = format === 'jsonl' ? 'line' : 'article';
  const bad = (message: string, id = fallbackId): WorkItem => ({
    id,
    input,
    path,
    format,
    failure: { code: format === 'jsonl' ? 'bad-jsonl' : 'bad-json', message },
  });
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return bad(`${what} is ${kindOf(value)}, not a JSON object`);
  const obj = value as Record<string, unknown>;
  // A numeric id is the number as written in decimal; any other non-string id is a mistake.
  let id = fallbackId;
  if (typeof obj.id === 'string') id = obj.id;
  else if (typeof obj.id === 'number' && Number.isFinite(obj.id)) id = String(obj.id);
  else if (obj.id !== undefined && obj.id !== null)
    return bad(`"id" must be a string or a number, not ${kindOf(obj.id)}`);
  const url = optionalString(obj, 'url');
  if (typeof url === 'object' && url !== null) return bad(url.bad, id);
  const publishedAt = optionalString(obj, 'publishedAt');
  if (typeof publishedAt === 'object' && publishedAt !== null) return bad(publishedAt.bad, id);
  // Built in one literal each (no spreads: this runs once per line of a corpus).
  if (typeof obj.text === 'string') return { id, input, path, format, url, publishedAt, text: obj.text };
  if (typeof obj.html === 'string') return { id, input, path, format, url, publishedAt, html: obj.html };
  return bad(`${what} has neither a "text" nor an "html" string`, id);
}

/** One item per non-blank line of a JSONL stream; lines over `maxBytes` are not held. */
export async function* fromJsonl(
  chunks: AsyncIterable<Uint8Array>,
  path: string,
  stem: string,
  maxBytes: number,
): AsyncGenerator<WorkItem> {
  for await (const batch of lineBatches(chunks, maxBytes))
    for (const { n, bytes } of batch) {
      if (bytes === null) {
        const message = `line is over the ${formatBytes(maxBytes)} limit (--max-bytes)`;
        yield {
          id: `${stem}:${n}`,
          input: `${path}:${n}`,
          path,
          format: 'jsonl',
          failure: { code: 'too-large', message },
        };
        continue;
      }
      const line = bytes.toString('utf8');
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        value = NOT_JSON;
      }
      const input = `${path}:${n}`;
      const fallbackId = `${stem}:${n}`;
      if (value === NOT_JSON)
        yield {
          id: fallbackId,
          input,
          path,
          format: 'jsonl',
          failure: { code: 'bad-jsonl', message: 'line is not valid JSON' },
        };
      else yield jsonlItem(value, fallbackId, input, path);
    }
}

const NOT_JSON = Symbol('not JSON');
