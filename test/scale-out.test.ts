import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('bin/govx.js');
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;

describe('scale-out under GNU parallel --pipe', () => {
  // .ci/run installs GNU parallel; a CI run without it must fail, not skip.
  it.runIf(hasParallel || process.env.CI)(
    'the union of the piped outputs equals a single-process run',
    () => {
      expect(hasParallel).toBe(true);
      const tmp = mkdtempSync(join(tmpdir(), 'govx-parallel-'));
      const lines: string[] = [];
      for (let i = 0; i < 400; i++) {
        if (i % 97 === 13) lines.push(JSON.stringify({ id: `bad${i}`, body: 'no text field' }));
        else
          lines.push(
            JSON.stringify({
              id: `p${i}`,
              text: `${(i % 12) + 1}月${(i % 27) + 1}日,青石镇召开人居环境整治推进会,镇长刘志强主持会议,副镇长陈红、杨帆出席。`,
            }),
          );
      }
      const corpus = join(tmp, 'corpus.jsonl');
      writeFileSync(corpus, lines.join('\n') + '\n');

      const single = spawnSync(process.execPath, [BIN, 'extract', '-', '--jsonl', '--no-text', '-q', '-j', '1'], {
        input: lines.join('\n') + '\n',
        encoding: 'utf8',
      });
      const piped = spawnSync(
        'bash',
        [
          '-c',
          `parallel --pipe -N 50 -j 2 ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} extract - --jsonl --no-text -q -j 1 < ${JSON.stringify(corpus)}`,
        ],
        {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      // An error record's `input` names a line number, which under --pipe counts within the piece.
      const comparable = (line: string) => {
        const v = JSON.parse(line);
        if ('error' in v) delete v.input;
        return JSON.stringify(v);
      };
      const sorted = (s: string) => s.trimEnd().split('\n').map(comparable).sort();
      const a = sorted(single.stdout);
      const b = sorted(piped.stdout);
      expect(a).toHaveLength(400);
      expect(b).toEqual(a);
      // the bad lines came back as error records in both
      expect(b.filter((l) => l.includes('"error"'))).toHaveLength(4); // lines 13, 110, 207, 304
    },
    120_000,
  );
});
