/** adopt-parenthetical: (某年某月某日某会议通过) under a title. */
import type { Span } from '../../../types.js';
import { isSpaceCode, withoutSpaces } from '../../../text/word-list.js';
import { type Actor, skipLeading } from '../../shared/event-text.js';
import type { Env, Found } from '../env.js';
import { DECISION_RULES } from '../rules.js';
import { lastNewline } from '../spans.js';

/** The note: every such note ends in 通过), so only texts with a 通过 hit run it. */
export const PARENTHETICAL_RE = /\(([^()\n]{2,80}?)通过\)/g;

/**
 * (2025年3月1日某县人大常委会第九次会议通过): a record of adoption under a
 * title; the object is the title line above when the note opens its line.
 */
export function adoptParenthetical(env: Env, at: number, inner: string): Found | null {
  const { text, original } = env.doc;
  const innerStart = at + 1;
  const innerEnd = innerStart + inner.length;
  const s = skipLeading(text, innerStart, innerEnd, env.dates);
  if (!/(?:会|会议|全会|常委会)$/.test(text.slice(s, innerEnd))) return null;
  const named = env.meetings.find((m) => m.span[0] >= innerStart && m.span[1] <= innerEnd);
  const actor: Actor = named
    ? { text: named.name, span: [s, innerEnd], meeting: named }
    : { text: withoutSpaces(original.slice(s, innerEnd)), span: [s, innerEnd], meeting: null };
  let object: Span | null = null;
  const lineStart = lastNewline(text, at - 1, 300) + 1;
  if (/^\s*$/.test(text.slice(lineStart, at)) && lineStart > 0) {
    let e = lineStart - 1;
    while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
    const ps = Math.max(lastNewline(text, e - 1, 80) + 1, e - 80);
    const line = text.slice(ps, e).trim();
    if (line.length >= 2 && !/[。,]/.test(line))
      object = [ps + text.slice(ps, e).indexOf(line), ps + text.slice(ps, e).indexOf(line) + line.length];
  }
  return { rule: DECISION_RULES.adoptParenthetical, trigger: [innerEnd, innerEnd + 2], object, actor, record: true };
}
