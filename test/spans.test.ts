/** Every span in every fixture record slices the text to the item's surface: what a user auditing a record relies on. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const cases = readdirSync('fixtures').filter((c) => existsSync(join('fixtures', c, 'input.txt')));
const slice = (text: string, [s, e]: [number, number]) => [...text].slice(s, e).join('');
const squash = (s: string) => s.replace(/\s+/g, '');

describe.each(cases)('spans in %s', (name) => {
  const text = readFileSync(join('fixtures', name, 'input.txt'), 'utf8');
  const r = extract(text, { id: name });

  it('slice to names, titles, dates, documents, meetings and bylines', () => {
    for (const o of r.officials) {
      expect(o.mentions.length).toBeGreaterThan(0);
      expect(o.mentions.some((m) => squash(slice(text, m)) === o.name)).toBe(true);
      for (const t of o.titles) expect(slice(text, t.span)).toBe(t.text);
    }
    for (const d of r.dates) expect(slice(text, d.span)).toBe(d.text);
    for (const d of r.documents) expect(slice(text, d.span)).toBe(d.title);
    for (const b of r.meta.bylines) expect(squash(slice(text, b.span))).toBe(b.name);
    for (const m of r.meetings) expect(squash(slice(text, m.span))).toContain(squash(m.name).slice(-2));
  });
});
