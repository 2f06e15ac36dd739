/** SIGINT/SIGTERM during extract: whole records kept, a summary saying how to go on, exit 130/143. Real processes. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/govx.js');
const tmp = mkdtempSync(join(tmpdir(), 'govx-signals-'));
const N = 20_000;
const corpus = join(tmp, 'corpus.jsonl');
writeFileSync(
  corpus,
  Array.from({ length: N }, (_, i) =>
    JSON.stringify({
      id: `a${i}`,
      text: `${(i % 12) + 1}月${(i % 28) + 1}日,白河镇召开会议,镇党委书记李建国主持会议。`,
    }),
  ).join('\n') + '\n',
);

/** Runs govx, sends `signal` once `ready(stdout)` holds, and collects everything. */
function interrupt(
  args: string[],
  signal: NodeJS.Signals,
  ready: (stdout: string) => boolean,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args]);
    let stdout = '';
    let stderr = '';
    let sent = false;
    const poll = setInterval(() => {
      if (!sent && ready(stdout)) {
        sent = true;
        child.kill(signal);
      }
    }, 10);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      clearInterval(poll);
      done({ code, stdout, stderr });
    });
  });
}

describe('signals during extract', () => {
  it('SIGINT: complete JSON lines only, a summary of written and left, exit 130', async () => {
    const r = await interrupt(['extract', corpus, '--no-text', '-j', '1'], 'SIGINT', (s) => s.includes('\n'));
    expect(r.code).toBe(130);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(N);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(lines.map((_, i) => `a${i}`));
    expect(r.stderr).toContain(`stopped: SIGINT`);
    expect(r.stderr).toContain(
      `govx: interrupted (SIGINT): ${lines.length} articles written, ${N - lines.length} left`,
    );
  }, 60_000);

  it('SIGTERM with --out: whole files, how to --resume, exit 143, even with -q', async () => {
    const out = join(tmp, 'out');
    const r = await interrupt(['extract', corpus, '--no-text', '-j', '2', '--out', out, '-q'], 'SIGTERM', () => {
      try {
        return readdirSync(out).some((f) => f.endsWith('.json'));
      } catch {
        return false;
      }
    });
    expect(r.code).toBe(143);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files.length).toBeLessThan(N);
    expect(r.stderr).toMatch(
      new RegExp(
        `^govx: interrupted \\(SIGTERM\\): ${files.length} articles written, ${N - files.length} left; rerun the same command with --resume`,
      ),
    );
  }, 60_000);
});
