import { describe, expect, it } from 'vitest';
import { resolveTitleOrgs } from '../src/fields/organizations/refiners/title-orgs.js';
import { articleLocality, resolveOrg } from '../src/fields/organizations/locality.js';
import type { AdminLevel, Official, Place, Title } from '../src/types.js';

/** Invented places and officials. */
function place(name: string, level: AdminLevel, at: number, code: string | null = null): Place {
  return { name, code, path: [], level, span: [at, at + name.length], rule: 'test' };
}

function title(text: string, org: string | null, position: string, at: number): Title {
  return { text, org, position, acting: false, former: false, span: [at, at + text.length], rule: 'test' };
}

function official(name: string, titles: Title[]): Official {
  return { name, titles, mentions: [[0, name.length]], rule: 'test' };
}

const places = [place('白河县', 'county', 10), place('青石镇', 'township', 13)];

describe('resolveTitleOrgs', () => {
  const rows: Array<{ what: string; titles: Title[]; want: Array<string | null> }> = [
    {
      what: 'bare township party committee',
      titles: [title('镇党委书记', '镇党委', '书记', 40)],
      want: ['青石镇党委'],
    },
    { what: 'county standing committee member', titles: [title('县委常委', '县委', '常委', 40)], want: ['白河县委'] },
    {
      what: 'county government',
      titles: [title('县人民政府副县长', '县人民政府', '副县长', 40)],
      want: ['白河县人民政府'],
    },
    {
      what: 'a chain lends its level word (党委副书记、代镇长)',
      titles: [title('党委副书记', '党委', '副书记', 40), { ...title('代镇长', null, '镇长', 46), acting: true }],
      want: ['青石镇党委', null],
    },
    {
      what: 'a named village body stays as written',
      titles: [title('东坡村党支部书记', '东坡村党支部', '书记', 40)],
      want: ['东坡村党支部'],
    },
    {
      what: 'a named county stays as written',
      titles: [title('白河县委书记', '白河县委', '书记', 40)],
      want: ['白河县委'],
    },
    { what: 'no org, no resolution', titles: [title('镇长', null, '镇长', 40)], want: [null] },
    {
      what: 'a level with no locality (市) stays unresolved',
      titles: [title('市委书记', '市委', '书记', 40)],
      want: [null],
    },
    {
      what: 'a fragment that is no body stays unresolved',
      titles: [title('县工作专班', '县工作', '专班', 40)],
      want: [null],
    },
  ];
  for (const row of rows) {
    it(row.what, () => {
      const input = [official('张三', row.titles)];
      const snapshot = JSON.parse(JSON.stringify(input));
      const [out] = resolveTitleOrgs(input, places, null);
      expect(out?.titles.map((t) => t.orgResolved)).toEqual(row.want);
      // Nothing else changes, and the input is not mutated.
      expect(out?.titles.map(({ orgResolved: _r, ...rest }) => rest)).toEqual(snapshot[0].titles);
      expect(input).toEqual(snapshot);
    });
  }
});

describe('resolveTitleOrgs: level words and named places', () => {
  it('takes the one township with the written level word when the chosen one has another', () => {
    const text = '白沙街道干部到青石镇调研。白沙街道……白沙街道' + '镇党委书记';
    const ps = [place('白沙街道', 'township', 0), place('青石镇', 'township', text.indexOf('青石镇'))];
    const [out] = resolveTitleOrgs(
      [official('张三', [title('镇党委书记', '镇党委', '书记', text.length - 5)])],
      ps,
      null,
      text,
    );
    expect(out?.titles[0]?.orgResolved).toBe('青石镇党委');
  });
  it('an org that is a place name resolves to itself', () => {
    const [out] = resolveTitleOrgs([official('张三', [title('白河县县长', '白河县', '县长', 40)])], places, null);
    expect(out?.titles[0]?.orgResolved).toBe('白河县');
  });
});

describe('resolveTitleOrgs: traditional text', () => {
  it('resolves on the analysed text and keeps the written spelling', () => {
    const text = '白河縣召開會議。縣委書記張三主持。';
    const analysed = '白河县召开会议。县委书记张三主持。';
    const at = text.indexOf('縣委書記');
    const ps = [place('白河縣', 'county', 0)];
    const [out] = resolveTitleOrgs([official('張三', [title('縣委書記', '縣委', '書記', at)])], ps, null, analysed);
    expect(out?.titles[0]?.orgResolved).toBe('白河縣委');
  });
});

describe('resolveTitleOrgs: robustness', () => {
  it('a place span outside the given text does not hang or throw', () => {
    const ps = [place('青石镇', 'township', 500)];
    const [out] = resolveTitleOrgs(
      [official('张三', [title('镇党委书记', '镇党委', '书记', 0)])],
      ps,
      null,
      '镇党委书记张三',
    );
    expect(out?.titles[0]?.orgResolved).toBe('青石镇党委');
  });
});

describe('articleLocality', () => {
  it('takes the most mentioned place per level, the dateline counting double', () => {
    const text = '青石镇召开会议。白水镇派员参加。青石镇党委要求……青石镇';
    const loc = articleLocality([place('青石镇', 'township', 0), place('白水镇', 'township', 8)], { text });
    expect(loc.township?.name).toBe('青石镇');
  });
  it('a village is a locality only when it dominates', () => {
    const text = '东坡村、西坡村干部参加。';
    const loc = articleLocality([place('东坡村', 'village', 0), place('西坡村', 'village', 4)], { text });
    expect(loc.village).toBeUndefined();
  });
  it('an autonomous prefecture resolves in its short form (州委)', () => {
    const loc = articleLocality([place('恩施土家族苗族自治州', 'city', 0, '422800')], {});
    expect(resolveOrg('州委', loc, []).resolved).toBe('恩施州委');
  });
  it('the site region fills the levels the text leaves open', () => {
    const loc = articleLocality([], { regionCode: '610116' });
    expect(loc.county?.name).toBe('长安区');
    expect(resolveOrg('区委', loc, []).resolved).toBe('长安区委');
    expect(resolveOrg('市政府', loc, []).resolved).toBe('西安市政府');
  });
  it('a township with a code fills its county from the dataset', () => {
    const loc = articleLocality([place('东华门街道', 'township', 0, '110101001')], {});
    expect(resolveOrg('区委', loc, []).resolved).toBe('东城区委');
    expect(resolveOrg('街道党工委', loc, []).resolved).toBe('东华门街道党工委');
  });
});
