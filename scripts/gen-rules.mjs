#!/usr/bin/env node
// Writes RULES.md from the rule tables (run after `npm run build`; `npm run rules` does both).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const { RULE_TABLES } = await import(pathToFileURL(join(root, 'dist/fields/rules.js')).href);
const { renderRules } = await import(pathToFileURL(join(root, 'dist/fields/rules-doc.js')).href);
writeFileSync(join(root, 'RULES.md'), renderRules(RULE_TABLES));
console.error(`RULES.md: ${RULE_TABLES.reduce((n, t) => n + t.rules.length, 0)} rules`);
