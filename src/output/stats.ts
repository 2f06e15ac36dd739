/**
 * Counts over a run's output lines for `govx stats`: articles, error lines by
 * code, items per field, the organisations and officials most articles
 * mention, and the span of dates. Pure: lines in, one summary object out.
 */
import type { ArticleRecord } from '../record.js';
import { isErrorLine, type OutputLine } from './tables.js';

export const STAT_FIELDS = [
  'officials',
  'dates',
  'documents',
  'organizations',
  'places',
  'meetings',
  'decisions',
  'appointments',
] as const;
export type StatField = (typeof STAT_FIELDS)[number];

export interface Ranked {
  name: string;
  /** Articles mentioning it (each article counts once). */
  articles: number;
}

export interface Span {
  earliest: string;
  latest: string;
}

export interface RunStats {
  /** Output lines read: records plus error lines. */
  articles: number;
  records: number;
  errors: number;
  errorsByCode: Record<string, number>;
  /** Items per field over the records: total and mean per record (error lines have none). */
  items: Record<StatField, { total: number; perArticle: number }>;
  /** Top 10 by articles mentioning them; organisations by their resolved name when known. */
  topOrganizations: Ranked[];
  topOfficials: Ranked[];
  /** Earliest and latest `dates[].value` of day precision (YYYY-MM-DD), or null when none. */
  dates: Span | null;
  /** Earliest and latest `meta.publishedAt`, or null when none. */
  publishedAt: Span | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TOP = 10;

export class StatsCollector {
  private records = 0;
  private errors = 0;
  private readonly byCode = new Map<string, number>();
  private readonly totals = new Map<StatField, number>(STAT_FIELDS.map((f) => [f, 0]));
  private readonly orgs = new Map<string, number>();
  private readonly people = new Map<string, number>();
  private dates: Span | null = null;
  private published: Span | null = null;

  add(line: OutputLine): void {
    if (isErrorLine(line)) {
      this.errors++;
      const code = line.error.code;
      this.byCode.set(code, (this.byCode.get(code) ?? 0) + 1);
      return;
    }
    this.addRecord(line);
  }

  private addRecord(r: ArticleRecord): void {
    this.records++;
    for (const f of STAT_FIELDS) this.totals.set(f, (this.totals.get(f) ?? 0) + (r[f]?.length ?? 0));
    countOnce(
      this.orgs,
      r.organizations.map((o) => o.resolved ?? o.name),
    );
    countOnce(
      this.people,
      r.officials.map((o) => o.name),
    );
    for (const d of r.dates) if (d.value && DAY.test(d.value)) this.dates = widen(this.dates, d.value);
    if (r.meta.publishedAt) this.published = widen(this.published, r.meta.publishedAt);
  }

  result(): RunStats {
    const items = {} as RunStats['items'];
    for (const f of STAT_FIELDS) {
      const total = this.totals.get(f) ?? 0;
      items[f] = { total, perArticle: this.records ? Math.round((total / this.records) * 100) / 100 : 0 };
    }
    return {
      articles: this.records + this.errors,
      records: this.records,
      errors: this.errors,
      errorsByCode: Object.fromEntries([...this.byCode].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      items,
      topOrganizations: top(this.orgs),
      topOfficials: top(this.people),
      dates: this.dates,
      publishedAt: this.published,
    };
  }
}

function countOnce(counts: Map<string, number>, names: string[]): void {
  for (const name of new Set(names)) counts.set(name, (counts.get(name) ?? 0) + 1);
}

function widen(span: Span | null, value: string): Span {
  if (!span) return { earliest: value, latest: value };
  if (value < span.earliest) span.earliest = value;
  if (value > span.latest) span.latest = value;
  return span;
}

/** Most articles first; ties by name, so the list is the same on every run. */
function top(counts: Map<string, number>): Ranked[] {
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, TOP)
    .map(([name, articles]) => ({ name, articles }));
}

/** The summary as a person reads it at a glance. */
export function formatStats(s: RunStats): string {
  const out: string[] = [];
  const codes = Object.entries(s.errorsByCode)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  out.push(
    `articles     ${s.articles}  (${s.records} records, ${s.errors} error line${s.errors === 1 ? '' : 's'}${codes ? `: ${codes}` : ''})`,
  );
  out.push(`dates        ${s.dates ? `${s.dates.earliest} … ${s.dates.latest}` : '—'}  (dates[].value, day precision)`);
  out.push(
    `published    ${s.publishedAt ? `${s.publishedAt.earliest} … ${s.publishedAt.latest}` : '—'}  (meta.publishedAt)`,
  );
  out.push('');
  const width = Math.max(...STAT_FIELDS.map((f) => String(s.items[f].total).length), 5);
  out.push(`items          ${'total'.padStart(width)}  per article`);
  for (const f of STAT_FIELDS)
    out.push(
      `  ${f.padEnd(13)}${String(s.items[f].total).padStart(width)}  ${s.items[f].perArticle.toFixed(2).padStart(11)}`,
    );
  for (const [label, list] of [
    ['top organizations', s.topOrganizations],
    ['top officials', s.topOfficials],
  ] as const) {
    out.push('');
    out.push(`${label} (articles mentioning them)`);
    if (list.length === 0) out.push('  —');
    const w = Math.max(...list.map((r) => String(r.articles).length));
    for (const r of list) out.push(`  ${String(r.articles).padStart(w)}  ${r.name}`);
  }
  return out.join('\n') + '\n';
}
