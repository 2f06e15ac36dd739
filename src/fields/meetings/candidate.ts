/**
 * From a parser's mention to a candidate item: the name trimmed of what leads
 * it (a day date, 已经/在, 召开的), then the checks every form shares — a bare
 * or demonstrative name, a 《》 title, a planned meeting (将于…召开), a
 * deadline (3月21日前召开), reported speech — and the meeting's date.
 */
import { BARE_MEETING_NAMES, DEMONSTRATIVE_PREFIXES, NAME_VERB_PREFIXES, PLANNED_MARKERS } from './words.js';
import { type Candidate, LEADING_DAY_DATE, type Mention, SESSION_WORD_SET } from './mention.js';
import { firstStartingAt, meetingDate } from './date.js';
import { insideBookTitle, meetingKey, sentenceStart } from './text.js';
import type { DateItem, Doc, Span } from '../../types.js';
import { WordList } from '../../text/word-list.js';

/** Words leading a mention that are not part of the name. */
const LEADING_FILLER =
  /^(?:已经|经(?!济|营|贸|费|验|典|销|开|纪)|于|在|上午|下午|晚上|晚间|晚|早上|中午|全天|一次|一场|一个|(?:今日|今天|昨天|昨日|近日|日前|当天|当日|近期)的?)/;

/** A deadline right before the verb: 3月21日前召开 (planned); 日前 alone means "recently". */
const DEADLINE_BEFORE = /(?:[0-9一二三四五六七八九十](?:日|号|月底|年底|月)|之|以)前$/;

/** Reported speech before a mention (会议指出,…): what follows is content, not a report of holding. */
const REPORTED_SPEECH = /(?:指出|强调|认为|表示|要求|提出)[,:]/;

const HELD_BEFORE = /(?:召开|举行|开幕|闭幕)的/g;

const PLANNED = new WordList(PLANNED_MARKERS);
const DEMONSTRATIVES = new WordList(DEMONSTRATIVE_PREFIXES);
const NAME_VERBS = new WordList(NAME_VERB_PREFIXES);

/** Checks and surface of one mention; null when it is no held, named meeting. `dates` sorted by start. */
export function toCandidate(doc: Doc, men: Mention, dates: readonly DateItem[]): Candidate | null {
  const text = doc.text;
  const pieces = men.pieces.map((p) => trimLeadingDate(text, p, dates));
  const first = pieces[0] as Span;
  const last = pieces[pieces.length - 1] as Span;
  const analysed = pieces.map(([a, b]) => text.slice(a, b)).join('');
  const key = meetingKey(analysed);
  if (SESSION_WORD_SET.has(key)) return null;
  if (key.length < 2 || BARE_MEETING_NAMES.has(key.includes('扩大') ? key.replace(/\(?扩大\)?/g, '') : key))
    return null;
  if (DEMONSTRATIVES.startingAt(key, 0)) return null;
  if (insideBookTitle(text, first[0])) return null;
  // Planned or a document about convening: 将于…召开, 关于召开…的决定.
  const ss = sentenceStart(text, first[0]);
  if (PLANNED.occursIn(text, ss, Math.max(first[0], men.verbAt))) return null;
  // The deadline pattern ends in 前: only then is it worth running.
  if (
    men.verbAt > ss &&
    text.charCodeAt(men.verbAt - 1) === 0x524d /* 前 */ &&
    DEADLINE_BEFORE.test(text.slice(ss, men.verbAt))
  )
    return null;
  if (REPORTED_SPEECH.test(text.slice(ss, first[0]))) return null;
  const dated = meetingDate(text, first[0], last[1], men.verbAt, dates);
  // Name and type are read off the mention that stands for its meeting (see merge).
  return {
    pieces,
    analysed,
    date: dated.value,
    dateQuality: dated.quality,
    span: [first[0], last[1]],
    rule: men.rule,
    key,
    order: first[0],
  };
}

/** `dates` sorted by start. Drops what leads a name but is not part of it: 已经/在, a day date, a time of day, 召开的 (…2021年12月10日召开的某会议 → 某会议); keeps 2024年镇村干部大会. */
function trimLeadingDate(text: string, [a, b]: Span, dates: readonly DateItem[]): Span {
  let start = a;
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = firstStartingAt(dates, start); k < dates.length && (dates[k] as DateItem).span[0] === start; k++) {
      const d = dates[k] as DateItem;
      if (d.span[1] < b && (d.precision === 'day' || d.precision === 'datetime')) {
        start = d.span[1];
        changed = true;
        break;
      }
    }
    const rest = text.slice(start, b);
    const verb = NAME_VERBS.startingAt(rest, 0);
    const lead = LEADING_DAY_DATE.exec(rest) ?? LEADING_FILLER.exec(rest) ?? (verb ? [verb] : null);
    if (lead && b - start - lead[0].length >= 1) {
      start += lead[0].length;
      changed = true;
    }
  }
  let cut = -1;
  // Only a chunk with a 的 can hold 召开的.
  // (looked for in the chunk only: text.indexOf would read on to the text's end for every candidate)
  const chunk = text.slice(start, b);
  if (chunk.includes('的')) for (const m of chunk.matchAll(HELD_BEFORE)) cut = m.index + m[0].length;
  if (cut > 0 && b - start - cut >= 2) start += cut;
  return [start, b];
}
