/**
 * Surname + post (李书记, 孙镇长) as a mention of the one official with that
 * surname (and, when several share it, that post). Adds mentions only: no
 * official is made here.
 */
import type { Official } from '../../types.js';
import { isHan } from '../../text/han.js';
import { LEFT_STOP_CHARS } from '../../lexicon/official-words.js';
import { borrowBytes, releaseBytes } from '../../text/scratch.js';
import { type Ctx, type Hit, NAME_FIRST_SCANNER, oneOf } from './context.js';

export function linkSurnameTitles(ctx: Ctx, officials: Official[], mentionsTaken: Hit[]): void {
  const { text } = ctx;
  const taken = borrowBytes(text.length + 1);
  for (const h of mentionsTaken) taken.fill(1, h.start, h.end);
  const bySurname = new Map<string, Official[]>();
  for (const o of officials) {
    const first = o.mentions[0];
    if (!first) continue;
    const key = text.charAt(first[0]);
    bySurname.set(key, [...(bySurname.get(key) ?? []), o]);
  }
  for (const m of NAME_FIRST_SCANNER.scan(text)) {
    const s = m.at - 1;
    if (s < 0) continue;
    const surname = text.charAt(s);
    if (isHan(text[s - 1]) && !oneOf(LEFT_STOP_CHARS, text.charAt(s - 1))) continue;
    if (taken[s] || taken[m.at]) continue;
    let cands = bySurname.get(surname) ?? [];
    if (cands.length > 1)
      cands = cands.filter((o) => o.titles.some((t) => t.position.endsWith(m.word) || m.word.endsWith(t.position)));
    if (cands.length !== 1) continue;
    const o = cands[0] as Official;
    o.mentions.push([s, m.at + m.word.length]);
  }
  releaseBytes(taken);
  for (const o of officials) o.mentions.sort((a, b) => a[0] - b[0]);
}
