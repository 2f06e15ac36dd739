/** govx eval: precision, recall and F1 per field against gold files. */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { parseGold, type GoldArticle } from '../../eval/gold.js';
import {
  scoreArticle,
  summarize,
  SET_FIELDS,
  ACCURACY_FIELDS,
  type ArticleScore,
  type EvalReport,
} from '../../eval/score.js';
import { extract } from '../../pipeline/extract.js';
import { colorsFor } from '../color.js';
import { runHtmlEval } from './eval-html.js';
import { CliError, EXIT, type IO } from '../io.js';

interface EvalFlags {
  json?: boolean;
  verbose?: boolean;
  field?: string[];
  html?: boolean;
  pages?: string;
  quiet?: boolean;
}

const FIELDS: readonly string[] = [...SET_FIELDS, ...ACCURACY_FIELDS];

export function registerEval(program: Command, io: IO): void {
  program
    .command('eval')
    .description('score extraction against gold files (corpus GUIDELINE format): P/R/F1 per field')
    .argument('<gold-dir>', 'folder of NNN.json gold files')
    .option('--json', 'machine-readable report')
    .option('--verbose', "each article's misses (-) and extras (+)")
    .option(
      '--html',
      'the folder holds html-gold files: score saved pages (title, time, source, main text) and their article fields',
    )
    .option('--pages <dir>', 'with --html: where the saved pages are (default: ../html beside the gold folder)')
    .option('--field <name...>', `limit --verbose to these fields (${FIELDS.join(', ')})`)
    .option('-q, --quiet', 'accepted for symmetry: eval writes only errors to stderr')
    .addHelpText(
      'after',
      `\nExamples:\n  govx eval gold/dev\n  govx eval gold/dev --verbose --field people titled\n  govx eval gold/dev --json | jq '.fields[] | {field, f1}'
  govx eval gold/html-gold --html`,
    )
    .action(async (dir: string, flags: EvalFlags) => {
      const unknown = (flags.field ?? []).filter((f) => !FIELDS.includes(f));
      if (unknown.length > 0)
        throw new CliError(
          `--field: no field ${unknown.map((f) => `"${f}"`).join(', ')}; the fields are ${FIELDS.join(', ')}`,
        );
      if (flags.html) await runHtmlEval(dir, flags, io);
      else await runEval(dir, flags, io);
    });
}

async function loadGold(dir: string): Promise<GoldArticle[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    throw new CliError(`${dir}: cannot read gold folder`, EXIT.usage);
  }
  if (names.length === 0) throw new CliError(`${dir}: no .json gold files`, EXIT.usage);
  const out: GoldArticle[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      out.push(parseGold(JSON.parse(await readFile(path, 'utf8')), basename(name, '.json')));
    } catch (err) {
      throw new CliError(`${path}: not a gold file (${(err as Error).message})`, EXIT.failed);
    }
  }
  return out;
}

async function runEval(dir: string, flags: EvalFlags, io: IO): Promise<void> {
  const gold = await loadGold(dir);
  const scores: ArticleScore[] = gold.map((g) => scoreArticle(g, extract(g.text, { id: g.id, includeText: false })));
  const report = summarize(scores);
  if (flags.json) {
    io.stdout.write(JSON.stringify(flags.verbose ? { ...report, perArticle: scores } : report, null, 2) + '\n');
    return;
  }
  if (flags.verbose) printMisses(scores, flags.field, io);
  printReport(report, io);
}

function printMisses(scores: ArticleScore[], only: string[] | undefined, io: IO): void {
  const c = colorsFor(io.stdout, io.env);
  const want = (f: string) => !only || only.includes(f);
  for (const s of scores) {
    const lines: string[] = [];
    for (const f of SET_FIELDS) {
      if (!want(f)) continue;
      const { missed, extra } = s.sets[f];
      if (missed.length) lines.push(`  ${f.padEnd(10)} ${c.red('- ' + missed.join('  '))}`);
      if (extra.length) lines.push(`  ${f.padEnd(10)} ${c.yellow('+ ' + extra.join('  '))}`);
    }
    for (const f of ACCURACY_FIELDS) {
      const a = s.accuracy[f];
      if (want(f) && a.correct === false)
        lines.push(`  ${f.padEnd(10)} ${c.red('- ' + a.gold)} ${c.yellow('+ ' + String(a.predicted))}`);
      if (want(f) && a.gold === null && a.predicted !== null)
        lines.push(`  ${f.padEnd(10)} ${c.yellow('+ ' + a.predicted)} (gold: null, not scored)`);
    }
    if (lines.length) io.stdout.write(`${c.bold(s.id)}\n${lines.join('\n')}\n`);
  }
  io.stdout.write('\n');
}

const pct = (x: number) => x.toFixed(3);

function printReport(r: EvalReport, io: IO): void {
  io.stdout.write(`${r.articles} articles\n`);
  io.stdout.write(
    `${'field'.padEnd(12)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'tp'.padStart(6)}${'fp'.padStart(6)}${'fn'.padStart(6)}\n`,
  );
  for (const f of r.fields) {
    io.stdout.write(
      `${f.field.padEnd(12)}${pct(f.precision).padStart(7)}${pct(f.recall).padStart(7)}${pct(f.f1).padStart(7)}${String(f.tp).padStart(6)}${String(f.fp).padStart(6)}${String(f.fn).padStart(6)}\n`,
    );
  }
  for (const a of r.accuracy) {
    io.stdout.write(`${a.field.padEnd(12)} accuracy ${pct(a.accuracy)} (${a.correct}/${a.total})\n`);
  }
}
