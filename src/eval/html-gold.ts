/**
 * Scoring of HTML extraction against the corpus html-gold files
 * (../shared/corpus/README.md, "html-gold format"). Pure: no I/O.
 *
 * Strings are compared after NFKC and whitespace removal. title, publishedAt
 * and source must equal the gold; a null gold there means the page states
 * none, so the prediction must be null too. bodyStart must occur within the
 * first 200 characters of the main text, bodyEnd end within the last 200; a
 * null bodyStart/bodyEnd means the page has no body and the text must be
 * empty. noBoilerplate: none of bodyMustNotContain occurs in the text.
 */
import type { HtmlArticle } from '../input/html/index.js';

export interface HtmlGold {
  file: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  bodyStart: string | null;
  bodyEnd: string | null;
  bodyMustNotContain: string[];
}

export const HTML_CHECKS = ['title', 'publishedAt', 'source', 'bodyStart', 'bodyEnd', 'body', 'noBoilerplate'] as const;
export type HtmlCheck = (typeof HTML_CHECKS)[number];

export interface HtmlPageScore {
  file: string;
  /** true/false per check; null when the check does not apply. */
  checks: Record<HtmlCheck, boolean | null>;
  /** Boilerplate strings found in the text. */
  leaked: string[];
  predicted: { title: string | null; publishedAt: string | null; source: string | null };
}

export interface HtmlRate {
  check: HtmlCheck;
  correct: number;
  total: number;
  /** correct / total, or null when no page applies. */
  rate: number | null;
}

/** How far into the text bodyStart may begin / before its end bodyEnd may stop. */
export const BODY_WINDOW = 200;

function norm(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** Checks the shape of a parsed html-gold file; throws naming the bad field. */
export function parseHtmlGold(value: unknown): HtmlGold {
  if (!value || typeof value !== 'object') throw new Error('html gold: not a JSON object');
  const v = value as Record<string, unknown>;
  for (const k of ['title', 'publishedAt', 'source', 'bodyStart', 'bodyEnd'] as const) {
    if (v[k] !== null && typeof v[k] !== 'string') throw new Error(`html gold: "${k}" must be a string or null`);
  }
  const must = v.bodyMustNotContain ?? [];
  if (!Array.isArray(must) || must.some((s) => typeof s !== 'string'))
    throw new Error('html gold: "bodyMustNotContain" must be an array of strings');
  return {
    file: str(v.file) ?? '',
    title: str(v.title),
    publishedAt: str(v.publishedAt),
    source: str(v.source),
    bodyStart: str(v.bodyStart),
    bodyEnd: str(v.bodyEnd),
    bodyMustNotContain: must as string[],
  };
}

function same(gold: string | null, predicted: string | null): boolean {
  if (gold === null) return predicted === null || norm(predicted) === '';
  return predicted !== null && norm(gold) === norm(predicted);
}

/** What is scored of a page's result: the HTML extractor's own output, or a record's meta and text. */
export type ScoredPage = Pick<HtmlArticle, 'text' | 'title' | 'publishedAt' | 'source'>;

export function scoreHtmlPage(gold: unknown, article: ScoredPage): HtmlPageScore {
  const g = parseHtmlGold(gold);
  const text = norm(article.text);

  let bodyStart: boolean;
  if (g.bodyStart === null) bodyStart = text === '';
  else {
    const i = text.indexOf(norm(g.bodyStart));
    bodyStart = i >= 0 && i <= BODY_WINDOW;
  }
  let bodyEnd: boolean;
  if (g.bodyEnd === null) bodyEnd = text === '';
  else {
    const e = norm(g.bodyEnd);
    const i = text.lastIndexOf(e);
    bodyEnd = i >= 0 && text.length - (i + e.length) <= BODY_WINDOW;
  }
  const leaked = g.bodyMustNotContain.filter((s) => norm(s) !== '' && text.includes(norm(s)));

  return {
    file: g.file,
    checks: {
      title: same(g.title, article.title),
      publishedAt: same(g.publishedAt, article.publishedAt),
      source: same(g.source, article.source),
      bodyStart,
      bodyEnd,
      body: bodyStart && bodyEnd,
      noBoilerplate: leaked.length === 0,
    },
    leaked,
    predicted: { title: article.title, publishedAt: article.publishedAt, source: article.source },
  };
}

export function summarizeHtml(scores: HtmlPageScore[]): HtmlRate[] {
  return HTML_CHECKS.map((check) => {
    let correct = 0;
    let total = 0;
    for (const s of scores) {
      const v = s.checks[check];
      if (v === null) continue;
      total++;
      if (v) correct++;
    }
    return { check, correct, total, rate: total === 0 ? null : correct / total };
  });
}
