/**
 * publishedAt rules. Each proposes dates with a rank; the best rank wins,
 * then the earliest position. A caller-given date (pub.hint) overrides all.
 */
import type { Rule } from '../../rule.js';

export interface PublishedRule extends Rule {
  /** 0 best; pub.hint, given from outside the text, comes before every rank. */
  rank: number;
}

const TITLE = '青石镇召开防汛工作会议\n';
const LEAD = '5月5日,青石镇召开防汛工作会议,镇长李明华出席会议并讲话。';
const BODY = '会议强调,要进一步压实防汛责任,确保群众安全度汛。';

export const PUBLISHED_RULES = [
  {
    id: 'pub.hint',
    rank: -1,
    description:
      'A publication date given with the text (the JSONL publishedAt field, the API option) wins over the header.',
    examples: [
      {
        text: `${TITLE}2月29日,青石镇召开防汛工作会议。${BODY}`,
        options: { publishedAt: '2024-03-01' },
        expect: [{ field: 'publishedAt', value: '2024-03-01' }],
      },
    ],
    counterexamples: [
      // Without a given date the header's own date is no hint.
      { text: `${TITLE}发布时间:2024-03-01 09:00\n${LEAD}` },
    ],
  },
  {
    id: 'pub.label-primary',
    rank: 0,
    description: 'A 发布时间-style label (发布日期, 发稿时间, 发布于 …) and a real date, anywhere in the text.',
    examples: [
      {
        text: `${TITLE}发布时间:2024-05-06 10:20:30\n${LEAD}`,
        expect: [{ field: 'publishedAt', value: '2024-05-06T10:20:30' }],
      },
      {
        text: `${TITLE}发布日期:\n2024年04月06日 16:34\n${LEAD}`,
        expect: [{ field: 'publishedAt', value: '2024-04-06T16:34' }],
      },
    ],
    counterexamples: [
      // 2月31日 names no day.
      { text: `${TITLE}发布时间:2024-02-31 10:20\n${LEAD}` },
      // A word ending in the label is another date: 预计发布 is a plan.
      { text: `${TITLE}${LEAD}\n预计发布:2024-06-01` },
    ],
  },
  {
    id: 'pub.label-secondary',
    rank: 1,
    description:
      'A generic 时间/日期 (or 更新时间, 录入时间 …) label in the header or beside other header fields; an event time (上午9时, …至…, a 地点 line after it) is not taken.',
    examples: [
      {
        text: `${TITLE}时间:2017-06-01 来源:青石镇人民政府\n${LEAD}`,
        expect: [{ field: 'publishedAt', value: '2017-06-01' }],
      },
    ],
    counterexamples: [
      { text: `关于召开防汛工作会议的通知\n时间:2024年3月5日上午9时\n地点:镇政府三楼会议室\n` },
      { text: `${TITLE}归档时间:2018-11-21\n${LEAD}` },
    ],
  },
  {
    id: 'pub.leading-line',
    rank: 1,
    description:
      'A date line among the first lines, alone or with a weekday or header fields after it, or after a masthead (某某日报 2024年05月10日 第04版).',
    examples: [
      {
        text: `2020年09月18日 星期五\n第02版:要闻\n${TITLE}${LEAD}`,
        expect: [{ field: 'publishedAt', value: '2020-09-18' }],
      },
      {
        text: `青石日报 2024年05月10日 第04版\n${TITLE}${LEAD}`,
        expect: [{ field: 'publishedAt', value: '2024-05-10' }],
      },
    ],
    counterexamples: [
      // A dated lead sentence reports the event.
      { text: `2021年12月22日,镇长李明华主持召开镇政府常务会议。${BODY}` },
      { text: `2021年12月22日 镇长李明华主持召开镇政府第一次常务会议,研究有关工作。\n${BODY}` },
    ],
  },
  {
    id: 'pub.date-published-word',
    rank: 1,
    description: 'A date followed only by 发表/发布/刊发/出版 on its line.',
    examples: [
      { text: `${TITLE}\n2001年1月13日发表\n\n${LEAD}`, expect: [{ field: 'publishedAt', value: '2001-01-13' }] },
    ],
    counterexamples: [{ text: `柳溪县条例解读\n2019年3月1日发布的《柳溪县河道管理条例》明确了有关要求。${BODY}` }],
  },
  {
    id: 'pub.datetime-credit',
    rank: 1,
    description: 'A date with a clock time followed by a header field (编辑:, 来源:) on a line further down.',
    examples: [
      {
        text: `${TITLE}${LEAD}\n${BODY}\n2021-12-29 16:00:51 编辑:王小明\n`,
        expect: [{ field: 'publishedAt', value: '2021-12-29T16:00:51' }],
      },
    ],
    counterexamples: [
      // A day without a clock time beside a credit further down is not taken.
      { text: `${TITLE}${LEAD}\n${BODY}\n${BODY}\n2021-12-29 编辑:王小明\n` },
    ],
  },
  {
    id: 'pub.datetime-line',
    rank: 2,
    description: 'A machine-written timestamp (2024-05-15 08:58:52, 2019-05-17) alone on a line below the header.',
    examples: [
      {
        text: `${LEAD}\n${BODY}\n2024-05-15 08:58:52\n`,
        expect: [{ field: 'publishedAt', value: '2024-05-15T08:58:52' }],
      },
    ],
    counterexamples: [
      // A written-out day alone on a line below the body, with no issuer above it, is no timestamp.
      { text: `${LEAD}\n2019年3月5日\n会议还研究了其他事项。\n` },
    ],
  },
  {
    id: 'pub.epaper-credit',
    rank: 2,
    description: 'An e-paper credit: 《某某日报》( 2023年04月15日 02版).',
    examples: [
      {
        text: `新华社北京4月14日电 ${BODY}\n《青石日报》( 2023年04月15日 02版)\n`,
        expect: [{ field: 'publishedAt', value: '2023-04-15' }],
      },
    ],
    counterexamples: [
      // A bracketed adoption date is no e-paper credit.
      { text: `关于换届选举的决定\n(2021年12月10日柳溪县人大常委会第四十次会议通过)\n${BODY}` },
    ],
  },
  {
    id: 'pub.label-document',
    rank: 3,
    description: "A document's own date label (发文日期, 成文日期, 印发日期), used when nothing better exists.",
    examples: [
      {
        text: `索引号:001-2019-0042 成文日期:2019年07月08日\n${BODY}`,
        expect: [{ field: 'publishedAt', value: '2019-07-08' }],
      },
    ],
    counterexamples: [
      // 生效日期 is when a rule takes effect.
      { text: `柳溪县河道管理办法\n【生效日期】1998-06-01\n${BODY}` },
    ],
  },
  {
    id: 'pub.signature-line',
    rank: 3,
    description:
      "A line that is only a date right under the issuer's name (a signature block), or 2021年12月24日于北京.",
    examples: [
      {
        text: `各村(社区):\n现将有关规则印发给你们。\n青石镇人民政府\n2024年11月20日\n`,
        expect: [{ field: 'publishedAt', value: '2024-11-20' }],
      },
    ],
    counterexamples: [
      // Under a contact line, not an issuer: a date without a signature.
      { text: `各村(社区):\n现将有关规则印发给你们。\n联系电话:12345678\n2024年11月20日\n` },
    ],
  },
] as const satisfies readonly PublishedRule[];

export type PublishedRuleId = (typeof PUBLISHED_RULES)[number]['id'];
