/**
 * Clean-up: elements the page's own CSS hides, junk blocks (widgets, link
 * lists, metadata tables) skipped inside the body, and the body's lines
 * without credit/share lines, related-list tails and the page header.
 */
import { labelledDate } from './dates.js';
import { labelledSource } from './header.js';
import { LINE_JUNK, SUMMARY_HEAD, TAIL_MARKERS } from './labelwords.js';
import { CHROME_TAGS, JUNK_TOKENS, LIST_TAGS, PAGER_CLASS } from './selectors.js';
import { fold, norm } from './text.js';
import { type El, type Line, textOf, tokens } from './tree.js';

/** `.cls` / `#id` selectors that a page's own <style> hides (display:none). */
function hiddenSelectors(css: string): { classes: Set<string>; ids: Set<string> } {
  const classes = new Set<string>();
  const ids = new Set<string>();
  // 'selectors { declarations' chunks, split on '}': one linear pass.
  for (const chunk of css.split('}')) {
    const brace = chunk.lastIndexOf('{');
    if (brace < 0 || !/display\s*:\s*none/i.test(chunk.slice(brace))) continue;
    const selectors = chunk.slice(Math.max(0, chunk.lastIndexOf('{', brace - 1) + 1, brace - 400), brace);
    for (const sel of selectors.split(',')) {
      const s = /^\s*[a-z]*([.#])([\w-]+)\s*$/i.exec(sel);
      if (!s) continue;
      (s[1] === '.' ? classes : ids).add(s[2] as string);
    }
  }
  return { classes, ids };
}

/** Marks elements that the page's own CSS hides. */
export function applyHiddenCss(elements: El[], css: string): void {
  if (css === '') return;
  const hidden = hiddenSelectors(css);
  if (hidden.classes.size === 0 && hidden.ids.size === 0) return;
  for (const el of elements) {
    if (el.hidden) continue;
    if (
      (el.id !== '' && hidden.ids.has(el.id)) ||
      (el.cls !== '' && el.cls.split(/\s+/).some((c) => hidden.classes.has(c)))
    )
      el.hidden = true;
  }
}

export function isJunkBlock(el: El): boolean {
  if (el.hidden || CHROME_TAGS.has(el.tag)) return true;
  if (tokens(el).some((t) => JUNK_TOKENS.has(t))) return true;
  if (PAGER_CLASS.test(el.cls)) return true;
  // 信息公开 metadata tables (索引号/发布机构/文号…) sit above many gov bodies.
  if (
    el.chars > 0 &&
    el.chars < 1200 &&
    LIST_TAGS.has(el.tag) &&
    /^\s*(?:信息)?索\s*引\s*号/.test(textOf(el).slice(0, 400))
  )
    return true;
  // Keyword tags and pagers: nothing but a few short links.
  if (LIST_TAGS.has(el.tag) && el.anchors >= 2 && el.linkChars === el.chars && el.chars < 40) return true;
  // Link lists: mostly link text and few sentences of their own.
  if (
    LIST_TAGS.has(el.tag) &&
    el.chars >= 12 &&
    el.linkChars / el.chars > 0.5 &&
    el.chars - el.linkChars < 80 &&
    el.punct < 3
  )
    return true;
  return false;
}

const JUNK_LINE_MAX = 80;

function inList(el: El): boolean {
  for (let p: El | null = el; p !== null; p = p.parent) if (p.tag === 'li') return true;
  return false;
}

export function cleanBody(raw: Line[]): string[] {
  let start = 0;
  if (raw.length > 0 && SUMMARY_HEAD.test(fold((raw[0] as Line).text))) {
    start = 1;
    while (start < raw.length && inList((raw[start] as Line).block)) start++;
  }
  const lines = raw.slice(start).map((l) => l.text);
  // Junk lines are short; a paragraph that merely mentions 扫一扫 or 版权所有 stays.
  let out = lines.filter(
    (l) => !/^[\uFFFD\s]*$/.test(l) && (l.length > JUNK_LINE_MAX || !LINE_JUNK.some((re) => re.test(fold(l)))),
  );
  // Cut at the first tail marker after the first third of the text.
  const total = out.reduce((n, l) => n + l.length, 0);
  let seen = 0;
  for (let i = 0; i < out.length; i++) {
    const l = out[i] as string;
    if (seen > total / 3 && l.length <= 40 && TAIL_MARKERS.test(fold(l))) {
      out = out.slice(0, i);
      break;
    }
    seen += l.length;
  }
  return out;
}

/**
 * The headline (possibly split over lines) and the date/source info line when
 * the container starts with them: they are page header, not body.
 */
export function dropHeader(lines: string[], title: string | null): string[] {
  let start = 0;
  if (title) {
    const t = norm(title);
    let acc = '';
    for (let i = 0; i < Math.min(lines.length, 4); i++) {
      acc += norm(lines[i] as string);
      if (acc === t) {
        start = i + 1;
        break;
      }
      if (!t.startsWith(acc)) break;
    }
  }
  while (start < lines.length && start < 6) {
    const l = lines[start] as string;
    const info = l.length < 100 && !/[。！？]/.test(l) && (labelledDate(l) !== null || labelledSource(l) !== undefined);
    if (!info) break;
    start++;
  }
  return lines.slice(start);
}
