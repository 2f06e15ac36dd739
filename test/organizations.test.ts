import { describe, expect, it } from 'vitest';
import { makeDoc as docOf } from '../src/text/doc.js';
import { extractOrganizations } from '../src/fields/organizations/index.js';
import { normalizeText } from '../src/normalize/index.js';
import { segment } from '../src/segment/jieba.js';
import type { AdminLevel, Doc, OrgKind, Place } from '../src/types.js';

/** Invented sentences and invented places (no dataset needed: places are given). */
function makeDoc(original: string): Doc {
  const { text } = normalizeText(original);
  return docOf(original, text, { segment });
}

/** A place for the first occurrence of `name` in `text`. */
function place(text: string, name: string, level: AdminLevel, code: string | null = null): Place {
  const i = text.indexOf(name);
  if (i < 0) throw new Error(`no ${name}`);
  return { name, code, path: [], level, span: [i, i + name.length], rule: 'test' };
}

interface Want {
  name: string;
  resolved?: string | null;
  kind?: OrgKind;
  level?: AdminLevel | null;
  rule?: string;
}

interface Row {
  what: string;
  text: string;
  places?: Array<[string, AdminLevel]>;
  want: Want[];
}

const rows: Row[] = [
  {
    what: 'a village branch keeps its whole name after the township, however jieba cuts it',
    text: '北岭乡柳塘村党支部书记违规收受礼金。',
    places: [['北岭乡', 'township']],
    want: [{ name: '柳塘村党支部', kind: 'village', level: 'village' }],
  },
  {
    what: 'bare township bodies resolve to the article town',
    text: '3月2日,青石镇召开大会。镇党委书记主持,镇人大主席、镇纪委书记出席。',
    places: [['青石镇', 'township']],
    want: [
      { name: '镇党委', resolved: '青石镇党委', kind: 'party', level: 'township', rule: 'org.level' },
      { name: '镇人大', resolved: '青石镇人大', kind: 'congress', level: 'township' },
      { name: '镇纪委', resolved: '青石镇纪委', kind: 'discipline', level: 'township' },
    ],
  },
  {
    what: 'county bodies, a standing committee and a study group',
    text: '白河县委常委会召开会议,县人大常委会、县政协、县纪委监委负责人列席;区委理论学习中心组开展学习。',
    places: [['白河县', 'county']],
    want: [
      { name: '白河县委常委会', resolved: '白河县委常委会', kind: 'party', level: 'county', rule: 'org.place' },
      { name: '县人大常委会', resolved: '白河县人大常委会', kind: 'congress', level: 'county' },
      { name: '县政协', resolved: '白河县政协', kind: 'cppcc', level: 'county' },
      { name: '县纪委监委', resolved: '白河县纪委监委', kind: 'discipline', level: 'county' },
      { name: '区委理论学习中心组', resolved: null, kind: 'party', level: 'county' },
    ],
  },
  {
    what: 'courts, procuratorates, public security and bureaus',
    text: '白河县人民法院、县检察院、县公安局和县农业农村局联合开展普法活动。',
    places: [['白河县', 'county']],
    want: [
      { name: '白河县人民法院', kind: 'court', level: 'county' },
      { name: '县检察院', resolved: '白河县检察院', kind: 'procuratorate' },
      { name: '县公安局', resolved: '白河县公安局', kind: 'government' },
      { name: '县农业农村局', resolved: '白河县农业农村局', kind: 'government', rule: 'org.bureau' },
    ],
  },
  {
    what: 'village and community bodies',
    text: '东坡村党支部和社区居委会共同组织义诊。',
    places: [['东坡村', 'village']],
    want: [
      { name: '东坡村党支部', resolved: '东坡村党支部', kind: 'village', level: 'village' },
      { name: '社区居委会', kind: 'community', level: 'village' },
    ],
  },
  {
    what: 'working groups named by their task',
    text: '镇里成立了春季工作领导小组,并组建工作专班。',
    want: [
      { name: '春季工作领导小组', resolved: null, kind: 'working-group', level: null, rule: 'org.task' },
      { name: '工作专班', kind: 'working-group' },
    ],
  },
  {
    what: 'national bodies',
    text: '国务院办公厅和全国人大常委会有关负责人出席。',
    want: [
      { name: '国务院办公厅', resolved: '国务院办公厅', kind: 'government', level: 'central', rule: 'org.central' },
      { name: '全国人大常委会', kind: 'congress', level: 'central' },
    ],
  },
  {
    what: 'a county-level city: 市 bodies resolve to it, level county',
    text: '白沙市召开会议,市政府、市政协负责人参加。',
    places: [['白沙市', 'county']],
    want: [
      { name: '市政府', resolved: '白沙市政府', level: 'county' },
      { name: '市政协', resolved: '白沙市政协', level: 'county' },
    ],
  },
  {
    what: 'without a locality the bare body stays unresolved',
    text: '县委书记主持会议。',
    want: [{ name: '县委', resolved: null, kind: 'party', level: 'county' }],
  },
  {
    what: 'enterprises named by their trade words',
    text: '他走进青禾农业科技有限公司调研。',
    want: [{ name: '青禾农业科技有限公司', kind: 'enterprise' }],
  },
];

