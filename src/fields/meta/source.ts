/**
 * source: the outlet named as the article's source. Ranks, best first:
 * 0 a 来源/信息来源/稿源 label; 1 a dateline (新华社北京3月1日电, 某某日报讯);
 * 2 an outlet before the reporter credit at the top (某某报记者 张三);
 * 3 据XX in the lead. 本报讯 names no outlet, 图片来源 is the photo's source.
 */
import type { Doc, Span } from '../../types.js';
import { OUTLET_SUFFIXES, SOURCE_LABELS, STOP_LABELS, UNNAMED_OUTLETS } from '../../lexicon/meta-words.js';
import { isHan } from '../../text/han.js';
import { parseDateAt } from '../../text/datetime.js';
import { alternation, contentLines, HEADER_DATE, hasBlank, type Line } from './common.js';
import { hasSurname } from './names.js';
import { SOURCE_RULES, type SourceRuleId } from './rules/source.js';
import { execAt, hasStartIn, scanMeta, type MetaScan } from './scan.js';

export interface SourceResult {
  value: string;
  span: Span;
  headerSpan: Span;
  /** Every source field seen (several 来源 lines), for headerSpans. */
  allHeaderSpans: Span[];
  rule: string;
}

type RuleId = SourceRuleId;
const RANK = Object.fromEntries(SOURCE_RULES.map((r) => [r.id, r.rank])) as Record<RuleId, number>;

