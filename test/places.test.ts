import { describe, expect, it } from 'vitest';
import { makeDoc as docOf } from '../src/text/doc.js';
import { extractPlaces } from '../src/fields/places/index.js';
import { divisionLoaded } from '../src/fields/places/division.js';
import { normalizeText } from '../src/normalize/index.js';
import { segment } from '../src/segment/jieba.js';
import type { Doc } from '../src/types.js';

/** Invented sentences only; the places are real units from the dataset. */
function makeDoc(original: string): Doc {
  const { text } = normalizeText(original);
  return docOf(original, text, { segment });
}

const run = (text: string, regionCode: string | null = null) => extractPlaces(makeDoc(text), { regionCode });

describe('dataset loading', () => {
  // Must run first in this file: nothing before has looked a place up.
  it('is not loaded at import, nor for a text without any level word', () => {
    expect(divisionLoaded()).toBe(false);
    expect(run('会议强调,要抓好落实。')).toEqual([]);
    expect(divisionLoaded()).toBe(false);
    run('会议在长安区召开。');
    expect(divisionLoaded()).toBe(true);
  });
});

interface Row {
  what: string;
  text: string;
  regionCode?: string;
  want: Array<{ name: string; code: string | null; level?: string; path?: string[]; rule?: string }>;
}

const rows: Row[] = [
  {
    what: 'full names down a path, each resolved to code and path',
    text: '3月5日,陕西省西安市长安区召开春耕动员会。',
    want: [
      { name: '陕西省', code: '610000', level: 'province', path: ['陕西省'] },
      { name: '西安市', code: '610100', level: 'city', path: ['陕西省', '西安市'] },
      {
        name: '长安区',
        code: '610116',
        level: 'county',
        path: ['陕西省', '西安市', '长安区'],
        rule: 'place.full-name',
      },
    ],
  },
  {
    what: 'an ambiguous district resolved by the city named before it',
    text: '吉林省长春市朝阳区组织干部学习。',
    want: [
      { name: '吉林省', code: '220000' },
      { name: '长春市', code: '220100' },
      { name: '朝阳区', code: '220104', path: ['吉林省', '长春市', '朝阳区'] },
    ],
  },
  {
    what: 'the same district name in the other province',
    text: '北京市朝阳区组织干部学习。',
    want: [
      { name: '北京市', code: '110000' },
      { name: '朝阳区', code: '110105', path: ['北京市', '朝阳区'] },
    ],
  },
  {
    what: 'an ambiguous district with no context stays unresolved',
    text: '朝阳区组织干部学习。',
    want: [{ name: '朝阳区', code: null, level: 'county', path: [] }],
  },
  {
    what: 'the site region code decides an ambiguous district',
    text: '朝阳区组织干部学习。',
    regionCode: '220100',
    want: [{ name: '朝阳区', code: '220104' }],
  },
  {
    what: 'a place elsewhere in the article decides (same province)',
    text: '河北省召开会议。会后,长安区组织学习。',
    want: [
      { name: '河北省', code: '130000' },
      { name: '长安区', code: '130102' },
    ],
  },
  {
    what: 'a county whose name starts with 镇 is a county, not a town',
    text: '镇巴县召开会议,镇平县派人参加。',
    want: [
      { name: '镇巴县', code: '610728', level: 'county' },
      { name: '镇平县', code: '411324', level: 'county' },
    ],
  },
  {
    what: 'short forms after a province, in a list, before 等地',
    text: '他先后来到河北石家庄、保定等地考察。',
    want: [
      { name: '河北', code: '130000', rule: 'place.short-name' },
      { name: '石家庄', code: '130100', rule: 'place.short-name' },
      { name: '保定', code: '130600', rule: 'place.short-name' },
    ],
  },
  {
    what: 'a village of a township the article names (from the village file)',
    text: '北京市东城区东华门街道多福巷社区开展志愿服务。',
    want: [
      { name: '北京市', code: '110000' },
      { name: '东城区', code: '110101' },
      { name: '东华门街道', code: '110101001', level: 'township' },
      { name: '多福巷社区', code: '110101001001', level: 'village', rule: 'place.village' },
    ],
  },
  {
    what: 'a township the dataset lists with another level word (乡 upgraded to 镇)',
    text: '北京市平谷区大华山乡组织农户培训。',
    want: [
      { name: '北京市', code: '110000' },
      { name: '平谷区', code: '110117' },
      { name: '大华山乡', code: '110117105', level: 'township', rule: 'place.renamed' },
    ],
  },
  {
    what: 'a recurring town the dataset lacks: kept with code null',
    text: '5月2日,青石崖镇召开大会。会上,青石崖镇党委作了部署。\n青石崖镇将抓好落实。',
    want: [{ name: '青石崖镇', code: null, level: 'township', rule: 'place.unlisted' }],
  },
  {
    what: 'each distinct name once, span of the first mention',
    text: '长安区、西安市和长安区。',
    want: [
      { name: '长安区', code: '610116' },
      { name: '西安市', code: '610100' },
    ],
  },
  {
    what: 'traditional text: names as written, resolved through the simplified view',
    text: '陝西省西安市長安區召開會議。',
    want: [
      { name: '陝西省', code: '610000' },
      { name: '西安市', code: '610100' },
      { name: '長安區', code: '610116' },
    ],
  },
];

describe('extractPlaces: positive', () => {
  for (const row of rows) {
    it(row.what, () => {
      const got = run(row.text, row.regionCode ?? null);
      expect(got.map((p) => p.name)).toEqual(row.want.map((w) => w.name));
      row.want.forEach((w, k) => {
        const p = got[k];
        expect(p?.code).toBe(w.code);
        if (w.level) expect(p?.level).toBe(w.level);
        if (w.path) expect(p?.path).toEqual(w.path);
        if (w.rule) expect(p?.rule).toBe(w.rule);
        expect(typeof p?.rule).toBe('string');
        // spans slice the name from the original
        expect(row.text.slice(p?.span[0], p?.span[1])).toBe(w.name);
      });
    });
  }
});

const negatives: Array<{ what: string; text: string; absent: string[] }> = [
  { what: '乡村振兴 is no township', text: '全面推进乡村振兴,建设美丽乡村。', absent: ['振兴乡', '乡村'] },
  {
    what: 'collective words are no places',
    text: '全镇上下、各镇干部和本县群众积极参与。',
    absent: ['全镇', '各镇', '本县'],
  },
  { what: 'a short form inside a word (确保定期)', text: '要确保定期召开会议。', absent: ['保定'] },
  { what: 'a short form with no place context', text: '祝愿大家幸福安康。', absent: ['安康'] },
  {
    what: 'ordinary words that are dataset names (城区, 郊区)',
    text: '城区和郊区的道路都已修好。',
    absent: ['城区', '郊区'],
  },
  {
    what: 'a one-character county stem after a conjunction (和县委)',
    text: '镇党委和县委领导出席。',
    absent: ['和县'],
  },
  {
    what: 'a common word before 县 is no unlisted county',
    text: '关于县乡两级换届。关于县乡工作。关于县乡干部。',
    absent: ['关于县'],
  },
];

describe('extractPlaces: negative', () => {
  for (const row of negatives) {
    it(row.what, () => {
      const names = run(row.text).map((p) => p.name);
      for (const a of row.absent) expect(names).not.toContain(a);
    });
  }
});

describe('extractPlaces: long lines', () => {
  it('stays linear on a long line of level characters', () => {
    const t0 = performance.now();
    run('镇'.repeat(200_000));
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
