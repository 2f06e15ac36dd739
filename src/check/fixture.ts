/**
 * Regression fixtures: fixtures/<case>/input.txt with the reviewed
 * fixtures/<case>/expected.json. `govx check` and the test suite both use this.
 */
import { diffLines } from 'diff';
import { extract } from '../pipeline/extract.js';
import { toJson } from '../output/json.js';
import type { ArticleRecord } from '../record.js';

export const FIXTURE_INPUT = 'input.txt';
export const FIXTURE_EXPECTED = 'expected.json';

/** The record a fixture is compared on: id is the case name, the text left out to keep diffs short. */
export function fixtureRecord(caseName: string, text: string): ArticleRecord {
  return extract(text, { id: caseName, path: `${caseName}/${FIXTURE_INPUT}`, includeText: false });
}

/** Canonical serialisation of an expected file, so key order and spacing never count as a change. */
export function canonical(value: unknown): string {
  return toJson(value, true) + '\n';
}

export interface DiffLine {
  kind: 'add' | 'remove' | 'same';
  text: string;
}

/** Line diff of expected vs actual, with unchanged runs trimmed to `context` lines around changes. */
export function diffRecords(expected: string, actual: string, context = 3): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const part of diffLines(expected, actual)) {
    const kind = part.added ? 'add' : part.removed ? 'remove' : 'same';
    for (const text of part.value.replace(/\n$/, '').split('\n')) lines.push({ kind, text });
  }
  const keep = new Array<boolean>(lines.length).fill(false);
  lines.forEach((l, i) => {
    if (l.kind === 'same') return;
    for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++) keep[j] = true;
  });
  const out: DiffLine[] = [];
  let skipped = false;
  lines.forEach((l, i) => {
    if (keep[i]) {
      out.push(l);
      skipped = false;
    } else if (!skipped) {
      out.push({ kind: 'same', text: '…' });
      skipped = true;
    }
  });
  return out;
}
