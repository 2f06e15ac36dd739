/**
 * Bytes → string for HTML and plain text.
 *
 * Order: byte-order mark; valid UTF-8 (wins even over a declared legacy
 * charset, because saved pages often declare gb2312 while the bytes are
 * UTF-8); the charset declared in the first 2 KB (<meta charset> or
 * http-equiv Content-Type); else a sniff between GB18030 and Big5 by the share
 * of common CJK characters each decoding yields. When nothing decodes cleanly,
 * a decoding with at most a few broken characters (3, or one per 1,000) is
 * accepted; otherwise a CharsetError says the bytes are undecodable.
 *
 * Reported `encoding` is the decoder actually used, by family:
 *   'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'
 * A declared GB or Big5 charset is checked, not trusted: when its text does
 * not read as Chinese (few common characters, or it does not decode) and
 * another decoding reads better, that one is used and the record says so,
 * e.g. 'gb18030 (declared big5)'.
 * The whole GB family (gb2312, gbk, gb18030, x-gbk, cp936…) is decoded with
 * GB18030, a strict superset, and reported as 'gb18030' whatever the label
 * said: one name per decoder keeps `input.encoding` comparable across inputs.
 */

export interface DecodedText {
  text: string;
  encoding: string;
}

const GB_LABELS =
  /^(?:gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|csgb2312|chinese|iso-ir-58|csiso58gb231280|gb_2312(?:-80)?|euc-cn|hz-gb-2312)$/;
const BIG5_LABELS = /^(?:big5|big5-hkscs|cn-big5|csbig5|x-x-big5|cp950|ms950|windows-950)$/;
const UTF8_LABELS = /^(?:utf-?8|unicode-1-1-utf-8|unicode11utf8|unicode20utf8|x-unicode20utf8)$/;

/**
 * Frequent characters of Chinese running text, in both simplified and
 * traditional forms. GBK bytes read as Big5 (or the reverse) come out as rare
 * characters, so the share of these tells the right decoding.
 */
const COMMON_CJK = new Set(
  Array.from(
    '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府县镇市省委书记领导议' +
      '這個為們來時國會對說們發動產種過後學經還現實當點從業體機關與開樣間關問題應長頭處門內與資邊條辦議級區領導縣鎮書記黨員組織據將決參觀調研強',
  ),
);

/** Thrown for input that is not text at all; the message is one line. */
export class CharsetError extends Error {
  override readonly name = 'CharsetError';
}

export function decodeHtmlBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8' };

  // Byte-order marks are unambiguous; UTF-16 legitimately contains NULs.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: decodeLoose('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeLoose('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeLoose('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };

  if (bytes.includes(0)) throw new CharsetError('input looks binary (it contains NUL bytes), not text or HTML');

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const declared = declaredCharset(bytes);
  // The declared charset is believed when its text reads as Chinese (or has
  // no Han text to judge by and nothing else does better, see below).
  const declaredText = declared !== null && declared !== 'utf-8' ? tryDecode(declared, bytes) : null;
  if (declaredText !== null && commonShare(declaredText) >= PLAUSIBLE_SHARE)
    return { text: declaredText, encoding: declared as string };

  // Sniff: every decoding that succeeds (allowing a truncated tail) competes,
  // the declared one first so that it wins ties.
  const candidates: DecodedText[] = [];
  if (declaredText !== null) candidates.push({ text: declaredText, encoding: declared as string });
  for (const encoding of ['gb18030', 'big5'] as const) {
    if (encoding === declared) continue; // decoded above
    const text = tryDecode(encoding, bytes);
    if (text !== null) candidates.push({ text, encoding });
  }
  // Nothing decodes cleanly: accept a few broken bytes (a scraped page with a
  // damaged character), never many.
  if (candidates.length === 0) {
    for (const encoding of ['utf-8', 'gb18030', 'big5'] as const) {
      const text = new TextDecoder(encoding).decode(bytes);
      const bad = count(text, '\uFFFD');
      if (bad <= Math.max(MAX_BAD_CHARS, text.length / 1000)) candidates.push({ text, encoding });
    }
  }
  if (candidates.length === 0) throw new CharsetError('input is not decodable as UTF-8, GB18030 or Big5');
  let best = candidates[0] as DecodedText;
  let bestShare = commonShare(best.text);
  for (const c of candidates.slice(1)) {
    const share = commonShare(c.text);
    if (share > bestShare) {
      best = c;
      bestShare = share;
    }
  }
  // Overruling the page's own declaration is said in the record: 'gb18030 (declared big5)'.
  if (declared !== null && declared !== 'utf-8' && best.encoding !== declared)
    return { text: best.text, encoding: `${best.encoding} (declared ${declared})` };
  return best;
}

/**
 * Share of common characters above which a declared charset's text is taken
 * as read: real Chinese scores about 0.5, GBK read as Big5 (or the reverse)
 * about 0.01.
 */
const PLAUSIBLE_SHARE = 0.2;

/**
 * The charset named in the first 2 KB, mapped to our decoder family, or null.
 * Scanning bytes as latin1 is safe: the declaration itself is ASCII.
 */
export function declaredCharset(bytes: Uint8Array): 'utf-8' | 'gb18030' | 'big5' | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})/i.exec(head);
  if (!m) return null;
  return charsetFamily(m[1] as string);
}

export function charsetFamily(label: string): 'utf-8' | 'gb18030' | 'big5' | null {
  const l = label.trim().toLowerCase();
  if (UTF8_LABELS.test(l)) return 'utf-8';
  if (GB_LABELS.test(l)) return 'gb18030';
  if (BIG5_LABELS.test(l)) return 'big5';
  return null;
}

/**
 * Strict decoding; a byte sequence cut off at the very end (a truncated
 * download) is tolerated, anything wrong before it is not.
 */
function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    // Retry without the last 1–3 bytes, which may be half a character.
    for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
      try {
        return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
      } catch {
        /* try a longer cut */
      }
    }
    return null;
  }
}

/** Replacement characters tolerated in a page that decodes cleanly nowhere. */
const MAX_BAD_CHARS = 3;

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function decodeLoose(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** Share of CJK characters that are common ones (0 when there are none). */
function commonShare(text: string): number {
  let cjk = 0;
  let common = 0;
  const limit = Math.min(text.length, 200_000);
  for (let i = 0; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) {
      cjk++;
      if (COMMON_CJK.has(text[i] as string)) common++;
    }
  }
  return cjk === 0 ? 0 : common / cjk;
}
