/**
 * People named only as the object of a personnel act (任命金某为…, 补选姜某为…)
 * are still people named in the body: add those the officials extractor
 * missed, with every mention of the name, keeping first-mention order.
 */
import type { Appointment, Doc, Official } from '../../../types.js';
import { OFFICIAL_RULES } from '../rules.js';
import { mentionsOf, withPeople } from './people.js';

export function addAppointedPeople(doc: Doc, officials: Official[], appointments: Appointment[]): Official[] {
  const known = new Set(officials.map((o) => o.name));
  const added: Official[] = [];
  const found = mentionsOf(
    doc,
    appointments.map((a) => a.person).filter((p) => !known.has(p)),
  );
  for (const a of appointments) {
    if (known.has(a.person)) continue;
    const mentions = found.get(a.person) ?? [];
    if (mentions.length === 0) continue;
    known.add(a.person);
    added.push({ name: a.person, titles: [], mentions, rule: OFFICIAL_RULES.fromAppointment.id });
  }
  return withPeople(officials, added);
}
