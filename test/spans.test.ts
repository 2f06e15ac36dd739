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

describe('a lone surrogate (broken input) shifts no span', () => {
  // Each mention of each official, sliced by code points from the record's own text, is the name.
  const mentionsSlice = (r: ReturnType<typeof extract>) => {
    const text = r.text as string;
    for (const o of r.officials) for (const m of o.mentions) expect(slice(text, m)).toBe(o.name);
  };

  it.each(['\ud800', '\udc00', '\ud840', '\ud840\ud840', '\udbff\udbff\udc00'])(
    'in 镇党委书记%j王刚主持会议, through the CLI',
    async (bad) => {
      const { runCli } = await import('./helpers.js');
      const line = JSON.stringify({ id: 'a', text: `镇党委书记${bad}王刚主持会议。王刚讲话。` });
      const { code, stdout } = await runCli(['extract', '-'], { stdin: `${line}\n` });
      expect(code).toBe(0);
      const r = JSON.parse(stdout) as ReturnType<typeof extract>;
      expect(r.officials.map((o) => o.name)).toEqual(['王刚']);
      mentionsSlice(r);
      expect(r.input.chars).toBe([...(r.text as string)].length);
    },
  );

  it('a half character never joins a name; a whole one outside the BMP does', () => {
    const r = extract('镇党委书记\ud840王刚主持会议。');
    expect(r.officials.map((o) => o.name)).toEqual(['王刚']);
    mentionsSlice(r);
    const pair = extract('镇长王𠀀主持会议。');
    mentionsSlice(pair);
  });
});
