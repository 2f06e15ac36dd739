/**
 * One work item → one output line: a validated record, or an error record.
 * Never throws for bad input, so a batch run loses nothing.
 */
import { isPlaceholderDate } from '../text/datetime.js';
import { extract, extractHtml, type ExtractOptions } from './extract.js';
import { NoTextError } from './page.js';
import { looksLikeHtml } from '../input/html/index.js';
import { validateRecord } from '../schema/validate.js';
import { assertHasText, decodeBytes, InputError } from '../input/decode.js';
import type { WorkItem } from '../input/sources.js';
import type { ArticleRecord, ErrorRecord } from '../record.js';
import { parseIsoDateTime } from '../text/datetime.js';

export interface RunOptions {
  includeText: boolean;
}

export type ItemResult = { ok: true; record: ArticleRecord } | { ok: false; error: ErrorRecord };

/** The error record of an item: its id, what is known of its input, the code and message. */
export function errorRecord(item: WorkItem, code: string, message: string): ErrorRecord {
  const { input, path } = item;
  // 'path:LINE' names a JSONL line (or a .json array's element).
  const line =
    input.length > path.length + 1 && input.startsWith(path) && input[path.length] === ':'
      ? Number(input.slice(path.length + 1))
      : Number.NaN;
  return {
    id: item.id || 'stdin',
    input: {
      path,
      format: item.format,
      encoding: null,
      script: null,
      chars: null,
      url: item.url ?? null,
      line: Number.isInteger(line) ? line : null,
    },
    error: { code, message },
  };
}

function fail(item: WorkItem, code: string, message: string): ItemResult {
  return { ok: false, error: errorRecord(item, code, message) };
}

export function runItem(item: WorkItem, options: RunOptions): ItemResult {
  if (item.failure) return fail(item, item.failure.code, item.failure.message);
  // A given date must name a real day and time (2024-02-30 is refused, not passed on);
  // a CMS's empty-date placeholder is no date at all (the text may still have one).
  const given = item.publishedAt && !isPlaceholderDate(item.publishedAt) ? item.publishedAt : null;
  const publishedAt = given ? parseIsoDateTime(given) : null;
  if (given && publishedAt === null) {
    return fail(
      item,
      item.format === 'json' ? 'bad-json' : 'bad-jsonl',
      `publishedAt "${item.publishedAt}" is not a real date YYYY-MM-DD[THH:MM[:SS]]`,
    );
  }
  let text: string;
  let encoding = 'utf-8';
  let html: boolean;
  try {
    if (item.text !== undefined) text = item.text;
    else if (item.html !== undefined) text = item.html;
    else if (item.bytes) ({ text, encoding } = decodeBytes(item.bytes));
    else return fail(item, 'empty', 'input is empty');
    assertHasText(text);
    html = item.html !== undefined || item.format === 'html' || (item.text === undefined && looksLikeHtml(text));
  } catch (err) {
    if (err instanceof InputError) return fail(item, err.code, err.message);
    throw err;
  }
  let record: ArticleRecord;
  try {
    // Optional keys are assigned, not spread in: spreads take V8's slow path on every article.
    const opts: ExtractOptions = {};
    if (item.id) opts.id = item.id;
    opts.path = item.path;
    // A page in a JSONL line or .json file keeps that format; any other page is 'html'.
    opts.format = html && item.format !== 'jsonl' && item.format !== 'json' ? 'html' : item.format;
    opts.encoding = encoding;
    if (item.url !== undefined) opts.url = item.url;
    opts.publishedAt = publishedAt;
    opts.includeText = options.includeText;
    // A page goes through the API's own HTML step (main text, info and credit lines, meta tags).
    record = html ? extractHtml(text, opts) : extract(text, opts);
  } catch (err) {
    // A page that says nothing at all (no main text, headline, date or source) is as empty as an empty file.
    if (err instanceof NoTextError) return fail(item, 'empty', err.message);
    // An extractor bug must not cost the user the rest of the run.
    return fail(item, 'extractor-error', (err as Error).message || String(err));
  }
  const issues = validateRecord(record);
  if (issues.length > 0) {
    return fail(
      item,
      'invalid-record',
      'record failed schema validation (a govx bug): ' + issues.map((i) => `${i.path}: ${i.message}`).join('; '),
    );
  }
  return { ok: true, record };
}
