/**
 * How an organisation is recognised: every item carries one of these ids.
 * Examples are invented sentences.
 */
import type { Rule, RuleTable } from '../rule.js';

export const ORG_RULES = {
  central: {
    id: 'org.central',
    description: 'a national body from the fixed list (国务院, 全国人大常委会), with one sub-body word',
    examples: [],
    counterexamples: [],
  },
  place: {
    id: 'org.place',
    description: 'a body word right after a place found in the text (青石县委): resolved to itself',
    examples: [],
    counterexamples: [],
  },
  level: {
    id: 'org.level',
    description:
      'a body word right after a bare level word (县委, 镇党委, 街道党工委), resolved against the article’s locality; not after a collective (各镇党委)',
    examples: [],
    counterexamples: [],
  },
  village: {
    id: 'org.village',
    description:
      'a village-level body after a village name jieba keeps as one word, when the dataset lacks the village',
    examples: [],
    counterexamples: [],
  },
  bureau: {
    id: 'org.bureau',
    description:
      'a 局/厅 after a county-or-higher level word or place (县农业农村局), not an ordinary word (大局, 格局)',
    examples: [],
    counterexamples: [],
  },
  task: {
    id: 'org.task',
    description: 'a working group or enterprise named by its task or trade words (春耕生产领导小组, 某某有限公司)',
    examples: [],
    counterexamples: [],
  },
} as const satisfies Record<string, Rule>;

export const ORGANIZATIONS_TABLE: RuleTable = {
  field: 'organizations',
  summary:
    'Bodies named in the text: national bodies from a list, bodies after a place or a bare level word (resolved to the article’s locality), village bodies, bureaus, and working groups or enterprises named by their task.',
  rules: Object.values(ORG_RULES),
};
