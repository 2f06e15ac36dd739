/** What a clone holds is enough: `npm run bench` without ../shared/corpus uses the bundled fixtures. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('a clone without ../shared', () => {
  it('npm run bench builds its corpus from the fixtures instead of dying', () => {
    // A repository whose parent folder has no shared/ (this checkout's may have it).
    const repo = join(mkdtempSync(join(tmpdir(), 'govx-clone-')), 'govx');
    mkdirSync(join(repo, 'scripts'), { recursive: true });
    for (const f of ['bench.mjs', 'rss-probe.cjs']) copyFileSync(resolve('scripts', f), join(repo, 'scripts', f));
    for (const f of ['bin', 'dist', 'fixtures', 'node_modules', 'package.json']) symlinkSync(resolve(f), join(repo, f));
    const r = spawnSync(
      process.execPath,
      [join(repo, 'scripts/bench.mjs'), '--rss-only', '--rss-records', '300', '--json'],
      { encoding: 'utf8', cwd: repo },
    );
    expect(r.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).memory100k).toMatchObject({ records: 300 });
  }, 60_000);
});
