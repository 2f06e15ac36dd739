import { describe, expect, it } from 'vitest';
import { makeDoc as docOf } from '../src/text/doc.js';
import { extractMeetings, meetingType } from '../src/fields/meetings/index.js';
import { normalizeText } from '../src/normalize/index.js';
import type { DateItem, Doc } from '../src/types.js';

/** Invented sentences only. */
function makeDoc(original: string): Doc {
  const { text } = normalizeText(original);
  return docOf(original, text, { segment: () => [] });
}

/** A hand-made DateItem for the `n`-th occurrence of `surface` in `original`. */
function date(original: string, surface: string, value: string, extra: Partial<DateItem> = {}, n = 0): DateItem {
  let i = -1;
  for (let k = 0; k <= n; k++) i = original.indexOf(surface, i + 1);
  if (i < 0) throw new Error(`no ${surface}`);
  return {
    text: surface,
    value,
    precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year',
    anchor: 'explicit',
    span: [i, i + surface.length],
    rule: 'test',
    ...extra,
  };
}

interface Row {
  what: string;
  text: string;
  /** [surface, value] pairs turned into DateItems. */
  dates?: Array<[string, string, Partial<DateItem>?, number?]>;
  want: Array<{ name: string; date?: string | null; type?: string | null; rule?: string }>;
}

