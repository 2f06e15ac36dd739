/**
 * Rule meeting.at: 在XX会议上 (the meeting hosted what follows), or a
 * paragraph opening with 座谈会上,…; not 在XX会议上的讲话精神 nor after 传达/学习.
 */
import { CITED_AFTER_MARKERS, CITED_AT_MARKERS, SPEECH_HEADLINE_TAILS } from '../words.js';
import { MEETING_FORMS } from '../rules.js';
import { CITED_BEFORE, type Mention } from '../mention.js';
import { headEndingAt, lastIndexWithin, paragraphStart, scanNameStart, sentenceStart } from '../text.js';
import { WordList } from '../../../text/word-list.js';

const CITED_AT = new WordList(CITED_AT_MARKERS);
const CITED_AFTER = new WordList(CITED_AFTER_MARKERS);
const SPEECH_TAILS = new WordList(SPEECH_HEADLINE_TAILS);

/** 在XX会议上,… — the meeting hosted what follows; 在XX会议上的讲话精神 is a citation. */
export function atMention(text: string, shang: number): Mention | null {
  const headEnd = shang;
  const len = headEndingAt(text, headEnd);
  if (len === 0) return null;
  if (CITED_AFTER.startingAt(text, shang + 1) && !speechHeadline(text, shang + 1)) return null;
  const start = scanNameStart(text, headEnd - len, 60);
  const zai = lastIndexWithin(text, '在', headEnd - len - 1, 60);
  if (zai < start) {
    // A paragraph opening with the meeting: 座谈会上,… (no 在).
    if (start !== paragraphStart(text, start)) return null;
    if (text[shang + 1] !== ',' && !speechHeadline(text, shang + 1)) return null;
    return { pieces: [[start, headEnd]], rule: MEETING_FORMS.at.id, verbAt: headEnd };
  }
  const ss = sentenceStart(text, zai);
  if (CITED_BEFORE.occursIn(text, ss, zai) || CITED_AT.occursIn(text, ss, zai)) return null;
  return { pieces: [[zai + 1, headEnd]], rule: MEETING_FORMS.at.id, verbAt: headEnd };
}

/** 在全县XX大会上的讲话 ending its line: the article is the speech given there. */
function speechHeadline(text: string, pos: number): boolean {
  const tail = SPEECH_TAILS.startingAt(text, pos);
  if (!tail) return false;
  const next = text[pos + tail.length];
  return next === undefined || next === '\n' || next === '\r' || next === ')';
}
