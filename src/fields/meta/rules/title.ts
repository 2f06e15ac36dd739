/** title rules: the headline at the top of the text. */
import type { Rule } from '../../rule.js';

const LEAD = '3月1日上午,青石镇召开镇村干部大会,镇党委书记李明华出席会议并讲话。';

export const TITLE_RULES = [
  {
    id: 'title.first-line',
    description:
      'The first content line (after e-paper page lines, a leading date line and header fields such as 索引号:…) is the headline when it is short and does not read like a sentence, an addressee line, a dateline or a credit; header fields after it on its line are cut.',
    examples: [
      {
        text: `青石镇召开2024年镇村干部大会\n${LEAD}`,
        expect: [{ field: 'title', value: '青石镇召开2024年镇村干部大会' }],
      },
      {
        text: `2020年09月18日 星期五\n第02版:要闻\n柳溪县开展秋粮收购调研\n${LEAD}`,
        expect: [{ field: 'title', value: '柳溪县开展秋粮收购调研' }],
      },
      {
        text: `柳溪县召开防汛工作会议 来源:柳溪县人民政府 发布时间:2024-05-08\n${LEAD}`,
        expect: [{ field: 'title', value: '柳溪县召开防汛工作会议' }],
      },
    ],
    counterexamples: [
      { text: `${LEAD}\n会议强调,要压实工作责任。` },
      { text: `各乡镇人民政府,县直各单位:\n现将有关事项通知如下。` },
      { text: `本报讯(记者 李明华)${LEAD}` },
    ],
  },
  {
    id: 'title.original-title',
    description: 'A first line that starts with 原标题: gives the headline after the label.',
    examples: [
      {
        text: `原标题:柳溪县召开县政府常务会议\n${LEAD}`,
        expect: [{ field: 'title', value: '柳溪县召开县政府常务会议' }],
      },
    ],
    counterexamples: [
      // 原标题 further down names an earlier headline, not this one.
      { text: `柳溪县召开县政府常务会议\n${LEAD}\n(本文原标题:柳溪县部署春耕生产)` },
    ],
  },
] as const satisfies readonly Rule[];

export type TitleRuleId = (typeof TITLE_RULES)[number]['id'];
