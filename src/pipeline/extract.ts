/**
 * The one code path from text to record, used by the CLI and the package API.
 * Extractors work in UTF-16 offsets of the analysed text; spans are converted
 * to code points once, here, on the way out.
 */
import { createHash } from 'node:crypto';
import { normalizeText } from '../normalize/index.js';
import { segment } from '../segment/jieba.js';
import { offsetMap, type OffsetMap } from '../text/codepoints.js';
import { isUnsetDateTime } from '../text/datetime.js';
import { makeDoc } from '../text/doc.js';
import { extractMeta } from '../fields/meta/index.js';
import { extractDates } from '../fields/dates/index.js';
import { extractOfficials } from '../fields/officials/index.js';
import { extractDocuments } from '../fields/documents/index.js';
import { extractMeetings } from '../fields/meetings/index.js';
import { extractDecisions } from '../fields/decisions/index.js';
import { appointmentsFromHits, findAppointments } from '../fields/appointments/index.js';
import { addAppointedPeople } from '../fields/officials/refiners/appointment-people.js';
import { addListPeople } from '../fields/officials/refiners/list-people.js';
import { addMeetingDetails } from '../fields/meetings/refiners/details.js';
import { extractPlaces } from '../fields/places/index.js';
import { extractOrganizations } from '../fields/organizations/index.js';
import { resolveTitleOrgs } from '../fields/organizations/refiners/title-orgs.js';
import { SCHEMA_VERSION, type ArticleRecord, type InputFormat } from '../record.js';
import { looksLikeHtml } from '../input/html/index.js';
import { readPage } from './page.js';
import type { Span } from '../types.js';

export interface ExtractOptions {
  /** Article id; defaults to a hash of the (analysed) text. */
  id?: string;
  /** Where the text came from, for `input.path`. */
  path?: string | null;
  /**
   * 'html': the input is a page (its main text is analysed); 'text': plain
   * text as is; left out: a page when it looks like HTML, else text.
   */
  format?: InputFormat;
  encoding?: string;
  url?: string | null;
  /** A publication date known from outside the text (JSONL field); anchors dates. */
  publishedAt?: string | null;
  /** Keep `text` in the record (default true). */
  includeText?: boolean;
  /** What an HTML page said about itself (meta tags, headline); wins over what the text's header says. */
  page?: PageMeta;
}

export interface PageMeta {
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  site: { name: string | null; domain: string | null; idCode: string | null; column: string | null } | null;
  /** The site's region (first six digits of SiteIDCode), for resolving bare 县委/镇党委. */
  regionCode: string | null;
}

/** Key order of items in the record, whatever order an extractor built them in: same record, same bytes. */
const DATE_KEYS = [
  'text',
  'value',
  'precision',
  'time',
  'timeOfDay',
  'notAfter',
  'anchor',
  'range',
  'span',
  'rule',
] as const;
const TITLE_KEYS = ['text', 'org', 'orgResolved', 'position', 'acting', 'former', 'span', 'rule'] as const;

function inOrder<T extends object>(item: T, keys: readonly string[]): T {
  const src = item as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in src) out[k] = src[k];
  for (const k of Object.keys(src)) if (!(k in out)) out[k] = src[k];
  return out as T;
}

/** A date-time, or null when absent or a placeholder. */
function setDate(iso: string | null | undefined): string | null {
  return iso && !isUnsetDateTime(iso) ? iso : null;
}

/** Stable id for texts that arrive without one. */
export function textId(text: string): string {
  return 'sha1-' + createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 16);
}

