/**
 * Documents: the text inside every outermost 《》 pair, each title once, with
 * its kind (from the title's last word), its 文号 when one follows it, and
 * its issuer where the text states it. One left-to-right scan with a depth
 * counter keeps this linear even on 100,000 unmatched 《 (a title longer than
 * MAX_TITLE is dropped); nested 《》, 〈〉 and <> stay inside the title.
 */
import { DOCUMENT_KINDS, ISSUE_VERBS, TITLE_TAIL } from './words.js';
import type { Doc, DocumentItem } from '../../types.js';
import { isSpaceCode } from '../../text/word-list.js';

/** Titles longer than this are a missing 》, not a document. */
const MAX_TITLE = 200;

export const DOCUMENT_RULES = [
  {
    id: 'doc.book-title-marks',
    example: '宣读《关于表彰2023年度先进集体的决定》 → 关于表彰2023年度先进集体的决定, kind decision',
  },
  {
    id: 'doc.number-after-title',
    example: '《关于印发工作方案的通知》(青政办发〔2023〕5号) → number 青政办发〔2023〕5号',
  },
  { id: 'doc.issuer-in-title', example: '《柳林镇人民政府关于印发防汛预案的通知》 → issuer 柳林镇人民政府' },
  { id: 'doc.issuer-before-verb', example: '县政府办公室印发《春耕生产方案》 → issuer 县政府办公室' },
] as const;

/**
 * 文号 right after 》: 青政办发〔2023〕5号, [2007]120号, (2019)3号, 2014年第177号,
 * 国务院令第177号; a bare 第N号 only when the number ends there (not 第3号图纸).
 */
const NUMBER_AFTER =
  /^\s*\(?\s*((?:[\u4e00-\u9fff]{1,12}\s*)?(?:〔\d{4}〕|\[\d{4}\]|\(\d{4}\)|【\d{4}】|\d{4}年)\s*第?\s*\d{1,5}\s*号|(?:[\u4e00-\u9fff]{1,12})?第\s*\d{1,5}\s*号(?=[),。;、\s]|$))/;
/** What an issuing body ends with. */
const ORG_END = /(?:委|府|院|会|局|厅|部|办|室|处|组|社|所|站|署|中心|党组|委员会|办公厅|办公室|国务院|中央)$/;
const ISSUER_IN_TITLE = /^([\u4e00-\u9fff 、]{2,40}?)关于/;
const TIME_LEAD = /^(?:近日|日前|近期|今年|目前|此前|最近|今天|昨天|\d{1,2}月\d{1,2}日)/;

export function documentKind(title: string): string | null {
  let t = title.trim();
  for (let i = 0; i < 3 && TITLE_TAIL.test(t); i++) t = t.replace(TITLE_TAIL, '').trim();
  for (const [ending, kind] of DOCUMENT_KINDS) if (t.endsWith(ending)) return kind;
  return null;
}

function issuerBefore(text: string, original: string, open: number): string | null {
  const verb = ISSUE_VERBS.find((v) => text.startsWith(v, open - v.length));
  if (!verb) return null;
  const end = open - verb.length;
  let start = end;
  while (start > 0 && end - start < 30 && /[\u4e00-\u9fff]/.test(text[start - 1] as string)) start--;
  let run = text.slice(start, end);
  // 某镇人民政府关于印发《…》的通知: the issuer stands before 关于.
  const about = run.endsWith('关于') ? 2 : 0;
  run = run.slice(0, run.length - about);
  const lead = TIME_LEAD.exec(run);
  if (lead) {
    start += lead[0].length;
    run = run.slice(lead[0].length);
  }
  return run.length >= 2 && ORG_END.test(run) ? original.slice(start, end - about) : null;
}

function issuerInTitle(title: string, original: string, at: number): string | null {
  const m = ISSUER_IN_TITLE.exec(title);
  if (!m?.[1]) return null;
  const body = m[1].trim();
  return ORG_END.test(body) ? original.slice(at, at + m[1].length).trim() : null;
}

export function extractDocuments(doc: Doc): DocumentItem[] {
  const { text, original } = doc;
  const n = text.length;
  const found: DocumentItem[] = [];
  const seen = new Set<string>();
  let open = -1;
  let depth = 0;
  // The scan jumps from bracket to bracket (indexOf is far faster than a loop over
  // every unit); each next-bracket position is looked up once, so the scan stays linear.
  let nextOpen = -1;
  let nextClose = -1;
  let i = 0;
  while (i < n) {
    if (nextOpen < i) nextOpen = indexOrEnd(text, '《', i);
    if (depth === 0) {
      // Outside a title only 《 matters.
      if (nextOpen >= n) break;
      open = nextOpen;
      depth = 1;
      i = nextOpen + 1;
      continue;
    }
    if (nextClose < i) nextClose = indexOrEnd(text, '》', i);
    const bracket = Math.min(nextOpen, nextClose);
    // A title longer than MAX_TITLE is dropped at its first other unit past the limit.
    const tooLong = Math.max(i, open + MAX_TITLE + 1);
    if (tooLong < bracket && tooLong < n) {
      depth = 0;
      i = tooLong + 1;
      continue;
    }
    if (bracket >= n) break;
    i = bracket + 1;
    if (bracket === nextOpen) {
      depth++;
      continue;
    }
    depth--;
    if (depth > 0) continue;
    const close = bracket;
    // A line break right after 《 happens in print layouts; the title is the text around it.
    let s = open + 1;
    let e = close;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    const title = original.slice(s, e);
    const key = title.replace(/\s+/g, '');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const analysed = text.slice(s, e);
    const num = NUMBER_AFTER.exec(text.slice(close + 1, close + 40));
    const numberStart = num ? close + 1 + (num[0].length - (num[1] as string).length) : 0;
    found.push({
      title,
      kind: documentKind(analysed),
      number: num ? original.slice(numberStart, numberStart + (num[1] as string).length) : null,
      issuer: issuerInTitle(analysed, original, s) ?? issuerBefore(text, original, open),
      span: [s, e],
    });
  }
  return found;
}

/** text.indexOf(ch, from), or the text's length when absent. */
function indexOrEnd(text: string, ch: string, from: number): number {
  const k = text.indexOf(ch, from);
  return k < 0 ? text.length : k;
}
