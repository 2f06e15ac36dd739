/**
 * bylines: the people credited for the article (记者, 通讯员, 作者, 编辑 …),
 * in every layout: (记者 张三), 本报讯(记者张三通讯员李四), credit lines
 * (编辑:张三 审核:李四), outlet-led lines (某某报记者 张三), captions
 * (新华社记者张三摄) and trailing bracket names (张三 李四) → 作者.
 * Organisations and CMS users (admin) are not people.
 */
import type { Byline, Doc, Span } from '../../types.js';
import {
  CREDIT_ROLES,
  NAME_TRAILERS,
  OUTLET_SUFFIXES,
  PLACE_TRAILERS,
  ROLE_DROP_PREFIXES,
  STOP_LABELS,
} from '../../lexicon/meta-words.js';
import { isHan } from '../../text/han.js';
import { alternation, contentLines, type Line } from './common.js';
import { isOrgLike, isPersonName } from './names.js';
import type { BylineRuleId } from './rules/bylines.js';
import { execAt, hasStartIn, scanMeta, type MetaScan } from './scan.js';
import { mergeSpans } from '../../text/collections.js';

export interface BylinesResult {
  bylines: Byline[];
  /** Spans of the credit blocks (officials skip them). */
  headerSpans: Span[];
}

const ROLE_ALT = alternation(CREDIT_ROLES);
const ROLE_AT = new RegExp(`(?:${ROLE_ALT})`, 'y');
const ROLE_IN = new RegExp(`(?:${ROLE_ALT})`, 'g');
const STOP_AT = new RegExp(`(?:${alternation(STOP_LABELS)})[ \\t]*:`, 'y');
// Bounded: a name is short, and runs of Han can be a megabyte long.
const RUN_AT = /[\u3400-\u9fff·]{1,40}/y;
const SEP_AT = /[ \t\r\n:、,/;|]+/y;
const OUTLET_END = new RegExp(`(?:${alternation(OUTLET_SUFFIXES)})$`);
const OUTLET_ROLE_RE = new RegExp(`^([ \\t]*)([\\u4e00-\\u9fff]{1,8}?(?:${alternation(OUTLET_SUFFIXES)}))[ \\t]*:`);
// Sticky: tried where a caption word starts (meta-scan).
const CAPTION_AT = /(?:图片|摄影)?记者[ \t]*([\u4e00-\u9fff]{2,4}?(?:、[\u4e00-\u9fff]{2,4}?){0,5})[ \t]*摄(?!像)/y;
const BRACKET_OUTLET_RE = new RegExp(
  `^[\\u4e00-\\u9fff]{1,12}?(?:${alternation(OUTLET_SUFFIXES)})[ \\t]*(?=${ROLE_ALT})`,
);
const ROLE_LABEL_RE = new RegExp(`(?:${ROLE_ALT})[ \\t]*:`);
const LABEL_AT_END = new RegExp(`(?:${ROLE_ALT})[ \\t]*[:|][ \\t]*$`);
const BRACKET_RE = /\(([^()\n]{1,100})\)/g;
const DROP_PREFIX_RE = new RegExp(`^(?:${alternation(ROLE_DROP_PREFIXES)})`);
const MAX_CREDIT_LINE = 160;
const PARA_END_RE = /^[ \t]*(?:\r?\n|$)/;
const SENTENCE_END_OR_BLANK = /[\s。!?”"…]/;
const BARE_NAMES_RE = /^[\u3400-\u9fff·、 \t]+$/;

interface RoleRef {
  /** As written (original characters), prefix like 本报 dropped. */
  text: string;
  /** A colon follows the role: a label that vouches for pen names. */
  colon: boolean;
}

interface Parsed {
  bylines: Byline[];
  end: number;
}

/** Split 4–6 characters into two surname-led names, three-character names first. */
function splitRunTogether(run: string): [string, string] | null {
  if (run.length < 4 || run.length > 6) return null;
  for (const first of [3, 2]) {
    const a = run.slice(0, first);
    const b = run.slice(first);
    if (b.length >= 2 && b.length <= 3 && isPersonName(a, true) && isPersonName(b, true)) return [a, b];
  }
  return null;
}

function endsWithAny(s: string, words: readonly string[]): string | null {
  for (const w of words) if (s.length > w.length && s.endsWith(w)) return w;
  return null;
}

function roleAt(doc: Doc, pos: number, limit: number): { ref: RoleRef; end: number } | null {
  ROLE_AT.lastIndex = pos;
  const m = ROLE_AT.exec(doc.text);
  if (!m || pos + m[0].length > limit) return null;
  const end = pos + m[0].length;
  // 文/张三: the slash is the label's colon.
  const slash = m[0].endsWith('/');
  const colon = slash || /^[ \t]*[:|]/.test(doc.text.slice(end, end + 4));
  const text = doc.original.slice(pos, slash ? end - 1 : end);
  const drop = DROP_PREFIX_RE.exec(doc.text.slice(pos, end));
  return { ref: { text: drop ? text.slice(drop[0].length) : text, colon }, end };
}

/**
 * Read names (and further roles) from `pos` up to `limit`. With a null role
 * the names are bare (a trailing bracket): every token must be a name.
 */
function parseCredits(
  doc: Doc,
  pos: number,
  limit: number,
  role: RoleRef | null,
  bare: boolean,
  rule: BylineRuleId,
): Parsed | null {
  const { text, original } = doc;
  const out: Byline[] = [];
  let end = pos;
  while (pos < limit) {
    SEP_AT.lastIndex = pos;
    const sep = SEP_AT.exec(text);
    if (sep) pos += sep[0].length;
    if (pos >= limit) break;
    STOP_AT.lastIndex = pos;
    if (!bare && STOP_AT.exec(text)) break;
    const r = bare ? null : roleAt(doc, pos, limit);
    if (r) {
      role = r.ref;
      pos = r.end;
      end = pos;
      continue;
    }
    RUN_AT.lastIndex = pos;
    const run = RUN_AT.exec(text);
    if (!run) break;
    let word = run[0];
    if (pos + word.length > limit) word = word.slice(0, limit - pos);
    let stopAfter = false;
    // 张三通讯员李四: a role word inside the run ends the name.
    ROLE_IN.lastIndex = 0;
    let cut = -1;
    for (let m = ROLE_IN.exec(word); m; m = ROLE_IN.exec(word)) {
      if (m.index >= 1) {
        cut = m.index;
        break;
      }
      ROLE_IN.lastIndex = m.index + 1;
    }
    if (cut > 0 && !bare) {
      word = word.slice(0, cut);
      // 作者:某某日报记者 张三: an outlet before the role, not a name.
      if (OUTLET_END.test(word) && word.length >= 2) {
        pos += word.length;
        continue;
      }
    } else {
      if (endsWithAny(word, PLACE_TRAILERS)) break; // 北京报道: a place, the names are over
      const tr = endsWithAny(word, NAME_TRAILERS);
      if (tr) {
        word = word.slice(0, word.length - tr.length);
        stopAfter = true;
        // (张三摄): a bare name with 摄 is the photographer.
        if (!role && (tr === '摄' || tr === '摄影'))
          role = { text: original.slice(pos + word.length, pos + word.length + tr.length), colon: false };
      }
    }
    let nameEnd = pos + word.length;
    let name = word;
    // Print layouts space out two-character names: 冯 艳 孙 敏.
    if (word.length === 1 && !stopAfter) {
      const m = /^[ \t]+([\u3400-\u9fff])(?![\u3400-\u9fff])/.exec(text.slice(nameEnd, nameEnd + 6));
      if (m) {
        nameEnd += m[0].length;
        name += m[1];
      }
    }
    // A word followed by a colon is a label, not a name.
    if (/^[ \t]*:/.test(text.slice(nameEnd, nameEnd + 4))) break;
    const strict = bare || !role || !role.colon;
    if (!isPersonName(name, strict)) {
      // 宋云辉王爽: two names run together; split where both halves are names.
      const split = splitRunTogether(name);
      if (split && nameEnd === pos + name.length) {
        for (const part of split) {
          out.push({
            role: role ? role.text : '作者',
            name: original.slice(pos, pos + part.length),
            span: [pos, pos + part.length],
            rule,
          });
          pos += part.length;
        }
        end = pos;
        if (stopAfter) break;
        continue;
      }
      // 供稿:某镇党委 张三 / (某县融媒体中心 张三): an organisation before the names.
      if (name.length >= 3 && isOrgLike(name) && (!bare || out.length === 0)) {
        pos = nameEnd;
        end = nameEnd;
        continue;
      }
      if (bare) return null;
      break;
    }
    out.push({
      role: role ? role.text : '作者',
      name: original.slice(pos, nameEnd).replace(/\s+/g, ''),
      span: [pos, nameEnd],
      rule,
    });
    pos = nameEnd;
    end = nameEnd;
    if (stopAfter) {
      end = pos + (run[0].length - (nameEnd - pos));
      break;
    }
  }
  if (bare && out.length === 0) return null;
  return { bylines: out, end };
}

/** `lines`, `scan`: the text's content lines and word starts, when the caller has them already. */
export function extractBylines(
  doc: Doc,
  lines: readonly Line[] = contentLines(doc.text),
  scan: MetaScan = scanMeta(doc.text),
): BylinesResult {
  const { text } = doc;
  const bylines: Byline[] = [];
  const headerSpans: Span[] = [];
  // Spans already read, each list in text order (binary-searched: inputs may have 100,000s of lines).
  const bracketSpans: Span[] = [];
  const lineSpans: Span[] = [];
  const seen = new Set<string>();
  const keep = (found: Byline[], span: Span) => {
    headerSpans.push(span);
    for (const b of found) {
      if (seen.has(b.name)) continue;
      seen.add(b.name);
      bylines.push(b);
    }
  };
  const isCovered = (p: number) => inSorted(bracketSpans, p) || inSorted(lineSpans, p);
  const pending: { start: number; found: Byline[]; span: Span }[] = [];
  /** Can a role word lie in text[from, to)? (Every role pattern below needs one.) */
  const roleIn = (from: number, to: number) => hasStartIn(scan.roles, from, to, 2);

  // Brackets: (记者 张三), (责任编辑:张三), trailing (张三 李四).
  BRACKET_RE.lastIndex = 0;
  for (let m = BRACKET_RE.exec(text); m; m = BRACKET_RE.exec(text)) {
    const cs = m.index + 1;
    const ce = m.index + m[0].length - 1;
    let p = cs;
    while (p < ce && (text[p] === ' ' || text[p] === '\t')) p++;
    // (新华社记者 张三): an outlet before the role. Both need a role word in the bracket.
    const hasRole = roleIn(p, ce);
    const outlet = hasRole ? BRACKET_OUTLET_RE.exec(text.slice(p, ce)) : null;
    if (outlet) p += outlet[0].length;
    const r = hasRole ? roleAt(doc, p, ce) : null;
    if (r) {
      const parsed = parseCredits(doc, r.end, ce, r.ref, false, 'by.bracket-role');
      if (parsed?.bylines.length)
        pending.push({ start: m.index, found: parsed.bylines, span: [m.index, m.index + m[0].length] });
      else if (parsed) pending.push({ start: m.index, found: [], span: [m.index, m.index + m[0].length] });
      continue;
    }
    // Trailing bare names: the bracket ends its paragraph and follows a sentence end or a blank.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const before = text[m.index - 1];
    const endsPara = PARA_END_RE.test(after);
    const opensOk = before === undefined || SENTENCE_END_OR_BLANK.test(before);
    if (endsPara && opensOk && BARE_NAMES_RE.test(m[1]!)) {
      const parsed = parseCredits(doc, cs, ce, null, true, 'by.trailing-bracket');
      if (parsed?.bylines.length)
        pending.push({ start: m.index, found: parsed.bylines, span: [m.index, m.index + m[0].length] });
    }
  }
  for (const p of pending) bracketSpans.push(p.span);

  // Credit lines.
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const lineEnd = Math.min(line.end, line.start + MAX_CREDIT_LINE);
    // Everything below needs a role word on the line.
    if (!roleIn(line.start, lineEnd)) continue;
    const window = text.slice(line.start, lineEnd);
    // 某某融媒:张三 — an outlet used as the role, only on a line that also has a role label.
    const or = window.includes(':') ? OUTLET_ROLE_RE.exec(window) : null; // the pattern ends in a colon
    if (or && ROLE_LABEL_RE.test(window)) {
      const s = line.start + or[1]!.length;
      const e = s + or[2]!.length;
      const ref: RoleRef = { text: doc.original.slice(s, e), colon: false };
      const parsed = parseCredits(doc, line.start + or[0].length, lineEnd, ref, false, 'by.outlet-role');
      if (parsed?.bylines.length) {
        pending.push({ start: s, found: parsed.bylines, span: [s, parsed.end] });
        lineSpans.push([s, parsed.end]);
      }
    }
    // Every role word in the window, left to right as a global scan finds them (tried where one may start).
    const nextRole = (from: number) => execAt(ROLE_AT, window, scan.roles, from, line.start);
    let from = 0;
    for (let m = nextRole(0); m; m = nextRole(from)) {
      from = m.index + m[0].length;
      const r0 = line.start + m.index;
      if (isCovered(r0)) continue;
      const before = window.slice(0, m.index);
      const prev = before[before.length - 1];
      // Line start, maybe after a dateline word: 本报讯 记者张三.
      const atLineStart =
        /^[ \t—\-–□■◆◇▲△●○★☆·]*(?:本报|本台|本网|本刊)?$/.test(before) || /^[ \t]*[^\s,。]{0,20}讯[ \t]*$/.test(before);
      // 某某报记者 张三 at the start of a line.
      const afterOutlet =
        (/^[ \t]*[\u4e00-\u9fffA-Za-z0-9·-]{2,24}$/.test(before) &&
          OUTLET_END.test(before) &&
          !/^[ \t]*本/.test(before)) ||
        /^[ \t]*《[^》]{1,20}》[ \t]*$/.test(before);
      const r = roleAt(doc, r0, lineEnd);
      if (!r) continue;
      const prevOk = !isHan(prev) || afterOutlet || atLineStart;
      if (!prevOk) continue;
      if (!r.ref.colon && !(atLineStart || afterOutlet || /[ \t]$/.test(before))) continue;
      // A role without a colon in the middle of a long line is running text.
      if (!r.ref.colon && !atLineStart && !afterOutlet && window.length > 80) continue;
      // 责任编辑:⏎张三: a label at the end of its line takes its value from the next line.
      let limit = lineEnd;
      if (LABEL_AT_END.test(window) && li + 1 < lines.length) {
        const next = lines[li + 1]!;
        limit = Math.min(next.end, next.start + MAX_CREDIT_LINE);
      }
      const parsed = parseCredits(doc, r.end, limit, r.ref, false, 'by.credit-line');
      if (!parsed) continue;
      pending.push({ start: r0, found: parsed.bylines, span: [r0, Math.max(parsed.end, r.end)] });
      lineSpans.push([r0, Math.max(parsed.end, r.end)]);
      from = Math.max(parsed.end, r.end) - line.start;
    }
  }

  // Photo captions: 新华社记者张三摄.
  const nextCaption = (from: number) => execAt(CAPTION_AT, text, scan.captions, from);
  for (let m = nextCaption(0); m; m = nextCaption(m.index + m[0].length)) {
    if (isCovered(m.index)) continue;
    const names = m[1]!.split('、');
    if (!names.every((n) => isPersonName(n, true))) continue;
    const roleLen = m[0].indexOf('记者') + 2;
    const role = doc.original.slice(m.index, m.index + roleLen);
    let s = m.index + m[0].indexOf(m[1]!, roleLen);
    const found: Byline[] = [];
    for (const n of names) {
      found.push({ role, name: doc.original.slice(s, s + n.length), span: [s, s + n.length], rule: 'by.caption' });
      s += n.length + 1;
    }
    pending.push({ start: m.index, found, span: [m.index, m.index + m[0].length] });
  }

  pending.sort((a, b) => a.start - b.start);
  for (const p of pending) keep(p.found, p.span);
  return { bylines, headerSpans: mergeSpans(headerSpans) };
}

/** Is `p` inside one of these spans (sorted by start, not overlapping)? */
function inSorted(spans: Span[], p: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid]!;
    if (p < s) hi = mid - 1;
    else if (p >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
