/**
 * publishedAt: when the article was published, as stated in its header,
 * credits or footer — never the date of the event reported.
 *
 * Every rule proposes candidates with a rank; the best rank wins, then the
 * earliest position (and the same minute stated with seconds elsewhere).
 * Ranks: 0 a 发布时间-style label; 1 a generic 时间/日期 label in the header,
 * a leading date line, a date beside credits; 2 a timestamp alone on a line
 * further down, an e-paper (… 02版) credit; 3 the document's own date
 * (发文/成文日期, a signature date line under the issuer).
 * A caller-given date (doc.publishedAtHint) overrides all of them.
 */
import type { Doc, Span } from '../../types.js';
import {
  ORG_SUFFIXES,
  OUTLET_SUFFIXES,
  PUBLISHED_LABELS_DOCUMENT,
  PUBLISHED_LABELS_PRIMARY,
  STOP_LABELS,
} from '../../lexicon/meta-words.js';
import { isHan } from '../../text/han.js';
import { type DateAt, parseDateAt } from '../../text/datetime.js';
import { alternation, contentLines, HEADER_DATE, HEADER_DAY, hasBlank, type Line } from './common.js';
import { PUBLISHED_RULES, type PublishedRuleId } from './rules/published.js';
import { execAt, scanMeta, SCAN_LISTS, type MetaScan } from './scan.js';

export interface PublishedResult {
  value: string;
  span: Span | null;
  /** Label + value, for headerSpans. */
  headerSpan: Span | null;
  /** Every labelled or header date seen, for headerSpans. */
  allHeaderSpans: Span[];
  rule: string;
}

interface Candidate {
  rank: number;
  value: string;
  span: Span;
  headerSpan: Span;
  rule: string;
}

type RuleId = PublishedRuleId;
const RANK = Object.fromEntries(PUBLISHED_RULES.map((r) => [r.id, r.rank])) as Record<RuleId, number>;

// A label, then a colon or 】, then (maybe on the next line) the value. Sticky: tried where a label starts (meta-scan).
const LABEL_AT = new RegExp(
  `(${alternation(SCAN_LISTS.publishedLabels)})[ \\t]*(?:[:】]|(?=[ \\t]*\\d{4}))[ \\t\\r\\n]{0,8}`,
  'y',
);
const PRIMARY = new Set(PUBLISHED_LABELS_PRIMARY);
const DOCUMENT = new Set(PUBLISHED_LABELS_DOCUMENT);
const STOP_RE = new RegExp(`^[ \\t|/]+(?:${alternation(STOP_LABELS)})`);
// A header field glued to the date: 2019-08-13 14:07来源:….
const STOP_COLON_RE = new RegExp(`^[ \\t|/]*(?:${alternation(STOP_LABELS)})[ \\t]*:`);
const MASTHEAD_RE = new RegExp(`^[ \\t]*[\\u4e00-\\u9fffA-Za-z·-]{1,20}?(?:${alternation(OUTLET_SUFFIXES)})[ \\t]+`);
const EVENT_TIME_RE =
  /^[ \t]*(?:上午|下午|晚上|晚|早上|中午|凌晨|至|到|~|—|-\s*\d)|^[^\n]*\n[ \t]*(?:地点|地址|会议地点|活动地点)[ \t]*:/;
const WEEKDAY_RE = /^[ \t]*(?:星期|周|礼拜)[一二三四五六日天]/;
const ONLY_DATE_RE = /^[ \t]*(?:于[\u4e00-\u9fff]{2,8})?[ \t]*$/;
const SHORT_TAIL_START = /^[ \t]/;
const SENTENCE_PUNCT = /[,。;!?]/;
const PUBLISHED_WORD_RE = /^[ \t]*(?:发表|发布|刊发|出版)[ \t]*$/;
const MACHINE_DATE_RE = /^\d{4}[-/.]/;
const LINE_END_RE = /^[ \t]*(?:\r?\n|$)/;
const EPAPER_RE = /\([ \t]*(?=\d{4}[ \t]*年)/g;
const EPAPER_PAGE_RE = /^[ \t]*第?[ \t]*\d{1,3}[ \t]*版[ \t]*\)/;
const LEADING_LINES = 6;
const LEADING_CHARS = 600;

