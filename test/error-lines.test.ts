/** Error lines have the records' shape: the same id, an `input` object, plus error {code, message}. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateErrorRecord } from '../src/schema/validate.js';
import { jsonLines, runCli, tempTree } from './helpers.js';

const { dir: tmp, put } = tempTree('govx-error-lines-');

describe('error lines', () => {
  const corpus = put(
    'c.jsonl',
    [
      JSON.stringify({ id: 'ok', text: '会上印发《甲方案》。', url: 'http://a/1' }),
      'not json',
      JSON.stringify({ id: 'e', text: '', url: 'http://a/3' }),
    ].join('\n'),
  );
  const empty = put('empty.txt', '');

  it('carry id and an input object like records, and match the error schema', async () => {
    const r = await runCli(['extract', corpus, empty, join(tmp, 'missing.txt'), '--no-text', '-j', '1', '-q']);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(5);
    for (const l of lines) {
      expect(typeof l.input).toBe('object');
      expect(typeof l.input.path).toBe('string');
      expect(typeof l.input.format).toBe('string');
    }
    const errors = lines.filter((l) => 'error' in l);
    expect(errors.map((e) => e.id)).toEqual(['c:2', 'e', 'empty', 'missing']);
    expect(errors[0].input).toEqual({
      path: corpus,
      format: 'jsonl',
      encoding: null,
      script: null,
      chars: null,
      url: null,
      line: 2,
    });
    expect(errors[1].input).toMatchObject({ path: corpus, format: 'jsonl', url: 'http://a/3', line: 3 });
    expect(errors[2].input).toMatchObject({ path: empty, format: 'text', line: null });
    expect(errors.map((e) => e.error.code)).toEqual(['bad-jsonl', 'empty', 'empty', 'unreadable']);
    for (const e of errors) expect(validateErrorRecord(e)).toEqual([]);
  });

  it('govx schema --errors prints the error schema; govx schema the record schema', async () => {
    const errors = JSON.parse((await runCli(['schema', '--errors'])).stdout);
    expect(errors.title).toBe('govx error record');
    expect(errors.required).toEqual(['id', 'input', 'error']);
    expect(JSON.parse((await runCli(['schema'])).stdout).title).toBe('govx article record');
  });

  it('govx validate accepts error lines that match the error schema, counts them, and rejects old-shaped ones', async () => {
    const out = (await runCli(['extract', corpus, '--no-text', '-j', '1', '-q'])).stdout;
    const ok = await runCli(['validate', '-'], { stdin: out });
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('3 records, 3 valid (2 error records), 0 invalid\n');
    expect(ok.stdout).toContain('stdin:2 [c:2]: error record (bad-jsonl: line is not valid JSON)');

    const old = `${JSON.stringify({ id: 'x', input: 'c.jsonl:2', error: { code: 'bad-jsonl', message: 'm' } })}\n`;
    const bad = await runCli(['validate', '-'], { stdin: old });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('stdin:1 [x]: /input: must be object');
    expect(bad.stderr).toBe('1 records, 0 valid, 1 invalid\n');
  });
});
