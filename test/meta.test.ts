/**
 * Header metadata: publishedAt, source, bylines, title and headerSpans.
 * Every example is invented; each layout has positive and negative rows.
 */
import { describe, expect, it } from 'vitest';
import { makeDoc as docOf } from '../src/text/doc.js';
import { normalizeText } from '../src/normalize/index.js';
import { extractMeta } from '../src/fields/meta/index.js';
import { extractPublished } from '../src/fields/meta/published.js';
import { extractSource } from '../src/fields/meta/source.js';
import { extractBylines } from '../src/fields/meta/bylines.js';
import { extractTitle } from '../src/fields/meta/title.js';
import type { Doc } from '../src/types.js';

function makeDoc(original: string, publishedAtHint?: string): Doc {
  const { text } = normalizeText(original);
  // Meta extractors never need tokens; fail loudly if one starts to.
  return docOf(original, text, {
    publishedAtHint: publishedAtHint ?? null,
    segment: () => {
      throw new Error('meta extractors must not segment');
    },
  });
}

const BODY = '会议强调,要进一步提高政治站位,明确工作责任。';

describe('publishedAt', () => {
  const rows: [string, string, string | null][] = [
    ['发布时间 label with seconds', `某镇召开会议\n发布时间:2023-05-06 10:20:30\n${BODY}`, '2023-05-06T10:20:30'],
    ['generic 时间 label next to 来源', `某县召开会议\n时间:2022-11-03 来源:某县人民政府\n${BODY}`, '2022-11-03'],
    ['label value on the next line', `某县工作规则\n发布日期:\n2024年04月06日 16:34\n${BODY}`, '2024-04-06T16:34'],
    [
      '发布日期 beats 发文日期',
      `发文日期:\n2024年04月06日 16:40\n有效性:\n发布日期:\n2024年04月06日 16:34\n${BODY}`,
      '2024-04-06T16:34',
    ],
    ['bracket label', `某省政府关于某事的通知\n【发布日期】1988-05-04\n【生效日期】1988-06-01\n${BODY}`, '1988-05-04'],
    ['leading datetime line', `2024-02-27 16:56:27\n某某科技报记者 齐大儒\n${BODY}`, '2024-02-27T16:56:27'],
    ['leading datetime followed by header fields', `2013-12-25 15:15:06 人气:\n${BODY}`, '2013-12-25T15:15:06'],
    ['leading slash date', `某县召开会议\n2016/5/16\n本报讯 (记者田兰花) 13日,${BODY}`, '2016-05-16'],
    ['时 分 time', `某省会议介绍\n2017年04月22日 11时45分\n来源: 省政府办公厅\n${BODY}`, '2017-04-22T11:45'],
    ['masthead with the date', `某某日报 2024年05月10日 第04版\n某地推动高质量发展\n${BODY}`, '2024-05-10'],
    [
      'e-paper date line with weekday',
      `2020年09月18日 星期五\n第02版:要 闻\n某调研组开展调研\n本报讯(记者 张小雯) 9月14日,${BODY}`,
      '2020-09-18',
    ],
    [
      'datetime before 编辑 mid-text',
      `某镇召开会议\n${BODY}\n2021-12-29 16:00:51 编辑:王小明\n`,
      '2021-12-29T16:00:51',
    ],
    ['date followed by 发表', `某省高层异动\n\n2001年1月13日发表\n\n${BODY}`, '2001-01-13'],
    [
      'label beats a leading crawl time',
      `2024-11-02 12:27:48\n某村支书再次当选\n文章来源:某网站 发布时间:2020-10-05 10:04\n${BODY}`,
      '2020-10-05T10:04',
    ],
    [
      'the same moment stated more precisely wins',
      `${BODY}\n2020-07-04 12:10:24\n${BODY}\n2020年07月04日 12:10 来源:某是网\n`,
      '2020-07-04T12:10:24',
    ],
    ['e-paper credit', `新华社北京4月14日电 ${BODY}\n《某某日报》( 2023年04月15日 02版)\n`, '2023-04-15'],
    [
      'signature date under the issuer',
      `各乡镇人民政府:\n现将有关规则印发给你们。\n某市人民政府\n2024年11月20日\n(此件公开发布)\n`,
      '2024-11-20',
    ],
    [
      'signature date in Chinese numerals',
      `各镇人民政府:\n现印发给你们。\n某县人民政府办公室\n二〇二三年三月五日\n`,
      '2023-03-05',
    ],
    ['date 于 place line', `某某会议的决定\n2021年12月24日于北京市\n${BODY}`, '2021-12-24'],
    ['成文日期 label', `索引号:123 成文日期:2019年07月08日\n${BODY}`, '2019-07-08'],
    ['发布于 without a colon', `某镇召开会议\n发布于2023-05-06 10:20\n${BODY}`, '2023-05-06T10:20'],
    ['English date label', ` date 2026-01-30 据报道,${BODY}`, '2026-01-30'],
    [
      'datetime before a bar and 来源',
      `${BODY}\n2024年05月10日06:58 | 来源:某网-某日报\n${BODY}\n《某日报》( 2024年05月10日 04 版)`,
      '2024-05-10T06:58',
    ],
    [
      'datetime glued to 来源 in the header',
      `某港即将开通\n2019-08-13 14:07来源:某新闻·某号\n${BODY}`,
      '2019-08-13T14:07',
    ],
    [
      'a machine-written 时间 line below the header',
      `${BODY}\n${BODY}\n${BODY}\n${BODY}\n${BODY}\n${BODY}\n${BODY}\n时间:2019-09-18 06:23\n${BODY}`,
      '2019-09-18T06:23',
    ],
    ['a timestamp alone on a line below the body', `${BODY}\n${BODY}\n2024-05-15 08:58:52\n`, '2024-05-15T08:58:52'],
    // Negatives: event dates, other date labels, dates without a year.
    [
      '时间 of an event in a notice body',
      `关于召开某会议的通知\n${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}${BODY}\n时间:2024年3月5日上午9时\n地点:县政府三楼会议室\n`,
      null,
    ],
    [
      'event date in the lead is not the publication date',
      `2021年12月22日,县长张某主持召开县政府常务会议。${BODY}`,
      null,
    ],
    [
      'a lead sentence after a date and a blank',
      `2021年12月22日 县长张某主持召开县人民政府第一次常务会议,研究有关工作。\n${BODY}`,
      null,
    ],
    [
      '时间 of an event at the top of a notice',
      `关于召开某会议的通知\n时间:2024年3月5日上午9时\n地点:县政府三楼会议室\n`,
      null,
    ],
    ['时间 followed by 地点', `某活动安排\n时间:2024-03-05\n地点:县政府三楼会议室\n`, null],
    ['归档时间 is not a publication date', `归档时间:2018-11-21\n${BODY}`, null],
    ['生效日期 alone is not a publication date', `某办法\n【生效日期】1988-06-01\n${BODY}`, null],
    [
      'adoption date in brackets is not a publication date',
      `关于换届选举的决定\n(2021年12月10日某县人大常委会第四十次会议通过)\n${BODY}`,
      null,
    ],
    ['a date 发布 inside a sentence', `某条例解读\n2019年3月1日发布的《某条例》明确了有关要求。${BODY}`, null],
    ['month-day without a year', `某社区召开联席会\n\n11-30 08:34\n\n${BODY}`, null],
    ['a bare date line without an issuer above it', `${BODY}\n2019年3月5日\n会议还研究了其他事项。\n`, null],
    // Impossible dates are no dates (the reader checks the calendar).
    ['发布时间 with 2月31日', `某镇召开会议\n发布时间:2024-02-31 10:20\n${BODY}`, null],
    ['发布日期 with 4月31日', `某镇召开会议\n发布日期:2023年4月31日\n${BODY}`, null],
    ['2月29日 of a common year', `2023-02-29 08:00:00\n某某日报记者 齐大儒\n${BODY}`, null],
    ['month 13', `某镇召开会议\n发布时间:2024-13-05\n${BODY}`, null],
    ['2月29日 of a leap year is a date', `某镇召开会议\n发布时间:2024-02-29 10:20\n${BODY}`, '2024-02-29T10:20'],
    ['hour 25 is no clock time: the day stands', `某镇召开会议\n发布时间:2024-02-27 25:10\n${BODY}`, '2024-02-27'],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    expect(extractMeta(makeDoc(text)).publishedAt).toBe(expected);
  });

  it('a caller-given date overrides the header', () => {
    const r = extractPublished(makeDoc(`发布时间:2023-05-06\n${BODY}`, '2024-01-02'));
    expect(r?.value).toBe('2024-01-02');
    expect(r?.span).toBeNull();
  });

  it('the span covers the date as written', () => {
    const text = `发布时间:2023-05-06 10:20\n${BODY}`;
    const r = extractPublished(makeDoc(text));
    expect(r?.span).toEqual([5, 21]);
    expect(text.slice(5, 21)).toBe('2023-05-06 10:20');
  });
});

