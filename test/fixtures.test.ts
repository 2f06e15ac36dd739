/** The same comparison as `govx check fixtures`: every fixture's record equals its reviewed expected.json. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonical, FIXTURE_EXPECTED, FIXTURE_INPUT, fixtureRecord } from '../src/check/fixture.js';

const DIR = 'fixtures';
const cases = readdirSync(DIR).filter((name) => existsSync(join(DIR, name, FIXTURE_INPUT)));

describe('fixtures', () => {
  it('exist, each with a reviewed expected.json', () => {
    expect(cases.length).toBeGreaterThan(3);
    expect(cases.filter((c) => !existsSync(join(DIR, c, FIXTURE_EXPECTED)))).toEqual([]);
  });

  it.each(cases)('%s', (name) => {
    const text = readFileSync(join(DIR, name, FIXTURE_INPUT), 'utf8');
    const expected = canonical(JSON.parse(readFileSync(join(DIR, name, FIXTURE_EXPECTED), 'utf8')));
    expect(canonical(fixtureRecord(name, text))).toBe(expected);
  });
});
