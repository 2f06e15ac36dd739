/**
 * Linear time, checked (issue 19): every extractor (through `extract`, and a
 * few field functions directly) and the HTML path (`htmlToArticle`) run on
 * adversarial shapes at a small and a ten times larger size; a shape whose
 * time grows more than MAX_GROWTH× fails. Quadratic scanners grow ~100× here.
 *
 * Add a shape whenever a new scanner is written (a new loop over the text,
 * over found items, or over a list that grows with the input).
 *
 * Robust on a loaded machine: each shape is warmed up once, the small and
 * large runs alternate (a load spike hits both), the best (minimum) of RUNS
 * is kept, times are CPU times of this process (other processes' load does
 * not count), and the collector runs before each timed run. The small time
 * is floored at FLOOR_MS: a run of a few milliseconds measures the timer and
 * the caches (a 10k input fits them, a 100k one does not), not the
 * algorithm; so a shape fails only when its large run takes over
 * MAX_GROWTH × FLOOR_MS, and every quadratic shape here takes far more.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { htmlToArticle } from '../src/input/html/index.js';
import { normalizeText } from '../src/normalize/index.js';
import { segment } from '../src/segment/jieba.js';
import { makeDoc } from '../src/text/doc.js';
import { extractMeta } from '../src/fields/meta/index.js';
import { extractOfficials } from '../src/fields/officials/index.js';
import { extractDates } from '../src/fields/dates/index.js';
import { ctxFor, type Hit } from '../src/fields/officials/context.js';
import { propagate } from '../src/fields/officials/overlap.js';
import { NO_TOKENS } from '../src/text/token-index.js';
import { runCli } from './helpers.js';

const SMALL = 10_000;
const LARGE = 100_000;
const MAX_GROWTH = 15;
const RUNS = 3;
const FLOOR_MS = 10;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** `unit` repeated to about `n` characters. */
const rep = (unit: string, n: number): string => unit.repeat(Math.max(1, Math.round(n / unit.length)));

const docOf = (s: string) => makeDoc(s, normalizeText(s).text, { segment });

type Run = (input: string) => unknown; // (a promise is awaited)
const viaExtract: Run = (s) => extract(s, { id: 'x' });
const viaHtml: Run = (s) => htmlToArticle(s);
const viaMeta: Run = (s) => extractMeta(docOf(s));
const viaOfficials: Run = (s) => {
  const doc = docOf(s);
  return extractOfficials(doc, { exclude: extractMeta(doc).headerSpans });
};
/** Every later occurrence of each found name (overlap.ts), the names given as hits at their first mention. */
const viaPropagate: Run = (s) => {
  const hits: Hit[] = [];
  for (let i = s.indexOf('镇长'); i >= 0; i = s.indexOf('镇长', i + 1))
    hits.push({ start: i + 2, end: i + 5, rule: 'x', priority: 0 });
  return propagate({ ...ctxFor(s), tokens: NO_TOKENS }, hits);
};
const viaDates: Run = (s) => extractDates(docOf(s), { publishedAt: null });

interface Shape {
  name: string;
  /** An input of about n characters (or n units where the shape says so). */
  make: (n: number) => string;
  run: Run;
}

const TITLE_LINE = '镇党委书记王刚主持会议。\n';

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮',
];
/** Officials with distinct names (镇长王伟刚，镇长李伟刚，…): every found name is looked for in the whole text. */
function distinctNames(n: number, item = (name: string) => `镇长${name}，`): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const s = SURNAMES[i % SURNAMES.length] as string;
    const g1 = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] as string;
    const g2 = GIVEN[Math.floor(i / SURNAMES.length / GIVEN.length) % GIVEN.length] as string;
    const one = item(`${s}${g1}${g2}`);
    out.push(one);
    length += one.length;
  }
  return out.join('');
}

const TEXT_SHAPES: Shape[] = [
  // Header labels with names after them: every name candidate against every header span (also via the CLI below).
  {
    name: 'header labels, then names (officials)',
    make: (n) => TITLE_LINE + rep('来源：人民网\n', n / 2) + rep('王刚', n / 2),
    run: viaOfficials,
  },
  { name: 'header labels (meta)', make: (n) => rep('来源：人民网\n', n), run: viaMeta },
  { name: 'header labels', make: (n) => rep('来源：人民网\n', n), run: viaExtract },
  { name: 'labelled dates', make: (n) => rep('发布时间：2024-03-01 10:00\n', n), run: viaExtract },
  { name: 'credit lines', make: (n) => rep('责任编辑：王刚\n', n), run: viaExtract },
  { name: 'titles and names', make: (n) => rep('镇党委书记王刚、', n), run: viaExtract },
  { name: 'one name repeated', make: (n) => TITLE_LINE + rep('王刚', n), run: viaExtract },
  { name: 'name list', make: (n) => rep('副县长赵一凡、钱晓东、', n), run: viaExtract },
  {
    name: 'one surname, many officials, surname + post',
    make: (n) => {
      const out: string[] = [];
      for (let i = 0, length = 0; length < n; i++) {
        const given = `${GIVEN[i % GIVEN.length]}${GIVEN[Math.floor(i / GIVEN.length) % GIVEN.length]}`;
        out.push(`镇长王${given}，王镇长讲话。`);
        length += 12;
      }
      return out.join('');
    },
    run: viaExtract,
  },
  { name: 'distinct names (mentions)', make: (n) => distinctNames(2 * n), run: viaPropagate },
  { name: 'repeated 、', make: (n) => rep('、', n), run: viaExtract },
  { name: 'repeated 《', make: (n) => rep('《', n), run: viaExtract },
  { name: 'date-like runs', make: (n) => rep('2024年3月', n), run: viaExtract },
  { name: 'date-like runs (dates)', make: (n) => rep('2024年3月', n), run: viaDates },
  { name: 'relative days', make: (n) => rep('次日', n), run: viaExtract },
  { name: 'meeting words', make: (n) => rep('会议', n), run: viaExtract },
  { name: 'held verbs', make: (n) => rep('主持召开', n), run: viaExtract },
  { name: 'closing quotes before titles', make: (n) => rep('”镇长王刚', n), run: viaExtract },
  {
    name: 'meetings with distinct chairs and decisions, one paragraph',
    make: (n) => distinctNames(n, (name) => `县委召开常委会会议，镇长${name}主持。会议审议通过《某办法》。`),
    run: viaExtract,
  },
  { name: 'appointments', make: (n) => rep('任命王刚为县长，', n), run: viaExtract },
  { name: 'decision triggers', make: (n) => rep('审议通过', n), run: viaExtract },
  { name: 'places and bureaus', make: (n) => rep('青石县农业局', n), run: viaExtract },
  { name: 'documents', make: (n) => rep('印发《关于加强管理的通知》（青政发〔2024〕1号），', n), run: viaExtract },
  { name: 'lone surrogates', make: (n) => rep('王\ud800', n), run: viaExtract },
];

