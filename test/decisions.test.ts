import { describe, expect, it } from 'vitest';
import { makeDoc as docOf } from '../src/text/doc.js';
import { findAppointments } from '../src/fields/appointments/index.js';
import { extractDecisions } from '../src/fields/decisions/index.js';
import { extractDates } from '../src/fields/dates/index.js';
import { extractDocuments } from '../src/fields/documents/index.js';
import { extractMeetings } from '../src/fields/meetings/index.js';
import { normalizeText } from '../src/normalize/index.js';
import type { Decision, DecisionKind, Doc } from '../src/types.js';

/** Invented sentences only. Dates, documents, meetings and appointments come from their own extractors. */
function run(original: string): Decision[] {
  const { text } = normalizeText(original);
  const doc: Doc = docOf(original, text, { segment: () => [] });
  const dates = extractDates(doc, { publishedAt: '2025-06-30' });
  const documents = extractDocuments(doc);
  const meetings = extractMeetings(doc, { dates });
  const appointments = findAppointments(doc, { dates, officials: [], meetings });
  return extractDecisions(doc, { dates, meetings, documents, appointments });
}

interface Row {
  what: string;
  text: string;
  want: Array<Partial<Decision>>;
  /** Kinds that must not appear (negatives). */
  none?: DecisionKind[];
}

