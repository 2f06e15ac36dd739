import { describe, expect, it } from 'vitest';
import { makeDoc as docOf } from '../src/text/doc.js';
import { extractAppointments } from '../src/fields/appointments/index.js';
import { splitPost } from '../src/fields/appointments/posts.js';
import { extractDates } from '../src/fields/dates/index.js';
import { extractMeetings } from '../src/fields/meetings/index.js';
import { normalizeText } from '../src/normalize/index.js';
import type { Appointment, Doc, Official } from '../src/types.js';

/** Invented sentences only. `names` become officials with every mention of them. */
function run(original: string, names: string[] = []): Appointment[] {
  const { text } = normalizeText(original);
  const doc: Doc = docOf(original, text, { segment: () => [] });
  const dates = extractDates(doc, { publishedAt: '2025-06-30' });
  const meetings = extractMeetings(doc, { dates });
  const officials: Official[] = names.map((name) => {
    const mentions: Array<[number, number]> = [];
    for (let i = original.indexOf(name); i >= 0; i = original.indexOf(name, i + 1)) mentions.push([i, i + name.length]);
    return { name, titles: [], mentions, rule: 'test' };
  });
  return extractAppointments(doc, { dates, officials, meetings });
}

interface Row {
  what: string;
  text: string;
  names?: string[];
  want: Array<Partial<Appointment>>;
  /** Exact number of items, when the row pins it. */
  count?: number;
}

const rows: Row[] = [
  {
    what: '决定任命 a list: one item each, the meeting as authority, its date',
    text: '6月5日,县十八届人大常委会召开第九次会议。会议决定任命赵六为县水利局局长,钱七为县审计局局长。',
    want: [
      {
        type: 'appoint',
        person: '赵六',
        to: { title: '局长', org: '县水利局' },
        from: null,
        authority: '县十八届人大常委会第九次会议',
        date: '2025-06-05',
        rule: 'appointment.appoint-list',
      },
      { type: 'appoint', person: '钱七', to: { title: '局长', org: '县审计局' } },
    ],
    count: 2,
  },
  {
    what: '选举 with several people for one post',
    text: '大会选举孙八为青石镇人民政府镇长,周九、吴十为青石镇人民政府副镇长。',
    want: [
      { type: 'elect', person: '孙八', to: { title: '镇长', org: '青石镇人民政府' }, rule: 'appointment.elect-list' },
      { type: 'elect', person: '周九', to: { title: '副镇长', org: '青石镇人民政府' } },
      { type: 'elect', person: '吴十', to: { title: '副镇长', org: '青石镇人民政府' } },
    ],
    count: 3,
  },
  {
    what: 'X当选为Y, with a list before 当选',
    text: '王二全票当选为青石镇人大主席,李三、刘四当选为青石镇人民政府副镇长。',
    want: [
      { type: 'elect', person: '王二', to: { title: '主席', org: '青石镇人大' }, rule: 'appointment.elected' },
      { type: 'elect', person: '李三', to: { title: '副镇长', org: '青石镇人民政府' } },
      { type: 'elect', person: '刘四', to: { title: '副镇长', org: '青石镇人民政府' } },
    ],
    count: 3,
  },
  {
    what: '提名X为Y候选人: 候选人 cut from the post',
    text: '县委提名吴十为县长候选人。',
    want: [
      {
        type: 'nominate',
        person: '吴十',
        to: { title: '县长', org: null },
        authority: '县委',
        rule: 'appointment.nominate',
      },
    ],
    count: 1,
  },
  {
    what: '决定X为代理Y',
    text: '会议决定郑一为青石镇人民政府代理镇长。',
    want: [
      { type: 'acting', person: '郑一', to: { title: '代理镇长', org: '青石镇人民政府' }, rule: 'appointment.acting' },
    ],
    count: 1,
  },
  {
    what: 'a title before the name and 同志 dropped; the second post inherits the org',
    text: '会议任命县委副书记冯二同志为县人民政府副县长、代理县长。',
    want: [
      { type: 'appoint', person: '冯二', to: { title: '副县长', org: '县人民政府' } },
      { type: 'acting', person: '冯二', to: { title: '代理县长', org: '县人民政府' } },
    ],
    count: 2,
  },
  {
    what: 'X任Y and (女) dropped',
    text: '近日,蓝河区调整党政主要领导职务:陈五任蓝河区委书记,林六(女)任蓝河区委副书记、代区长。',
    want: [
      { type: 'appoint', person: '陈五', to: { title: '书记', org: '蓝河区委' }, rule: 'appointment.holds' },
      { type: 'appoint', person: '林六', to: { title: '副书记', org: '蓝河区委' } },
      { type: 'acting', person: '林六', to: { title: '代区长', org: '蓝河区委' } },
    ],
    count: 3,
  },
  {
    what: 'X被任命为Y',
    text: '我局副局长黄七同志被任命为街道党工委兼职委员。',
    want: [
      { type: 'appoint', person: '黄七', to: { title: '兼职委员', org: '街道党工委' }, rule: 'appointment.passive' },
    ],
    count: 1,
  },
  {
    what: '免去X的Y职务, in a list',
    text: '会议决定免去张三的县林业局局长职务,李四的县统计局局长职务。',
    want: [
      {
        type: 'remove',
        person: '张三',
        from: { title: '局长', org: '县林业局' },
        to: null,
        rule: 'appointment.remove',
      },
      { type: 'remove', person: '李四', from: { title: '局长', org: '县统计局' } },
    ],
    count: 2,
  },
  {
    what: '免去XY职务 without 的: the name ends where the title starts',
    text: '会上宣读了市委关于区委主要领导调整的决定:免去何八蓝河区委书记、常委职务。',
    want: [
      { type: 'remove', person: '何八', from: { title: '书记', org: '蓝河区委' }, authority: '市委' },
      { type: 'remove', person: '何八', from: { title: '常委', org: '蓝河区委' } },
    ],
    count: 2,
  },
  {
    what: '接受X辞去Y职务的请求, with two people',
    text: '会议决定接受罗九、高十辞去县人民政府副县长职务的请求。',
    want: [
      {
        type: 'resign',
        person: '罗九',
        from: { title: '副县长', org: '县人民政府' },
        rule: 'appointment.resign-accepted',
      },
      { type: 'resign', person: '高十', from: { title: '副县长', org: '县人民政府' } },
    ],
    count: 2,
  },
  {
    what: 'the officials list supplies a name the shape guess would miss',
    text: '会议任命木子为县文化馆馆长。',
    names: ['木子'],
    want: [{ type: 'appoint', person: '木子', to: { title: '馆长', org: '县文化馆' } }],
    count: 1,
  },
  {
    what: 'a headline and the body telling the same appointment: one item, the fuller one',
    text: '县人大常委会任命钱一为代理县长\n8月3日,县十八届人大常委会召开第十次会议,会议决定任命钱一为县人民政府代理县长。',
    want: [{ type: 'acting', person: '钱一', to: { title: '代理县长', org: '县人民政府' }, date: '2025-08-03' }],
    count: 1,
  },
  {
    what: 'traditional text: names and posts as written',
    text: '會議決定任命陳五爲縣財政局局長。',
    want: [{ type: 'appoint', person: '陳五', to: { title: '局長', org: '縣財政局' } }],
    count: 1,
  },
  {
    what: '其 in 免去其…职务 is the person just appointed',
    text: '经县委研究决定:张三同志任县委办公室主任,免去其县档案馆馆长职务。',
    want: [
      { type: 'appoint', person: '张三', to: { title: '主任', org: '县委办公室' }, authority: '县委' },
      { type: 'remove', person: '张三', from: { title: '馆长', org: '县档案馆' }, authority: '县委' },
    ],
    count: 2,
  },
  {
    what: '聘任X为Y: a field before the post is no org',
    text: '县人民政府聘任李四为法律顾问。',
    want: [{ type: 'appoint', person: '李四', to: { title: '法律顾问', org: null }, authority: '县人民政府' }],
    count: 1,
  },
  {
    what: '同意X任Y: the name after 同意',
    text: '经镇党委研究,同意李四同志任青石村党支部书记。',
    want: [{ type: 'appoint', person: '李四', to: { title: '书记', org: '青石村党支部' }, authority: '镇党委' }],
    count: 1,
  },
  { what: 'negative: 责令其辞去 is a sanction', text: '县纪委监委责令其辞去村委会委员职务。', want: [], count: 0 },
  { what: 'negative: 免去…费用', text: '镇政府免去困难群众的相关费用。', want: [], count: 0 },
  {
    what: 'negative: career history (曾任) and a state (现任)',
    text: '他曾任县水利局局长,现任县委常委。',
    want: [],
    count: 0,
  },
  {
    what: 'negative: a proposal (提请…任命)',
    text: '县长提请县人大常委会任命张三为县财政局局长。',
    want: [],
    count: 0,
  },
  {
    what: 'negative: planned (拟任) and denied (未被任命)',
    text: '李四拟任县委书记。王五至今未被任命为县委常委。',
    want: [],
    count: 0,
  },
  { what: 'negative: 任 inside a relative clause', text: '成立以镇长王刚任组长的领导小组。', want: [], count: 0 },
  {
    what: 'negative: a count, not a person, before 当选',
    text: '在换届中有15名同志当选村党支部书记。',
    want: [],
    count: 0,
  },
  { what: 'negative: 任务/责任/主任 are no appointments', text: '主任王五布置任务,压实责任。', want: [], count: 0 },
];