describe('source', () => {
  const rows: [string, string, string | null][] = [
    ['来源 label', `某镇召开会议\n来源: 三道河镇\n${BODY}`, '三道河镇'],
    [
      'traditional label keeps the characters',
      `某會議召開\n來源:某某網 更新時間:2018年03月21日 19:20\n${BODY}`,
      '某某網',
    ],
    [
      '信息来源 after other fields',
      `发布日期:2023-03-21访问次数: 信息来源:某市人民政府办公室\n${BODY}`,
      '某市人民政府办公室',
    ],
    ['稿件来源 in a credit block', `${BODY}\n某县融媒:倪小超 编辑:佳雨\n稿件来源:某县融媒体中心\n`, '某县融媒体中心'],
    ['value cut at lost characters', `来源:某某镇???作者:何小崎 访问量: ???\n${BODY}`, '某某镇'],
    ['新华社 dateline', `新华社北京3月13日电 ${BODY}`, '新华社'],
    ['网 dateline with date', `某北网5月18日电省委副书记、省长张某某15日至17日深入调研。`, '某北网'],
    ['讯 dateline with reporter', `某北日报讯(记者王小馨 通讯员朱小博)1月29日上午,${BODY}`, '某北日报'],
    ['讯 dateline with date', `  某龙江网9月23日讯(记者 刘小珊 石启明)${BODY}`, '某龙江网'],
    ['bracketed 讯', `【某民报讯】1月13日消息:${BODY}`, '某民报'],
    ['专讯 credit at the end, beats 据', `据《某华社》报道,${BODY}\n《某济通通讯社30日专讯》`, '某济通通讯社'],
    [
      'outlet before the reporter at the top',
      `某某农业报-中国某某新闻网记者 齐大儒 通讯员 娄小卓\n${BODY}`,
      '某某农业报-中国某某新闻网',
    ],
    ['a masthead line', `某某日报 2024年05月10日 第04版\n某地推动高质量发展\n本报记者 王小文\n${BODY}`, '某某日报'],
    ['据 an outlet in closing brackets', `${BODY}\n(据某华社)\n`, '某华社'],
    ['an outlet line next to the date line', `某某文章谈了啥?\n某华社\n2020-01-03 18:13\n${BODY}`, '某华社'],
    ['据 an outlet', `据央视,${BODY}`, '央视'],
    ['据 a quoted account', `1月16日,据某市纪委监委微信公号“清风某州”消息,${BODY}`, '清风某州'],
    ['来源于 label', `某街道开展调研\n来源于:某区办事处\n发布日期:2019-03-06\n${BODY}`, '某区办事处'],
    ['消息 dateline', `某广网北京5月6日消息(记者 张小三)${BODY}`, '某广网'],
    [
      'label beats a dateline',
      `某节会场活动 发布时间:2022-09-23 19:37 来源:某江网\n  某江网9月23日讯(记者 刘小珊)${BODY}`,
      '某江网',
    ],
    // Negatives.
    ['本报讯 names no outlet', `本报讯(记者 陈京华) ${BODY}`, null],
    ['本网讯 names no outlet', `  本网讯 (记者 周立新)${BODY}`, null],
    ['图片来源 is the photo only', `会场 图片来源:某市新闻中心\n${BODY}`, null],
    ['empty 来源 followed by another label', `来源:\n发文机构:\n县政府网站\n${BODY}`, null],
    ['a caption credit is not the source', `3月21日,某某考察调研。新华社记者马小成摄\n${BODY}`, null],
    ['a headline ending like an outlet is no outlet line', `某县乡村振兴网\n2019-07-10\n${BODY}`, null],
    ['a bulletin title is no outlet line', `某市\n乡村气象服务周报\n2021-06-28\n${BODY}`, null],
    ['据了解 names no outlet', `据了解,${BODY}`, null],
    ['本刊记者 in a clause is no outlet', `据当地业主的调查数据以及本刊记者走访发现,${BODY}`, null],
    ['本报记者 after a verb is no outlet', `某公司副总裁张某接受本报记者采访时表示,${BODY}`, null],
    ['通讯员 at a line start is no dateline', `通讯员 李小红\n${BODY}`, null],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    expect(extractMeta(makeDoc(text)).source).toBe(expected);
  });

  it('the span points at the outlet as written', () => {
    const text = `新华社北京3月13日电 ${BODY}`;
    const r = extractSource(makeDoc(text));
    expect(r?.span).toEqual([0, 3]);
    expect(r?.rule).toBe('src.dateline');
  });
});