const rows: Row[] = [
  {
    what: 'adopt: a standing meeting named in the sentence adopts a document',
    text: '3月2日,县长李四主持召开县政府第5次常务会议,审议通过了《青石县河道管理办法》。',
    want: [
      {
        kind: 'adopt',
        trigger: '审议通过',
        actor: '县政府第5次常务会议',
        object: '《青石县河道管理办法》',
        documents: ['青石县河道管理办法'],
        date: '2025-03-02',
        rule: 'decision.adopt',
      },
    ],
  },
  {
    what: 'adopt: 会议 as subject resolves to the one meeting; its date dates the frame',
    text: '5月6日,青石镇召开2025年第3次党委会议。会议讨论通过了《青石镇村级财务管理制度》。',
    want: [{ kind: 'adopt', actor: '2025年第3次党委会议', date: '2025-05-06', documents: ['青石镇村级财务管理制度'] }],
  },
  {
    what: 'adopt: a list of acts under one meeting subject (…;通过了…)',
    text: '6月3日,县政协召开十一届第九次常委会议。会议听取了工作汇报;通过了县政协十二届三次会议选举办法(草案)。',
    want: [
      { kind: 'adopt', trigger: '通过', object: '县政协十二届三次会议选举办法(草案)', rule: 'decision.adopt-meeting' },
    ],
  },
  {
    what: 'adopt: a parenthetical note under a title',
    text: '关于设立青石镇防汛日的决定\n(2025年3月1日青石镇第二届人民代表大会第四次会议通过)',
    want: [
      {
        kind: 'adopt',
        actor: '青石镇第二届人民代表大会第四次会议',
        object: '关于设立青石镇防汛日的决定',
        date: '2025-03-01',
        rule: 'decision.adopt-parenthetical',
      },
    ],
  },
  {
    what: 'adopt: 已经…会议通过,现予印发 gives an adoption and an issue of the topic document',
    text: '《蓝河市档案管理办法》已经2025年1月2日召开的市政府第3次常务会议通过,现予印发。',
    want: [
      { kind: 'adopt', object: '《蓝河市档案管理办法》', actor: '市政府第3次常务会议', date: '2025-01-02' },
      { kind: 'issue', object: '《蓝河市档案管理办法》' },
    ],
  },
  {
    what: 'adopt negative: …审议通过的《》 is cited',
    text: '县十六届人大二次会议审议通过的《政府工作报告》明确了全年目标任务。',
    want: [],
    none: ['adopt'],
  },
  {
    what: 'decide: 会议决定, with the rest of the sentence as object',
    text: '5月8日,县人大常委会召开第20次主任会议。会议决定,县十八届人大常委会第九次会议于6月下旬召开。',
    want: [
      {
        kind: 'decide',
        actor: '县人大常委会第20次主任会议',
        object: '县十八届人大常委会第九次会议于6月下旬召开',
        rule: 'decision.decide',
      },
    ],
  },
  {
    what: 'decide negatives: an adjective (决定性) and a person choosing (no body)',
    text: '要深刻认识“两个确立”的决定性意义。游客们当即决定留下来过夜。',
    want: [],
    none: ['decide'],
  },
  {
    what: 'establish: 成立…领导小组 and 下设…专班; 决定成立 is the establishment, not a separate decision',
    text: '会议决定成立以镇长为组长的秋季防火工作领导小组,下设综合协调专班和督查专班。',
    want: [
      { kind: 'establish', trigger: '成立', object: '以镇长为组长的秋季防火工作领导小组' },
      { kind: 'establish', trigger: '下设', object: '综合协调专班和督查专班' },
    ],
    none: ['decide'],
  },
  {
    what: 'establish negatives: an anniversary and a founding meeting',
    text: '今年是青石镇成立70周年。青石商会成立大会在镇礼堂举行。',
    want: [],
    none: ['establish'],
  },
  {
    what: 'issue: 会上印发 resolves 会上 to the meeting',
    text: '4月8日,柳溪村召开春耕生产动员大会。会上印发了《柳溪村2025年春耕生产工作方案》。',
    want: [
      {
        kind: 'issue',
        trigger: '印发',
        actor: '春耕生产动员大会',
        object: '《柳溪村2025年春耕生产工作方案》',
        date: '2025-04-08',
      },
    ],
  },
  {
    what: 'issue and approve in a notice: 经…同意,现将《》印发给你们',
    text: '各乡镇人民政府:\n经县人民政府同意,现将《蓝河县森林防火应急预案》印发给你们,请认真贯彻执行。',
    want: [
      { kind: 'approve', actor: '县人民政府', object: '《蓝河县森林防火应急预案》', rule: 'decision.approve' },
      { kind: 'issue', object: '《蓝河县森林防火应急预案》', documents: ['蓝河县森林防火应急预案'] },
    ],
  },
  {
    what: 'documents: a title repeated from the headline is still listed in the frame',
    text: '关于印发《白沙县节水行动方案》的通知\n《白沙县节水行动方案》已经县政府同意,现印发给你们。',
    want: [
      { kind: 'approve', actor: '县政府', documents: ['白沙县节水行动方案'] },
      { kind: 'issue', object: '《白沙县节水行动方案》', documents: ['白沙县节水行动方案'] },
    ],
  },
  {
    what: 'issue negatives: 印发的 (cited), 发布时间, planned 将印发, the title of a notice',
    text: '发布时间:2025-03-01\n某县政府办公室关于印发《某县河长制实施方案》的通知\n原2019年印发的《某县应急预案》同时废止。下一步,县里将印发《某县节水方案》。',
    want: [],
    none: ['issue'],
  },
  {
    what: 'sign: the signer before 代表…与',
    text: '镇长赵六代表镇政府与各村签订安全生产目标责任书。',
    want: [{ kind: 'sign', trigger: '签订', actor: '镇长赵六', object: '安全生产目标责任书', rule: 'decision.sign' }],
  },
  {
    what: 'sign negative: a relative clause about signers',
    text: '签订合同的企业要按时履约。',
    want: [],
    none: ['sign'],
  },
  {
    what: 'commend: 表彰了 and 对…进行了通报表彰',
    text: '大会表彰了2025年度先进集体和先进个人。会议对10个先进村进行了通报表彰。',
    want: [
      { kind: 'commend', object: '2025年度先进集体和先进个人' },
      { kind: 'commend', object: '10个先进村' },
    ],
  },
  {
    what: 'commend negatives: 受到表彰的 (cited), 拟表彰 (planned), 表彰大会 (a meeting)',
    text: '受到表彰的先进个人要再接再厉。组织部公示了拟表彰人选。全镇表彰大会隆重召开。',
    want: [],
    none: ['commend'],
  },
  {
    what: 'deploy: 安排部署了 with object; 就…进行安排部署 with the object before',
    text: '7月1日,东坡镇召开半年工作推进会。会议安排部署了下半年重点工作。副镇长王五就防汛工作进行安排部署。',
    want: [
      { kind: 'deploy', trigger: '安排部署', object: '下半年重点工作', actor: '半年工作推进会', date: '2025-07-01' },
      { kind: 'deploy', trigger: '安排部署', object: '防汛工作' },
    ],
  },
  {
    what: 'deploy negatives: a noun (决策部署) and an instruction (要…部署)',
    text: '要把思想统一到党中央决策部署上来。各村要认真安排部署秋收工作。',
    want: [],
    none: ['deploy'],
  },
  {
    what: 'approve: 审查并批准',
    text: '会议审查并批准了2025年县级预算调整方案。',
    want: [{ kind: 'approve', trigger: '批准', object: '2025年县级预算调整方案' }],
  },
  {
    what: 'approve negative: prescribed (须报经…批准后)',
    text: '该事项须报经县政府批准后实施。',
    want: [],
    none: ['approve'],
  },
  {
    what: 'discipline: 给予…处分 with the body as actor',
    text: '县纪委监委给予李某某党内警告处分。',
    want: [
      {
        kind: 'discipline',
        trigger: '党内警告处分',
        actor: '县纪委监委',
        object: '李某某',
        rule: 'decision.discipline-give',
      },
    ],
  },
  {
    what: 'discipline: 受到…处分 dated by the sentence',
    text: '2025年5月6日,王某某受到党内严重警告处分。',
    want: [{ kind: 'discipline', trigger: '党内严重警告处分', object: '王某某', date: '2025-05-06', actor: null }],
  },
  {
    what: 'discipline: 开除…党籍 and 立案审查调查',
    text: '经县委批准,开除赵某某党籍。市纪委监委对刘某某立案审查调查。',
    want: [
      { kind: 'discipline', trigger: '开除赵某某党籍', object: '赵某某', rule: 'decision.discipline-expel' },
      { kind: 'discipline', trigger: '立案审查调查', object: '刘某某', actor: '市纪委监委' },
    ],
  },
  {
    what: 'discipline negatives: background (处分期间, 处分的, 处分决定)',
    text: '村支书在受到留党察看处分期间再次当选。受到警告处分的干部要深刻反思。镇纪委未落实给予某某的纪律处分决定。',
    want: [],
    none: ['discipline'],
  },
  {
    what: 'personnel: appoint, remove and resign frames come from the appointments',
    text: '6月5日,县十八届人大常委会召开第九次会议。会议决定任命赵六为县水利局局长;免去何八的县交通局局长职务;接受罗九辞去县人民政府副县长职务的请求。',
    want: [
      {
        kind: 'appoint',
        trigger: '决定任命',
        object: '赵六',
        actor: '县十八届人大常委会第九次会议',
        date: '2025-06-05',
      },
      { kind: 'remove', trigger: '免去', object: '何八' },
      { kind: 'resign', trigger: '辞去', object: '罗九' },
    ],
    none: ['decide'],
  },
  {
    what: 'personnel negative: 免去…费用 is no removal',
    text: '镇政府免去困难群众的相关费用。',
    want: [],
    none: ['remove'],
  },
  {
    what: 'commend: a commendation decision read out at the meeting',
    text: '6月2日,青石镇召开年中工作会议。会上,镇纪委书记宣读了《关于表彰2025年度先进集体和先进个人的决定》。',
    want: [
      {
        kind: 'commend',
        trigger: '表彰',
        actor: '年中工作会议',
        object: '2025年度先进集体和先进个人',
        documents: ['关于表彰2025年度先进集体和先进个人的决定'],
        date: '2025-06-02',
        rule: 'decision.commend-document',
      },
    ],
  },
  {
    what: 'commend negative: a commendation decision only cited',
    text: '根据《关于表彰2024年度先进集体的决定》,各村要学习先进。',
    want: [],
    none: ['commend'],
  },
  {
    what: 'adopt: 原则通过 (a gap word between the meeting and 通过)',
    text: '会议原则通过了《青石镇机关工作规则》。',
    want: [{ kind: 'adopt', trigger: '通过', actor: '会议', object: '《青石镇机关工作规则》' }],
  },
  {
    what: 'discipline: 通报批评 without 处分; an investigation of the person opening the sentence',
    text: '县纪委给予赵某通报批评。县交通局原局长王某某涉嫌严重违纪违法,目前正接受纪律审查和监察调查。',
    want: [
      { kind: 'discipline', trigger: '通报批评', actor: '县纪委', object: '赵某' },
      { kind: 'discipline', trigger: '纪律审查和监察调查', object: '县交通局原局长王某某', actor: null },
    ],
  },
  {
    what: 'discipline: 责令其辞去…职务 is a sanction, not a resignation',
    text: '县纪委监委给予施某某党内警告处分,责令其辞去村委会委员职务。',
    want: [
      { kind: 'discipline', trigger: '党内警告处分', object: '施某某' },
      { kind: 'discipline', trigger: '责令其辞去', object: '村委会委员职务', actor: '县纪委监委' },
    ],
    none: ['resign'],
  },
  {
    what: 'a 决定 whose content is appointments gives the appointments only',
    text: '经县委研究决定:张三同志任县委办公室主任,免去其县档案馆馆长职务。',
    want: [
      { kind: 'appoint', object: '张三', actor: '县委' },
      { kind: 'remove', object: '张三', actor: '县委' },
    ],
    none: ['decide'],
  },
  {
    what: 'establish: a standing committee 研究决定成立…; the sentence date',
    text: '3月15日,县委常委会召开会议,研究决定成立县乡村振兴工作领导小组。',
    want: [{ kind: 'establish', actor: '县委常委会', object: '县乡村振兴工作领导小组', date: '2025-03-15' }],
    none: ['decide'],
  },
  {
    what: 'issue: two offices joined by 、 act together (联合印发)',
    text: '近日,县委办、县政府办联合印发了《白沙县人居环境整治三年行动方案》。',
    want: [{ kind: 'issue', actor: '县委办、县政府办', object: '《白沙县人居环境整治三年行动方案》' }],
  },
  {
    what: 'commend: passive 受到…表彰 names the commending body; 获得…称号的 inside an object is not passive',
    text: '青石村受到县委县政府通报表彰。大会对获得“先进基层党组织”称号的10个党组织进行了表彰。',
    want: [
      { kind: 'commend', actor: '县委县政府', object: '青石村' },
      { kind: 'commend', actor: '大会', object: '获得“先进基层党组织”称号的10个党组织' },
    ],
  },
  {
    what: 'approve: 批复同意 is one act',
    text: '省政府批复同意设立白沙经济开发区。',
    want: [{ kind: 'approve', trigger: '批复同意', actor: '省政府', object: '设立白沙经济开发区' }],
  },
  {
    what: 'reported speech: what a meeting stressed is no act',
    text: '会议强调,要抓紧印发《某镇实施方案》,认真部署下一阶段工作。',
    want: [],
    none: ['issue', 'deploy'],
  },
];

