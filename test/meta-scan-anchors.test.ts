/**
 * The header/credit extractors try their word-list patterns only where
 * scanMeta found a list word (execAt, hasStartIn). That is only right while
 * every match starts at (or contains) a word of its list. Each extractor runs
 * here once with the real scan and once with a scan that offers every offset
 * (what a whole-text scan finds); the results must be identical. This fails
 * when a pattern is edited and the SCAN_LISTS list it relies on is not, for
 * every word tried here: add a new pattern word to LIKELY_ADDITIONS if no
 * lexicon list holds it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBylines } from '../src/fields/meta/bylines.js';
import { contentLines } from '../src/fields/meta/common.js';
import { extractPublished } from '../src/fields/meta/published.js';
import { SCAN_LISTS, scanMeta, type MetaScan } from '../src/fields/meta/scan.js';
import { extractSource } from '../src/fields/meta/source.js';
import {
  CREDIT_ROLES,
  NAME_TRAILERS,
  OUTLET_SUFFIXES,
  PLACE_TRAILERS,
  PUBLISHED_LABELS_DOCUMENT,
  PUBLISHED_LABELS_PRIMARY,
  PUBLISHED_LABELS_SECONDARY,
  ROLE_DROP_PREFIXES,
  SOURCE_LABELS,
  STOP_LABELS,
  UNNAMED_OUTLETS,
} from '../src/lexicon/meta-words.js';
import { normalizeText } from '../src/normalize/index.js';
import { makeDoc } from '../src/text/doc.js';
import type { Doc } from '../src/types.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const LIST_NAMES = Object.keys(SCAN_LISTS) as (keyof typeof SCAN_LISTS)[];

function docOf(original: string): Doc {
  const { text } = normalizeText(original);
  return makeDoc(original, text, {
    segment: () => {
      throw new Error('meta extractors must not segment');
    },
  });
}

/** Every offset is a possible start in every list: execAt becomes a whole-text scan, hasStartIn always passes. */
function everyOffset(text: string): MetaScan {
  const all = Array.from({ length: text.length }, (_, i) => i);
  return Object.fromEntries(LIST_NAMES.map((n) => [n, all])) as MetaScan;
}

/** All three scan-using extractors on one doc, with the given scan. */
function extractAll(doc: Doc, scan: MetaScan) {
  const lines = contentLines(doc.text);
  return {
    published: extractPublished(doc, lines, scan),
    source: extractSource(doc, lines, scan),
    bylines: extractBylines(doc, lines, scan),
  };
}

interface Comparison {
  /** Texts whose anchored and whole-text results differ, and the first few of them. */
  differ: number;
  first: string[];
  /** Texts where the anchored run found anything, and the rules and roles it found (the texts reach them). */
  hits: number;
  found: Set<string>;
}
const emptyComparison = (): Comparison => ({ differ: 0, first: [], hits: 0, found: new Set() });

function compare(originals: readonly string[], into = emptyComparison()): Comparison {
  for (const original of originals) {
    const doc = docOf(original);
    const anchored = extractAll(doc, scanMeta(doc.text));
    const whole = extractAll(doc, everyOffset(doc.text));
    if (JSON.stringify(anchored) !== JSON.stringify(whole) && ++into.differ <= 5) into.first.push(original);
    if (anchored.published || anchored.source || anchored.bylines.bylines.length) into.hits++;
    if (anchored.published) into.found.add(anchored.published.rule);
    if (anchored.source) into.found.add(anchored.source.rule);
    for (const b of anchored.bylines.bylines) into.found.add(`by:${b.role}`);
  }
  return into;
}

function expectSame(r: Comparison): void {
  expect(r.first, `${r.differ} texts differ between the anchored and the whole-text scan; the first ones`).toEqual([]);
}

/** What scanMeta promises: each offset where a list word's first two characters (or its only one) stand. */
function naiveScan(text: string): MetaScan {
  const out = {} as MetaScan;
  for (const name of LIST_NAMES) {
    const keys = [...new Set(SCAN_LISTS[name].map((w) => w.slice(0, 2)))];
    const at: number[] = [];
    for (let i = 0; i < text.length; i++) if (keys.some((k) => text.startsWith(k, i))) at.push(i);
    out[name] = at;
  }
  return out;
}

// ---------------------------------------------------------------- texts (all invented)

