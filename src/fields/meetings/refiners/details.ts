/**
 * Fills each meeting's place, chair, speakers, attendees and agenda from what
 * the other extractors found: officials' roles (主持 → chair, 讲话 → speaker,
 * 出席 → attendee), decision frames the meeting is the actor of (审议通过…),
 * and 传达/听取/研究 phrases in the meeting's paragraphs. An official belongs to
 * the meeting reported nearest before their first mention (or the first one).
 */
import { AGENDA_PATTERNS, MEETING_PLACE } from './detail-words.js';
import type { Decision, Doc, MeetingItem, Official } from '../../../types.js';
import { lowerBound } from '../../../text/collections.js';

export interface MeetingDetails {
  place: string | null;
  chair: string[];
  speakers: string[];
  attendees: string[];
  agenda: string[];
}

const AGENDA_DECISIONS = new Set(['adopt', 'approve', 'decide', 'issue', 'deploy', 'establish', 'commend']);

/**
 * Index of the meeting an offset belongs to: the last one starting before it,
 * else the first. A binary search when the meetings are in text order (they
 * are), so many officials and meetings cost no product of the two.
 */
function meetingFinder(meetings: readonly MeetingItem[]): (at: number) => number {
  const starts = meetings.map((m) => m.span[0]);
  const inOrder = starts.every((s, i) => i === 0 || s >= (starts[i - 1] as number));
  if (inOrder) return (at) => Math.max(0, lowerBound(starts, at + 1) - 1);
  return (at) => {
    let best = 0;
    for (let i = 0; i < starts.length; i++) if ((starts[i] as number) <= at) best = i;
    return best;
  };
}

/** lastIndexOf('\n', pos) from the line breaks' offsets (a long paragraph is not read once per meeting). */
function lastBreakAtOrBefore(breaks: readonly number[], pos: number): number {
  const k = lowerBound(breaks, pos + 1) - 1;
  return k < 0 ? -1 : (breaks[k] as number);
}

/** The paragraphs a meeting covers: from its own paragraph to the paragraph before the next meeting's. */
function meetingRange(
  breaks: readonly number[],
  doc: Doc,
  meetings: readonly MeetingItem[],
  i: number,
): [number, number] {
  const start = lastBreakAtOrBefore(breaks, (meetings[i] as MeetingItem).span[0]) + 1;
  const next = meetings[i + 1];
  const end = next ? Math.max(start, lastBreakAtOrBefore(breaks, next.span[0])) : doc.text.length;
  return [start, end];
}

type Detailed = MeetingItem & MeetingDetails;

/**
 * The meeting with empty details: { ...m, place: null, chair: [], … }. A
 * meeting as the extractor makes it is copied key by key, since a spread
 * followed by more keys is very slow in V8; the keys come out in the same order.
 */
function withEmptyDetails(m: MeetingItem): Detailed {
  const keys = Object.keys(m);
  if (
    keys.length === 5 &&
    keys[0] === 'name' &&
    keys[1] === 'type' &&
    keys[2] === 'date' &&
    keys[3] === 'span' &&
    keys[4] === 'rule'
  ) {
    return {
      name: m.name,
      type: m.type,
      date: m.date,
      span: m.span,
      rule: m.rule,
      place: null,
      chair: [],
      speakers: [],
      attendees: [],
      agenda: [],
    };
  }
  return { ...m, place: null, chair: [], speakers: [], attendees: [], agenda: [] };
}

export function addMeetingDetails(
  doc: Doc,
  meetings: readonly MeetingItem[],
  officials: readonly Official[],
  decisions: readonly Decision[],
): Array<MeetingItem & MeetingDetails> {
  const out = meetings.map(withEmptyDetails);
  if (out.length === 0) return out;
  const meetingAt = meetingFinder(meetings);
  for (const o of officials) {
    const first = o.mentions[0];
    if (!first || !o.roles) continue;
    const m = out[meetingAt(first[0])];
    if (!m) continue;
    if (o.roles.includes('chair')) m.chair.push(o.name);
    if (o.roles.includes('speak')) m.speakers.push(o.name);
    if (o.roles.includes('attend')) m.attendees.push(o.name);
  }
  const breaks: number[] = [];
  for (let k = doc.text.indexOf('\n'); k >= 0; k = doc.text.indexOf('\n', k + 1)) breaks.push(k);
  // The agenda decisions by actor, in order: one lookup per meeting, not a pass over all decisions.
  const byActor = new Map<string | null, Decision[]>();
  for (const d of decisions) {
    if (!AGENDA_DECISIONS.has(d.kind) || !d.object) continue;
    const list = byActor.get(d.actor);
    if (list) list.push(d);
    else byActor.set(d.actor, [d]);
  }
  out.forEach((m, i) => {
    const [start, end] = meetingRange(breaks, doc, meetings, i);
    const para = doc.text.slice(start, end);
    const place = MEETING_PLACE.exec(para);
    if (place?.[1] && !place[1].includes('的'))
      m.place = doc.original.slice(start + place.index + 1, start + place.index + 1 + place[1].length);
    const agenda = new Set<string>();
    for (const re of AGENDA_PATTERNS) {
      re.lastIndex = 0;
      for (let hit = re.exec(para); hit; hit = re.exec(para)) {
        let end = hit.index + hit[0].length;
        // 听取《…报告》: a match that stops inside a title runs on to its 》.
        const opened = hit[0].split('《').length - hit[0].split('》').length;
        if (opened > 0) {
          const close = para.indexOf('》', end);
          if (close >= 0 && close - end < 80) end = close + 1;
        }
        agenda.add(doc.original.slice(start + hit.index, start + end));
      }
    }
    for (const d of byActor.get(m.name) ?? []) agenda.add(`${d.trigger}${d.object}`);
    m.agenda = [...agenda];
  });
  return out;
}
