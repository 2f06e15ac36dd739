/**
 * Output lines flattened into CSV tables for R, Stata and pandas
 * (`govx extract --table officials`, `govx table officials records.jsonl`).
 * Columns carry the record's JSON field names (camelCase); nested fields join
 * their names (to.title → toTitle); lists of strings are joined with ';';
 * spans are `start,end` (the row item's own span, in code points).
 * Every table starts with `articleId`, the join key to the `articles` table,
 * which has one row per output line: records with no items and error lines too.
 */
import type { ArticleRecord } from '../record.js';
import type { Span } from '../types.js';

export type Cell = string | number | boolean | null;

/** An error line as written by extract: `input` is the input's path (older runs) or an object like a record's. */
export interface ErrorLine {
  id: string;
  input: string | { path?: string | null; format?: string; encoding?: string; chars?: number; url?: string | null };
  error: { code: string; message: string };
}

/** One line of extract's output: a record or an error line. */
export type OutputLine = ArticleRecord | ErrorLine;

export function isErrorLine(line: OutputLine): line is ErrorLine {
  return 'error' in line && !!line.error && typeof line.error === 'object';
}

export interface Table {
  columns: string[];
  /** Rows of one record; the articles table also has a row for an error line. */
  rows(line: OutputLine): Cell[][];
}

const span = (s: Span): Cell[] => [s[0], s[1]];
const list = (xs: readonly string[] | undefined | null): string => (xs ?? []).join(';');

/** A table of one list field: error lines have no rows. */
function itemTable(columns: string[], rows: (r: ArticleRecord) => Cell[][]): Table {
  return {
    columns: ['articleId', ...columns],
    rows: (line) => (isErrorLine(line) ? [] : rows(line).map((row) => [line.id, ...row])),
  };
}

/** The item lists counted in the articles table, as `<singular>Count` columns. */
const COUNTED = [
  ['officials', 'officialCount'],
  ['dates', 'dateCount'],
  ['documents', 'documentCount'],
  ['organizations', 'organizationCount'],
  ['places', 'placeCount'],
  ['meetings', 'meetingCount'],
  ['decisions', 'decisionCount'],
  ['appointments', 'appointmentCount'],
] as const;

const articles: Table = {
  columns: [
    'articleId',
    'path',
    'url',
    'format',
    'encoding',
    'script',
    'chars',
    'title',
    'publishedAt',
    'source',
    'bylines',
    'siteName',
    'siteDomain',
    ...COUNTED.map(([, c]) => c),
    'errorCode',
    'errorMessage',
  ],
  rows: (line) => {
    if (isErrorLine(line)) {
      const input = typeof line.input === 'string' ? { path: line.input } : (line.input ?? {});
      return [
        [
          line.id,
          input.path ?? null,
          input.url ?? null,
          input.format ?? null,
          input.encoding ?? null,
          null,
          input.chars ?? null,
          null,
          null,
          null,
          null,
          null,
          null,
          ...COUNTED.map(() => null),
          line.error.code,
          line.error.message,
        ],
      ];
    }
    const r = line;
    return [
      [
        r.id,
        r.input.path,
        r.input.url ?? null,
        r.input.format,
        r.input.encoding,
        r.input.script,
        r.input.chars,
        r.meta.title,
        r.meta.publishedAt,
        r.meta.source,
        r.meta.bylines.map((b) => `${b.role}:${b.name}`).join(';'),
        r.meta.site?.name ?? null,
        r.meta.site?.domain ?? null,
        ...COUNTED.map(([field]) => r[field].length),
        null,
        null,
      ],
    ];
  },
};

export const TABLES: Record<string, Table> = {
  articles,
  officials: itemTable(['name', 'titles', 'roles', 'mentions', 'mentionCount', 'nameStart', 'nameEnd', 'rule'], (r) =>
    r.officials.map((o) => {
      const first = o.mentions[0];
      return [
        o.name,
        list(o.titles.map((t) => t.text)),
        list(o.roles),
        JSON.stringify(o.mentions),
        o.mentions.length,
        first?.[0] ?? null,
        first?.[1] ?? null,
        o.rule,
      ];
    }),
  ),
  titles: itemTable(
    ['name', 'text', 'org', 'orgResolved', 'position', 'acting', 'former', 'rule', 'titleStart', 'titleEnd'],
    (r) =>
      r.officials.flatMap((o) =>
        o.titles.map((t) => [
          o.name,
          t.text,
          t.org,
          t.orgResolved ?? null,
          t.position,
          t.acting,
          t.former,
          t.rule,
          ...span(t.span),
        ]),
      ),
  ),
  dates: itemTable(
    ['text', 'value', 'precision', 'time', 'notAfter', 'anchor', 'timeOfDay', 'range', 'rule', 'start', 'end'],
    (r) =>
      r.dates.map((d) => [
        d.text,
        d.value,
        d.precision,
        d.time ?? null,
        d.notAfter ?? null,
        d.anchor,
        d.timeOfDay ?? null,
        d.range ?? null,
        d.rule,
        ...span(d.span),
      ]),
  ),
  documents: itemTable(['title', 'kind', 'number', 'issuer', 'rule', 'start', 'end'], (r) =>
    r.documents.map((d) => [d.title, d.kind, d.number, d.issuer, d.rule, ...span(d.span)]),
  ),
  meetings: itemTable(
    ['name', 'type', 'date', 'place', 'chair', 'speakers', 'attendees', 'agenda', 'rule', 'start', 'end'],
    (r) =>
      r.meetings.map((m) => [
        m.name,
        m.type ?? null,
        m.date,
        m.place ?? null,
        list(m.chair),
        list(m.speakers),
        list(m.attendees),
        list(m.agenda),
        m.rule,
        ...span(m.span),
      ]),
  ),
  decisions: itemTable(['kind', 'trigger', 'actor', 'object', 'documents', 'date', 'rule', 'start', 'end'], (r) =>
    r.decisions.map((d) => [d.kind, d.trigger, d.actor, d.object, list(d.documents), d.date, d.rule, ...span(d.span)]),
  ),
  appointments: itemTable(
    ['type', 'person', 'toTitle', 'toOrg', 'fromTitle', 'fromOrg', 'authority', 'date', 'rule', 'start', 'end'],
    (r) =>
      r.appointments.map((a) => [
        a.type,
        a.person,
        a.to?.title ?? null,
        a.to?.org ?? null,
        a.from?.title ?? null,
        a.from?.org ?? null,
        a.authority,
        a.date,
        a.rule,
        ...span(a.span),
      ]),
  ),
  organizations: itemTable(['name', 'resolved', 'kind', 'level', 'rule', 'start', 'end'], (r) =>
    r.organizations.map((o) => [o.name, o.resolved, o.kind, o.level, o.rule, ...span(o.span)]),
  ),
  places: itemTable(['name', 'code', 'path', 'level', 'rule', 'start', 'end'], (r) =>
    r.places.map((p) => [p.name, p.code, list(p.path), p.level, p.rule, ...span(p.span)]),
  ),
};

export const TABLE_NAMES = Object.keys(TABLES);

/**
 * Table names from `--table` values: each may be a comma-separated list;
 * duplicates are dropped, order kept. Throws a message naming the unknown one.
 */
export function parseTableNames(values: readonly string[]): string[] {
  const names: string[] = [];
  for (const v of values)
    for (const raw of v.split(',')) {
      const name = raw.trim();
      if (!name) continue;
      if (!TABLES[name]) throw new Error(`unknown table "${name}"; tables: ${TABLE_NAMES.join(', ')}`);
      if (!names.includes(name)) names.push(name);
    }
  return names;
}