const TITLE = '青山县召开安全生产工作会议';
const BODY = '会议强调，要进一步压实安全责任，抓好隐患排查整治工作。';
const FILLER = ['会议指出，今年以来全县安全形势总体平稳。', '会议要求，各乡镇要加强巡查。', '会议还研究了其他事项。'];

/**
 * Fixed words of the hand-written patterns (captions, datelines, reporters, 据, brackets), spelt out
 * here: probes taken only from SCAN_LISTS would shrink with the list they are meant to check.
 */
const PATTERN_WORDS = [
  '图片记者',
  '摄影记者',
  '记者',
  '特约记者',
  '首席记者',
  '融媒记者',
  '通讯员',
  '讯',
  '专讯',
  '电',
  '消息',
  '据',
  '转自',
  '摘自',
];

/** Header words a pattern edit may plausibly add next; most start with a pair no list has yet. */
const LIKELY_ADDITIONS = [
  // credit roles
  '出镜记者',
  '驻站记者',
  '特派记者',
  '文字编辑',
  '美术编辑',
  '技术编辑',
  '视频',
  '视觉设计',
  '设计',
  '后期',
  '文案',
  '插画',
  '主播',
  '播音',
  '配音',
  '翻译',
  '译者',
  '校审',
  '监审',
  '复核',
  '出品',
  '出品人',
  '总监制',
  '总策划',
  '航拍',
  // date labels
  '上线时间',
  '修改时间',
  '提交时间',
  '发帖时间',
  '采集时间',
  '最后更新',
  '登载日期',
  '更新于',
  // source labels
  '来自',
  '出自',
  '选自',
  '引自',
  '信源',
  '原文来源',
  '转载来源',
  '供稿单位',
  '综合自',
  // dateline endings, 据 and bracket words
  '报道',
  '专电',
  '快讯',
  '专稿',
  '通稿',
  '发自',
  '援引',
  '引述',
  '根据',
  '参考',
];

