/**
 * Every record is checked against the schema before it is written. ajv
 * compiles the schema at build time (scripts/gen-validator.cjs); this module
 * loads the generated validator.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { builtFile } from '../built-file.js';

const require = createRequire(import.meta.url);

/** The record schema as shipped in schemas/ (same path from src/ and dist/). */
export function recordSchema(): Record<string, unknown> {
  return require('../../schemas/article.schema.json') as Record<string, unknown>;
}

/** The error record's schema (what a failed input becomes), schemas/error.schema.json. */
export function errorSchema(): Record<string, unknown> {
  return require('../../schemas/error.schema.json') as Record<string, unknown>;
}

let compiled: ValidateFunction | null = null;
let compiledErrors: ValidateFunction | null = null;

function validator(): ValidateFunction {
  compiled ??= require(builtFile(import.meta.url, 'record-validator.cjs')) as ValidateFunction;
  return compiled;
}

export interface SchemaIssue {
  /** JSON pointer into the record, e.g. /officials/0/titles/1/span. */
  path: string;
  message: string;
}

/** Returns the problems with a record; empty when it is valid. */
export function validateRecord(record: unknown): SchemaIssue[] {
  return issues(validator(), record);
}

/** Returns the problems with an error record (a failed input's line); empty when it is valid. */
export function validateErrorRecord(record: unknown): SchemaIssue[] {
  compiledErrors ??= require(builtFile(import.meta.url, 'error-validator.cjs')) as ValidateFunction;
  return issues(compiledErrors, record);
}

function issues(validate: ValidateFunction, record: unknown): SchemaIssue[] {
  if (validate(record)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => ({
    path: e.instancePath || '/',
    message: describe(e),
  }));
}

function describe(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') {
    return `unexpected property "${String((e.params as { additionalProperty?: string }).additionalProperty)}"`;
  }
  if (e.keyword === 'required') {
    return `missing property "${String((e.params as { missingProperty?: string }).missingProperty)}"`;
  }
  return e.message ?? e.keyword;
}
