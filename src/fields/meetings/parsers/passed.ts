/**
 * Rule meeting.passed: the name as subject of 通过 (a text the meeting
 * adopted), or of another act (审议了, 听取了, 选举) when a numbered session
 * opens its clause.
 */
import { ACT_PREFIXES, CITING_PREFIXES } from '../words.js';
import { MEETING_FORMS } from '../rules.js';
import type { Mention } from '../mention.js';
import { clauseStart, headEndingAt, scanNameStart } from '../text.js';
import { WordList } from '../../../text/word-list.js';

/**
 * Acts of a meeting right after its name: what /会议?(?=…)/ looks ahead for
 * ((审议|表决|讨论)?通过, 审议了, 听取了, 听取并审议, 表决, 选举, 决定[,:]).
 */
const MEETING_ACTS = new WordList([
  '通过',
  '审议通过',
  '表决通过',
  '讨论通过',
  '审议了',
  '听取了',
  '听取并审议',
  '表决',
  '选举',
]);

const CITING = new WordList(CITING_PREFIXES);
const ACTS = new WordList(ACT_PREFIXES);
/** Acts between a meeting name and 通过 (某会议审议通过). */
const PASS_LEADS = ['审议', '表决', '讨论'];

/** Whether a meeting's act starts at `p`, right after a head word. */
export function meetingActAt(text: string, p: number): boolean {
  if (MEETING_ACTS.startingAt(text, p) !== null) return true;
  if (!text.startsWith('决定', p)) return false;
  const next = text.charCodeAt(p + 2);
  return next === 0x2c /* , */ || next === 0x3a /* : */;
}

/**
 * (2021年12月10日某县人大常委会第四十次会议通过) / XX会议审议通过了… — not XX会议通过的报告
 * (cited). Other acts (XX会议审议了/听取了/选举/决定:) only when the name opens its clause.
 */
export function passedMention(text: string, headEnd: number): Mention | null {
  const len = headEndingAt(text, headEnd);
  if (len === 0) return null;
  let p = headEnd;
  for (const w of PASS_LEADS) if (text.startsWith(w, p)) p += w.length;
  const adopted = text.startsWith('通过', p);
  if (adopted && text[p + 2] === '的') return null;
  const start = scanNameStart(text, headEnd - len, 60);
  // 根据县委常委会会议决定: the decision is cited, the meeting is not reported.
  if (CITING.startingAt(text, start)) return null;
  if (!adopted) {
    // Only a numbered session opening its clause: 某人大常委会第十二次会议听取了…; not 进行大会选举.
    if (start !== clauseStart(text, headEnd - len) || !/(?:次|常务)会议$/.test(text.slice(start, headEnd))) return null;
    if (ACTS.startingAt(text, start)) return null;
  }
  return { pieces: [[start, headEnd]], rule: MEETING_FORMS.passed.id, verbAt: headEnd };
}