/** `lines`, `scan`: the text's content lines and word starts, when the caller has them already. */
export function extractPublished(
  doc: Doc,
  lines: readonly Line[] = contentLines(doc.text),
  scan: MetaScan = scanMeta(doc.text),
): PublishedResult | null {
  if (doc.publishedAtHint) {
    const rule: RuleId = 'pub.hint';
    return { value: doc.publishedAtHint, span: null, headerSpan: null, allHeaderSpans: [], rule };
  }
  const { text } = doc;
  const cands: Candidate[] = [];
  // An unset date (1970-01-01 00:00:00, a CMS default) is no publication date.
  const add = (rule: RuleId, d: DateAt, hs: number, he: number) => {
    if (!d.unset) cands.push({ rank: RANK[rule], value: d.value, span: [d.start, d.end], headerSpan: [hs, he], rule });
  };

  const headerEnd = headerEndOffset(text, lines);

  // Labelled dates anywhere (headers and footers alike).
  const labels = scan.publishedLabels;
  let from = 0;
  for (let m = execAt(LABEL_AT, text, labels, from); m; m = execAt(LABEL_AT, text, labels, from)) {
    from = m.index + m[0].length;
    const label = m[1]!;
    const before = text[m.index - 1];
    // 归档时间, 生效日期, 会议时间: a longer word ending in the label is another date.
    if (isHan(before) || (label === 'date' && /[A-Za-z]/.test(before ?? ''))) continue;
    const d = parseDateAt(text, m.index + m[0].length, HEADER_DATE);
    if (!d) continue;
    const rule: RuleId = PRIMARY.has(label)
      ? 'pub.label-primary'
      : DOCUMENT.has(label)
        ? 'pub.label-document'
        : 'pub.label-secondary';
    // A bare 时间:/日期: in the body is often the time of an event (时间:3月5日上午9时):
    // count it only at the top or on a line with other header fields.
    const lineStart = lineStartNear(text, m.index);
    // A machine-written value (2019-09-18 06:23) alone on its line is a header field wherever it stands.
    const machine =
      MACHINE_DATE_RE.test(text.slice(d.start, d.start + 5)) && LINE_END_RE.test(text.slice(d.end, d.end + 4));
    if (rule === 'pub.label-secondary' && lineStart > headerEnd && !machine && !headerFieldsAround(text, m.index))
      continue;
    // 时间:3月5日上午9时 / 时间:5日至6日 / …⏎地点: is an event's time, not the article's.
    if (rule === 'pub.label-secondary' && EVENT_TIME_RE.test(text.slice(d.end, d.end + 80))) continue;
    add(rule, d, m.index, d.end);
    from = d.end;
  }

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const cap = Math.min(line.end, line.start + 300);
    // Leading blanks and an opening bracket: [2024-02-27 16:56].
    const lead = leadLength(text, line.start, cap);
    const inHeader = line.start <= headerEnd && li < LEADING_LINES && line.start < LEADING_CHARS;
    // A masthead before the date: 某某日报 2024年05月10日 第04版.
    const mast = inHeader && blankSoon(text, line.start, cap) ? MASTHEAD_RE.exec(text.slice(line.start, cap)) : null;
    if (mast) {
      const md = parseDateAt(text, line.start + mast[0].length, HEADER_DATE);
      if (md) add('pub.leading-line', md, line.start + mast[0].length, md.end);
    }
    const d = parseDateAt(text, line.start + lead, HEADER_DATE);
    if (d) {
      const rest = text.slice(d.end, Math.min(line.end, d.end + 40));
      const restTrim = rest.trim();
      const onlyDate = ONLY_DATE_RE.test(rest);
      // After the date: nothing, a weekday, header fields, or a short tail (not a lead sentence).
      const shortTail = SHORT_TAIL_START.test(rest) && restTrim.length <= 20 && !SENTENCE_PUNCT.test(restTrim);
      if (
        inHeader &&
        (restTrim === '' || shortTail || WEEKDAY_RE.test(rest) || STOP_RE.test(rest) || STOP_COLON_RE.test(rest))
      ) {
        // A leading date line: the date stands alone or is followed by header fields.
        add('pub.leading-line', d, line.start + lead, d.end);
      } else if (PUBLISHED_WORD_RE.test(rest)) {
        // 2001年1月13日发表 on its own line (not 2019年3月1日发布的条例…).
        add('pub.date-published-word', d, line.start + lead, d.end);
      } else if (d.value.includes('T') && (STOP_RE.test(rest) || STOP_COLON_RE.test(rest))) {
        add('pub.datetime-credit', d, line.start + lead, d.end);
      } else if (
        restTrim === '' &&
        (d.value.includes('T') ||
          MACHINE_DATE_RE.test(text.slice(line.start + lead, Math.min(cap, line.start + lead + 5))))
      ) {
        // A machine-written timestamp alone on its line, below the header: 2024-05-15 08:58:52.
        add('pub.datetime-line', d, line.start + lead, d.end);
      } else if (!d.value.includes('T') && onlyDate && (/于/.test(rest) || afterIssuer(text, lines, li))) {
        // A line that is only a date under the issuer (…人民政府 / 2024年11月20日),
        // or 2021年12月24日于北京市: the document's own date.
        add('pub.signature-line', d, line.start + lead, d.end);
      }
    }
  }

  // E-paper credits: (2023年04月15日 02版).
  // (a match opens with "(" and has a 年 after it)
  const paren = text.indexOf('(');
  const epaper = paren >= 0 && text.lastIndexOf('年') > paren;
  EPAPER_RE.lastIndex = epaper ? paren : text.length;
  for (let m = epaper ? EPAPER_RE.exec(text) : null; m; m = EPAPER_RE.exec(text)) {
    const d = parseDateAt(text, m.index + m[0].length, HEADER_DAY);
    if (!d) continue;
    if (EPAPER_PAGE_RE.test(text.slice(d.end, d.end + 14))) add('pub.epaper-credit', d, m.index, d.end);
  }

  if (cands.length === 0) return null;
  cands.sort((a, b) => a.rank - b.rank || a.span[0] - b.span[0]);
  let best = cands[0]!;
  // The same moment stated more precisely elsewhere (12:10 here, 12:10:24 there): keep the precise one.
  // Only seconds are added: a bare day and a clock time elsewhere may be different moments of that day.
  if (best.value.includes('T')) {
    for (const c of cands) if (c.value.length > best.value.length && c.value.startsWith(best.value)) best = c;
  }
  const allHeaderSpans = cands.filter((c) => c.rank <= 1).map((c) => c.headerSpan);
  return { value: best.value, span: best.span, headerSpan: best.headerSpan, allHeaderSpans, rule: best.rule };
}