describe('bylines', () => {
  const rows: [string, string, string[]][] = [
    ['(记者 name) at the start', `(记者 文小琰)9月12日,${BODY}`, ['记者:文小琰']],
    [
      '本报讯 with names run together',
      `本报讯 (记者田兰花通讯员贺玉芳) 13日,${BODY}`,
      ['记者:田兰花', '通讯员:贺玉芳'],
    ],
    ['names split by spaces', `(记者冯 艳 何 平 吴 涛)5日晚,${BODY}`, ['记者:冯艳', '记者:何平', '记者:吴涛']],
    ['several names after one role', `某江网9月23日讯(记者 刘小珊 石启明)${BODY}`, ['记者:刘小珊', '记者:石启明']],
    ['place and 报道 after the name', `某报讯(記者 房小廈 北京報道)${BODY}`, ['記者:房小廈']],
    ['mixed spacing with two roles', `${BODY}(记者杨小洋 通讯员 苏郅明)\n`, ['记者:杨小洋', '通讯员:苏郅明']],
    [
      'trailing bracket names → 作者',
      `${BODY}会议还研究了其他事项。 (朱亚明 李得华)\n`,
      ['作者:朱亚明', '作者:李得华'],
    ],
    ['trailing single name after a full stop', `${BODY}(陈小星)`, ['作者:陈小星']],
    [
      'credit block lines',
      `${BODY}\n某县融媒:倪小超 编辑:佳雨\n\n编辑:王路明\n\n审核:李苗苗\n\n终审:赵永明\n`,
      ['某县融媒:倪小超', '编辑:佳雨', '编辑:王路明', '审核:李苗苗', '终审:赵永明'],
    ],
    ['来源 and 编辑 on one line', `来源:某省网 编辑:海川 人气: 发布时间:2023-02-11 08:05:44\n${BODY}`, ['编辑:海川']],
    [
      '作者 and spaced 通讯员 in a header line',
      `2019-05-13 10:21:07 作者:周立新 通訊員 黃 斌 來源:某州網\n\n  本網訊 (記者 周立新 通訊員 黃 斌)${BODY}`,
      ['作者:周立新', '通訊員:黃斌'],
    ],
    [
      'outlet-led reporter line',
      `某某特区报记者 许小钿 通讯员 朱勇军\n2022-08-24 21:59\n${BODY}`,
      ['记者:许小钿', '通讯员:朱勇军'],
    ],
    [
      'names joined by 、',
      `来源:某网怀化站\n作者:伍昌明、尹元华\n编辑:刘小顿\n`,
      ['作者:伍昌明', '作者:尹元华', '编辑:刘小顿'],
    ],
    ['two names after 编辑', `${BODY}\n编辑:刘梦华 熊子明\n`, ['编辑:刘梦华', '编辑:熊子明']],
    ['责任编辑 in a bracket', `${BODY}\n(责任编辑:李仁明 ) |\n`, ['责任编辑:李仁明']],
    ['reader and reporter lines', `${BODY}\n——读者 沈顺华\n本报记者 陆长青 整理\n`, ['读者:沈顺华', '记者:陆长青']],
    ['photo caption', `这是22日,某某在村里察看灾情。新华社记者马小成摄\n${BODY}`, ['记者:马小成']],
    ['outlet inside the credit value', `作者:某某日报记者 张小明\n${BODY}`, ['记者:张小明']],
    ['slash roles', `文/张小明 图/李大华\n${BODY}`, ['文:张小明', '图:李大华']],
    [
      '本报讯 followed by an unbracketed credit',
      `本报讯 记者王小明 通讯员李大海 近日,${BODY}`,
      ['记者:王小明', '通讯员:李大海'],
    ],
    ['the same person credited twice is listed once', `作者:周立新\n(记者 周立新)${BODY}`, ['作者:周立新']],
    ['photo credit in trailing brackets', `图为启动仪式。(刘小通摄)\n${BODY}`, ['摄:刘小通']],
    [
      'caption with several names',
      `▲某某日报全媒体图片记者黎小阳、李小妍摄\n${BODY}`,
      ['图片记者:黎小阳', '图片记者:李小妍'],
    ],
    ['a bar after the role', `${BODY}\n编辑|禤志明\n`, ['编辑:禤志明']],
    [
      'a label at the end of its line takes the next line',
      `${BODY}\n[作者: 刘满华  责任编辑:\n杨丹明 ]\n`,
      ['作者:刘满华', '责任编辑:杨丹明'],
    ],
    [
      'names run together after a role',
      `某报讯(记者肖小丹通讯员宋云辉王爽)${BODY}`,
      ['记者:肖小丹', '通讯员:宋云辉', '通讯员:王爽'],
    ],
    [
      '本报通讯员 and 全媒体记者 at a line start',
      `本报通讯员 李小红\n全媒体记者 赵大明\n${BODY}`,
      ['通讯员:李小红', '全媒体记者:赵大明'],
    ],
    ['a bullet before the credit', `□本报记者张胜华\n${BODY}`, ['记者:张胜华']],
    ['an organisation before the name', `${BODY}\n供稿:某某镇党委 张小红\n`, ['供稿:张小红']],
    ['an outlet and a blank before the role in brackets', `(某县融媒体中心 记者 王小明)${BODY}`, ['记者:王小明']],
    ['an outlet in book-title marks before the role', `${BODY}\n《某镜》作者 周小纯\n`, ['作者:周小纯']],
    // Negatives: CMS users, organisations, column names, running text.
    ['admin is not a person', `${BODY}\n( 责任编辑:admin 新闻报料:2729868 )\n`, []],
    ['an organisation after 供稿', `${BODY}\n供稿:县农业农村局\n`, []],
    ['an organisation in trailing brackets', `${BODY}(院纪委)\n`, []],
    ['a website as 作者', `时间:2024-07-22 07:04:51 来源: 某律资料网 作者:某律资料网 阅读:8304\n${BODY}`, []],
    ['a column name after 编辑', `${BODY}\n编辑:县域快讯\n`, []],
    ['empty 审核', `编辑:田文明\n审核:\n`, ['编辑:田文明']],
    ['记者 in running text', `今天,记者从某省纪委获悉,${BODY}另外,记者注意到,有2起是公车私用问题。`, []],
    ['记者 at a paragraph start in running text', `记者了解到,${BODY}`, []],
    ['paragraph-closing words in brackets', `${BODY}(全文完)\n${BODY}(初稿)\n`, []],
    ['non-name brackets at the end', `${BODY}(草案)\n${BODY}(扩大)\n`, []],
    ['a bracket inside a sentence', `会议审议了报告(讨论稿)后,${BODY}`, []],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    expect(extractMeta(makeDoc(text)).bylines.map((b) => `${b.role}:${b.name}`)).toEqual(expected);
  });

  it.each([
    ['bracket after 本报讯', `本报讯(记者 田兰花 通讯员贺玉芳) 13日,${BODY}`, ['by.bracket-role', 'by.bracket-role']],
    [
      'trailing bracket names',
      `${BODY}会议还研究了其他事项。 (朱亚明 李得华)\n`,
      ['by.trailing-bracket', 'by.trailing-bracket'],
    ],
    ['credit line', `${BODY}\n编辑:王路明\n审核:李苗苗\n`, ['by.credit-line', 'by.credit-line']],
    ['outlet as role, then a role label', `${BODY}\n某县融媒:倪小超 编辑:佳雨\n`, ['by.outlet-role', 'by.credit-line']],
    ['photo caption', `某某在村里察看灾情。新华社记者马小成摄\n${BODY}`, ['by.caption']],
    ['names run together, split', `某报讯(记者肖小丹通讯员宋云辉王爽)${BODY}`, Array(3).fill('by.bracket-role')],
  ])('each byline names its rule: %s', (_name, text, rules) => {
    expect(extractMeta(makeDoc(text)).bylines.map((b) => b.rule)).toEqual(rules);
  });

  it('name spans cover the name as written, spaces included', () => {
    const text = `(记者冯 艳)${BODY}`;
    const r = extractBylines(makeDoc(text));
    expect(r.bylines[0]?.span).toEqual([3, 6]);
    expect(r.headerSpans).toEqual([[0, 7]]);
  });
});

