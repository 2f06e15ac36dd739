/**
 * What the appointment forms share: the found item (AppointmentHit), a post
 * (title and org), one trigger's context (Env) and the officials' mentions by
 * position (NameIndex).
 */
import type { Appointment, DateItem, Doc, MeetingItem, Official, Span } from '../../types.js';
import { type Actor, findActor, sentenceStartOf } from '../shared/event-text.js';

export interface AppointmentContext {
  dates: readonly DateItem[];
  officials: Official[];
  /** Meetings found in the article: 会议决定任命… names its meeting as the authority. */
  meetings?: MeetingItem[];
}

/** An appointment with where its trigger is (decisions build frames from these). */
export interface AppointmentHit extends Appointment {
  trigger: string;
  triggerSpan: Span;
}

/** A post as appointments report it: 代理县长 stays whole in `title`. */
export type Post = { title: string; org: string | null };

/** Officials' mentions by end and by start (the last one listed wins), each built when a form first looks a name up that way. */
export class NameIndex {
  private byEnd: Map<number, { name: string; start: number }> | null = null;
  private byStart: Map<number, { name: string; end: number }> | null = null;

  constructor(private readonly officials: readonly Official[]) {}

  endingAt(end: number): { name: string; start: number } | undefined {
    if (this.byEnd === null) {
      this.byEnd = new Map();
      for (const o of this.officials) for (const [s, e] of o.mentions) this.byEnd.set(e, { name: o.name, start: s });
    }
    return this.byEnd.get(end);
  }

  startingAt(start: number): { name: string; end: number } | undefined {
    if (this.byStart === null) {
      this.byStart = new Map();
      for (const o of this.officials) for (const [s, e] of o.mentions) this.byStart.set(s, { name: o.name, end: e });
    }
    return this.byStart.get(start);
  }
}

/**
 * One trigger's context. Its sentence start is found when a form first asks
 * (most triggers, 主任 and 责任 among them, fail a form check before).
 */
export class Env {
  private sentence = -1;

  constructor(
    readonly doc: Doc,
    readonly names: NameIndex,
    readonly dates: readonly DateItem[],
    readonly meetings: MeetingItem[],
    readonly at: number,
    readonly word: string,
    /** The last person named in an appointment, with that appointment's sentence start. */
    private readonly last: { name: string; ss: number } | null,
  ) {}

  get ss(): number {
    if (this.sentence < 0) this.sentence = sentenceStartOf(this.doc.text, this.at);
    return this.sentence;
  }

  private actorFound: Actor | null | undefined = undefined;

  /** The actor of the trigger (asked for the authority and again for every item's date): found once. */
  actor(): Actor | null {
    if (this.actorFound === undefined)
      this.actorFound = findActor(this.doc.text, this.doc.original, this.at, this.dates, this.meetings);
    return this.actorFound;
  }

  /** The last person named in an appointment of this sentence: 其 in 免去其某职务 is that person. */
  get lastPerson(): string | null {
    return this.last && this.last.ss === this.ss ? this.last.name : null;
  }

  /** The same context read from another offset (接受 before 辞去); the sentence stays the trigger's. */
  movedTo(at: number): Env {
    const moved = new Env(this.doc, this.names, this.dates, this.meetings, at, this.word, this.last);
    moved.sentence = this.ss;
    return moved;
  }
}
