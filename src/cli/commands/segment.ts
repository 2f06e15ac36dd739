/** govx segment: jieba's tokens with tags and code-point offsets, for debugging a miss. */
import type { Command } from 'commander';
import { normalizeText } from '../../normalize/index.js';
import { segment } from '../../segment/jieba.js';
import { offsetMap } from '../../text/codepoints.js';
import { readTextInput } from '../../input/read.js';
import type { IO } from '../io.js';
import { inputsOrStdin } from '../stdin-input.js';

export function registerSegment(program: Command, io: IO): void {
  program
    .command('segment')
    .description("print jieba's tokens with their tags and offsets (how the extractors see the text)")
    .argument('[input]', "a text file, or '-' for standard input (the default when it is not a terminal)")
    .option('--json', 'one JSON object per token')
    .option('-q, --quiet', 'accepted for symmetry: segment writes only errors to stderr')
    .addHelpText(
      'after',
      `\nExample:\n  echo '镇党委书记王刚主持会议' | govx segment -\n\nColumns: start end (code points, end exclusive), token, tag.`,
    )
    .action(async (given: string | undefined, flags: { json?: boolean }, command: Command) => {
      const input = inputsOrStdin(given === undefined ? [] : [given], io, command)[0] as string;
      const text = await readTextInput(input, io, { requireText: true });
      const analysed = normalizeText(text).text;
      const map = offsetMap(text);
      for (const t of segment(analysed)) {
        const start = map.toCodePoint(t.start);
        const end = map.toCodePoint(t.end);
        const word = text.slice(t.start, t.end);
        io.stdout.write(
          flags.json
            ? JSON.stringify({ word, tag: t.tag, span: [start, end] }) + '\n'
            : `${start}\t${end}\t${JSON.stringify(word).slice(1, -1)}\t${t.tag}\n`,
        );
      }
    });
}
