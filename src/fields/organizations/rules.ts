/**
 * How an organisation is recognised: every item carries one of these ids.
 * Examples are invented sentences.
 */
import type { Rule, RuleTable } from '../rule.js';

export const ORG_RULES = {
  central: {
    id: 'org.central',
    description: 'a national body from the fixed list (国务院, 全国人大常委会), with one sub-body word',
    examples: [{ text: '国务院办公厅印发通知。', expect: [{ field: 'organizations', value: '国务院办公厅' }] }],
    counterexamples: [{ text: '要落实中央要求,学习中央精神。' }],
  },
  place: {
    id: 'org.place',
    description: 'a body word right after a place found in the text (青石县委): resolved to itself',
    examples: [
      {
        text: '三原县委召开会议。',
        expect: [{ field: 'organizations', value: '三原县委', with: { resolved: '三原县委' } }],
      },
    ],
    counterexamples: [{ text: '三原县长李明华说。' }],
  },
  level: {
    id: 'org.level',
    description:
      'a body word right after a bare level word (县委, 镇党委, 街道党工委), resolved against the article’s locality; not after a collective (各镇党委)',
    examples: [{ text: '镇党委书记李明华主持会议。', expect: [{ field: 'organizations', value: '镇党委' }] }],
    counterexamples: [{ text: '各镇党委书记参加会议。' }],
  },
  village: {
    id: 'org.village',
    description:
      'a village-level body after a village name jieba keeps as one word, when the dataset lacks the village',
    examples: [
      {
        text: '东坡村党支部书记王刚说。',
        expect: [{ field: 'organizations', value: '东坡村党支部', with: { kind: 'village' } }],
      },
    ],
    counterexamples: [{ text: '农村党支部书记要带头。' }],
  },
  bureau: {
    id: 'org.bureau',
    description:
      'a 局/厅 after a county-or-higher level word or place (县农业农村局), not an ordinary word (大局, 格局)',
    examples: [
      {
        text: '县农业农村局局长李明华说。',
        expect: [{ field: 'organizations', value: '县农业农村局', with: { kind: 'government' } }],
      },
    ],
    counterexamples: [{ text: '要顾全大局。' }],
  },
  task: {
    id: 'org.task',
    description: 'a working group or enterprise named by its task or trade words (春耕生产领导小组, 某某有限公司)',
    examples: [
      { text: '镇里成立了春耕生产领导小组。', expect: [{ field: 'organizations', value: '春耕生产领导小组' }] },
    ],
    counterexamples: [{ text: '会议决定成立领导小组。' }],
  },
} as const satisfies Record<string, Rule>;

export const ORGANIZATIONS_TABLE: RuleTable = {
  field: 'organizations',
  summary:
    'Bodies named in the text: national bodies from a list, bodies after a place or a bare level word (resolved to the article’s locality), village bodies, bureaus, and working groups or enterprises named by their task.',
  rules: Object.values(ORG_RULES),
};
