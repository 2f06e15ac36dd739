import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const SEED = 'fixtures/seed-town-meeting/input.txt';
const tmp = mkdtempSync(join(tmpdir(), 'govx-cli-'));
const file = (name: string, bytes: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, bytes);
  return p;
};

describe('govx extract', () => {
  it('prints one schema-valid JSON record for one input, id from the file stem', async () => {
    const r = await runCli(['extract', SEED, '--pretty']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const rec = JSON.parse(r.stdout);
    expect(rec.id).toBe('input');
    expect(rec.schemaVersion).toBe('1.0.0');
    expect(rec.input).toMatchObject({ path: SEED, format: 'text', encoding: 'utf-8', script: 'simplified' });
    expect(rec.text).toBe(readFileSync(SEED, 'utf8'));
    expect(r.stdout.split('\n').length).toBeGreaterThan(10); // indented
  });

  it('leaves the text out with --no-text', async () => {
    const r = await runCli(['extract', SEED, '--no-text']);
    expect(JSON.parse(r.stdout).text).toBeUndefined();
  });

  it('reads standard input with -, and ids it by a hash of the text', async () => {
    const r = await runCli(['extract', '-'], { stdin: '会议由镇长李明主持。' });
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.id).toMatch(/^sha1-[0-9a-f]{16}$/);
    expect(rec.input.path).toBe('-');
  });

  it('strips a UTF-8 byte-order mark', async () => {
    const p = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('会议召开。')]));
    const rec = JSON.parse((await runCli(['extract', p])).stdout);
    expect(rec.text).toBe('会议召开。');
  });

  it('writes JSONL for several inputs, one line each, in order, and an error record for a bad one', async () => {
    const good = file('good.txt', '2月5日,县委召开常委会会议。');
    const empty = file('empty.txt', '');
    const r = await runCli(['extract', good, empty, SEED, '--no-text']);
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['good', 'empty', 'input']);
    expect(lines[1]).toEqual({
      id: 'empty',
      input: { path: empty, format: 'text', encoding: null, script: null, chars: null, url: null, line: null },
      error: { code: 'empty', message: 'input is empty' },
    });
    const err = r.stderr.trim().split('\n');
    expect(err[0]).toBe(`govx: ${empty}: input is empty`);
    expect(err[1]).toMatch(/^govx: 3 articles in [\d.]+ s \([\d.]+\/s\): 2 records, 1 errors \(empty 1\)$/);
  });

  it.each([
    ['empty file', '', 'input is empty'],
    ['whitespace only', ' \n\t\n', 'input has no text'],
    ['binary', Buffer.from([0x47, 0x00, 0x01, 0x02, 0x00]), 'input looks binary (contains NUL bytes)'],
    [
      'undecodable bytes',
      Buffer.from(
        Array.from({ length: 64 }, (_, i) => [0xe4, 0x28, 0xc3, 0x28, 0xff, 0xfe, 0x81, 0x7f][i % 8] as number),
      ),
      'input is not decodable as UTF-8, GB18030 or Big5',
    ],
  ])('exits 1 with one clear line for %s', async (name, bytes, message) => {
    const p = file(`${name.replace(/\W/g, '_')}.txt`, bytes);
    const r = await runCli(['extract', p]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`govx: ${p}: ${message}\n`);
  });

  it('exits 2 for a path that cannot be read, naming it', async () => {
    const r = await runCli(['extract', join(tmp, 'missing.txt')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`govx: ${join(tmp, 'missing.txt')}: cannot read (no such file or directory)\n`);
  });

  it('goes on past an unreadable path among several, with an error record in its place, and exits 2', async () => {
    const good = file('one.txt', '会上印发《镇村干部管理办法》。');
    const r = await runCli(['extract', join(tmp, 'nope.txt'), good, '--no-text']);
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({
      id: 'nope',
      input: {
        path: join(tmp, 'nope.txt'),
        format: 'text',
        encoding: null,
        script: null,
        chars: null,
        url: null,
        line: null,
      },
      error: { code: 'unreadable', message: 'cannot read (no such file or directory)' },
    });
    expect(lines[1].id).toBe('one');
  });

  it('exits 2 on usage errors without a stack trace', async () => {
    const r = await runCli(['extract', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--bogus'");
    expect(r.stderr).not.toContain('    at ');
    const both = await runCli(['extract', SEED, SEED, '--pretty']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--pretty prints one record');
  });

  it('gives the same bytes for the same input', async () => {
    const a = await runCli(['extract', SEED]);
    const b = await runCli(['extract', SEED]);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('govx validate', () => {
  it('accepts records govx wrote and names invalid ones by line and path', async () => {
    const good = (await runCli(['extract', SEED, '--no-text'])).stdout.trim();
    const broken = JSON.parse(good);
    broken.officials = [{ name: 7 }];
    const p = file('records.jsonl', [good, JSON.stringify(broken), 'not json', ''].join('\n'));
    const r = await runCli(['validate', p]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${p}:2 [input]: /officials/0: missing property "titles"`);
    expect(r.stdout).toContain(`${p}:2 [input]: /officials/0/name: must be string`);
    expect(r.stdout).toMatch(new RegExp(`${p}:3: not JSON`));
    expect(r.stdout).not.toContain(`${p}:1`);
    expect(r.stderr).toBe('3 records, 1 valid, 2 invalid\n');
  });

  it('reads a single pretty JSON record from stdin', async () => {
    const pretty = (await runCli(['extract', SEED, '--pretty'])).stdout;
    const r = await runCli(['validate', '-'], { stdin: pretty });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('1 records, 1 valid, 0 invalid\n');
  });
});

describe('govx schema and segment', () => {
  it('prints the JSON Schema', async () => {
    const r = await runCli(['schema']);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/article\.schema\.json$/);
  });

  it('prints tokens with tags and code-point offsets', async () => {
    const r = await runCli(['segment', '-'], { stdin: '𠀋镇党委书记' });
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    // the first character is outside the BMP: one code point, two UTF-16 units
    expect(rows[0]?.slice(0, 2)).toEqual(['0', '1']);
    expect(rows.map((x) => x[2]).join('')).toBe('𠀋镇党委书记');
    expect(Number(rows.at(-1)?.[1])).toBe(6);
  });
});

describe('govx check', () => {
  it('passes on an unchanged case, fails with a readable diff on a changed one, and --update rewrites', async () => {
    const dir = join(tmp, 'fx');
    mkdirSync(join(dir, 'case-a'), { recursive: true });
    writeFileSync(join(dir, 'case-a', 'input.txt'), '会上印发《镇村干部管理办法》。');
    const first = await runCli(['check', dir]);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('no readable expected.json');
    expect((await runCli(['check', dir, '--update'])).code).toBe(0);
    const expected = JSON.parse(readFileSync(join(dir, 'case-a', 'expected.json'), 'utf8'));
    expect(expected.documents).toEqual([
      {
        title: '镇村干部管理办法',
        kind: 'measures',
        number: null,
        issuer: null,
        span: [5, 13],
        rule: 'doc.book-title-marks',
      },
    ]);
    expect((await runCli(['check', dir])).code).toBe(0);

    expected.documents[0].title = '镇村干部考核办法';
    writeFileSync(join(dir, 'case-a', 'expected.json'), JSON.stringify(expected));
    const r = await runCli(['check', dir], { env: { NO_COLOR: '1' }, tty: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL case-a');
    expect(r.stdout).toContain('  - ');
    expect(r.stdout).toContain('"title": "镇村干部考核办法"');
    expect(r.stdout).toContain('  + ');
    expect(r.stdout).toContain('"title": "镇村干部管理办法"');
    expect(r.stdout).not.toContain('\u001b['); // NO_COLOR
    const colored = await runCli(['check', dir], { tty: true });
    expect(colored.stdout).toContain('\u001b[');
  });

  it('exits 2 for a folder with no cases', async () => {
    const r = await runCli(['check', join(tmp, 'nothing-here')]);
    expect(r.code).toBe(2);
  });
});

describe('govx eval', () => {
  it('scores a gold folder and prints every field', async () => {
    const dir = join(tmp, 'gold');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, '001.json'),
      JSON.stringify({
        id: '001',
        text: '会上印发《镇村干部管理办法》《春季工作方案》。',
        gold: {
          publishedAt: null,
          source: null,
          bylines: [],
          people: [],
          dates: [],
          documents: ['镇村干部管理办法', '秋季工作方案'],
          meetings: [],
        },
      }),
    );
    const r = await runCli(['eval', dir, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const docs = report.fields.find((f: { field: string }) => f.field === 'documents');
    expect(docs).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    const text = await runCli(['eval', dir, '--verbose']);
    expect(text.stdout).toContain('- 秋季工作方案');
    expect(text.stdout).toContain('+ 春季工作方案');
    expect(text.stdout).toMatch(/documents\s+0\.500\s+0\.500\s+0\.500/);
  });

  it('exits 2 when the folder has no gold files', async () => {
    expect((await runCli(['eval', join(tmp, 'nowhere')])).code).toBe(2);
  });
});

describe('govx --version', () => {
  it("prints package.json's version, the one place it is declared", async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});
