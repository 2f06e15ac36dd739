/** What an official does where named: the verbs right after a mention (张三主持, 张三一行调研). */
import { ROLE_VERBS } from '../../lexicon/official-words.js';
import type { Hit } from './context.js';

/** Roles from the verbs within a few characters after `end`. */
export function rolesNear(text: string, end: number): string[] {
  const out: string[] = [];
  // Only verbs right after the mention (张三主持, 张三一行调研); further on they belong to someone else.
  const window = text.slice(end, end + 8);
  for (const [verb, role] of ROLE_VERBS) {
    const at = window.indexOf(verb);
    // …or chained by 并: 主持会议并讲话.
    const near = at >= 0 && (at <= 3 || /并作?$/.test(window.slice(0, at)));
    if (
      near &&
      !window.slice(0, at).endsWith('重要') &&
      !/[。;!?,、\n]/.test(window.slice(0, at)) &&
      !out.includes(role)
    )
      out.push(role);
  }
  return out;
}

/** Names joined by 、/, or printed together act together: the verb after the last one is everybody's. */
export function groupRoles(text: string, mentions: readonly Hit[]): string[][] {
  const out: string[][] = new Array(mentions.length);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const h = mentions[k] as Hit;
    const next = mentions[k + 1];
    const gap = next ? text.slice(h.end, next.start) : null;
    const joined = gap !== null && (gap === '、' || gap === ',' || gap === '' || gap === ' ');
    const own = rolesNear(text, h.end);
    out[k] = joined ? [...new Set([...own, ...(out[k + 1] ?? [])])] : own;
  }
  return out;
}