describe('title', () => {
  const rows: [string, string, string | null][] = [
    ['first short line', `某镇召开2024年镇村干部大会\n2月25日,${BODY}`, '某镇召开2024年镇村干部大会'],
    [
      'after a leading date and an e-paper page line',
      `2020年09月18日 星期五\n第02版:要 闻\n某调研组开展调研\n本报讯(记者 张小雯) ${BODY}`,
      '某调研组开展调研',
    ],
    ['原标题 prefix dropped', `原标题:某县召开常务会议\n5月8日,${BODY}`, '某县召开常务会议'],
    ['header fields cut off the line', `某节会场活动 发布时间:2022-09-23 19:37 来源:某江网\n${BODY}`, '某节会场活动'],
    [
      'after a header field line',
      `归档时间:2018-11-21\n\n某市关于某事的通知\n\n来源:某市政府门户网\n${BODY}`,
      '某市关于某事的通知',
    ],
    ['no headline: the text starts with the lead', `2月25日,某镇召开大会。${BODY}`, null],
    ['no headline: an addressee line', `各镇人民政府,市政府各部门:\n${BODY}`, null],
    ['no headline: a credit line', `某某科技报记者 齐大儒 通讯员 娄小卓\n${BODY}`, null],
    ['no headline: a dated lead', `2021年12月22日,县长张某主持召开县政府常务会议。\n${BODY}`, null],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    expect(extractTitle(makeDoc(text))?.value ?? null).toBe(expected);
  });
});