describe('extractOrganizations: positive', () => {
  for (const row of rows) {
    it(row.what, () => {
      const places = (row.places ?? []).map(([n, lv]) => place(row.text, n, lv));
      const got = extractOrganizations(makeDoc(row.text), { places });
      for (const w of row.want) {
        const o = got.find((g) => g.name === w.name);
        expect(o, `${w.name} in ${got.map((g) => g.name).join(' ')}`).toBeDefined();
        if (w.resolved !== undefined) expect(o?.resolved).toBe(w.resolved);
        if (w.kind) expect(o?.kind).toBe(w.kind);
        if (w.level !== undefined) expect(o?.level).toBe(w.level);
        if (w.rule) expect(o?.rule).toBe(w.rule);
        expect(row.text.slice(o?.span[0], o?.span[1])).toBe(w.name);
      }
    });
  }
});

describe('extractOrganizations: traditional text', () => {
  it('matches on the analysed text, names and resolution as written', () => {
    const text = '白河縣召開會議,縣委書記主持,縣人大常委會主任出席。';
    const got = extractOrganizations(makeDoc(text), { places: [place(text, '白河縣', 'county')] });
    expect(got.map((o) => [o.name, o.resolved])).toEqual([
      ['縣委', '白河縣委'],
      ['縣人大常委會', '白河縣人大常委會'],
    ]);
  });
});

describe('extractOrganizations: order and distinct names', () => {
  it('lists each name once, in text order', () => {
    const text = '县委召开会议。县政府参加。县委再次强调。';
    const got = extractOrganizations(makeDoc(text), { places: [] });
    expect(got.map((o) => o.name)).toEqual(['县委', '县政府']);
    expect(got[0]?.span).toEqual([0, 2]);
  });
});

const negatives: Array<{ what: string; text: string; absent: string[] }> = [
  { what: 'plural bodies (各镇党委, 乡镇党委)', text: '各镇党委、乡镇党委要履行主体责任。', absent: ['镇党委'] },
  { what: 'generic village bodies (农村党支部)', text: '加强农村党支部建设。', absent: ['村党支部'] },
  { what: '党组织 is no 党组', text: '社区党组织书记参加培训。', absent: ['社区党组', '区党组'] },
  { what: '顾全大局 is no bureau', text: '要顾全大局,统筹兼顾。', absent: ['大局'] },
  { what: '市场监督管理局 has no 市 level word', text: '市场监督管理局开展检查。', absent: ['市场监督管理局'] },
  { what: '园区党委 is no district committee', text: '园区党委组织学习。', absent: ['区党委'] },
  { what: '县级 starts no county body', text: '县级重点项目保障工作专班成立。', absent: [] },
];

describe('extractOrganizations: negative', () => {
  for (const row of negatives) {
    it(row.what, () => {
      const got = extractOrganizations(makeDoc(row.text), { places: [] });
      for (const a of row.absent) expect(got.map((o) => o.name)).not.toContain(a);
      // No item is resolved without a locality.
      for (const o of got) if (o.level !== 'central') expect(o.resolved === null || o.resolved === o.name).toBe(true);
    });
  }
  it('县级… working group does not take the county as its level', () => {
    const text = '白河县成立县级重点项目保障工作专班。';
    const got = extractOrganizations(makeDoc(text), { places: [place(text, '白河县', 'county')] });
    const g = got.find((o) => o.kind === 'working-group');
    expect(g?.level).toBeNull();
    expect(g?.resolved).toBeNull();
  });
});

describe('extractOrganizations: long lines', () => {
  it('stays linear on repeated bodies', () => {
    const t0 = performance.now();
    extractOrganizations(makeDoc('县委工作领导小组'.repeat(20_000)), { places: [] });
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});

describe('organisation word lists', () => {
  it('name each national body and task head once (the extractor looks them up by name)', async () => {
    const { CENTRAL_ORGS, TASK_HEADS } = await import('../src/lexicon/org-words.js');
    const names = CENTRAL_ORGS.map((c) => c.name);
    const words = TASK_HEADS.map((t) => t.word);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(words).size).toBe(words.length);
  });
});
