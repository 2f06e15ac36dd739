/**
 * The page's own info line(s) around the headline (发布时间/来源/作者 …) and the
 * article's credit line(s) (责任编辑/审核 …), as shown, for callers that
 * analyse them with the text.
 */
import { findDates } from './dates.js';
import type { Found } from './header.js';
import {
  BRACKET_WIDGET,
  BYLINE_OPEN,
  CLOCK,
  COUNTER,
  CREDIT_ANY,
  CREDIT_ROLE,
  DATE_LABEL,
  FOOTER_TEXT,
  RELATED_HEAD,
  TAIL_MARKERS,
  WIDGET_TAIL,
} from './labelwords.js';
import { EMPTY_FIELD, INFO_LABEL } from './labels.js';
import { cleanLine, fold, norm, visibleLen } from './text.js';
import { type El, isInside, type Line } from './tree.js';

/** Longer lines are not info or credit lines. */
const MAX_INFO_LINE = 200;

/** The line without widgets, counters and empty fields, as shown otherwise ('' when nothing is left). */
function stripWidgets(line: string): string {
  if (line.length > 1000) return line;
  // fold() keeps indexes: what is found in the folded text is cut from the original.
  const mask = (w: string): string => '\u0000'.repeat(w.length);
  let folded = fold(line).replace(BRACKET_WIDGET, mask).replace(COUNTER, mask);
  const tail = WIDGET_TAIL.exec(folded);
  const end = tail === null ? line.length : tail.index;
  folded = folded.slice(0, end).replace(EMPTY_FIELD, mask);
  let out = '';
  for (let i = 0; i < end; i++) out += folded[i] === '\u0000' ? ' ' : line[i];
  // Inline boundaries read as spaces; after a full-width colon they never show.
  out = cleanLine(out)
    .replace(/([|｜])(?: ?[|｜])+/g, '$1')
    .replace(/： /g, '：');
  // Separators and open brackets left dangling at the ends (a loop: no regex backtracking).
  let a = 0;
  let b = out.length;
  while (a < b && ' |｜/·】]）)'.includes(out[a] as string)) a++;
  while (b > a && ' |｜/·【[（(:：'.includes(out[b - 1] as string)) b--;
  return out.slice(a, b);
}

interface InfoCandidate {
  text: string;
  line: Line;
}

/**
 * Lines as shown, widgets and counters removed, a leading navigation link
 * dropped ('<a>金融市场</a> 棱镜 2019-…'), and a label cell joined with its
 * value cell ('发文日期：' | '2023-04-18').
 */
function infoCandidates(lines: Line[], source: string | null): InfoCandidate[] {
  const out: InfoCandidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    let raw = l.text;
    if (l.lead > 0 && l.lead < visibleLen(raw)) {
      let at = 0;
      for (let seen = 0; at < raw.length && seen < l.lead; at++) if (!/\s/.test(raw[at] as string)) seen++;
      const lead = raw.slice(0, at);
      if (source === null || !norm(source).includes(norm(lead))) raw = raw.slice(at);
    }
    let text = stripWidgets(raw);
    const next = lines[i + 1];
    if (
      /^[^:：]{1,10}[:：]$/.test(cleanLine(raw)) &&
      next !== undefined &&
      next.text.length <= 60 &&
      !/[:：]/.test(next.text)
    ) {
      text = `${cleanLine(raw)}${stripWidgets(next.text)}`;
      i++;
    }
    if (text !== '' && text.length <= MAX_INFO_LINE) out.push({ text, line: l });
  }
  return out;
}

/**
 * The info line(s) around the headline as shown: dated lines of a metadata
 * block right above it, then the lines under it with a 发布时间/来源/作者 …
 * label, a date or a byline, or the unlabelled outlet line that gave the
 * source. Scanning stops where the main text or a related list begins.
 */