const SUFFIX = alternation(OUTLET_SUFFIXES);
const UNNAMED = new Set(UNNAMED_OUTLETS);
// Sticky: tried where a label starts (meta-scan).
const LABEL_AT = new RegExp(`(?:${alternation(SOURCE_LABELS)})[ \\t]*[:】][ \\t]*(?:\\r?\\n[ \\t]*)?`, 'y');
// The value runs to a blank, a bar, a question mark (lost characters) or a bracket.
const VALUE_RE = /[^\s?|,;()【】[\]<>]{1,40}/y;
const STOP_IN_VALUE = new RegExp(`(?:${alternation(STOP_LABELS)})[ \\t]*:`);
// Outlet, optional place, optional date, then 讯/专讯/电: 新华社北京4月14日电, 某某网5月8日讯.
const DATELINE_RE = new RegExp(
  `^[ \\t]*[【《(]?[ \\t]*([\\u4e00-\\u9fffA-Za-z0-9·-]{1,20}?(?:${SUFFIX}))([\\u4e00-\\u9fff]{0,6}?)[ \\t]*((?:\\d{1,2}月)?\\d{1,2}日)?[ \\t]*(专)?(讯|电|消息)`,
);
const REPORTER_RE = new RegExp(
  `^[ \\t]*([\\u4e00-\\u9fffA-Za-z0-9·-]{1,24}?(?:${SUFFIX}))(?:特约记者|首席记者|融媒记者|记者|通讯员)`,
);
const ACCORDING_QUOTED_RE = /据[^,。“”\n]{0,24}?[“"]([^”"\n]{2,15})[”"](?:的)?(?:消息|报道|发布|微信|公众号)/;
const ACCORDING_BOOK_RE = /据《([^》\n]{2,15})》(?:的)?(?:报道|消息)/;
const ACCORDING_PLAIN_RE = new RegExp(`据([\\u4e00-\\u9fff]{1,10}?(?:${SUFFIX}))(?:,|报道|消息|讯|电|的报道)`);

const MASTHEAD_RE = new RegExp(`^[ \\t]*([\\u4e00-\\u9fffA-Za-z·-]{1,20}?(?:${SUFFIX}))[ \\t]+`);
// (据新华社), (来源于某某网) closing the article.
const ACCORDING_BRACKET_AT = new RegExp(
  `\\((?:据|转自|摘自)([\\u4e00-\\u9fffA-Za-z·-]{1,20}?(?:${SUFFIX}))(?:报道|消息|电)?\\)`,
  'y',
);
const OUTLET_LINE_RE = new RegExp(`^[ \\t]*([\\u4e00-\\u9fffA-Za-z·-]{1,20}?(?:${SUFFIX}))[ \\t]*$`);
const BULLETIN_RE = /(?:简|周|月|旬|快|年|通|公|汇|预|季)报$/;
const PHOTO_AFTER_RE = /^[ \t]*[\u4e00-\u9fff]{2,4}[ \t]*摄/;
const NAME_AFTER_RE = /^[ \t]*([\u4e00-\u9fff])[ \t]*[\u4e00-\u9fff]/;
const WINDOW = 48;

/** A short line holding only a date (and time): 2020-01-03 18:13. */
function isDateLine(text: string, line: Line | undefined): boolean {
  if (!line || line.end - line.start > 40) return false;
  const lead = /^[ \t]*/.exec(text.slice(line.start, line.end))![0].length;
  const d = parseDateAt(text, line.start + lead, HEADER_DATE);
  return !!d && text.slice(d.end, line.end).trim() === '';
}

function isOutletName(s: string): boolean {
  return (
    s.length >= 2 &&
    !UNNAMED.has(s) &&
    !s.startsWith('本') &&
    !/^(?:记者|资料|我们|有关|相关|据)/.test(s) &&
    // A clause, not a name: …接受本报, 据业主的调查以及本刊.
    !/本(?:报|刊|网|台|站)$|的|以及|接受|对|向/.test(s)
  );
}

/** `lines`, `scan`: the text's content lines and word starts, when the caller has them already. */
export function extractSource(
  doc: Doc,
  lines: readonly Line[] = contentLines(doc.text),
  scan: MetaScan = scanMeta(doc.text),
): SourceResult | null {
  const { text, original } = doc;
  const cands: { rank: number; start: number; end: number; hs: number; he: number; rule: RuleId }[] = [];
  const add = (rule: RuleId, start: number, end: number, hs: number, he: number) =>
    cands.push({ rank: RANK[rule], start, end, hs, he, rule });

  const labels = scan.sourceLabels;
  for (let m = execAt(LABEL_AT, text, labels, 0); m; m = execAt(LABEL_AT, text, labels, m.index + m[0].length)) {
    if (isHan(text[m.index - 1])) continue; // 图片来源, 资金来源
    const vs = m.index + m[0].length;
    VALUE_RE.lastIndex = vs;
    const v = VALUE_RE.exec(text);
    if (!v) continue;
    let value = v[0];
    const stop = STOP_IN_VALUE.exec(value);
    if (stop) value = value.slice(0, stop.index);
    if (value.endsWith(':')) continue; // the next line is another label
    if (!/[\u4e00-\u9fffA-Za-z]/.test(value) || UNNAMED.has(value) || /^本(?:站|网|报)$/.test(value)) continue;
    add('src.label', vs, vs + value.length, m.index, vs + value.length);
  }

  lines.forEach((line, i) => {
    const windowEnd = Math.min(line.end, line.start + WINDOW);
    // A dateline ends in 讯, 电 or 消息 (meta-scan found where those stand).
    const maybeDateline = hasStartIn(scan.datelineWords, line.start, windowEnd, 1);
    const maybeOutletLine = i > 0 && line.end - line.start <= 30;
    // Below the first lines, only a dateline or an outlet line can be found here.
    if (i >= 6 && !maybeDateline && !maybeOutletLine) return;
    const window = text.slice(line.start, windowEnd);
    // Each pattern below needs a fixed word (讯/电/消息, 记者/通讯员, 据, a blank): it runs only where that stands.
    const dl = maybeDateline ? DATELINE_RE.exec(window) : null;
    if (dl) {
      const outlet = dl[1]!;
      const viaPlaceOrDate = dl[2] !== '' || dl[3] !== undefined;
      const kind = dl[5]!;
      const after = window[dl.index + dl[0].length];
      const beforeXun = window[dl.index + dl[0].length - 2];
      const ok =
        isOutletName(outlet) &&
        after !== '员' &&
        !(kind === '讯' && !dl[4] && beforeXun === '通') &&
        (kind !== '电' || viaPlaceOrDate || outlet.endsWith('社'));
      if (ok) {
        const s = line.start + window.indexOf(outlet, dl.index);
        add('src.dateline', s, s + outlet.length, s, line.start + dl.index + dl[0].length);
      }
    }
    if (i < 6) {
      const rep = hasStartIn(scan.reporterWords, line.start, windowEnd, 2) ? REPORTER_RE.exec(window) : null;
      // Not a photo credit at the top (某某社记者张三摄).
      const rest = rep ? window.slice(rep.index + rep[0].length) : '';
      const photo = rep !== null && PHOTO_AFTER_RE.test(rest);
      // A reporter's name must follow (某某报记者 张三), not a verb (记者走访发现).
      const named = rep ? NAME_AFTER_RE.exec(rest) : null;
      if (rep && !photo && named && hasSurname(named[1]!) && isOutletName(rep[1]!)) {
        const s = line.start + window.indexOf(rep[1]!);
        add('src.outlet-reporter', s, s + rep[1]!.length, s, s + rep[1]!.length);
      }
    }
    // An outlet alone on its line, right next to a bare date line; not the headline (the first line).
    const ol = maybeOutletLine ? OUTLET_LINE_RE.exec(window) : null;
    // Not a bulletin title (某某工作简报, 服务周报).
    const bulletin = ol && BULLETIN_RE.test(ol[1]!);
    if (ol && !bulletin && isOutletName(ol[1]!) && (isDateLine(text, lines[i - 1]) || isDateLine(text, lines[i + 1]))) {
      const s = line.start + window.indexOf(ol[1]!);
      add('src.outlet-line', s, s + ol[1]!.length, s, s + ol[1]!.length);
    }
    // A masthead line: 某某日报 2024年05月10日 第04版.
    // (MASTHEAD_RE needs a blank after the outlet.)
    if (i < 6 && hasBlank(text, line.start, windowEnd)) {
      const mh = MASTHEAD_RE.exec(window);
      if (mh && isOutletName(mh[1]!) && parseDateAt(text, line.start + mh[0].length, HEADER_DATE)) {
        const s = line.start + window.indexOf(mh[1]!);
        add('src.outlet-line', s, s + mh[1]!.length, s, s + mh[1]!.length);
      }
    }
    const leadEnd = Math.min(line.end, line.start + 120);
    if (i < 3 && line.start < 800 && hasStartIn(scan.according, line.start, leadEnd, 1)) {
      const lead = text.slice(line.start, leadEnd);
      const q = ACCORDING_QUOTED_RE.exec(lead) ?? ACCORDING_BOOK_RE.exec(lead);
      const p = q ? null : ACCORDING_PLAIN_RE.exec(lead);
      const m = q ?? p;
      if (m && isOutletName(m[1]!)) {
        const s = line.start + m.index + m[0].indexOf(m[1]!, 1);
        add('src.according-to', s, s + m[1]!.length, line.start + m.index, line.start + m.index + m[0].length);
      }
    }
  });

  const brackets = scan.accordingBrackets;
  const nextBracket = (from: number) => execAt(ACCORDING_BRACKET_AT, text, brackets, from);
  for (let m = nextBracket(0); m; m = nextBracket(m.index + m[0].length)) {
    if (!isOutletName(m[1]!)) continue;
    const s = m.index + m[0].indexOf(m[1]!);
    add('src.according-to', s, s + m[1]!.length, m.index, m.index + m[0].length);
  }

  if (cands.length === 0) return null;
  cands.sort((a, b) => a.rank - b.rank || a.start - b.start);
  const best = cands[0]!;
  return {
    value: original.slice(best.start, best.end).trim(),
    span: [best.start, best.end],
    headerSpan: [best.hs, best.he],
    allHeaderSpans: cands.map((c): Span => [c.hs, c.he]),
    rule: best.rule,
  };
}