/** Words tried in every slot: every scan-list word (also without its bracket), every lexicon header word, the above. */
const PROBES = [
  ...new Set([
    ...LIST_NAMES.flatMap((n) => SCAN_LISTS[n].flatMap((w) => [w, w.replace(/^\(/, '')])),
    ...CREDIT_ROLES,
    ...PUBLISHED_LABELS_PRIMARY,
    ...PUBLISHED_LABELS_SECONDARY,
    ...PUBLISHED_LABELS_DOCUMENT,
    ...SOURCE_LABELS,
    ...STOP_LABELS,
    ...NAME_TRAILERS,
    ...PLACE_TRAILERS,
    ...ROLE_DROP_PREFIXES,
    ...UNNAMED_OUTLETS,
    ...OUTLET_SUFFIXES,
    ...PATTERN_WORDS,
    ...LIKELY_ADDITIONS,
  ]),
];

/** Credit layouts, each with a slot for a probe word: labels, bare roles, brackets, an outlet before the role, captions. */
const CREDIT_SLOTS: ((w: string) => string)[] = [
  (w) => `${w}：张明远　审核：李晓红`,
  (w) => `${w} 张明远 通讯员 李晓红`,
  (w) => `编辑：王建国 ${w}：赵丽华`,
  (w) => `本报讯 ${w}张明远`,
  (w) => `清河日报${w} 张明远 通讯员 李晓红`,
  (w) => `清河日报${w}张明远`,
  (w) => `《青山周刊》${w} 张明远`,
  (w) => `本报讯（${w} 张明远 通讯员 李晓红）3月5日，`,
  (w) => `（${w}：张明远）`,
  (w) => `（青山县融媒体中心${w} 王建国）`,
  (w) => `${w}：\n张明远`,
  (w) => `${w}/张明远`,
  (w) => `图为检查现场。新华社${w}张明远摄`,
  (w) => `${w} 张明远、李晓红 摄`,
];
/** Date labels. */
const DATE_SLOTS: ((w: string) => string)[] = [
  (w) => `${w}：2024-03-05 10:20:30`,
  (w) => `【${w}】2024年3月5日`,
  (w) => `${w} 2024-03-05　来源：青山县人民政府`,
  (w) => `${w}：\n2024年03月05日 16:34`,
];
/** Sources: labels, datelines, 据…. */
const SOURCE_SLOTS: ((w: string) => string)[] = [
  (w) => `${w}：青山县融媒体中心`,
  (w) => `【${w}】新华社`,
  (w) => `新华社北京3月1日${w} `,
  (w) => `清河日报${w}（记者 张明远）`,
  (w) => `青山网3月5日专${w} `,
  (w) => `${w}新华社报道，`,
  (w) => `${w}青山县融媒体中心消息，`,
  (w) => `${w}“清风青山”微信公众号消息，`,
  (w) => `${w}《清河日报》报道，`,
  (w) => `${BODY}（${w}新华社）`,
  (w) => `（${w}清河日报报道）`,
];
const SLOTS = [...CREDIT_SLOTS, ...DATE_SLOTS, ...SOURCE_SLOTS];

/** Where a slot stands: first line, second line, glued after prose, after a Han character, far down. */
const PLACES: ((s: string) => string)[] = [
  (s) => `${s}\n${BODY}`,
  (s) => `${TITLE}\n${s}\n${BODY}`,
  (s) => `${TITLE}\n${BODY}${s}${FILLER[0]}`,
  (s) => `${TITLE}\n会议由县应急局${s}`,
  (s) => `${TITLE}\n${BODY}\n${FILLER.join('\n')}\n${FILLER.join('\n')}\n${s}\n`,
];

function fixtureTexts(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(FIXTURES)) {
    try {
      out.push(readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8'));
    } catch {
      // HTML byte fixtures have no input.txt
    }
  }
  return out;
}

/** A header-and-credits page using every word at once (order, overlaps, the execAt `from` steps). */
const page = (words: readonly string[]) =>
  [TITLE, ...words.flatMap((w, i) => [SLOTS[i % SLOTS.length]!(w), BODY])].join('\n');

describe('meta-scan anchors', () => {
  const fixtures = fixtureTexts();

  it('has fixtures to check, and every list word among the probes', () => {
    expect(fixtures.length).toBeGreaterThan(5);
    for (const n of LIST_NAMES) for (const w of SCAN_LISTS[n]) expect(PROBES).toContain(w);
  });

  it('lists the words the patterns are built from', () => {
    // The label and role patterns take their alternations from these lexicon lists.
    expect(new Set(SCAN_LISTS.roles)).toEqual(new Set(CREDIT_ROLES));
    expect(new Set(SCAN_LISTS.sourceLabels)).toEqual(new Set(SOURCE_LABELS));
    expect(new Set(SCAN_LISTS.publishedLabels)).toEqual(
      new Set([...PUBLISHED_LABELS_PRIMARY, ...PUBLISHED_LABELS_SECONDARY, ...PUBLISHED_LABELS_DOCUMENT]),
    );
  });

  it('scanMeta finds exactly the offsets where a list word may start', () => {
    // Each word alone too: a word at the very start or end of a text.
    const texts = [...fixtures, ...PROBES, ...PROBES.map((w) => page([w, w])), page(PROBES)].map(
      (t) => normalizeText(t).text,
    );
    for (const text of texts) {
      const scan = scanMeta(text);
      const want = naiveScan(text);
      for (const n of LIST_NAMES) {
        const got = scan[n];
        expect(
          got.every((p, i) => i === 0 || got[i - 1]! <= p),
          `${n} ascending`,
        ).toBe(true);
        expect([...new Set(got)], n).toEqual(want[n]);
      }
    }
  });

  it('fixtures: anchored extraction finds what a whole-text scan finds', () => {
    expectSame(compare(fixtures));
  });

  it('every probe word in every header slot: anchored extraction finds what a whole-text scan finds', () => {
    const r = emptyComparison();
    const dead: string[] = [];
    for (const slot of SLOTS) {
      const before = r.hits;
      compare(
        PROBES.flatMap((w) => PLACES.map((place) => place(slot(w)))),
        r,
      );
      if (r.hits === before) dead.push(slot('〇'));
    }
    expectSame(r);
    // Every layout yields something and every list-guarded rule fires: the comparison is not vacuous.
    expect(dead, 'layouts where nothing is found').toEqual([]);
    const found = [...r.found];
    for (const rule of [
      'pub.label-primary',
      'pub.label-secondary',
      'pub.label-document',
      'src.label',
      'src.dateline',
      'src.outlet-reporter',
      'src.according-to',
      'by:图片记者',
      'by:责任编辑',
      'by:通讯员',
      'by:作者',
    ])
      expect(found, rule).toContain(rule);
  });

  it('all probe words on one page: anchored extraction finds what a whole-text scan finds', () => {
    const shifted = PROBES.slice(7).concat(PROBES.slice(0, 7));
    expectSame(compare([page(PROBES), page(shifted), page(PROBES).replace(/\n/g, '')]));
  });
});
