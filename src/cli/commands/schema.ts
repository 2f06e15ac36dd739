/** govx schema: prints the record's JSON Schema. */
import type { Command } from 'commander';
import { errorSchema, recordSchema } from '../../schema/validate.js';
import type { IO } from '../io.js';

export function registerSchema(program: Command, io: IO): void {
  program
    .command('schema')
    .description('print the JSON Schema (2020-12) every record follows')
    .option('--errors', 'the schema of error records (the line written for a failed input) instead')
    .option('-q, --quiet', 'accepted for symmetry: schema writes nothing to stderr')
    .action((flags: { errors?: boolean }) => {
      io.stdout.write(JSON.stringify(flags.errors ? errorSchema() : recordSchema(), null, 2) + '\n');
    });
}