const rows: Row[] = [
  {
    what: 'chair convenes a standing meeting (object of 主持召开)',
    text: '3月2日,县长李四主持召开县政府第5次常务会议,研究春耕工作。',
    dates: [['3月2日', '2025-03-02']],
    want: [{ name: '县政府第5次常务会议', date: '2025-03-02', type: '常务会议', rule: 'meeting.object' }],
  },
  {
    what: 'congress session opens (subject of 开幕 after a 在 phrase and an adverb)',
    text: '6月3日上午,青石镇第二届人民代表大会第四次会议在镇政府礼堂隆重开幕。',
    dates: [['6月3日', '2025-06-03']],
    want: [
      { name: '青石镇第二届人民代表大会第四次会议', date: '2025-06-03', type: '人民代表大会', rule: 'meeting.subject' },
    ],
  },
  {
    what: 'subject with the day between name and verb',
    text: '新华社北京5月9日电 十五届全国人大常委会第三次委员长会议9日下午在北京人民大会堂举行。',
    dates: [
      ['5月9日', '2026-05-09'],
      ['9日', '2026-05-09', {}, 1],
    ],
    want: [{ name: '十五届全国人大常委会第三次委员长会议', date: '2026-05-09', type: '委员长会议' }],
  },
  {
    what: 'a body holds an ordinal meeting: the name joins body and ordinal',
    text: '5日,县十八届人大常委会举行第七次会议。',
    want: [{ name: '县十八届人大常委会第七次会议', rule: 'meeting.body-object', type: '人大常委会会议', date: null }],
  },
  {
    what: 'a text adopted by the meeting, with the leading date dropped from the name',
    text: '(2020年4月1日平川县十六届人大常委会第九次会议通过)',
    dates: [['2020年4月1日', '2020-04-01']],
    want: [{ name: '平川县十六届人大常委会第九次会议', date: '2020-04-01', rule: 'meeting.passed' }],
  },
  {
    what: '已经…召开的 before the name is dropped',
    text: '《某市档案管理办法》已经2024年1月2日召开的市政府第3次常务会议通过,现予印发。',
    dates: [['2024年1月2日', '2024-01-02']],
    want: [{ name: '市政府第3次常务会议', date: '2024-01-02' }],
  },
  {
    what: '在…会上 introduces what happened at the meeting',
    text: '在乡村振兴工作推进会上,王五通报了全镇进展。',
    want: [{ name: '乡村振兴工作推进会', rule: 'meeting.at', type: '推进会' }],
  },
  {
    what: 'a year inside the name stays',
    text: '8月9日,市委召开理论学习中心组2025年第2次集体学习会议。',
    dates: [
      ['8月9日', '2025-08-09'],
      ['2025年', '2025'],
    ],
    want: [{ name: '理论学习中心组2025年第2次集体学习会议', date: '2025-08-09', type: '理论学习中心组学习' }],
  },
  {
    what: '(扩大) inside a subject name',
    text: '11月3日,区委常委会(扩大)会议召开,传达学习全省有关会议精神。',
    want: [{ name: '区委常委会(扩大)会议', type: '常委会会议' }],
  },
  {
    what: 'two meetings joined by 和',
    text: '4月8日,柳溪村召开春季植树动员大会和森林防火部署会,村干部参加。',
    want: [
      { name: '春季植树动员大会', type: '动员大会' },
      { name: '森林防火部署会', type: '部署会' },
    ],
  },
  {
    what: 'quotes stay inside the name',
    text: '石桥街道组织召开“网格员”业务培训会,各社区书记参加。',
    want: [{ name: '“网格员”业务培训会', type: '培训会' }],
  },
  {
    what: 'a type word alone is a name',
    text: '随后,调研组在镇政府会议室召开座谈会,听取工作汇报。',
    want: [{ name: '座谈会', type: '座谈会' }],
  },
  {
    what: 'a study session reported with 开展',
    text: '2月3日,县委理论学习中心组开展集体学习研讨。',
    want: [{ name: '集体学习研讨', type: '理论学习中心组学习' }],
  },
  {
    what: 'traditional text: the name keeps its characters',
    text: '10月9日,縣長王五主持召開縣政府第十次常務會議。',
    want: [{ name: '縣政府第十次常務會議', type: '常务会议' }],
  },
  {
    what: 'headline and body name the same meeting: listed once, the longer name, the body date',
    text: '青山镇召开第三季度联席会\n9月28日,青山镇2025年第三季度“大党委”联席会议召开。',
    dates: [['9月28日', '2025-09-28']],
    want: [{ name: '青山镇2025年第三季度“大党委”联席会议', date: '2025-09-28', type: '联席会议' }],
  },
  {
    what: 'a range leading the sentence does not date the meeting',
    text: '9月14日至17日,省调研组一行到我市调研并召开座谈会。',
    dates: [
      ['9月14日', '2025-09-14', { range: 'start' }],
      ['17日', '2025-09-17', { range: 'end' }],
    ],
    want: [{ name: '座谈会', date: null }],
  },
  {
    what: 'a relative day between the dateline date and the meeting leaves the date null',
    text: '1月13日消息:昨天,某省十届人大常委会第5次会议通过了人事任免事项。',
    dates: [['1月13日', '2025-01-13']],
    want: [{ name: '某省十届人大常委会第5次会议', date: null }],
  },
  {
    what: 'the date in an earlier sentence of the paragraph dates the meeting',
    text: '5月7日下午,区委书记赵六到东山镇调研。随后主持召开座谈会,听取汇报。',
    dates: [['5月7日', '2025-05-07']],
    want: [{ name: '座谈会', date: '2025-05-07' }],
  },
  {
    what: 'subject with a 于 phrase and a 会议中心 venue',
    text: '蓝河市第十五届人民代表大会第三次会议于1月10日上午在市会议中心开幕。',
    dates: [['1月10日', '2026-01-10']],
    want: [{ name: '蓝河市第十五届人民代表大会第三次会议', date: '2026-01-10', rule: 'meeting.subject' }],
  },
  {
    what: 'a quantifier before the type word is dropped',
    text: '工作组召开了一次座谈会,听取意见。',
    want: [{ name: '座谈会' }],
  },
  {
    what: '在…召开的X大会上: held, the date and 召开的 cut from the name',
    text: '在3月5日召开的全县乡村振兴大会上,张三作了报告。',
    dates: [['3月5日', '2026-03-05']],
    want: [{ name: '全县乡村振兴大会', date: '2026-03-05' }],
  },
  {
    what: 'a speech headline names the meeting it was given at',
    text: '在全县农业农村工作会议上的讲话\n同志们:',
    want: [{ name: '全县农业农村工作会议', rule: 'meeting.at' }],
  },
  {
    what: 'headline and body with different word order merge',
    text: '白沙县召开2026年全县经济工作会议\n1月6日,白沙县2026年经济工作会议召开。',
    dates: [['1月6日', '2026-01-06']],
    want: [{ name: '白沙县2026年经济工作会议', date: '2026-01-06' }],
  },
  {
    what: 'two different meetings in one article stay apart',
    text: '2日,县政府召开第5次常务会议。9日,县政府召开第15次常务会议。',
    want: [{ name: '县政府第5次常务会议' }, { name: '县政府第15次常务会议' }],
  },
  {
    what: 'a header date on the next line does not date the headline meeting',
    text: '东坡镇召开防汛工作部署会\n2025-06-10',
    dates: [['2025-06-10', '2025-06-10']],
    want: [{ name: '防汛工作部署会', date: null }],
  },
  {
    what: 'a relative day with 的 before the name is dropped, 经济 is kept',
    text: '县长在今日的经济工作会议上提出了新举措。',
    want: [{ name: '经济工作会议', rule: 'meeting.at' }],
  },
  {
    what: 'a paragraph opening with the meeting (no 在)',
    text: '5月3日,督查组到我县检查工作。\n座谈会上,县领导汇报了有关情况。',
    want: [{ name: '座谈会', rule: 'meeting.at' }],
  },
  {
    what: 'a bare type word merges with the full name of that kind',
    text: '11月5日,在东岭镇召开全县人居环境整治现场推进会议。副县长赵七出席现场会并讲话。',
    want: [{ name: '全县人居环境整治现场推进会议', type: '推进会' }],
  },
  {
    what: 'a speech script headline without 在',
    text: '全县春季防火工作会议上的主持词\n同志们:现在开会。',
    want: [{ name: '全县春季防火工作会议', rule: 'meeting.at' }],
  },
  {
    what: 'a relative day between subject and verb',
    text: '全县秋冬农业生产推进会日前在西山乡召开。',
    want: [{ name: '全县秋冬农业生产推进会', rule: 'meeting.subject', date: null }],
  },
  {
    what: 'a meeting holds its opening session: the session joins the meeting',
    text: '3月5日,某省政协十三届四次会议在省人民会堂举行开幕会。',
    dates: [['3月5日', '2026-03-05']],
    want: [{ name: '某省政协十三届四次会议开幕会', rule: 'meeting.body-object', type: '政协会议', date: '2026-03-05' }],
  },
  { what: 'a verb before a bare 大会 is no name', text: '领导同志在主席台就座,祝贺大会召开。', want: [] },
  { what: 'a session word alone is no name', text: '副省长出席开幕会。', want: [] },
  {
    what: 'meetings listed with 、',
    text: '会议期间,先后举行了预备会议、主席团第一次会议、代表团团长会议。',
    want: [{ name: '主席团第一次会议' }, { name: '代表团团长会议' }],
  },
  {
    what: '常委(扩大)会',
    text: '1月5日,县委书记主持召开县委常委(扩大)会,研究有关工作。',
    want: [{ name: '县委常委(扩大)会', type: '常委会会议' }],
  },
  {
    what: 'a purpose clause with 贯彻落实 before the report',
    text: '为深入贯彻落实全市党建工作会议精神,7月9日,东湖街道召开社区党建工作推进会。',
    dates: [['7月9日', '2025-07-09']],
    want: [{ name: '社区党建工作推进会', date: '2025-07-09' }],
  },
  {
    what: 'a byline in brackets before a subject is not part of the name',
    text: '(记者 王五)全县秋季征兵工作会议召开。',
    want: [{ name: '全县秋季征兵工作会议', rule: 'meeting.subject' }],
  },
  {
    what: 'a meeting opening its clause and acting (听取了)',
    text: '9日,市十七届人大常委会第十二次会议听取了市政府有关工作报告。',
    want: [{ name: '市十七届人大常委会第十二次会议', rule: 'meeting.passed' }],
  },
  { what: 'cited: 根据…会议决定', text: '根据县委常委会会议决定,成立工作专班。', want: [] },
  { what: 'cited: 根据…会议审议通过', text: '根据县政府第3次常务会议审议通过的方案执行。', want: [] },
  {
    what: 'a day after the name beats the dateline date',
    text: '新华社北京8月12日电 十五届全国人大常委会第九次会议11日下午在北京闭幕。',
    dates: [
      ['8月12日', '2026-08-12'],
      ['11日', '2026-08-11'],
    ],
    want: [{ name: '十五届全国人大常委会第九次会议', date: '2026-08-11' }],
  },
  // Negatives
  { what: 'bare (扩大)会议', text: '省委常委会召开(扩大)会议,传达学习有关精神。', want: [] },
  { what: 'bare 一次会议', text: '镇里召开一次会议。', want: [] },
  { what: 'a campaign is not a meeting: 大会战', text: '全镇开展百日攻坚大会战。', want: [] },
  {
    what: 'cited: 召开的…会议上的讲话',
    text: '学习贯彻习近平总书记在近日召开的中央经济工作会议上的重要讲话。',
    want: [],
  },
  { what: 'cited: 学习贯彻…召开的…部署', text: '深入学习贯彻近期召开的全省乡村振兴大会部署要求。', want: [] },
  {
    what: 'cited: a leader quoted at an earlier meeting',
    text: '习近平总书记在中央农村工作会议上强调,要坚持农业农村优先发展。',
    want: [],
  },
  {
    what: 'cited: a meeting chaired elsewhere, under 传达',
    text: '会议传达了省长主持召开省政府第8次常务会议时的讲话。',
    want: [],
  },
  {
    what: 'planned: a notice (研究决定,召开…)',
    text: '县政府研究决定,召开全县防汛工作会议。现将有关事项通知如下:',
    want: [],
  },
  { what: 'planned: 为确保…顺利举行', text: '为确保本次大会顺利举行,县里召开筹备会。', want: [{ name: '筹备会' }] },
  { what: 'habitual: 每月召开', text: '村里每月召开一次党员例会。', want: [] },
  { what: 'planned: 下月', text: '全县人代会下月召开。', want: [] },
  { what: 'bare 会议 is no name', text: '7月13日,镇党委召开会议,研究部署防汛工作。', want: [] },
  { what: 'a body convening a bare 会议 is no name', text: '市委常委会召开会议,传达学习有关精神。', want: [] },
  { what: 'cited: 传达…会议精神', text: '会议传达学习了全省经济工作会议精神。', want: [] },
  {
    what: 'cited: recently held meeting as a source of spirit',
    text: '学习贯彻近日召开的全市农村工作会议精神。',
    want: [],
  },
  { what: 'cited: a speech at another meeting', text: '学习了习近平总书记在企业家座谈会上的重要讲话。', want: [] },
  { what: 'planned: 将于…召开', text: '全县三级干部大会将于3月5日召开。', want: [] },
  { what: 'planned: 定于…举行', text: '县政协十届三次会议定于1月20日在县城举行。', want: [] },
  { what: 'planned: a decision about convening', text: '会议审议通过了关于召开县十八届人大四次会议的决定。', want: [] },
  { what: 'planned: a deadline', text: '各村要在4月30日前召开村民代表大会。', want: [] },
  {
    what: 'planned: decided by another meeting',
    text: '会议决定,县十八届人大常委会第九次会议于6月10日举行。',
    want: [],
  },
  { what: 'not a meeting: 人民大会堂', text: '颁奖仪式在北京人民大会堂举行。', want: [] },
  { what: 'anaphora: 此次会议', text: '此次会议的召开,标志着全年工作全面启动。此次会议召开。', want: [] },
  { what: 'cited: 通过的 report', text: '对县十七届人大三次会议通过的政府工作报告进行分解。', want: [] },
  { what: 'reported speech', text: '会议指出,日前闭幕的省人大会议审议通过了发展计划。', want: [] },
  { what: 'inside a document title', text: '印发《县政府常务会议议事规则》。', want: [] },
  { what: 'a room is not a meeting', text: '6月1日,全体干部在三楼会议室召开。', want: [] },
  { what: 'a celebration is not a meeting', text: '丰收节庆祝活动在农业园区举行。', want: [] },
];

