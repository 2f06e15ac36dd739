/**
 * `.json` files as articles: one `{id?, text | html, url?, publishedAt?}`
 * object (the gold corpus format; other keys such as `gold` are ignored) or
 * an array of them. In a folder, what is no article — govx's own record
 * files (they carry `schemaVersion`), manifests, configuration — is skipped
 * with a warning; named on the command line it is an error record.
 */
import { createReadStream } from 'node:fs';
import { jsonlItem, kindOf } from './jsonl.js';
import { isBlankLine, splitLines } from './lines.js';
import type { WorkItem } from './sources.js';

/** Code of a `.json` input that holds no article. */
export const BAD_JSON = 'bad-json';

/** An object with a "text" or "html" string: what a corpus line or a .json article is. */
export function isArticleObject(v: unknown): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o.text === 'string' || typeof o.html === 'string';
}

/** A govx record (an --out file), not an article. */
const isGovxRecord = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v) && 'schemaVersion' in v;

/**
 * The articles of one `.json` file. `warn` is given for files found in a
 * folder: what holds no article is then skipped with one warning (records
 * silently), instead of becoming an error record.
 */
export function jsonFileItems(
  bytes: Uint8Array,
  path: string,
  id: string,
  warn?: (message: string) => void,
): WorkItem[] {
  const failed = (message: string): WorkItem[] => {
    if (warn) {
      warn(`${path}: skipped: ${message}`);
      return [];
    }
    return [{ id, input: path, path, format: 'json', failure: { code: BAD_JSON, message } }];
  };
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return failed('not valid JSON');
  }
  if (Array.isArray(value)) {
    if (value.length === 0 || !isArticleObject(value[0]))
      return failed('not an array of articles {id, text | html} (its first element has neither)');
    return value.map((v, i) => jsonlItem(v, `${id}:${i + 1}`, `${path}:${i + 1}`, path, 'json'));
  }
  if (isGovxRecord(value)) return warn ? [] : failed('a govx record, not an article');
  if (!isArticleObject(value))
    return failed(
      value && typeof value === 'object'
        ? 'an object with neither a "text" nor an "html" string, not an article'
        : `${kindOf(value)}, not an article object`,
    );
  return [jsonlItem(value, id, path, path, 'json')];
}

/**
 * True when the first non-blank line of a JSONL file is an article object,
 * so a folder's manifest (index.jsonl) is not taken for a corpus. A first
 * line over the size limit counts as an article (the run reports it).
 */
export async function isArticleCorpus(path: string, maxBytes: number): Promise<boolean> {
  const stream = createReadStream(path);
  try {
    for await (const { bytes } of splitLines(stream, maxBytes)) {
      if (bytes === null) return true;
      if (isBlankLine(bytes)) continue;
      try {
        return isArticleObject(JSON.parse(bytes.toString('utf8')));
      } catch {
        return false;
      }
    }
    return true; // no lines: nothing to read, nothing to warn about
  } finally {
    stream.destroy();
  }
}
