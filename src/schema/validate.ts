/**
 * The one ajv importer. The schema is compiled once, on first use; every
 * record is checked before it is written.
 */
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** The record schema as shipped in schemas/ (same path from src/ and dist/). */
export function recordSchema(): Record<string, unknown> {
  return require('../../schemas/article.schema.json') as Record<string, unknown>;
}

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    compiled = ajv.compile(recordSchema());
  }
  return compiled;
}

export interface SchemaIssue {
  /** JSON pointer into the record, e.g. /officials/0/titles/1/span. */
  path: string;
  message: string;
}

/** Returns the problems with a record; empty when it is valid. */
export function validateRecord(record: unknown): SchemaIssue[] {
  const validate = validator();
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
