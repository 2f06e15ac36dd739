import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordSchema, validateRecord } from '../src/schema/validate.js';
import { extract } from '../src/index.js';

/** Every property schema under `properties` (and array items), with its JSON path. */
function* propertySchemas(node: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (!node || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  if (n.properties && typeof n.properties === 'object') {
    for (const [k, v] of Object.entries(n.properties as Record<string, unknown>)) {
      yield [`${path}.${k}`, v as Record<string, unknown>];
      yield* propertySchemas(v, `${path}.${k}`);
    }
  }
  if (n.items) yield* propertySchemas(n.items, `${path}[]`);
  if (n.$defs)
    for (const [k, v] of Object.entries(n.$defs as Record<string, unknown>)) yield* propertySchemas(v, `#${k}`);
}

describe('the record schema', () => {
  const schema = recordSchema();

  it('is JSON Schema 2020-12 with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema.$id).toBe('string');
    expect(schema).toEqual(JSON.parse(readFileSync('schemas/article.schema.json', 'utf8')));
  });

  it('describes every field', () => {
    const missing = [...propertySchemas(schema, '$')]
      .filter(([, s]) => typeof s.description !== 'string' && typeof s.$ref !== 'string')
      .map(([p]) => p);
    expect(missing).toEqual([]);
  });

  it('has the paths accuracy is scored on', () => {
    const rec = extract(
      '2024-02-27 16:56:27\n某某网记者 李明\n2月25日,镇党委书记王刚主持召开镇村干部大会,会上印发《春季工作安排意见》。',
      { id: 'x' },
    );
    expect(validateRecord(rec)).toEqual([]);
    expect(rec).toHaveProperty('meta.publishedAt');
    expect(rec).toHaveProperty('meta.source');
    expect(rec).toHaveProperty('meta.bylines');
    expect(rec.officials[0]).toHaveProperty('titles');
    expect(rec.officials[0]).toHaveProperty('mentions');
    expect(rec.dates[0]).toHaveProperty('precision');
    expect(rec.documents[0]).toHaveProperty('span');
  });

  it('names the path of an invalid field', () => {
    const rec = extract('会议召开。', { id: 'x' }) as unknown as Record<string, unknown>;
    (rec.meta as Record<string, unknown>).publishedAt = '27/02/2024';
    expect(validateRecord(rec)).toEqual([{ path: '/meta/publishedAt', message: expect.stringContaining('pattern') }]);
  });
});
