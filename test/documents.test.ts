import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../src/extractors/documents.js';
import { normalizeText } from '../src/normalize/index.js';
import type { Doc } from '../src/types.js';

const doc = (original: string): Doc => ({ original, text: normalizeText(original).text, tokens: () => [] });
const titles = (s: string) => extractDocuments(doc(s)).map((d) => d.title);

describe('documents from 《》', () => {
  it.each([
    ['宣读《关于表彰2023年度先进集体的决定》', ['关于表彰2023年度先进集体的决定']],
    ['审议《政府工作报告》《财政工作报告》和《人大工作报告》', ['政府工作报告', '财政工作报告', '人大工作报告']],
    ['讨论了《贯彻<党委理论学习中心组学习规则>实施细则》', ['贯彻<党委理论学习中心组学习规则>实施细则']],
    ['学习《关于〈村民委员会组织法〉的说明》', ['关于〈村民委员会组织法〉的说明']],
    ['印发《外层《内层》说明》', ['外层《内层》说明']],
    ['按照《\n镇村规划纲要》执行', ['镇村规划纲要']],
    ['两次提到《条例》,再提《条例》', ['条例']],
    ['《縣委工作報告》', ['縣委工作報告']],
  ])('%s', (text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  it.each([
    ['unmatched opening', '《没有结束的标题'],
    ['unmatched closing', '没有开始》的标题'],
    ['empty brackets', '《》'],
    ['runaway title', '《' + '很长'.repeat(150) + '》'],
  ])('finds nothing for %s', (_name, text) => {
    expect(titles(text)).toEqual([]);
  });

  it('gives the span of the title without the brackets', () => {
    const [d] = extractDocuments(doc('会上印发《镇村干部管理办法》。'));
    expect(d?.span).toEqual([5, 13]);
  });

  it('stays linear on 100,000 unmatched 《', () => {
    const t0 = Date.now();
    expect(titles('《'.repeat(100_000) + '》')).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
