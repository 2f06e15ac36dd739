/**
 * HTML page → article: main text plus the page's metadata (government meta
 * tags, headline, publication time, source, site).
 *
 * The steps, in order: parse into our own capped tree (tree.ts, the only
 * module importing cheerio, loaded on the first page), mark what the page's
 * CSS hides (cleanup.ts), measure text density and pick the body container
 * (main-text.ts), linearise it and clean its lines (linearize.ts,
 * cleanup.ts); then the headline and site (page-meta.ts), the header's
 * publication time and source (header.ts, reading dates with dates.ts), and
 * the info and credit lines shown around the body (credits.ts). Tag and
 * class lists are in selectors.ts, label lists in labelwords.ts; the date,
 * source and info-line label patterns are built in labels.ts from the header
 * lexicon the text readers share.
 */
import { findCredits, findInfoLines } from './credits.js';
import { findPublishedAndSource } from './header.js';
import { linearize } from './linearize.js';
import { applyHiddenCss } from './cleanup.js';
import { mainText, measure, pickContainer } from './main-text.js';
import { findSite, findTitle, meta } from './page-meta.js';
import { cleanLine, norm } from './text.js';
import { elementsOf, parsePage } from './tree.js';
import type { HtmlArticle } from './types.js';

export { findDates } from './dates.js';
export { stripSiteSuffix } from './page-meta.js';
export { looksLikeHtml } from './sniff.js';
export type { HtmlArticle, HtmlSite } from './types.js';

export function htmlToArticle(html: string): HtmlArticle {
  const { root, page } = parsePage(html);
  const { metas } = page;
  const elements = elementsOf(root);
  applyHiddenCss(elements, page.css);
  measure(elements);

  const title = findTitle(page.titles, metas, elements);

  // Main text.
  const container = pickContainer(elements);
  const text = container !== null ? mainText(container, title) : '';

  const allLines = linearize(root, false);
  const found = findPublishedAndSource(allLines, title, text === '' ? null : container, metas, elements);
  const { publishedAt, source: src } = found;
  let header: string[] = [];
  let credits: string[] = [];
  if (text !== '' && container !== null) {
    const bodyNorms = new Set(text.split('\n').map(norm));
    header = findInfoLines(found, src, bodyNorms);
    credits = findCredits(allLines, container, bodyNorms, new Set(header.map(norm)));
  }
  const rawTitle = cleanLine(page.titles[0] ?? '');
  const site = findSite(metas, allLines, title, rawTitle, page.canonical);
  const idCode = site?.idCode ?? null;
  const region = idCode !== null ? /^(\d{6})/.exec(idCode) : null;

  return {
    text,
    title,
    publishedAt,
    source: src,
    site,
    // Numeric authors are CMS user ids, not names.
    author: ((a) => (a !== null && /^\d+$/.test(a) ? null : a))(meta(metas, 'Author')),
    keywords: meta(metas, 'Keywords'),
    description: meta(metas, 'Description'),
    url: meta(metas, 'Url', 'og:url'),
    regionCode: region ? (region[1] as string) : null,
    header,
    credits,
  };
}
