/**
 * Names printed run together before 出席/参加/列席/讲话
 * (official.run-together-names): 周建平赵丽华孙长青出席, split by surnames.
 */
import { isHan } from '../../../text/han.js';
import { ORG_END_CHARS } from '../../../lexicon/titles.js';
import { AMBIGUOUS_SURNAMES, surnameAt } from '../../../lexicon/surnames.js';
import { commonWordAt, type Ctx, isSpace, oneOf, type Push } from '../context.js';
import { OFFICIAL_RULES as R } from '../rules.js';

const RUN_END_RE = /出席|参加|列席|讲话/g;

export function runTogetherNames(ctx: Ctx, push: Push): void {
  const { text } = ctx;
  for (const m of text.matchAll(RUN_END_RE)) {
    let s = m.index;
    while (s > 0 && (isHan(text[s - 1]) || isSpace(text[s - 1])) && m.index - s < 60) s--;
    // The run may start after a space (李文辉讲话 周建平赵丽华…): try the longest suffix that splits.
    let attempts = 0;
    for (let from = s; from < m.index && attempts < 4; from++) {
      if (from > s && !isSpace(text[from - 1])) continue;
      attempts++;
      if (isSpace(text[from])) continue;
      if (text.slice(from, m.index).replace(/\s/g, '').length < 5) break;
      const parts = splitRunTogether(ctx, from, m.index);
      if (parts) {
        for (const p of parts) push(p, R.runTogether.id, 2);
        break;
      }
    }
  }
}

/**
 * Splits a run of names without separators into surname-led pieces of two or
 * three characters (spaces also separate). Returns null unless every piece fits.
 */
function splitRunTogether(ctx: Ctx, s: number, e: number): Array<[number, number]> | null {
  const { text } = ctx;
  // best[i]: best split of text[i, e) as [score, pieces]
  const best: Array<{ score: number; pieces: Array<[number, number]> } | null> = new Array(e - s + 1).fill(null);
  best[e - s] = { score: 0, pieces: [] };
  for (let i = e - 1; i >= s; i--) {
    if (isSpace(text[i])) {
      best[i - s] = best[i + 1 - s] ?? null;
      continue;
    }
    const surname = surnameAt(text, i);
    if (!surname) continue;
    let choice: { score: number; pieces: Array<[number, number]> } | null = null;
    for (const len of [surname.length + 2, surname.length + 1]) {
      const j = i + len;
      if (j > e) continue;
      if (!/^[\u4e00-\u9fff]+$/.test(text.slice(i, j))) continue;
      const rest = best[j - s];
      if (!rest) continue;
      const score = rest.score + (len === surname.length + 2 ? 2 : 1) - (AMBIGUOUS_SURNAMES.has(surname) ? 2 : 0);
      if (!choice || score > choice.score) choice = { score, pieces: [[i, j], ...rest.pieces] };
    }
    best[i - s] = choice;
  }
  const all = best[0];
  if (!all || all.pieces.length < 3) return null;
  for (const [a, b] of all.pieces) if (commonWordAt(ctx, a) || oneOf(ORG_END_CHARS, text.charAt(b - 1))) return null;
  return all.pieces;
}
