/**
 * title: the headline, when the text starts with one. The first content line
 * (after e-paper page lines such as 第02版:要闻, a leading date line and
 * header fields such as 归档时间:…) is a headline when it is short, does not
 * end like a sentence or an addressee line, and is not a dateline or credit.
 * 原标题: is dropped; header fields after the headline on its line are cut.
 */
import type { Doc, Span } from '../../types.js';
import { SOURCE_LABELS, STOP_LABELS } from '../../lexicon/meta-words.js';
import { parseDateAt } from '../../text/datetime.js';
import { alternation, contentLines, HEADER_DATE, type Line } from './common.js';
import type { TitleRuleId } from './rules/title.js';

const MAX_TITLE = 80;
const SKIP_LINE = /^(?:第\s*\d+\s*版|摘要$|<正>$|\[?视频\]?$)/;
// A header field line: a short label and a colon (归档时间:…, 索引号:…).
const FIELD_LINE = /^[【[]?[\u4e00-\u9fff]{1,6}[】\]]?[ \t]*:/;
const FIELD_IN_LINE = new RegExp(
  `[ \\t|]+(?:${alternation([...STOP_LABELS, ...SOURCE_LABELS])}|[\\u4e00-\\u9fff]{1,6}[ \\t]*:)`,
);
const FIELD_MARK = /[ \t|]/;
const NOT_TITLE = /[。,;:!?、]$|^(?:本报讯|本网讯|——|-{2,}|\()|讯[ \t]*\(|(?:记者|通讯员)[ \t]/;

// 原标题: prefix, or a month.day list stamp (05.30 某县召开…).
const TITLE_PREFIX = /^原标题[ \t]*:[ \t]*|^\d{1,2}[.\-/]\d{1,2}[ \t]+(?=[\u4e00-\u9fff])/;
const SHORT_DATE_LINE = /^[^,。]{0,40}$/;

/** `lines`: the text's content lines, when the caller has them already. */
export function extractTitle(
  doc: Doc,
  lines: readonly Line[] = contentLines(doc.text),
): { value: string; span: Span; rule: string } | null {
  const { text, original } = doc;
  for (let li = 0; li < lines.length && li < 5; li++) {
    const line = lines[li]!;
    const raw = text.slice(line.start, Math.min(line.end, line.start + MAX_TITLE + 80));
    const lead = raw.length - raw.trimStart().length;
    let s = line.start + lead;
    let body = raw.trim();
    if (SKIP_LINE.test(body)) continue;
    const orig = TITLE_PREFIX.exec(body);
    const rule: TitleRuleId = orig?.[0].startsWith('原标题') ? 'title.original-title' : 'title.first-line';
    if (orig) {
      s += orig[0].length;
      body = body.slice(orig[0].length);
    }
    if (parseDateAt(text, s, HEADER_DATE)) {
      // A leading date line (2020年09月18日 星期五) precedes the headline; a dated lead sentence is no headline.
      if (SHORT_DATE_LINE.test(body)) continue;
      return null;
    }
    if (FIELD_LINE.test(body)) continue;
    // (a field after the headline is set off by a blank or a bar)
    const field = FIELD_MARK.test(body) ? FIELD_IN_LINE.exec(body) : null;
    if (field) body = body.slice(0, field.index);
    if (body.length > MAX_TITLE || body.length < 4 || line.end - s > MAX_TITLE + 80) return null;
    if (NOT_TITLE.test(body)) return null;
    return { value: original.slice(s, s + body.length), span: [s, s + body.length], rule };
  }
  return null;
}