describe('extractMeetings', () => {
  it.each(rows)('$what', (row) => {
    const doc = makeDoc(row.text);
    const dates = (row.dates ?? []).map(([s, v, extra, n]) => date(row.text, s, v, extra ?? {}, n ?? 0));
    const got = extractMeetings(doc, { dates });
    expect(got.map((m) => m.name)).toEqual(row.want.map((w) => w.name));
    row.want.forEach((w, k) => {
      const g = got[k];
      expect(g).toBeDefined();
      if (!g) return;
      if (w.date !== undefined) expect(g.date).toBe(w.date);
      if (w.type !== undefined) expect(g.type).toBe(w.type);
      if (w.rule !== undefined) expect(g.rule).toBe(w.rule);
      // The span covers the name in the analysed text.
      expect(g.span[1]).toBeGreaterThan(g.span[0]);
      expect(g.span[1]).toBeLessThanOrEqual(row.text.length);
    });
  });

  it('spans are UTF-16 offsets into doc.text', () => {
    const text = '3月2日,召开全县秋收现场会。';
    const [m] = extractMeetings(makeDoc(text), { dates: [] });
    expect(m).toBeDefined();
    expect(text.slice(m!.span[0], m!.span[1])).toBe('全县秋收现场会');
  });

  it('stays fast on a long line without punctuation', () => {
    const text = '召开'.repeat(20000) + '会议'.repeat(20000) + '会上'.repeat(20000);
    const t0 = Date.now();
    extractMeetings(makeDoc(text), { dates: [] });
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe('meetingType', () => {
  it.each([
    ['县政府第十二次常务会议', '常务会议'],
    ['十四届县委第20次常委会会议', '常委会会议'],
    ['县委常委会第57次会议', '常委会会议'],
    ['市政协十二届常委会第七次会议', '政协常委会会议'],
    ['县十八届人大常委会第七次会议', '人大常委会会议'],
    ['某镇第十五届人民代表大会第二次会议', '人民代表大会'],
    ['县政协十届三次会议', '政协会议'],
    ['企业家座谈会', '座谈会'],
    ['秋冬种现场会', '现场会'],
    ['“大工委”成立大会', '成立大会'],
    ['县派干部对接会', '对接会'],
    ['2024年镇村干部大会', null],
  ])('%s → %s', (name, type) => {
    expect(meetingType(name)).toBe(type);
  });
});
