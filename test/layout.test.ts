/**
 * The architecture, checked: layers only point down, each third-party package
 * is imported in one place, and no source file grows past 500 lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const files = sourceFiles('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** Value imports (type-only imports vanish at build time and bind nothing). */
function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^'";]*?from\s+'([^']+)'/gm)) out.push(m[1]!);
  for (const m of text.matchAll(/(?:require|import)\(\s*'([^']+)'\s*\)/g)) out.push(m[1]!);
  return out;
}

/** The top-level part of src a file or import target sits in: 'cli', 'fields', 'text' … or the file's own name. */
function layerOf(path: string): string {
  const rel = relative('src', path).split(/[\\/]/);
  return rel.length > 1 ? rel[0]! : rel[0]!.replace(/\.[jt]s$/, '');
}

function localTargets(file: { path: string; text: string }, typesToo = false): string[] {
  const specs = typesToo ? [...file.text.matchAll(/from\s+'(\.[^']+)'/g)].map((m) => m[1]!) : importsOf(file.text);
  return specs.filter((s) => s.startsWith('.')).map((s) => join(dirname(file.path), s));
}

/** Which layers each layer must not reach (types included): the rest of the tree points down to it. */
const FORBIDDEN: Record<string, string[]> = {
  fields: ['cli', 'run', 'pipeline', 'input', 'output', 'eval', 'check', 'registry', 'schema', 'segment', 'index'],
  input: ['cli', 'run', 'pipeline', 'fields', 'output', 'eval', 'check'],
  pipeline: ['cli', 'run', 'eval', 'check'],
  output: ['cli', 'run', 'pipeline', 'input'],
  lexicon: ['cli', 'run', 'pipeline', 'input', 'output', 'fields', 'eval', 'check'],
  text: ['cli', 'run', 'pipeline', 'input', 'output', 'fields', 'lexicon', 'eval', 'check'],
  normalize: ['cli', 'run', 'pipeline', 'input', 'output', 'fields', 'eval', 'check'],
  segment: ['cli', 'run', 'pipeline', 'input', 'output', 'fields', 'eval', 'check'],
};

describe('layout', () => {
  it('nothing outside src/cli imports from it', () => {
    const bad = files
      .filter((f) => layerOf(f.path) !== 'cli')
      .flatMap((f) =>
        localTargets(f, true)
          .filter((t) => layerOf(t) === 'cli')
          .map((t) => `${f.path} → ${t}`),
      );
    expect(bad).toEqual([]);
  });

  it('layers only point down', () => {
    const bad = files.flatMap((f) => {
      const forbidden = FORBIDDEN[layerOf(f.path)] ?? [];
      return localTargets(f, true)
        .filter((t) => forbidden.includes(layerOf(t)))
        .map((t) => `${f.path} → ${t}`);
    });
    expect(bad).toEqual([]);
  });

  it('each third-party package is imported in one file (commander: the cli folder)', () => {
    const where = new Map<string, Set<string>>();
    for (const f of files) {
      for (const spec of importsOf(f.text)) {
        if (spec.startsWith('.') || spec.startsWith('node:')) continue;
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!where.has(pkg)) where.set(pkg, new Set());
        where.get(pkg)!.add(f.path);
      }
    }
    const spread = [...where]
      .filter(([pkg, paths]) => (pkg === 'commander' ? [...paths].some((p) => layerOf(p) !== 'cli') : paths.size > 1))
      .map(([pkg, paths]) => `${pkg}: ${[...paths].join(', ')}`);
    expect(spread).toEqual([]);
  });

  it('no file under src is over 500 lines', () => {
    const long = files
      .filter((f) => f.text.split('\n').length > 501)
      .map((f) => `${f.path}: ${f.text.split('\n').length - 1}`);
    expect(long).toEqual([]);
  });
});
