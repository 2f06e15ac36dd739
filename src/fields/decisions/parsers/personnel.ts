/**
 * appoint, remove, resign: one frame per person and trigger from the
 * appointments the pipeline found (their rule ids are the appointments table's).
 */
import type { DecisionKind, Doc, Span } from '../../../types.js';
import { keepBestByKey } from '../../../text/collections.js';
import type { AppointmentHit } from '../../appointments/index.js';
import type { FrameAt } from '../env.js';
import { titlesIn } from '../spans.js';

const PERSONNEL_KIND: Record<string, DecisionKind> = {
  appoint: 'appoint',
  elect: 'appoint',
  nominate: 'appoint',
  acting: 'appoint',
  remove: 'remove',
  resign: 'resign',
};

/** 任命X为Y、Z is one act: one frame per person, kind and trigger; a headline repeating it is too. */
export function personnelFrames(doc: Doc, hits: readonly AppointmentHit[]): FrameAt[] {
  const frames = hits.map((h): FrameAt => {
    const span: Span = [Math.min(h.span[0], h.triggerSpan[0]), Math.max(h.span[1], h.triggerSpan[1])];
    return {
      kind: PERSONNEL_KIND[h.type] ?? 'appoint',
      trigger: h.trigger,
      actor: h.authority,
      object: h.person,
      documents: titlesIn(doc, span[0], span[1]),
      date: h.date,
      span,
      rule: h.rule,
      at: h.triggerSpan[0],
    };
  });
  return keepBestByKey(
    frames,
    (f) => `${f.kind}|${f.object}|${f.trigger}`,
    (d) => (d.actor ? 2 : 0) + (d.date ? 1 : 0),
  );
}