/** Converts every `span` (and span list) found in a value to code points, in place. */
function convertSpans(value: unknown, map: OffsetMap): void {
  if (Array.isArray(value)) {
    for (const v of value) convertSpans(v, map);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  for (const [key, v] of Object.entries(obj)) {
    if (key === 'span' && Array.isArray(v)) obj[key] = cpSpan(v as Span, map);
    else if (key === 'mentions' && Array.isArray(v)) obj[key] = (v as Span[]).map((s) => cpSpan(s, map));
    else convertSpans(v, map);
  }
}

function cpSpan(span: Span, map: OffsetMap): Span {
  return [map.toCodePoint(span[0]), map.toCodePoint(span[1])];
}

/** Which rule made each header value of a record: the rule tester's view of what `meta` does not carry. */
export interface ExtractTrace {
  title: string | null;
  publishedAt: string | null;
  source: string | null;
}

/**
 * Text or an HTML page → record. A page (format 'html', or no format and
 * markup that looks like HTML) goes through the same HTML step as the CLI;
 * a page that says nothing at all throws NoTextError (code 'no-text').
 */
export function extract(original: string, options: ExtractOptions = {}): ArticleRecord {
  if (
    options.format === 'html' ||
    (options.format === undefined && options.page === undefined && looksLikeHtml(original))
  )
    return extractHtml(original, options);
  return extractTraced(original, options).record;
}

/**
 * An HTML page → record: its main text with the info and credit lines around
 * it is analysed, and its meta tags and headline go to `meta` (and its URL to
 * `input.url` when none is given). `format` stays as given (a JSONL line's
 * page is 'jsonl'), else 'html'. Throws NoTextError for a page with no main text, headline, date or source.
 */
export function extractHtml(html: string, options: ExtractOptions = {}): ArticleRecord {
  const { text, page, url } = readPage(html);
  const opts: ExtractOptions = Object.assign({}, options);
  opts.page = page;
  opts.format ??= 'html';
  if (!opts.url && url) opts.url = url;
  return extractTraced(text, opts).record;
}

export function extractTraced(
  original: string,
  options: ExtractOptions = {},
): { record: ArticleRecord; trace: ExtractTrace } {
  const { text, script } = normalizeText(original);
  // A given or page date that is a CMS's "unset" (1970-01-01 00:00:00) is no date: the text's header may have one.
  const givenAt = setDate(options.publishedAt);
  const pageAt = setDate(options.page?.publishedAt);
  const doc = makeDoc(original, text, { segment, publishedAtHint: givenAt });

  const meta = extractMeta(doc);
  const page = options.page;
  const publishedAt = givenAt ?? pageAt ?? meta.publishedAt;
  const dates = extractDates(doc, { publishedAt });
  const regionCode = page?.regionCode ?? null;
  const places = extractPlaces(doc, { regionCode });
  const organizations = extractOrganizations(doc, { places, regionCode });
  const found = resolveTitleOrgs(extractOfficials(doc, { exclude: meta.headerSpans }), places, regionCode, doc.text);
  const documents = extractDocuments(doc);
  const meetings = extractMeetings(doc, { dates });
  // Appointments need only dates, officials and meetings; decisions make their personnel frames from the hits.
  const appointmentCtx = { dates, officials: found, meetings };
  const appointmentHits = findAppointments(doc, appointmentCtx);
  const appointments = appointmentsFromHits(appointmentHits);
  const decisions = extractDecisions(doc, {
    dates,
    meetings,
    documents,
    appointments: appointmentHits,
    officials: found,
  });
  const officials = addListPeople(doc, addAppointedPeople(doc, found, appointments), meta.headerSpans);

  const map = offsetMap(original);
  // The optional keys come last in their objects, so assigning them keeps the key order (and skips the spreads' slow path).
  const input: ArticleRecord['input'] = {
    path: options.path ?? null,
    format: options.format ?? 'text',
    encoding: options.encoding ?? 'utf-8',
    script,
    chars: map.length,
  };
  if (options.url !== undefined) input.url = options.url;
  const recordMeta: ArticleRecord['meta'] = {
    title: page?.title ?? meta.title,
    publishedAt,
    source: page?.source ?? meta.source,
    bylines: meta.bylines,
  };
  if (page) recordMeta.site = page.site ? { ...page.site, regionCode: page.regionCode } : null;
  const record: ArticleRecord = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? textId(original),
    input,
    meta: recordMeta,
    officials: officials.map((o) => {
      o.titles = o.titles.map((t) => inOrder(t, TITLE_KEYS)); // in place: a spread plus a key is slow in V8
      return o;
    }),
    dates: dates.map((d) => inOrder(d, DATE_KEYS)),
    documents,
    organizations,
    places,
    meetings: addMeetingDetails(doc, meetings, officials, decisions).map((m) => {
      m.type ??= null;
      return m;
    }),
    decisions,
    appointments,
  };
  if (!map.identity) convertSpans(record, map);
  if (options.includeText !== false) record.text = original;
  // A page's own meta tags win over the text's header: their rule is 'page.meta'.
  const trace: ExtractTrace = {
    title: page?.title ? 'page.meta' : meta.rules.title,
    publishedAt: givenAt ? 'pub.hint' : pageAt ? 'page.meta' : meta.rules.publishedAt,
    source: page?.source ? 'page.meta' : meta.rules.source,
  };
  return { record, trace };
}