// Words that end an issuer's name; a set by length, read from the end of the line.
const ISSUER_WORDS = [...ORG_SUFFIXES, '人民政府', '委员会', '办公室', '办公厅', '常委会', '人民法院', '人民检察院'];
const ISSUER_ENDINGS = new Set(ISSUER_WORDS);
const ISSUER_LENGTHS = [...new Set(ISSUER_WORDS.map((w) => w.length))];
const CLAUSE_PUNCT = /[,。;:!?]/;

/** MASTHEAD_RE needs a blank within its outlet name's reach, after the leading blanks. */
const MASTHEAD_REACH = 20 + Math.max(...OUTLET_SUFFIXES.map((w) => w.length)) + 1;
function blankSoon(text: string, start: number, cap: number): boolean {
  const i = skipBlanks(text, start, cap);
  return hasBlank(text, i, Math.min(cap, i + MASTHEAD_REACH));
}

/** The first offset from i (up to cap) that is not a space or a tab. */
function skipBlanks(text: string, i: number, cap: number): number {
  while (i < cap) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) break;
    i++;
  }
  return i;
}

/** Length of the leading blanks, an optional [ or 【 and more blanks in text[start, cap): no slice, no regex run. */
function leadLength(text: string, start: number, cap: number): number {
  let i = skipBlanks(text, start, cap);
  if (i < cap && (text[i] === '[' || text[i] === '【')) i++;
  return skipBlanks(text, i, cap) - start;
}

/** The previous content line names an issuing body (a signature block). */
function afterIssuer(text: string, lines: readonly Line[], i: number): boolean {
  const prev = i > 0 ? lines[i - 1]! : null;
  if (!prev || prev.end - prev.start > 40) return false;
  const pt = text.slice(prev.start, prev.end).trim();
  if (pt.length < 2 || CLAUSE_PUNCT.test(pt)) return false;
  // Trimmed, so "ends in an issuer word" (the former /(?:…)[ \t]*$/ test).
  for (const n of ISSUER_LENGTHS) if (pt.length >= n && ISSUER_ENDINGS.has(pt.slice(pt.length - n))) return true;
  return false;
}

const HEADER_FIELD_RE = new RegExp(
  `(?:${alternation(['来源', '作者', '编辑', '浏览', '点击', '阅读', '访问', '字号', '字体', '人气'])})[ \\t]*[:】]`,
);

/** Other header fields (来源:, 浏览:) on the same line as position `i`. */
function headerFieldsAround(text: string, i: number): boolean {
  const ls = lineStartNear(text, i);
  const after = text.slice(i, i + 150);
  const nl = after.indexOf('\n');
  return HEADER_FIELD_RE.test(text.slice(Math.max(ls, i - 150), i) + (nl < 0 ? after : after.slice(0, nl)));
}

/** Start of the line holding `i`, looking back at most 300 characters (inputs may be 1 MB lines). */
function lineStartNear(text: string, i: number): number {
  const from = Math.max(0, i - 300);
  const nl = text.slice(from, i).lastIndexOf('\n');
  return nl < 0 ? from : from + nl + 1;
}

/**
 * Where the header ends: at the first body paragraph (a long line or one that
 * ends a sentence), the offset of that paragraph's start; the paragraph itself
 * still counts (a date may open a long header line).
 */
function headerEndOffset(text: string, lines: readonly Line[]): number {
  for (let i = 0; i < lines.length && i < LEADING_LINES; i++) {
    const l = lines[i]!;
    if (l.end - l.start > 120 || /。[ \t]*$/.test(text.slice(Math.max(l.start, l.end - 4), l.end))) return l.start;
  }
  const last = lines[Math.min(lines.length, LEADING_LINES) - 1];
  return last ? last.end : 0;
}
