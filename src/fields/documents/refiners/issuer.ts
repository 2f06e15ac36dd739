/**
 * Rules doc.issuer-in-title (某镇人民政府关于…的通知) and doc.issuer-before-verb
 * (县政府办公室印发《…》): the issuing body where the text states it, when it
 * ends like a body (委, 府, 局, 办公室…), not a person.
 */
import { ISSUE_VERBS } from '../words.js';

/** What an issuing body ends with. */
const ORG_END = /(?:委|府|院|会|局|厅|部|办|室|处|组|社|所|站|署|中心|党组|委员会|办公厅|办公室|国务院|中央)$/;
const ISSUER_IN_TITLE = /^([\u4e00-\u9fff 、]{2,40}?)关于/;
const TIME_LEAD = /^(?:近日|日前|近期|今年|目前|此前|最近|今天|昨天|\d{1,2}月\d{1,2}日)/;

/** The subject of 印发/发布… right before the 《 at `open`, as written in `original`. */
export function issuerBefore(text: string, original: string, open: number): string | null {
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

/** The body before 关于 inside an (analysed) title starting at `at` in `original`. */
export function issuerInTitle(title: string, original: string, at: number): string | null {
  const m = ISSUER_IN_TITLE.exec(title);
  if (!m?.[1]) return null;
  const body = m[1].trim();
  return ORG_END.test(body) ? original.slice(at, at + m[1].length).trim() : null;
}
