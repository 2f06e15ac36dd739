import { describe, expect, it } from 'vitest';
import { makeDoc as docOf } from '../src/text/doc.js';
import { extractDocuments } from '../src/fields/documents/index.js';
import { normalizeText } from '../src/normalize/index.js';
import type { Doc } from '../src/types.js';

const doc = (original: string): Doc => docOf(original, normalizeText(original).text, { segment: () => [] });
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

  it.each([
    ['宣读《关于表彰2023年度先进集体的决定》', 'decision'],
    ['印发《春耕生产工作方案(试行)》', 'plan'],
    ['学习《中华人民共和国村民委员会组织法》', 'law'],
    ['审议《镇村干部管理办法(修订草案)》', 'measures'],
    ['讨论了《贯彻<学习规则>实施细则》', 'rules'],
    ['制定《防汛抢险应急预案》', 'contingency-plan'],
    ['听取《政府工作报告》', 'report'],
    ['订阅《人民日报》', null],
  ])('kind of %s is %s', (text, kind) => {
    expect(extractDocuments(doc(text))[0]?.kind).toBe(kind);
  });

  it.each([
    ['按照《关于印发工作方案的通知》(青政办发〔2023〕5号)要求', '青政办发〔2023〕5号'],
    ['根据《关于加强管理的意见》〔2019〕12号', '〔2019〕12号'],
    ['执行《某某办法》([2007]120号)', '[2007]120号'],
    ['依据《某省管理条例》(2014年第177号)', '2014年第177号'],
    ['依据《某某条例》(国务院令第177号)', '国务院令第177号'],
    ['见《村庄规划》第3号图纸', null],
    ['《村庄规划》2023年修编', null],
  ])('文号 after %s', (text, number) => {
    expect(extractDocuments(doc(text))[0]?.number).toBe(number);
  });

  it.each([
    ['转发《柳林镇人民政府关于做好防汛工作的通知》', '柳林镇人民政府'],
    ['近日,县政府办公室印发《春耕生产工作方案》', '县政府办公室'],
    ['白河镇人民政府关于印发《防汛预案》的通知', '白河镇人民政府'],
    ['会上印发《春耕生产工作方案》', null],
    ['学习《关于加强基层治理的意见》', null],
  ])('issuer in %s', (text, issuer) => {
    expect(extractDocuments(doc(text))[0]?.issuer).toBe(issuer);
  });

  it('gives the span of the title without the brackets', () => {
    const [d] = extractDocuments(doc('会上印发《镇村干部管理办法》。'));
    expect(d?.span).toEqual([5, 13]);
  });

  it('names the finder rule on every item, as its last key', () => {
    const found = extractDocuments(doc('县政府印发《春耕生产工作方案》(青政办发〔2023〕5号),订阅《人民日报》'));
    expect(found.map((d) => d.rule)).toEqual(['doc.book-title-marks', 'doc.book-title-marks']);
    expect(Object.keys(found[0] ?? {})).toEqual(['title', 'kind', 'number', 'issuer', 'span', 'rule']);
  });

  it('stays linear on 100,000 unmatched 《', () => {
    const t0 = Date.now();
    expect(titles('《'.repeat(100_000) + '》')).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
