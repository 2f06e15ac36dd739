/**
 * Rules that test themselves: every rule in every table has examples that
 * produce its items through `extract` and counterexamples that do not; every
 * rule id an item carries is in a table; RULES.md is what the tables say.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_TABLES, ruleIds } from '../src/fields/rules.js';
import { renderRules } from '../src/fields/rules-doc.js';
import { extractTraced } from '../src/pipeline/extract.js';
import { checkRule, ruleIdsIn } from './rule-tester.js';

describe.each(RULE_TABLES.map((t) => [t.field, t] as const))('%s rules', (_field, table) => {
  it.each(table.rules.map((r) => [r.id, r] as const))(
    '%s: examples yield its items, counterexamples do not',
    (_id, rule) => {
      expect(checkRule(rule)).toEqual([]);
    },
  );
});

describe('the rule tables', () => {
  it('give every rule a unique id', () => {
    const all = RULE_TABLES.flatMap((t) => t.rules.map((r) => r.id));
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });

  it('name every rule that items carry on the fixtures and on every rule example', () => {
    const known = ruleIds();
    const seen = new Set<string>();
    const texts = readdirSync('fixtures').flatMap((dir) =>
      readdirSync(join('fixtures', dir))
        .filter((f) => f === 'input.txt')
        .map((f) => readFileSync(join('fixtures', dir, f), 'utf8')),
    );
    for (const t of RULE_TABLES) for (const r of t.rules) for (const ex of r.examples) texts.push(ex.text);
    for (const text of texts) {
      const { record, trace } = extractTraced(text, { includeText: false });
      for (const id of ruleIdsIn(record, trace)) seen.add(id);
    }
    expect([...seen].filter((id) => !known.has(id)).sort()).toEqual([]);
  });

  it('are what RULES.md says (run `npm run rules` after changing a table)', () => {
    expect(readFileSync('RULES.md', 'utf8')).toBe(renderRules(RULE_TABLES));
  });
});

describe('the rule tester', () => {
  it('fails a rule whose example yields nothing and whose counterexample fires', () => {
    const broken = {
      id: 'official.title-before-name',
      description: 'deliberately wrong examples',
      examples: [{ text: '今天天气很好。', expect: [{ field: 'officials' as const, value: '王小明' }] }],
      counterexamples: [{ text: '镇党委书记李明华主持会议。' }],
    };
    const problems = checkRule(broken);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('expected officials 王小明');
    expect(problems[1]).toContain('an item carries official.title-before-name');
  });

  it('fails a rule without examples or counterexamples', () => {
    expect(checkRule({ id: 'x.none', description: '', examples: [], counterexamples: [] })).toEqual([
      'no example',
      'no counterexample',
    ]);
  });
});