const HTML_SHAPES: Shape[] = [
  { name: 'unclosed comment', make: (n) => `<html><body><!--${'-'.repeat(n)}`, run: viaHtml },
  { name: 'unclosed tag', make: (n) => `<a${'字'.repeat(n)}`, run: viaHtml },
  { name: 'unclosed attribute', make: (n) => `<div class="${'王'.repeat(n)}`, run: viaHtml },
  { name: "many '<'", make: (n) => rep('<', n), run: viaHtml },
  { name: 'inline elements', make: (n) => rep('<span>王</span>', n), run: viaHtml },
  { name: 'deep <div> nesting', make: (n) => `${rep('<div>', n / 2)}王${rep('</div>', n / 2)}`, run: viaHtml },
  { name: 'unclosed nested inline elements', make: (n) => `${rep('<span>', n)}王`, run: viaHtml },
  { name: 'links', make: (n) => rep('<a href="/x">王刚</a>', n), run: viaHtml },
  { name: 'line breaks', make: (n) => `<div>${rep('王<br>', n)}`, run: viaHtml },
  { name: 'credit paragraphs', make: (n) => `<div>${rep('<p>责任编辑：王刚</p>', n)}`, run: viaHtml },
  { name: 'header lines', make: (n) => `<div>${rep('来源：人民网 发布时间：2024-03-01 10:00<br>', n)}`, run: viaHtml },
];

// The issue's own commands, through the CLI (in-process, on files): make() writes the file, run() extracts it.
const tmp = mkdtempSync(join(tmpdir(), 'govx-complexity-'));
const file = (name: string, body: string): string => {
  const p = join(tmp, name);
  writeFileSync(p, body);
  return p;
};
// Exit 1 is an error record (a page with no text is one): fine here, only the time counts; 2 or a crash is not.
const viaCli: Run = async (path) => {
  const { code, stdout } = await runCli(['extract', path, '--no-text']);
  if (code > 1 || stdout.trim().split('\n').length !== 1) throw new Error(`govx extract ${path}: exit ${code}`);
};

const CLI_SHAPES: Shape[] = [
  {
    name: 'names after header lines (s.txt)',
    // At 2n characters: header spans × name candidates must outweigh the rest of extraction to show.
    make: (n) => file(`s${n}.txt`, TITLE_LINE + rep('来源：人民网\n', n) + rep('王刚', n)),
    run: viaCli,
  },
  {
    name: 'unclosed comment (c.html)',
    make: (n) => file(`c${n}.html`, `<html><body><!--${'-'.repeat(n)}`),
    run: viaCli,
  },
  { name: 'unclosed tag (a.html)', make: (n) => file(`a${n}.html`, `<html><body><a${'字'.repeat(n)}`), run: viaCli },
  {
    // The most text nodes per character on one line (the line buffer grows across all of them), at 3n
    // characters: re-reading the line per text node costs ~n²/100 and shows only from there.
    name: 'text nodes on one line (<wbr>)',
    make: (n) => file(`t${n}.html`, `<html><body><p>${rep('王<wbr>', 3 * n)}`),
    run: viaCli,
  },
];

/** CPU time of one run in ms: other processes on a loaded machine do not count, as they would in wall time. */
async function timed(run: Run, input: string): Promise<number> {
  gc();
  const t = process.cpuUsage();
  await run(input);
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

/** Best-of-RUNS times at both sizes, runs alternating; the growth from small to large. */
async function growth(shape: Shape): Promise<{ small: number; large: number; ratio: number }> {
  const smallInput = shape.make(SMALL);
  const largeInput = shape.make(LARGE);
  await shape.run(smallInput); // warm-up: compile, load word lists
  let small = Number.POSITIVE_INFINITY;
  let large = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    small = Math.min(small, await timed(shape.run, smallInput));
    large = Math.min(large, await timed(shape.run, largeInput));
  }
  return { small, large, ratio: large / Math.max(small, FLOOR_MS) };
}

describe.each([
  ['text', TEXT_SHAPES],
  ['html', HTML_SHAPES],
  ['CLI input', CLI_SHAPES],
])('linear time on adversarial %s', (_kind, shapes) => {
  it.each(shapes.map((s) => [s.name, s] as const))('%s', async (_name, shape) => {
    const { small, large, ratio } = await growth(shape);
    const report = `${shape.name}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms (×${ratio.toFixed(1)} for ×10 input)`;
    if (process.env.GOVX_COMPLEXITY_LOG) console.log(report);
    expect(ratio, report).toBeLessThan(MAX_GROWTH);
  });
});
