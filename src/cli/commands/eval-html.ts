/** govx eval --html: saved pages against html-gold files (title, time, source, main-text bounds, boilerplate, and the article fields). */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseHtmlGold, scoreHtmlPage, summarizeHtml, type HtmlPageScore } from '../../eval/html-gold.js';
import { scoreArticle, summarize, type ArticleScore } from '../../eval/score.js';
import { parseGold } from '../../eval/gold.js';
import { runItem } from '../../pipeline/run-item.js';
import { decodeBytes } from '../../input/decode.js';
import { htmlToArticle } from '../../input/html/index.js';
import { colorsFor } from '../color.js';
import { CliError, EXIT, type IO } from '../io.js';

export interface HtmlEvalFlags {
  json?: boolean;
  verbose?: boolean;
  pages?: string;
}

export async function runHtmlEval(dir: string, flags: HtmlEvalFlags, io: IO): Promise<void> {
  const pagesDir = flags.pages ?? join(dirname(dir), 'html');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    throw new CliError(`${dir}: cannot read html-gold folder`, EXIT.usage);
  }
  if (names.length === 0) throw new CliError(`${dir}: no .json html-gold files`, EXIT.usage);
  const pageScores: HtmlPageScore[] = [];
  const fieldScores: ArticleScore[] = [];
  for (const name of names) {
    const raw: unknown = JSON.parse(await readFile(join(dir, name), 'utf8'));
    const gold = parseHtmlGold(raw);
    const path = join(pagesDir, gold.file);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch {
      throw new CliError(`${path}: page named by ${name} cannot be read (use --pages DIR)`, EXIT.usage);
    }
    const result = runItem(
      { id: basename(name, '.json'), input: path, path, format: 'html', bytes },
      { includeText: true },
    );
    const record = result.ok ? result.record : null;
    // Body bounds and boilerplate are about the main text; the record's text also holds the page's info and credit lines.
    const main = record ? htmlToArticle(decodeBytes(bytes).text).text : '';
    const page = {
      text: main,
      title: record?.meta.title ?? null,
      publishedAt: record?.meta.publishedAt ?? null,
      source: record?.meta.source ?? null,
    };
    pageScores.push(scoreHtmlPage(raw, page));
    const inner = (raw as { gold?: Record<string, unknown> }).gold;
    if (record && inner) {
      const articleGold = parseGold(
        { id: gold.file, text: '', gold: { ...inner, publishedAt: gold.publishedAt, source: gold.source } },
        gold.file,
      );
      fieldScores.push(scoreArticle(articleGold, record));
    }
  }
  const rates = summarizeHtml(pageScores);
  const fields = summarize(fieldScores).fields;
  if (flags.json) {
    io.stdout.write(
      JSON.stringify(
        { pages: pageScores.length, checks: rates, fields, ...(flags.verbose ? { perPage: pageScores } : {}) },
        null,
        2,
      ) + '\n',
    );
    return;
  }
  const c = colorsFor(io.stdout, io.env);
  if (flags.verbose) {
    for (const s of pageScores) {
      const bad = Object.entries(s.checks)
        .filter(([, v]) => v === false)
        .map(([k]) => k);
      if (bad.length)
        io.stdout.write(
          `${c.bold(s.file)}  ${c.red(bad.join(', '))}${s.leaked.length ? `  leaked: ${s.leaked.join(' | ')}` : ''}\n`,
        );
    }
    io.stdout.write('\n');
  }
  io.stdout.write(`${pageScores.length} pages\n`);
  for (const r of rates)
    io.stdout.write(
      `${r.check.padEnd(14)} ${r.rate === null ? '   n/a' : r.rate.toFixed(3)} (${r.correct}/${r.total})\n`,
    );
  io.stdout.write(`\narticle fields of the records (gold in each page's "gold")\n`);
  for (const f of fields)
    io.stdout.write(
      `${f.field.padEnd(12)} P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}  (tp ${f.tp}, fp ${f.fp}, fn ${f.fn})\n`,
    );
}
