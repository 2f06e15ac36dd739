/** bylines rules: each credit names the rule that found it. */
import type { Rule } from '../../rule.js';

const HEAD = '青石镇开展植树活动\n';
const LEAD = '3月12日,青石镇组织开展植树活动,镇村干部群众200余人参加。';

export const BYLINE_RULES = [
  {
    id: 'by.bracket-role',
    description: 'A bracket that opens with a credit role (maybe after an outlet): (记者 李明华 通讯员王小红).',
    examples: [
      {
        text: `本报讯(记者 李明华 通讯员王小红)${LEAD}`,
        expect: [
          { field: 'bylines', value: '李明华', with: { role: '记者' } },
          { field: 'bylines', value: '王小红', with: { role: '通讯员' } },
        ],
      },
      { text: `(新华社记者 赵海峰)${LEAD}`, expect: [{ field: 'bylines', value: '赵海峰', with: { role: '记者' } }] },
    ],
    counterexamples: [
      // A role word in a bracket followed by no name.
      { text: `${LEAD}活动邀请了多家媒体(记者节期间)参加。` },
    ],
  },
  {
    id: 'by.credit-line',
    description:
      'A role at the start of a line, after an outlet, or with a colon (编辑:王路明 审核:李苗苗, 柳溪日报记者 李明华); names spaced out in print are joined.',
    examples: [
      {
        text: `${LEAD}\n编辑:王路明 审核:李苗苗\n`,
        expect: [
          { field: 'bylines', value: '王路明', with: { role: '编辑' } },
          { field: 'bylines', value: '李苗苗', with: { role: '审核' } },
        ],
      },
      {
        text: `柳溪日报记者 李明华 通讯员 王 红\n${LEAD}`,
        expect: [
          { field: 'bylines', value: '李明华', with: { role: '记者' } },
          { field: 'bylines', value: '王红', with: { role: '通讯员' } },
        ],
      },
    ],
    counterexamples: [
      // 记者 inside running text is no credit.
      { text: `${LEAD}活动现场,记者李明华看到群众干劲十足。` },
      // CMS users are not people.
      { text: `${LEAD}\n编辑:admin\n` },
    ],
  },
  {
    id: 'by.outlet-role',
    description: 'An outlet used as the role (青石融媒:倪小超), on a line that also has a role label.',
    examples: [
      {
        text: `${LEAD}\n青石融媒:倪小超 编辑:佳雨\n`,
        expect: [{ field: 'bylines', value: '倪小超', with: { role: '青石融媒' } }],
      },
    ],
    counterexamples: [
      // Without a role label on the line, 青石融媒: is only a header.
      { text: `${LEAD}\n青石融媒:倪小超\n` },
    ],
  },
  {
    id: 'by.caption',
    description: "A photo caption's credit: (新华社)记者李明华摄.",
    examples: [
      {
        text: `${HEAD}${LEAD}图为植树现场。新华社记者李明华摄\n`,
        expect: [{ field: 'bylines', value: '李明华', with: { role: '记者' } }],
      },
    ],
    counterexamples: [
      // 摄像 is filming, and the words before 摄 must be a name.
      { text: `${HEAD}${LEAD}图为植树现场。记者团队摄像\n` },
    ],
  },
  {
    id: 'by.trailing-bracket',
    description:
      'Bare names in a bracket that ends a paragraph after a sentence end or a blank: (朱亚明 李得华) → 作者.',
    examples: [
      {
        text: `${HEAD}${LEAD}会议还研究了其他事项。(朱亚明 李得华)\n`,
        expect: [
          { field: 'bylines', value: '朱亚明', with: { role: '作者' } },
          { field: 'bylines', value: '李得华', with: { role: '作者' } },
        ],
      },
    ],
    counterexamples: [
      // An organisation is no author.
      { text: `${HEAD}${LEAD}会议还研究了其他事项。(青石镇党委)\n` },
      // A bracket inside the sentence is no credit.
      { text: `${LEAD}活动由镇长(李明华)主持。` },
    ],
  },
] as const satisfies readonly Rule[];

export type BylineRuleId = (typeof BYLINE_RULES)[number]['id'];
