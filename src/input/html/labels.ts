/**
 * Label patterns of HTML pages, built from the header lexicon the text
 * readers use (src/lexicon/meta-words.ts): a publication-time or source label
 * is written once for text and HTML. What only pages need is listed in
 * labelwords.ts (HTML_ONLY_…) and added on top.
 */
import {
  PUBLISHED_LABELS_DOCUMENT,
  PUBLISHED_LABELS_PRIMARY_COMMON,
  PUBLISHED_LABELS_SECONDARY,
  SOURCE_LABELS,
} from '../../lexicon/meta-words.js';
import { alternation } from '../../text/alternation.js';
import {
  EMPTY_CREDIT_LABELS,
  HTML_ONLY_OTHER_DATE_STEMS,
  HTML_ONLY_SOURCE_LABELS,
  INFO_CREDIT_LABELS,
  INFO_DATE_ENDINGS,
} from './labelwords.js';

const LATIN_START = /^[A-Za-z]/;

/** An alternation where a Latin label ('date') counts only as a word of its own, not the end of 'update'. */
function labelAlternation(words: readonly string[]): string {
  const han = words.filter((w) => !LATIN_START.test(w));
  const latin = words.filter((w) => LATIN_START.test(w));
  return latin.length === 0 ? alternation(han) : `${alternation(han)}|(?<![A-Za-z])(?:${alternation(latin)})`;
}

const PUBLISHED_LABELS = [...PUBLISHED_LABELS_PRIMARY_COMMON, ...PUBLISHED_LABELS_SECONDARY];
const SOURCE_LABELS_ON_PAGES = [...SOURCE_LABELS, ...HTML_ONLY_SOURCE_LABELS];

/**
 * A label right before a date that makes it the publication time (tested on
 * the folded text up to the date). Open on the left: any …时间/…日期 counts
 * unless OTHER_LABEL names another date.
 */
export const PUB_LABEL = new RegExp(`(?:${labelAlternation(PUBLISHED_LABELS)})\\s*[:：]?\\s*$`);

/**
 * Labels of other dates: the document's own (发文/成文/印发日期, ranked last
 * by the text reader; a page shows its own time) and the page-only ones.
 */
const OTHER_DATE_STEMS = [
  ...PUBLISHED_LABELS_DOCUMENT.map((w) => w.replace(/(?:日期|时间)$/, '')),
  ...HTML_ONLY_OTHER_DATE_STEMS,
];
export const OTHER_LABEL = new RegExp(`(?:${alternation(OTHER_DATE_STEMS)})(?:日期|时间)\\s*[:：]?\\s*$`);

/** Labels of the source line (来源：, 信息来源：), not inside a longer word (图片来源). */
export const SOURCE_LABEL = new RegExp(
  `(?:^|[^\\u4e00-\\u9fff])(?:${alternation(SOURCE_LABELS_ON_PAGES)})\\s*[:：]\\s*`,
);

/** A label with nothing after it but the next label or separator: '来源： 发布日期：…', '作者：'. */
export const EMPTY_FIELD = new RegExp(
  `(?:${labelAlternation([...PUBLISHED_LABELS, ...SOURCE_LABELS_ON_PAGES, ...EMPTY_CREDIT_LABELS])})[ \\u0000]*[:：](?=[\\s\\u0000]*(?:$|[|｜]|[\\u4e00-\\u9fff]{1,6}[ \\u0000]*[:：]))`,
  'g',
);

/** Labels of an info line (folded, simplified). */
export const INFO_LABEL = new RegExp(
  `(?:${alternation([...INFO_DATE_ENDINGS, ...SOURCE_LABELS_ON_PAGES, ...INFO_CREDIT_LABELS])})\\s*[:：|｜]`,
);