describe('headerSpans', () => {
  it('cover the source label, the date label and the credits', () => {
    const text = `某镇召开会议\n来源:某镇 发布时间:2023-05-06\n${BODY}\n编辑:王小明\n`;
    const m = extractMeta(makeDoc(text));
    const covered = (s: string) => {
      const i = text.indexOf(s);
      return m.headerSpans.some(([a, b]) => a <= i && i + s.length <= b);
    };
    expect(covered('来源:某镇')).toBe(true);
    expect(covered('发布时间:2023-05-06')).toBe(true);
    expect(covered('编辑:王小明')).toBe(true);
    expect(covered('会议强调')).toBe(false);
  });
});

describe('long inputs stay fast', () => {
  it('handles 200,000 short credit-like lines in well under the test timeout', () => {
    const text = '记者张三\n'.repeat(200000);
    const t = Date.now();
    extractMeta(makeDoc(text));
    expect(Date.now() - t).toBeLessThan(4000);
  });
});

describe('header spans at scale', () => {
  it('150,000 source labels (1 MB) give one record, no stack overflow, through the CLI', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runCli } = await import('./helpers.js');
    const p = join(mkdtempSync(join(tmpdir(), 'govx-meta-')), 'm.txt');
    writeFileSync(p, '来源：人民网\n'.repeat(150_000));
    const { code, stdout, stderr } = await runCli(['extract', p, '--no-text']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).meta.source).toBe('人民网');
  });

  it('extractMeta returns every header span merged, however many', () => {
    const n = 150_000;
    const meta = extractMeta(makeDoc('来源：人民网\n'.repeat(n)));
    expect(meta.headerSpans.length).toBeGreaterThan(0);
    const sortedDisjoint = meta.headerSpans.every((s, i) => i === 0 || s[0] > meta.headerSpans[i - 1]![1]);
    expect(sortedDisjoint).toBe(true);
  });
});
