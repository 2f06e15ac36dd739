/** source rules: the outlet named as the article's source; the best rank wins, then the earliest. */
import type { Rule } from '../../rule.js';

export interface SourceRule extends Rule {
  /** 0 best. */
  rank: number;
}

const LEAD = '3月12日,青石镇组织开展植树活动,镇村干部群众200余人参加。';

export const SOURCE_RULES = [
  {
    id: 'src.label',
    rank: 0,
    description: 'A 来源/信息来源/稿源 label and its value, up to a blank, a bar or the next header field.',
    examples: [
      {
        text: `青石镇开展植树活动\n来源:青石镇人民政府 发布时间:2024-03-12\n${LEAD}`,
        expect: [{ field: 'source', value: '青石镇人民政府' }],
      },
    ],
    counterexamples: [
      // A longer word ending in 来源 names another source.
      { text: `青石镇开展植树活动\n${LEAD}资金来源:镇财政专项资金。` },
      { text: `青石镇开展植树活动\n${LEAD}\n图片来源:柳溪县融媒体中心` },
    ],
  },
  {
    id: 'src.dateline',
    rank: 1,
    description: 'A dateline: an outlet, maybe a place and a date, then 讯/电/消息 (新华社北京3月13日电, 青石日报讯).',
    examples: [
      { text: `新华社北京3月13日电 ${LEAD}`, expect: [{ field: 'source', value: '新华社' }] },
      { text: `青石日报讯(记者 李明华)${LEAD}`, expect: [{ field: 'source', value: '青石日报' }] },
    ],
    counterexamples: [
      // 本报讯 names no outlet.
      { text: `本报讯(记者 李明华)${LEAD}` },
    ],
  },
  {
    id: 'src.outlet-reporter',
    rank: 2,
    description: "An outlet before a reporter's name at the top (柳溪日报记者 李明华).",
    examples: [{ text: `柳溪日报记者 李明华\n${LEAD}`, expect: [{ field: 'source', value: '柳溪日报' }] }],
    counterexamples: [
      // 记者 followed by a verb is running text, not a credit.
      { text: `柳溪日报记者走访发现,青石镇今年新栽苗木一万余株。\n${LEAD}` },
    ],
  },
  {
    id: 'src.outlet-line',
    rank: 2,
    description:
      'An outlet alone on its line next to a bare date line, or a masthead line (青石日报 2024年05月10日 第04版).',
    examples: [
      {
        text: `青石镇开展植树活动\n柳溪新闻网\n2020-01-03 18:13\n${LEAD}`,
        expect: [{ field: 'source', value: '柳溪新闻网' }],
      },
      {
        text: `青石日报 2024年05月10日 第04版\n青石镇开展植树活动\n${LEAD}`,
        expect: [{ field: 'source', value: '青石日报' }],
      },
    ],
    counterexamples: [
      // A bulletin's title is no outlet.
      { text: `青石镇开展植树活动\n青石镇工作简报\n2020-01-03 18:13\n${LEAD}` },
    ],
  },
  {
    id: 'src.according-to',
    rank: 3,
    description: '据XX in the lead (据柳溪日报报道, 据“清风柳溪”消息) or a closing bracket (据新华社).',
    examples: [
      { text: `据柳溪日报报道,${LEAD}`, expect: [{ field: 'source', value: '柳溪日报' }] },
      {
        text: `青石镇开展植树活动\n${LEAD}会议还研究了其他事项。(据新华社)`,
        expect: [{ field: 'source', value: '新华社' }],
      },
    ],
    counterexamples: [
      // 据 a statistics office is data, not an outlet.
      { text: `据柳溪县统计局数据,${LEAD}` },
    ],
  },
] as const satisfies readonly SourceRule[];

export type SourceRuleId = (typeof SOURCE_RULES)[number]['id'];
