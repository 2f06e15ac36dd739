/** Rule meeting.subject: the name as subject of 召开/举行/开幕 ending the clause. */
import { MEETING_FORMS } from '../rules.js';
import { type Mention, SUBJECT_GAP } from '../mention.js';
import { clauseStart, headEndsIn, isBoundary, scanNameStart } from '../text.js';

/** XX会议召开。 / XX会议14日在北京举行。 / XX会议在国歌声中开幕。 */
export function subjectMention(text: string, v: number, after: number): Mention | null {
  const next = text[after] === '了' ? text[after + 1] : text[after];
  if (!isBoundary(next)) return null;
  const cs = clauseStart(text, v);
  const ends = headEndsIn(text, cs, v);
  for (let k = ends.length - 1; k >= 0; k--) {
    const { end, len } = ends[k] as { end: number; len: number };
    if (!SUBJECT_GAP.test(text.slice(end, v))) continue;
    const start = scanNameStart(text, end - len, 60);
    return { pieces: [[Math.max(start, cs), end]], rule: MEETING_FORMS.subject.id, verbAt: v };
  }
  return null;
}
