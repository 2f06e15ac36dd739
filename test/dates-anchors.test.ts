/**
 * Anchored date parsers try their patterns only near 年/月/日/-/. and the like;
 * they must find exactly what a scan of the whole text finds. This fails when a
 * pattern is edited and its `anchor` is not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATE_PARSERS, runParsers, type DateParser, type RawGroup } from '../src/fields/dates/parsers/index.js';
import { normalizeText } from '../src/normalize/index.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const UNANCHORED: DateParser[] = DATE_PARSERS.map(({ anchor: _anchor, ...p }) => p);

const sorted = (groups: RawGroup[]) =>
  [...groups].sort((a, b) => a.priority - b.priority || a.start - b.start || a.end - b.end);

function texts(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(FIXTURES)) {
    try {
      out.push(normalizeText(readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8')).text);
    } catch {
      // HTML byte fixtures have no input.txt
    }
  }
  // Each rule's description (it quotes the forms), examples and counterexamples.
  const examples = DATE_PARSERS.flatMap((p) => [
    p.description,
    ...p.examples.map((e) => e.text),
    ...p.counterexamples.map((e) => e.text),
  ]);
  out.push(...examples);
  // Every example inside prose, next to each other, and as a dense table (the whole-scan fallback).
  out.push(examples.map((e) => `会议于${e}召开,`).join(''));
  out.push(examples.join(''));
  out.push(examples.join('、'));
  out.push(Array.from({ length: 200 }, (_, i) => `${2000 + (i % 25)}年${(i % 12) + 1}月${(i % 28) + 1}日`).join(' '));
  return out;
}

describe('anchored date parsers', () => {
  const all = texts();

  it('has examples and fixtures to check', () => {
    expect(all.length).toBeGreaterThan(DATE_PARSERS.length + 10);
    expect(DATE_PARSERS.some((p) => p.anchor)).toBe(true);
  });

  it.each(all.map((t, i) => [i, t] as const))(
    'text %i: anchored scan finds what the whole-text scan finds',
    (_i, text) => {
      expect(sorted(runParsers(text, DATE_PARSERS))).toEqual(sorted(runParsers(text, UNANCHORED)));
    },
  );
});
