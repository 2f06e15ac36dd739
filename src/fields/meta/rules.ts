/**
 * The header fields' rule tables: title, publishedAt, source and bylines.
 * The rules themselves (with the ranks the code reads) live in rules/.
 */
import type { RuleTable } from '../rule.js';
import { BYLINE_RULES } from './rules/bylines.js';
import { PUBLISHED_RULES } from './rules/published.js';
import { SOURCE_RULES } from './rules/source.js';
import { TITLE_RULES } from './rules/title.js';

export { BYLINE_RULES, PUBLISHED_RULES, SOURCE_RULES, TITLE_RULES };

export const TITLE_TABLE: RuleTable = {
  field: 'title',
  summary: 'The headline, when the text starts with one; an HTML page’s own headline wins (page.meta).',
  rules: TITLE_RULES,
};

export const PUBLISHED_TABLE: RuleTable = {
  field: 'publishedAt',
  summary:
    'When the article was published, as its header, credits or footer state it (never the date of the event reported). Every rule proposes real calendar dates with a rank; the best rank wins, then the earliest position, and the same minute stated with seconds elsewhere is kept. A given date (pub.hint) overrides them all; an HTML page’s own date comes next (page.meta).',
  rules: PUBLISHED_RULES,
};

export const SOURCE_TABLE: RuleTable = {
  field: 'source',
  summary:
    'The outlet named as the article’s source: the best rank wins, then the earliest. 本报讯 names no outlet; 图片来源 is the photo’s source. An HTML page’s own source wins (page.meta).',
  rules: SOURCE_RULES,
};

export const BYLINES_TABLE: RuleTable = {
  field: 'bylines',
  summary:
    'The people credited for the article (记者, 通讯员, 编辑 …), each once, in text order; organisations and CMS users are not people.',
  rules: BYLINE_RULES,
};

/** In RULES.md order. */
export const META_TABLES: readonly RuleTable[] = [TITLE_TABLE, PUBLISHED_TABLE, SOURCE_TABLE, BYLINES_TABLE];
