/**
 * Scoring exactly as the GUIDELINE's Scoring section defines: per field,
 * micro-averaged over all articles, exact match after NFKC and whitespace
 * removal; meetings also match where one name contains the other;
 * publishedAt and source are accuracies over articles with non-null gold.
 */
import type { ArticleRecord } from '../record.js';
import type { GoldArticle } from './gold.js';

export const SET_FIELDS = ['people', 'titled', 'dates', 'documents', 'bylines', 'meetings'] as const;
export const ACCURACY_FIELDS = ['publishedAt', 'source'] as const;
export type SetField = (typeof SET_FIELDS)[number];
export type AccuracyField = (typeof ACCURACY_FIELDS)[number];

/** Date rules for relative words (次日, 当天) that resolve to a day but are not calendar expressions. */
const RELATIVE_RULES = new Set(['relative-day']);

export function norm(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

export interface SetCounts {
  tp: number;
  fp: number;
  fn: number;
}
export interface AccuracyCounts {
  correct: number;
  total: number;
}

export interface ArticleScore {
  id: string;
  sets: Record<SetField, SetCounts & { missed: string[]; extra: string[] }>;
  accuracy: Record<AccuracyField, { gold: string | null; predicted: string | null; correct: boolean | null }>;
}

/** The items of each set field, normalised, for one record. */
export function predictedItems(r: ArticleRecord): Record<SetField, string[]> {
  return {
    people: r.officials.map((o) => norm(o.name)),
    titled: r.officials.flatMap((o) => o.titles.map((t) => pair(o.name, t.text))),
    // The GUIDELINE scores explicit calendar expressions: vague words and resolved 次日/当天 are not gold dates.
    dates: r.dates
      .filter((d) => d.value !== null && d.precision !== 'vague' && !RELATIVE_RULES.has(d.rule))
      .map((d) => norm(d.value as string)),
    documents: r.documents.map((d) => norm(d.title)),
    bylines: r.meta.bylines.map((b) => norm(b.name)),
    meetings: r.meetings.map((m) => norm(m.name)),
  };
}

export function goldItems(g: GoldArticle['gold']): Record<SetField, string[]> {
  return {
    people: g.people.map((p) => norm(p.name)),
    titled: g.people.flatMap((p) => p.titles.map((t) => pair(p.name, t))),
    dates: g.dates.map(norm),
    documents: g.documents.map(norm),
    bylines: g.bylines.map((b) => norm(b.name)),
    meetings: g.meetings.map((m) => norm(m.name)),
  };
}

function pair(name: string, title: string): string {
  return `${norm(name)}|${norm(title)}`;
}

/** Exact set match; with `lenient`, a match also where one item contains the other (one-to-one). */
export function matchSets(predicted: string[], gold: string[], lenient = false) {
  const p = [...new Set(predicted)];
  const g = [...new Set(gold)];
  const usedGold = new Set<number>();
  const unmatchedPred: string[] = [];
  const exactFirst = (x: string) => g.findIndex((y, j) => !usedGold.has(j) && y === x);
  const loose = (x: string) => g.findIndex((y, j) => !usedGold.has(j) && (y.includes(x) || x.includes(y)));
  // Exact matches first, so a lenient match never steals another item's exact partner.
  const pending: string[] = [];
  for (const x of p) {
    const j = exactFirst(x);
    if (j >= 0) usedGold.add(j);
    else pending.push(x);
  }
  for (const x of pending) {
    const j = lenient ? loose(x) : -1;
    if (j >= 0) usedGold.add(j);
    else unmatchedPred.push(x);
  }
  const missed = g.filter((_, j) => !usedGold.has(j));
  return { tp: usedGold.size, fp: unmatchedPred.length, fn: missed.length, missed, extra: unmatchedPred };
}

export function scoreArticle(gold: GoldArticle, record: ArticleRecord): ArticleScore {
  const pred = predictedItems(record);
  const want = goldItems(gold.gold);
  const sets = {} as ArticleScore['sets'];
  for (const f of SET_FIELDS) sets[f] = matchSets(pred[f], want[f], f === 'meetings');
  const acc = (g: string | null, p: string | null) => ({
    gold: g,
    predicted: p,
    correct: g === null ? null : p !== null && norm(g) === norm(p),
  });
  return {
    id: gold.id,
    sets,
    accuracy: {
      publishedAt: acc(gold.gold.publishedAt, record.meta.publishedAt),
      source: acc(gold.gold.source, record.meta.source),
    },
  };
}

export interface FieldReport {
  field: string;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}
export interface EvalReport {
  articles: number;
  fields: FieldReport[];
  accuracy: Array<{ field: AccuracyField; accuracy: number; correct: number; total: number }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function summarize(scores: ArticleScore[]): EvalReport {
  const fields = SET_FIELDS.map((field) => {
    const c = scores.reduce(
      (s, a) => ({ tp: s.tp + a.sets[field].tp, fp: s.fp + a.sets[field].fp, fn: s.fn + a.sets[field].fn }),
      { tp: 0, fp: 0, fn: 0 },
    );
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    return { field, precision, recall, f1: ratio(2 * precision * recall, precision + recall), ...c };
  });
  const accuracy = ACCURACY_FIELDS.map((field) => {
    const judged = scores.map((s) => s.accuracy[field].correct).filter((x): x is boolean => x !== null);
    const correct = judged.filter(Boolean).length;
    return { field, accuracy: ratio(correct, judged.length), correct, total: judged.length };
  });
  return { articles: scores.length, fields, accuracy };
}
