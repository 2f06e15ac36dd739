/** A meeting's type from its name, by the first matching rule of MEETING_TYPE_RULES. */
import { SESSION_WORDS } from './words.js';
import { MEETING_TYPE_RULES } from './rules.js';
import { WordList } from '../../text/word-list.js';

const SESSIONS = new WordList(SESSION_WORDS);

export function meetingType(name: string): string | null {
  // 某会议开幕会 is a session of 某会议: its kind.
  // The first session word the name ends with and is longer than.
  const session = SESSIONS.endingAt(name, name.length, 1);
  if (session) name = name.slice(0, -session.length);
  for (const r of MEETING_TYPE_RULES) {
    const m = r.pattern.exec(name);
    if (m) return r.type.replace('$1', m[1] ?? '').replace('$2', m[2] ?? '');
  }
  return null;
}
