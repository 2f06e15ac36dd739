/**
 * The shape of a Chinese full name, for every field that reads names
 * (officials, appointments): a surname and one or two given characters
 * (2–4 in all), none of them a character no given name has (的, 了, 第 …);
 * or a transliterated name whose parts are joined by middle dots.
 */
import { NOT_IN_GIVEN_NAME } from '../../lexicon/official-words.js';
import { surnameAt } from '../../lexicon/surnames.js';
import { UnitSet } from '../../text/unit-set.js';

/** A full name has two to four characters (欧阳晓红 is four). */
export const MIN_NAME_LENGTH = 2;
export const MAX_NAME_LENGTH = 4;

/** Characters no given name has, by unit. */
const NOT_GIVEN = new UnitSet(NOT_IN_GIVEN_NAME);

/** Whether no unit of `name` from `from` on is a character no given name has (和推动, 向记者, 任前). */
export function givenNameOk(name: string, from: number): boolean {
  for (let i = from; i < name.length; i++) if (NOT_GIVEN.has(name.charCodeAt(i))) return false;
  return true;
}

const DOT_NAME = /^[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+$/;

/** A plausible full name on its own: 2–4 Han characters led by a surname, or a name with a middle dot. */
export function nameShape(s: string): boolean {
  if (s.includes('·') && DOT_NAME.test(s)) return true;
  // 2–4 units in U+3400–U+9FFF (a loop: this runs for every candidate end of every trigger).
  if (s.length < MIN_NAME_LENGTH || s.length > MAX_NAME_LENGTH) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) return false;
  }
  const surname = surnameAt(s, 0);
  if (!surname) return false;
  // Four characters need a compound surname (欧阳晓红) unless 某 stands in the given name.
  if (s.length === 4 && surname.length === 1 && !s.includes('某')) return false;
  return givenNameOk(s, surname.length);
}