describe('extractAppointments', () => {
  for (const row of rows) {
    it(row.what, () => {
      const got = run(row.text, row.names);
      for (const w of row.want) {
        const match = got.find((g) =>
          Object.entries(w).every(
            ([k, v]) => JSON.stringify((g as unknown as Record<string, unknown>)[k]) === JSON.stringify(v),
          ),
        );
        expect(match, `want ${JSON.stringify(w)}\ngot ${JSON.stringify(got, null, 1)}`).toBeDefined();
      }
      if (row.count !== undefined) expect(got.length, JSON.stringify(got, null, 1)).toBe(row.count);
    });
  }

  it('splits a post into org and position', () => {
    expect(splitPost('县人民政府副县长')).toEqual({ title: '副县长', org: '县人民政府' });
    expect(splitPost('省人大常委会常务副主任')).toEqual({ title: '常务副主任', org: '省人大常委会' });
    expect(splitPost('代理县长')).toEqual({ title: '代理县长', org: null });
  });

  it('span covers the trigger through the post', () => {
    const text = '会议任命赵六为县水利局局长。';
    const [a] = run(text);
    expect(text.slice(a!.span[0], a!.span[1])).toBe('任命赵六为县水利局局长');
  });

  it('stays fast on a long line of repeated separators and triggers', () => {
    const text = '任'.repeat(30000) + '、'.repeat(50000) + '任命张三为'.repeat(5000) + '当选'.repeat(20000);
    const t0 = Date.now();
    run(text);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
