/**
 * Records flattened into tables, one row per item with the article id, for
 * R, Stata and pandas users (`govx extract --format csv --table officials`).
 */
import type { ArticleRecord } from '../record.js';

type Cell = string | number | boolean | null;

export interface Table {
  columns: string[];
  rows(record: ArticleRecord): Cell[][];
}

const span = (s: [number, number]): Cell[] => [s[0], s[1]];

export const TABLES: Record<string, Table> = {
  officials: {
    columns: [
      'article_id',
      'name',
      'title',
      'org',
      'org_resolved',
      'position',
      'acting',
      'former',
      'mentions',
      'roles',
      'start',
      'end',
    ],
    rows: (r) =>
      r.officials.flatMap((o) => {
        const first = o.mentions[0] ?? [0, 0];
        const common = (t: (typeof o.titles)[number] | null): Cell[] => [
          r.id,
          o.name,
          t?.text ?? null,
          t?.org ?? null,
          t?.orgResolved ?? null,
          t?.position ?? null,
          t?.acting ?? null,
          t?.former ?? null,
          o.mentions.length,
          (o.roles ?? []).join(';'),
          ...span(t?.span ?? first),
        ];
        return o.titles.length > 0 ? o.titles.map(common) : [common(null)];
      }),
  },
  dates: {
    columns: ['article_id', 'text', 'value', 'precision', 'time', 'time_of_day', 'anchor', 'range', 'start', 'end'],
    rows: (r) =>
      r.dates.map((d) => [
        r.id,
        d.text,
        d.value,
        d.precision,
        d.time ?? null,
        d.timeOfDay ?? null,
        d.anchor,
        d.range ?? null,
        ...span(d.span),
      ]),
  },
  documents: {
    columns: ['article_id', 'title', 'kind', 'number', 'issuer', 'start', 'end'],
    rows: (r) => r.documents.map((d) => [r.id, d.title, d.kind, d.number, d.issuer, ...span(d.span)]),
  },
  meetings: {
    columns: ['article_id', 'name', 'type', 'date', 'start', 'end'],
    rows: (r) => r.meetings.map((m) => [r.id, m.name, m.type ?? null, m.date, ...span(m.span)]),
  },
  decisions: {
    columns: ['article_id', 'kind', 'trigger', 'actor', 'object', 'documents', 'date', 'start', 'end'],
    rows: (r) =>
      r.decisions.map((d) => [
        r.id,
        d.kind,
        d.trigger,
        d.actor,
        d.object,
        d.documents.join(';'),
        d.date,
        ...span(d.span),
      ]),
  },
  appointments: {
    columns: [
      'article_id',
      'type',
      'person',
      'to_title',
      'to_org',
      'from_title',
      'from_org',
      'authority',
      'date',
      'start',
      'end',
    ],
    rows: (r) =>
      r.appointments.map((a) => [
        r.id,
        a.type,
        a.person,
        a.to?.title ?? null,
        a.to?.org ?? null,
        a.from?.title ?? null,
        a.from?.org ?? null,
        a.authority,
        a.date,
        ...span(a.span),
      ]),
  },
};

export const TABLE_NAMES = Object.keys(TABLES);
