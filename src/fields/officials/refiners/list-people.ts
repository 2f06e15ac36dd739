/**
 * A 、-list that starts with a known official continues with people:
 * 随后,刘某、陈某依次发言 names 陈某 even with no title or cue of their own.
 * An item is a surname plus one or two characters that ends on a jieba token
 * boundary before 、, punctuation or a word that can follow a name.
 */
import { RIGHT_WORDS } from '../../../lexicon/official-words.js';
import { AMBIGUOUS_SURNAMES, surnameAt } from '../../../lexicon/surnames.js';
import type { Doc, Official, Span } from '../../../types.js';
import { givenNameOk } from '../../shared/name-shape.js';
import { OFFICIAL_RULES } from '../rules.js';
import { mentionsOf, withPeople } from './people.js';
import { sortedSpans } from '../context.js';
import { overlapsSorted } from '../../../text/collections.js';

/** What may follow a list item besides RIGHT_WORDS. */
const AFTER_ITEM = ['依次', '分列', '陆续', '一起', '共同'];
const HAN = /[\u3400-\u9fff]/;
const ALL_HAN = /^[\u3400-\u9fff]+$/;

function itemAt(doc: Doc, start: number): Span | null {
  const { text, tokens } = doc;
  const isWord = (s: number, e: number) => tokens.startingAt(s)?.end === e;
  const surname = surnameAt(text, start);
  if (!surname || AMBIGUOUS_SURNAMES.has(surname)) return null;
  // 王震|在主席台: a two-character name jieba keeps as one word beats a three-character reading.
  const order =
    isWord(start, start + surname.length + 1) && !isWord(start, start + surname.length + 2) ? [1, 2] : [2, 1];
  for (const given of order) {
    const end = start + surname.length + given;
    const name = text.slice(start + surname.length, end);
    if (name.length !== given || !ALL_HAN.test(name) || !givenNameOk(name, 0)) continue;
    if (!tokens.startingAt(end) && !tokens.endingAt(end)) continue;
    const next = text[end];
    const follows =
      next === undefined || !HAN.test(next) || [...RIGHT_WORDS, ...AFTER_ITEM].some((w) => text.startsWith(w, end));
    if (follows) return [start, end];
  }
  return null;
}

export function addListPeople(doc: Doc, officials: Official[], exclude: readonly Span[]): Official[] {
  const { text, original } = doc;
  const known = new Set(officials.map((o) => o.name));
  const sorted = sortedSpans(exclude);
  const excluded = (s: Span) => overlapsSorted(sorted, s[0], s[1]);
  const added: Official[] = [];
  const queue: number[] = officials.flatMap((o) => o.mentions.map((m) => m[1]));
  for (let q = 0; q < queue.length; q++) {
    const end = queue[q] as number;
    if (text[end] !== '、') continue;
    const span = itemAt(doc, end + 1);
    if (!span || excluded(span)) continue;
    const name = original.slice(span[0], span[1]);
    if (known.has(name)) continue;
    known.add(name);
    added.push({ name, titles: [], mentions: [], rule: OFFICIAL_RULES.listAfterKnown.id });
    queue.push(span[1]);
  }
  // Their mentions once all are known: one pass over the text, however many were added.
  const mentions = mentionsOf(
    doc,
    added.map((o) => o.name),
  );
  for (const o of added) o.mentions = mentions.get(o.name) ?? [];
  return withPeople(officials, added);
}
