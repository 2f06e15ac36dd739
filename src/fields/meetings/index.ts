/**
 * Meetings the article reports as held (GUIDELINE "meetings"): convened or
 * held (召开, 举行, 主持召开, XX会议召开, 在…举行, 开幕), adopted something
 * (XX会议通过) or hosted a speech (在XX会议上); not ones only cited
 * (传达…会议精神) or planned (将于…召开). Names as written, without a
 * leading day date; a bare 会议 is no name.
 *
 * The parsers, in the order their mentions are collected (one rule each, see
 * rules.ts): at every held verb, the subject form (parsers/subject.ts) then the
 * object form (parsers/object.ts); then at every 会(议) followed by an act, the
 * adopted form (parsers/passed.ts); then at every 会(议)上, the hosting form
 * (parsers/at.ts). Each mention is checked and dated (candidate.ts), and
 * mentions of one meeting merge (merge.ts). Pure: no I/O.
 */
import type { DateItem, Doc, MeetingItem } from '../../types.js';
import { OBJECT_VERBS, SUBJECT_VERBS } from './words.js';
import type { Candidate, Mention } from './mention.js';
import { subjectMention } from './parsers/subject.js';
import { objectMentions } from './parsers/object.js';
import { meetingActAt, passedMention } from './parsers/passed.js';
import { atMention } from './parsers/at.js';
import { toCandidate } from './candidate.js';
import { merge } from './merge.js';
import { sortedByStart } from '../shared/event-text.js';

export { meetingType } from './type.js';

export interface MeetingContext {
  dates: readonly DateItem[];
}

const VERB_RE = /召开|举行|举办|开展|出席|开幕|闭幕|拉开序幕|拉开帷幕/g;

/** The word lists as lookups: each answers as a scan of the list in order would. */
const SUBJECT_VERB_SET: ReadonlySet<string> = new Set(SUBJECT_VERBS);
const OBJECT_VERB_SET: ReadonlySet<string> = new Set(OBJECT_VERBS);

export function extractMeetings(doc: Doc, ctx: MeetingContext): MeetingItem[] {
  const text = doc.text;
  const mentions: Mention[] = [];

  // exec, not matchAll: no iterator per text (the pattern is scanned natively either way).
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(text); m !== null; m = VERB_RE.exec(text)) {
    const v = m.index;
    const verb = m[0];
    const after = v + verb.length;
    if (SUBJECT_VERB_SET.has(verb)) {
      const sub = subjectMention(text, v, after);
      if (sub) mentions.push(sub);
    }
    if (OBJECT_VERB_SET.has(verb)) for (const o of objectMentions(text, v, verb, after)) mentions.push(o);
  }
  // Every 会 once: 会(议) followed by an act (/会议?(?=…)/g), then 会(议)上 (/会议?上/g).
  // Neither match can hold another 会, so each 会 is tried on its own.
  const passed: number[] = [];
  const at: number[] = [];
  for (let k = text.indexOf('会'); k >= 0; k = text.indexOf('会', k + 1)) {
    const yi = text.charCodeAt(k + 1) === 0x8bae; /* 议 */
    const headEnd = yi ? k + 2 : k + 1;
    if (meetingActAt(text, headEnd)) passed.push(headEnd);
    if (text.charCodeAt(headEnd) === 0x4e0a /* 上 */) at.push(headEnd);
  }
  for (const headEnd of passed) {
    const men = passedMention(text, headEnd);
    if (men) mentions.push(men);
  }
  for (const shang of at) {
    const men = atMention(text, shang);
    if (men) mentions.push(men);
  }

  const dates = sortedByStart(ctx.dates);
  const items: Candidate[] = [];
  for (const men of mentions) {
    const item = toCandidate(doc, men, dates);
    if (item) items.push(item);
  }
  return merge(doc, items);
}
