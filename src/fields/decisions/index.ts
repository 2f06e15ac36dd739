/**
 * Decision frames (issue 5): what a body or meeting did — adopt (审议通过),
 * decide (决定), establish (成立…领导小组, 下设), issue (印发/出台/发布), sign
 * (签订…责任书), commend (表彰), deploy (安排部署), approve (批准/同意), appoint,
 * remove, resign (from the appointments the pipeline passes in) and discipline (给予…处分,
 * 立案审查调查, 开除党籍).
 *
 * Only acts reported as done: cited ones (根据…决定, 贯彻…部署, …审议通过的《》),
 * planned or prescribed ones (将于…印发, 应当…决定, 拟表彰) and reported speech
 * (会议强调,要…) give no frame. An instruction (要安排部署…) is no frame either:
 * nothing was deployed yet.
 *
 * Rules in ./rules.ts (the forms in ./parsers/, one file each, listed in FORMS
 * below); word lists in ./words.ts and src/lexicon/decision-words.ts. Pure: no I/O.
 */
import type { AppointmentHit } from '../appointments/index.js';
import type { DateItem, Decision, Doc, DocumentItem, MeetingItem, Official } from '../../types.js';
import { WordScanner, byLength } from '../../text/word-list.js';
import { PersonSpans, sortedByStart } from '../shared/event-text.js';
import type { Env, Form, FrameAt } from './env.js';
import { dedupe, toFrame } from './frame.js';
import { adopt, adoptMeeting } from './parsers/adopt.js';
import { PARENTHETICAL_RE, adoptParenthetical } from './parsers/adopt-parenthetical.js';
import { approve } from './parsers/approve.js';
import { commend } from './parsers/commend.js';
import { commendDocument } from './parsers/commend-document.js';
import { decide } from './parsers/decide.js';
import { deploy } from './parsers/deploy.js';
import { disciplineExpel } from './parsers/discipline-expel.js';
import { disciplineGive } from './parsers/discipline-give.js';
import { disciplineInvestigate } from './parsers/discipline-investigate.js';
import { disciplineOther } from './parsers/discipline-other.js';
import { disciplineReceive } from './parsers/discipline-receive.js';
import { establish } from './parsers/establish.js';
import { issue } from './parsers/issue.js';
import { personnelFrames } from './parsers/personnel.js';
import { sign } from './parsers/sign.js';
import { DECISION_RULES as R, type DecisionRule } from './rules.js';

export interface DecisionContext {
  dates: DateItem[];
  meetings: MeetingItem[];
  documents: DocumentItem[];
  /** The article's appointments (the pipeline finds them first): appoint, remove and resign frames. */
  appointments: readonly AppointmentHit[];
  /** Officials found in the article: a person opening a clause acts (副镇长某某就…部署). */
  officials?: Official[];
}

/**
 * The forms a trigger word starts, in rule order: each word of a rule's
 * triggers goes to its form. Adopt-parenthetical and commend-document run
 * their own passes below, personnel frames come from the appointments.
 */
const FORMS: ReadonlyArray<readonly [DecisionRule, Form]> = [
  [R.adopt, adopt],
  [R.adoptMeeting, adoptMeeting],
  [R.decide, decide],
  [R.establish, establish],
  [R.issue, issue],
  [R.sign, sign],
  [R.commend, commend],
  [R.deploy, deploy],
  [R.approve, approve],
  [R.disciplineGive, disciplineGive],
  [R.disciplineReceive, disciplineReceive],
  [R.disciplineExpel, disciplineExpel],
  [R.disciplineInvestigate, disciplineInvestigate],
  [R.disciplineOther, disciplineOther],
];

/** Each trigger word's form, looked up once per word rather than per occurrence. */
const FORM_OF: ReadonlyMap<string, Form> = new Map(
  FORMS.flatMap(([rule, form]) => rule.triggers.map((w) => [w, form])),
);
/** Every trigger word of the forms, longest first. */
const TRIGGERS = byLength([...FORM_OF.keys()]);
const TRIGGER_SCAN = new WordScanner(TRIGGERS);
// The hits show every 通过 in a text when 通过 is a trigger, no trigger holds it but at its
// end, and none ends in 通 or starts with 过 (so no hit can cover part of one).
if (
  !TRIGGERS.includes('通过') ||
  TRIGGERS.some(
    (w) => (w.includes('通过') && w.indexOf('通过') !== w.length - 2) || w.endsWith('通') || w.startsWith('过'),
  )
) {
  throw new Error('decisions: every 通过 must end a trigger hit');
}

export function extractDecisions(doc: Doc, ctx: DecisionContext): Decision[] {
  const env: Env = {
    doc,
    dates: sortedByStart(ctx.dates),
    meetings: ctx.meetings,
    documents: sortedByStart(ctx.documents),
    persons: new PersonSpans(ctx.officials ?? []),
  };
  const frames: FrameAt[] = [];
  const text = doc.text;

  const hits = TRIGGER_SCAN.scan(text);
  for (const { at, word } of hits) {
    const form = FORM_OF.get(word);
    const found = form ? form(env, at, word) : null;
    if (!found) continue;
    const frame = toFrame(env, found);
    if (frame) frames.push(frame);
  }
  // Every such note ends in 通过), and every 通过 ends a trigger hit: no hit, no pattern run.
  if (hits.some((h) => h.word.endsWith('通过') && text.charCodeAt(h.at + h.word.length) === 0x29 /* ) */))
    for (const m of text.matchAll(PARENTHETICAL_RE)) {
      const found = adoptParenthetical(env, m.index, m[1] as string);
      if (!found) continue;
      const frame = toFrame(env, found);
      if (frame) frames.push(frame);
    }
  for (const d of env.documents) {
    const found = commendDocument(env, d);
    if (!found) continue;
    const frame = toFrame(env, found);
    if (frame) {
      // The frame is new: set in place ({ ...frame, documents } is slow in V8 and gives the same keys).
      frame.documents = [d.title];
      frames.push(frame);
    }
  }
  const personnel = personnelFrames(doc, ctx.appointments);
  if (frames.length === 0 && personnel.length === 0) return [];
  // 经研究决定:某某任…,免去其…: the appointments are the acts, not a separate decision.
  const decided = frames.filter(
    (f) => !(f.kind === 'decide' && personnel.some((p) => p.at >= f.span[0] && p.at < f.span[1])),
  );
  return dedupe(decided.concat(personnel));
}
