/** govx schema: prints the record's JSON Schema. */
import type { Command } from 'commander';
import { recordSchema } from '../../schema/validate.js';
import type { IO } from '../io.js';

export function registerSchema(program: Command, io: IO): void {
  program
    .command('schema')
    .description('print the JSON Schema (2020-12) every record follows')
    .action(() => {
      io.stdout.write(JSON.stringify(recordSchema(), null, 2) + '\n');
    });
}
