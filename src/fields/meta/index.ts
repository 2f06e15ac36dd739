/**
 * Header metadata: headline, publication date, source outlet and credits,
 * plus the spans of all header/credit text so the officials extractor can
 * skip reporters and editors. Each part lives in its own file.
 */
import type { Doc, MetaResult, Span } from '../../types.js';
import { extractBylines } from './bylines.js';
import { extractPublished } from './published.js';
import { extractSource } from './source.js';
import { extractTitle } from './title.js';
import { contentLines } from './common.js';
import { scanMeta } from './scan.js';
import { mergeSpans } from '../../text/collections.js';

export { BYLINE_RULES, META_TABLES, PUBLISHED_RULES, SOURCE_RULES, TITLE_RULES } from './rules.js';

export function extractMeta(doc: Doc): MetaResult {
  // Split into lines and find the header/credit words once, for all four.
  const lines = contentLines(doc.text);
  const scan = scanMeta(doc.text);
  const title = extractTitle(doc, lines);
  const published = extractPublished(doc, lines, scan);
  const source = extractSource(doc, lines, scan);
  const { bylines, headerSpans } = extractBylines(doc, lines, scan);
  // concat, not push(...): an argument spread over a list that grows with the text overflows the stack.
  let spans: Span[] = headerSpans;
  if (published?.headerSpan) spans = spans.concat([published.headerSpan], published.allHeaderSpans);
  if (source) spans = spans.concat([source.headerSpan], source.allHeaderSpans);
  return {
    title: title?.value ?? null,
    titleSpan: title?.span ?? null,
    publishedAt: published?.value ?? null,
    publishedAtSpan: published?.span ?? null,
    source: source?.value ?? null,
    sourceSpan: source?.span ?? null,
    bylines,
    headerSpans: mergeSpans(spans),
    rules: { title: title?.rule ?? null, publishedAt: published?.rule ?? null, source: source?.rule ?? null },
  };
}
