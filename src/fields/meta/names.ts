/**
 * Who a credit names: a person (张三, 佳雨 after a role label, 阿依古丽·买买提)
 * or an organisation or outlet (某镇党委, 某县融媒体中心), which is no person.
 */
import { COMPOUND_SURNAMES, surnameAt } from '../../lexicon/surnames.js';
import { NOT_NAMES, ORG_SUFFIXES, OUTLET_SUFFIXES, ORG_SUFFIXES_SHORT } from '../../lexicon/meta-words.js';
import { alternation } from './common.js';

const ORG_RE = new RegExp(`(?:${alternation(ORG_SUFFIXES)})$`);
const ORG_SHORT_RE = new RegExp(`(?:${alternation(ORG_SUFFIXES_SHORT)})$`);
const NOT_NAME_SET = new Set(NOT_NAMES);
const OUTLET_RE = new RegExp(`(?:${alternation(OUTLET_SUFFIXES)})$`);

/** An organisation or outlet name (某镇党委, 某县融媒体中心): ends in an organisation or outlet suffix. */
export function isOrgLike(s: string): boolean {
  return /^[\u3400-\u9fff]+$/.test(s) && (ORG_RE.test(s) || OUTLET_RE.test(s));
}

export function hasSurname(name: string): boolean {
  return surnameAt(name, 0) !== '';
}

/**
 * Is this (space-free) string a credited person's name? `strict` (no role
 * label vouches for it, or a role word without a colon) requires a common
 * surname; otherwise pen names such as 佳雨 pass.
 */
export function isPersonName(name: string, strict: boolean): boolean {
  if (NOT_NAME_SET.has(name)) return false;
  const dot = name.includes('·');
  if (dot) return /^[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff]+)+$/.test(name) && name.length <= 12;
  if (!/^[\u3400-\u9fff]+$/.test(name)) return false;
  if (name.length < 2 || name.length > 4) return false;
  if (name.length >= 3 && ORG_RE.test(name)) return false;
  if (name.length === 2 && ORG_SHORT_RE.test(name)) return false;
  const compound = COMPOUND_SURNAMES.has(name.slice(0, 2));
  if (name.length === 4 && !compound) return false;
  if (strict && !hasSurname(name)) return false;
  return true;
}