describe('extractDecisions', () => {
  for (const row of rows) {
    it(row.what, () => {
      const got = run(row.text);
      for (const w of row.want) {
        const match = got.find((g) =>
          Object.entries(w).every(
            ([k, v]) => JSON.stringify((g as unknown as Record<string, unknown>)[k]) === JSON.stringify(v),
          ),
        );
        expect(match, `want ${JSON.stringify(w)}\ngot ${JSON.stringify(got, null, 1)}`).toBeDefined();
      }
      for (const kind of row.none ?? []) {
        expect(got.filter((g) => g.kind === kind)).toEqual([]);
      }
    });
  }

  it('personnel frames come from the appointments it is given, not from its own scan', () => {
    const original = '县人大常委会决定任命赵明华为县水利局局长。';
    const { text } = normalizeText(original);
    const doc: Doc = docOf(original, text, { segment: () => [] });
    const dates = extractDates(doc, { publishedAt: '2025-06-30' });
    const meetings = extractMeetings(doc, { dates });
    const appointments = findAppointments(doc, { dates, officials: [], meetings });
    expect(appointments.length).toBeGreaterThan(0);
    const given = extractDecisions(doc, { dates, meetings, documents: [], appointments });
    expect(given.filter((d) => d.kind === 'appoint').map((d) => d.object)).toEqual(['赵明华']);
    const none = extractDecisions(doc, { dates, meetings, documents: [], appointments: [] });
    expect(none.filter((d) => d.kind === 'appoint')).toEqual([]);
  });

  it('spans point at the clause in the text', () => {
    const text = '3月2日,县政府召开第5次常务会议,审议通过了《某办法》。';
    const d = run(text).find((x) => x.kind === 'adopt');
    expect(d).toBeDefined();
    expect(text.slice(d!.span[0], d!.span[1])).toBe('审议通过了《某办法》');
  });

  it('traditional text: surfaces keep their characters', () => {
    const got = run('會議審議通過了《某縣河道管理辦法》。');
    expect(got[0]).toMatchObject({ kind: 'adopt', trigger: '審議通過', object: '《某縣河道管理辦法》' });
  });

  it('stays fast on a long line of repeated separators and triggers', () => {
    const text = '决定'.repeat(20000) + '、'.repeat(50000) + '部署'.repeat(20000) + '给予'.repeat(20000);
    const t0 = Date.now();
    run(text);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
