/** From a found act to a frame (actor, date, documents, span), and one frame per act. */
import type { Decision, DecisionKind, MeetingItem, Span } from '../../types.js';
import { hasSpace, withoutSpaces } from '../../text/word-list.js';
import {
  blockedReason,
  clauseEndOf,
  clauseStartOf,
  findActor,
  insideTitle,
  sentenceDate,
  sentenceStartOf,
} from '../shared/event-text.js';
import type { Env, FrameAt, Found } from './env.js';
import { titlesIn } from './spans.js';

export function toFrame(env: Env, f: Found): FrameAt | null {
  const { text, original } = env.doc;
  const at = f.outside ?? f.trigger[0];
  const ss = sentenceStartOf(text, at);
  const cs = clauseStartOf(text, at);
  if (!f.record) {
    if (insideTitle(text, at)) return null;
    if (blockedReason(text, cs, ss, at)) return null;
  }
  const actor =
    f.actor !== undefined ? f.actor : findActor(text, original, f.actorAt ?? at, env.dates, env.meetings, env.persons);
  if (f.needsActor && !actor) return null;
  const ce = clauseEndOf(text, f.trigger[1]);
  const start = Math.min(cs, f.object?.[0] ?? cs);
  const end = Math.max(ce, f.object?.[1] ?? ce);
  const span: Span = [start, end];
  const documents = titlesIn(env.doc, span[0], span[1]);
  // The sentence's date, else the meeting's: the actor's, or the article's only meeting when reported after it.
  const only =
    env.meetings.length === 1 && (env.meetings[0] as MeetingItem).span[0] < at
      ? (env.meetings[0] as MeetingItem)
      : null;
  const date = sentenceDate(env.dates, ss, at) ?? actor?.meeting?.date ?? only?.date ?? null;
  return {
    kind: f.rule.kind,
    trigger: original.slice(f.trigger[0], f.trigger[1]),
    actor: actor ? withoutSpaces(actor.text) || null : null,
    object: f.object ? clean(original.slice(f.object[0], f.object[1])) : null,
    documents,
    date,
    span,
    rule: f.rule.id,
    at,
  };
}

function clean(s: string): string | null {
  const t = hasSpace(s) ? s.replace(/^\s+|\s+$/g, '').replace(/\s*\n\s*/g, '') : s;
  return t.length > 0 ? t : null;
}

/** One frame per act: frames whose triggers overlap keep the first (longer rules run first at a position). */
export function dedupe(frames: FrameAt[]): Decision[] {
  frames.sort((a, b) => a.at - b.at || b.trigger.length - a.trigger.length);
  const out: Decision[] = [];
  let lastEnd = -1;
  let lastKind: DecisionKind | null = null;
  // One frame has nothing to repeat: no keys then.
  const seen = frames.length > 1 ? new Set<string>() : null;
  for (const f of frames) {
    const at = f.at;
    // The same act told twice (headline and body, a repeated paragraph) is one frame.
    const key = seen ? `${f.kind}|${f.trigger}|${f.object ?? at}|${f.actor ?? ''}` : '';
    if (seen?.has(key)) continue;
    // A sanction inside another one's trigger (给予某某|开除党籍处分) is that frame.
    if (f.kind === 'discipline' && lastKind === 'discipline' && at < lastEnd) continue;
    seen?.add(key);
    // The frame without `at`, keys in the frame's order.
    out.push({
      kind: f.kind,
      trigger: f.trigger,
      actor: f.actor,
      object: f.object,
      documents: f.documents,
      date: f.date,
      span: f.span,
      rule: f.rule,
    });
    if (f.kind === 'discipline') {
      lastEnd = Math.max(lastEnd, at + f.trigger.length);
      lastKind = 'discipline';
    }
  }
  return out;
}
