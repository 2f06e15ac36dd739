import { describe, expect, it } from 'vitest';
import { makeDoc as docOf } from '../src/text/doc.js';
import { extractDates, DATE_PARSERS } from '../src/fields/dates/index.js';
import { normalizeText } from '../src/normalize/index.js';
import type { DateItem, Doc } from '../src/types.js';

const doc = (original: string): Doc => docOf(original, normalizeText(original).text, { segment: () => [] });
const PUB = '2024-02-27T16:56:27';
const run = (text: string, publishedAt: string | null = PUB): DateItem[] => extractDates(doc(text), { publishedAt });
/** Non-null values in text order. */
const values = (text: string, publishedAt: string | null = PUB): string[] =>
  run(text, publishedAt).flatMap((d) => (d.value === null ? [] : [d.value]));

describe('explicit forms (publication 2024-02-27)', () => {
  it.each([
    ['digits with 年月日', '2023年12月5日,镇里召开会议', ['2023-12-05']],
    ['号 for 日', '2023年12月5号召开', ['2023-12-05']],
    ['year and month', '2023年3月以来', ['2023-03']],
    ['year only', '回顾2023年工作', ['2023']],
    ['年度', '表彰2023年度先进', ['2023']],
    ['年底 / 上半年', '2012年底建成,2020年上半年完成', ['2012', '2020']],
    ['旬 keeps month precision', '预计2024年5月下旬完工', ['2024-05']],
    ['spaces inside', '截至 2018 年 4 月 9 日,已完成', ['2018-04-09']],
    ['full-width digits', '２０２３年１２月５日', ['2023-12-05']],
    ['Chinese numerals with 〇', '二〇二四年三月五日', ['2024-03-05']],
    ['Chinese numerals with ○', '二○一九年十二月三十一日', ['2019-12-31']],
    ['Chinese numerals with 零', '二零二一年十月', ['2021-10']],
    ['Chinese numeral day 二十六', '二〇〇九年六月二十八日', ['2009-06-28']],
    ['ISO', '发布日期:2022-10-14', ['2022-10-14']],
    ['slash', '2018/03/08', ['2018-03-08']],
    ['slash without padding', '2017/8/9', ['2017-08-09']],
    ['dotted', '2024.02.26', ['2024-02-26']],
    ['DD.MM.YYYY when the day is above 12', '26.02.2024', ['2024-02-26']],
    ['traditional text', '2023年11月8日,鎮黨委召開會議', ['2023-11-08']],
    ['month 份', '2023年7月份例会', ['2023-07']],
    ['a signature date without 年月日 at a line end', '某乡人民政府\n2015 9 14\n', ['2015-09-14']],
    ['a line opening with MM.DD', '04.18 某乡召开推进会', ['2024-04-18']],
  ])('%s: %s', (_name, text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('datetimes and times of day', () => {
  it('keeps the clock time of a header datetime', () => {
    const [d] = run('2024-02-27 16:56:27\n正文');
    expect(d).toMatchObject({
      value: '2024-02-27',
      precision: 'datetime',
      time: '16:56:27',
      anchor: 'explicit',
      text: '2024-02-27 16:56:27',
    });
  });
  it('reads 年月日 + HH:MM', () => {
    expect(run('更新时间:2019年05月07日 08:45')[0]).toMatchObject({
      value: '2019-05-07',
      time: '08:45',
      precision: 'datetime',
    });
  });
  it('reads MM-DD HH:MM (year from publication)', () => {
    expect(run('10-21 09:15\n社区开展活动', '2023-10-22')[0]).toMatchObject({ value: '2023-10-21', time: '09:15' });
  });
  it('keeps 上午 as timeOfDay and 9点 as the time', () => {
    expect(run('9月3日上午8点,乡里召开会议', '2021-09-05')[0]).toMatchObject({
      value: '2021-09-03',
      timeOfDay: '上午',
      time: '08:00',
      precision: 'datetime',
      text: '9月3日上午8点',
    });
  });
  it('turns 下午3时30分 into 15:30', () => {
    expect(run('2月25日下午3时30分')[0]).toMatchObject({ value: '2024-02-25', timeOfDay: '下午', time: '15:30' });
  });
  it('keeps 晚 without a clock as day precision', () => {
    expect(run('2月20日晚,')[0]).toMatchObject({ value: '2024-02-20', timeOfDay: '晚', precision: 'day' });
  });
  it('does not take 晚会 as a time of day', () => {
    expect(run('2月20日晚会')[0]).toMatchObject({ text: '2月20日' });
  });
});

describe('missing years and months (publication 2024-02-27)', () => {
  it.each([
    ['bare month-day takes the publication year', '2月25日,镇里召开大会', PUB, ['2024-02-25']],
    ['past bias: December in a February article is last year', '12月28日,县里召开会议', PUB, ['2023-12-28']],
    ['a few weeks ahead stays in the publication year', '请于3月10日前报送', PUB, ['2024-03-10']],
    ['bare month', '3月以来', '2024-05-10', ['2024-03']],
    ['Chinese-numeral month alone', '十月中旬,果园丰收', '2021-10-30', ['2021-10']],
    ['今年 + month', '今年4月,区里启动', '2021-08-05', ['2021-04']],
    ['去年 + month-day', '去年12月20日', PUB, ['2023-12-20']],
    ['前年 + month', '前年3月', PUB, ['2022-03']],
    ['明年 + month', '明年1月', '2023-11-02', ['2024-01']],
    ['当年 + month follows the year last written', '2017年3月调任,当年10月离任', PUB, ['2017-03', '2017-10']],
    [
      'bare day from the dateline',
      '新华社北京4月8日电 有关部门8日发布通知',
      '2024-04-09',
      ['2024-04-08', '2024-04-08'],
    ],
    [
      'bare day from the last explicit month',
      '2019/6/20\n18日,县政协召开会议',
      '2019-06-20',
      ['2019-06-20', '2019-06-18'],
    ],
    ['bare day from the publication month', '本报讯 19日,区委召开会议', '2022-11-21', ['2022-11-19']],
    ['本月 + day', '本月15日起施行', '2024-03-02', ['2024-03-15']],
    ['上月 + day across a year', '上月28日', '2024-01-05', ['2023-12-28']],
    [
      'a year earlier in the same clause carries over',
      '2021年全市招生4000人(9月入学)',
      '2022-03-01',
      ['2021', '2021-09'],
    ],
    ['after a comma the publication year rules again', '回顾2023年工作,部署3月重点任务', PUB, ['2023', '2024-03']],
    ['a future date months ahead keeps the publication year', '展会将于10月20日开幕', '2021-07-02', ['2021-10-20']],
    ['months after a year belong to it', '2023年1-11月,全县', '2024-01-05', ['2023', '2023-01', '2023-11']],
  ])('%s', (_name, text, pub, expected) => {
    expect(values(text, pub)).toEqual(expected);
  });

  it('records how a value was resolved', () => {
    const ds = run('2月25日,镇里召开大会。26日继续开会。');
    expect(ds.map((d) => [d.value, d.anchor])).toEqual([
      ['2024-02-25', 'publication'],
      ['2024-02-26', 'previous-date'],
    ]);
  });
});

describe('without a publication date', () => {
  it.each([
    ['unknown year gives XXXX', '8月9日,乡里召开部署会', ['XXXX-08-09']],
    ['unknown year for a month gives XXXX-MM', '去年6月起试点', ['XXXX-06']],
    [
      'the nearest earlier event year anchors',
      '2015年春耕开始。3月以来,各乡镇行动,6日前往田间',
      ['2015', '2015-03', '2015-03-06'],
    ],
    ['a later year does not anchor', '2月3日上午,乡里部署2019年工作', ['XXXX-02-03', '2019']],
    [
      'a birth year does not anchor',
      '张三1960年3月生,1982年6月加入中国共产党。7月12日公示',
      ['1960-03', '1982-06', 'XXXX-07-12'],
    ],
    ['a year after 出生于 does not anchor', '出生于1968年2月的他,5月11日到任', ['1968-02', 'XXXX-05-11']],
    ['a year inside 《》 does not anchor', '学习《2020年工作要点》。3月17日召开会议', ['2020', 'XXXX-03-17']],
    [
      'an explicit earlier date anchors a later month-day',
      '2013年5月2日、9月6日,两次检查',
      ['2013-05-02', '2013-09-06'],
    ],
    ['a bare day with no month anywhere is not a date', '7日晚,县里召开会议', []],
  ])('%s', (_name, text, expected) => {
    expect(values(text, null)).toEqual(expected);
  });
});

describe('ranges', () => {
  it.each([
    ['至 with a bare second day', '3月11日至13日,赴外地考察', PUB, ['2024-03-11', '2024-03-13']],
    ['至 far ahead of publication: last year', '9月21日至23日', PUB, ['2023-09-21', '2023-09-23']],
    ['to a different month', '8月29日~9月02日', null, ['XXXX-08-29', 'XXXX-09-02']],
    ['dash between days', '8月12日-15日', PUB, ['2024-08-12', '2024-08-15']],
    ['one 日 for both days', '2月21-23日', PUB, ['2024-02-21', '2024-02-23']],
    ['two bare days', '2月以来。8日至9日', PUB, ['2024-02', '2024-02-08', '2024-02-09']],
    ['bare day range 3-4日', '9月6日。其中3-4日有大风', null, ['XXXX-09-06', 'XXXX-09-03', 'XXXX-09-04']],
    ['year range with one 年', '(2026—2028年)', PUB, ['2026', '2028']],
    ['year range 年度', '2011-2013年度', PUB, ['2011', '2013']],
    ['two years with 至', '1998年至2001年', PUB, ['1998', '2001']],
    ['month range', '今年3月-4月', '2024-06-12', ['2024-03', '2024-04']],
    ['year list', '2015、2016年连续获评', PUB, ['2015', '2016']],
    ['month list', '今年3、4月', '2024-06-12', ['2024-03', '2024-04']],
    ['résumé periods YYYY.MM', '1990.09—1994.07 在某大学学习', PUB, ['1990-09', '1994-07']],
    ['across the new year', '2023年12月28日至1月3日', PUB, ['2023-12-28', '2024-01-03']],
  ])('%s', (_name, text, pub, expected) => {
    expect(values(text, pub)).toEqual(expected);
  });

  it('marks both ends', () => {
    const ds = run('2月25日至26日');
    expect(ds.map((d) => [d.text, d.value, d.range])).toEqual([
      ['2月25日', '2024-02-25', 'start'],
      ['26日', '2024-02-26', 'end'],
    ]);
  });
});

describe('relative and vague expressions', () => {
  it('近日 is vague: no value, not after publication', () => {
    expect(run('近日,县委召开会议')[0]).toMatchObject({
      text: '近日',
      value: null,
      precision: 'vague',
      notAfter: '2024-02-27',
    });
  });
  it('日前 and 此前 are vague', () => {
    expect(run('日前,此前').map((d) => [d.text, d.precision])).toEqual([
      ['日前', 'vague'],
      ['此前', 'vague'],
    ]);
  });
  it('15日前 is a day, not 日前', () => {
    expect(run('2022年3月15日前完成整改').map((d) => [d.value, d.precision])).toEqual([['2022-03-15', 'day']]);
  });
  it('6日前往 is a day', () => {
    expect(values('2月以来,6日前往山区')).toEqual(['2024-02', '2024-02-06']);
  });
  it('次日 follows the date last mentioned, not the publication date', () => {
    expect(run('2月20日召开会议,次日上午赴村调研').map((d) => [d.value, d.anchor])).toEqual([
      ['2024-02-20', 'publication'],
      ['2024-02-21', 'previous-date'],
    ]);
  });
  it('当天 keeps the date last mentioned', () => {
    expect(values('10月2日晚举办晚会,当天游客众多', null)).toEqual(['XXXX-10-02', 'XXXX-10-02']);
  });
  it('次日 with no earlier date is dropped', () => {
    expect(run('次日召开会议')).toEqual([]);
  });
});

describe('not dates', () => {
  it.each([
    ['十四五', '十四五规划开局'],
    ['二十大', '学习贯彻党的二十大精神'],
    ['十八届二次', '市十八届二次人代会'],
    ['anniversary', '庆祝建党75周年'],
    ['years in a 文号', '某组发〔2018〕7 号文件,某发[2008]33号,(2017)5号'],
    ['index number', '索引号:5201000000/2023-000417'],
    ['index number shaped like a date', '编号:2024-02-27-001'],
    ['index number with a date-like tail', '索引号:11000000012345678X-/2019-1130021'],
    ['amount', '投入2023元'],
    ['phone number', '电话:0917-2345678'],
    ['2016年第45号 is a document number', '印发“2016年第45号”公告'],
    ['duration', '有着2000年历史的古镇,长达1500年'],
    ['relative words alone', '今年以来,去年同期,上周五'],
    ['counts of days', '为期3日,5日内完成,每月15日'],
    ['temperatures and counts', '18-26℃,未来24-36小时,选3-5人'],
    ['section numbers', '1.1 总体要求\n1.2 主要任务'],
    ['months as durations', '3个月'],
    ['every year', '每年3月开展评议'],
    ['first two months', '前2月,全县完成投资'],
    ['a year.month decimal', '投资2023.12万元'],
    ['ages and decimals', '平均年龄38.6岁'],
  ])('%s', (_name, text) => {
    expect(values(text)).toEqual([]);
  });

  it('a year inside 《》 is still a date', () => {
    expect(values('审议《关于2019年度预算执行的报告》')).toEqual(['2019']);
  });
});

describe('output shape', () => {
  it('slices text from the original (traditional characters kept) with UTF-16 spans', () => {
    const original = '2019年05月07日 更新時間:5月7日';
    const ds = run(original, '2019-05-07');
    for (const d of ds) expect(original.slice(d.span[0], d.span[1])).toBe(d.text);
    expect(ds.map((d) => d.text)).toEqual(['2019年05月07日', '5月7日']);
  });
  it('is sorted by span start and every item names its rule', () => {
    const ds = run('近日,2月25日至26日,2023年度,次日');
    const starts = ds.map((d) => d.span[0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const ids = new Set(DATE_PARSERS.map((p) => p.id));
    for (const d of ds) expect(ids.has(d.rule)).toBe(true);
  });
  it('every parser has a unique id, a description and an example', () => {
    const ids = DATE_PARSERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of DATE_PARSERS) expect(p.description.length).toBeGreaterThan(0);
    for (const p of DATE_PARSERS) expect(p.examples.length).toBeGreaterThan(0);
  });
  it('stays fast on a 1 MB line', () => {
    const line =
      '2024年3月5日至7日,1-2日 11-30 08:34 〔2019〕12号 '.repeat(20000) + '1'.repeat(200000) + '-'.repeat(100000);
    const t0 = Date.now();
    const ds = run(line);
    expect(ds.length).toBeGreaterThan(20000);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
