import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const people = (text: string) => extract(text, { id: 't' }).officials.map((o) => [o.name, o.titles.map((t) => t.text)]);

describe('a list that starts with a known official continues with people', () => {
  it.each([
    [
      '航天员刘立新出舱。随后,刘立新、陈晓东依次进入实验舱。',
      [
        ['刘立新', ['航天员']],
        ['陈晓东', []],
      ],
    ],
    [
      '镇长周明主持。会后,周明、吴桂英、杨帆分别发言。',
      [
        ['周明', ['镇长']],
        ['吴桂英', []],
        ['杨帆', []],
      ],
    ],
    [
      '县委书记李明出席。李明、王震在主席台就座。',
      [
        ['李明', ['县委书记']],
        ['王震', []],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['县委书记李明、组织部门负责人出席。', [['李明', ['县委书记']]]],
    ['县委书记李明、全体干部参加会议。', [['李明', ['县委书记']]]],
    ['县委书记李明、各乡镇主要负责人参加。', [['李明', ['县委书记']]]],
  ])('adds nobody in %s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
