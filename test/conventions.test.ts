/** Issue 18's CLI conventions: usage on a terminal, -q everywhere, strict options, -o, signals, timeouts, -j. */
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const SEED = 'fixtures/seed-town-meeting/input.txt';

describe('no input on a terminal', () => {
  for (const cmd of ['extract', 'validate', 'segment', 'officials']) {
    it(`${cmd} with no input and stdin a terminal prints usage and exits 2`, async () => {
      const r = await runCli([cmd], { stdinTTY: true, stdin: '' });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^Usage: govx ${cmd} `));
      expect(r.stderr).toMatch(/standard input is a terminal/);
    });
  }

  it('an explicit - on a terminal still reads it', async () => {
    const r = await runCli(['extract', '-'], { stdinTTY: true, stdin: '会议由镇长李明主持。' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).input.path).toBe('-');
  });

  it('no input with stdin piped reads it as before', async () => {
    const r = await runCli(['segment'], { stdin: '镇长李明' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/李明/);
  });

  it('a named input on a terminal is read', async () => {
    const r = await runCli(['extract', SEED], { stdinTTY: true });
    expect(r.code).toBe(0);
  });
});