export function findInfoLines(found: Found, source: string | null, bodyNorms: Set<string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (text: string): void => {
    const n = norm(text);
    // A value cell already joined to its label is not a line of its own.
    if (seen.has(n) || bodyNorms.has(n) || out.length >= 6 || out.some((o) => norm(o).includes(n))) return;
    seen.add(n);
    out.push(text);
  };
  const clock = (s: string): boolean => CLOCK.test(fold(s));
  for (const c of infoCandidates(found.aboveBlock, source)) {
    const d = findDates(c.text)[0];
    if (d !== undefined && !clock(c.text) && DATE_LABEL.test(fold(c.text).slice(0, d.index))) add(c.text);
  }
  if (found.above !== null && !clock(found.above.text)) {
    const text = stripWidgets(found.above.text);
    if (text !== '' && text.length <= MAX_INFO_LINE) add(text);
  }
  for (const c of infoCandidates(found.nearHeader, source)) {
    if (bodyNorms.has(norm(c.line.text))) break;
    const f = fold(c.text);
    if (TAIL_MARKERS.test(fold(c.line.text)) || RELATED_HEAD.test(f)) break;
    if (clock(c.text) || FOOTER_TEXT.test(f)) continue;
    const info =
      INFO_LABEL.test(f) ||
      BYLINE_OPEN.test(f) ||
      findDates(c.text).length > 0 ||
      (source !== null && c.text.length <= 20 && norm(c.text) === norm(source));
    if (info) add(c.text);
  }
  return out;
}

/** A credit line opens with a role (after a bracket or a short outlet name): '(责任编辑：张三)', '新华社记者 李四'. */
const CREDIT_OPEN = new RegExp(
  `^[\\s(（【\\[〔]*[\\u3400-\\u9fff《》]{0,12}?${CREDIT_ROLE}\\s*(?:[:：|｜/]|\\s+(?=[\\u3400-\\u9fff]))`,
);
const CREDIT_ROLE_G = new RegExp(CREDIT_ROLE, 'g');
/** Visible lines after the body that may still hold its credits (related lists often come first). */
const CREDIT_SCAN = 30;

/**
 * Credit lines of the article: credit-like lines inside the body container
 * that the main text left out (CMS editor boxes), and those in the lines
 * right after it, before the page footer. Hidden copies, link lists and
 * footer lines are never taken.
 */
export function findCredits(lines: Line[], container: El, bodyNorms: Set<string>, taken: Set<string>): string[] {
  const visible = lines.filter((l) => !l.hidden);
  let first = -1;
  let last = -1;
  for (let i = 0; i < visible.length; i++) {
    const l = visible[i] as Line;
    if (!isInside(l.block, container)) continue;
    if (first < 0 && bodyNorms.has(norm(l.text))) first = i;
    last = i;
  }
  if (first < 0) return [];
  const out: string[] = [];
  const seen = new Set(taken);
  for (let i = first + 1; i < visible.length && i <= last + CREDIT_SCAN; i++) {
    const l = visible[i] as Line;
    const folded = fold(l.text);
    if (i > last && FOOTER_TEXT.test(folded)) break;
    if (bodyNorms.has(norm(l.text))) continue;
    if (l.linkChars > 0 && l.linkChars / Math.max(1, visibleLen(l.text)) > 0.5) continue;
    if (FOOTER_TEXT.test(folded)) continue;
    const line = stripWidgets(l.text);
    if (line === '' || line.length > MAX_INFO_LINE) continue;
    const f = fold(line);
    if (!CREDIT_OPEN.test(f) && !CREDIT_ANY.test(f)) continue;
    // It credits someone by a Chinese name: '责任编辑：biaoffeng' is a CMS login.
    if (!/[\u3400-\u9fff]{2}/.test(f.replace(CREDIT_ROLE_G, ''))) continue;
    const n = norm(line);
    if (seen.has(n)) continue;
    seen.add(n);
    out.push(line);
  }
  return out;
}
