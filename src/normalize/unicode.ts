/**
 * Length-preserving clean-up: every UTF-16 unit of the input maps to exactly
 * one unit of the output, so offsets found on the analysed text are offsets
 * into the original too.
 */

/** CJK radical-supplement and Kangxi look-alikes that NFKC leaves alone or that page builders emit. */
const LOOKALIKES: Record<string, string> = {
  '⻄': '西',
  '⻓': '长',
  '⻔': '门',
  '⻛': '风',
  '⻢': '马',
  '⻋': '车',
  '⻅': '见',
  '⻆': '角',
  '⻚': '页',
  '⻘': '青',
  '⻝': '食',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻨': '麦',
  '⻩': '黄',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
  '⺠': '民',
  '⺟': '母',
  '⺮': '竹',
  '⺶': '羊',
  '⻑': '長',
  '⻗': '雨',
  '⼀': '一',
  '⼆': '二',
  '⼈': '人',
  '⼊': '入',
  '⼋': '八',
  '⼗': '十',
  '⼤': '大',
  '⼥': '女',
  '⼦': '子',
  '⼩': '小',
  '⼭': '山',
  '⼯': '工',
  '⽇': '日',
  '⽉': '月',
  '⽔': '水',
  '⽕': '火',
  '⽣': '生',
  '⽤': '用',
  '⽥': '田',
  '⽬': '目',
  '⾦': '金',
};

/** The lookalikes by code unit (every key and value is one unit). */
const LOOKALIKE_UNITS = new Map<number, number>();
for (const [k, v] of Object.entries(LOOKALIKES))
  if (k.length === 1 && v.length === 1) LOOKALIKE_UNITS.set(k.charCodeAt(0), v.charCodeAt(0));

/** Folds one UTF-16 unit to one unit. */
function foldCode(c: number): number {
  if (c < 0xa0) return c;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII
  if (c === 0x3000 || c === 0x00a0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x202f) return 0x20;
  if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x00ad) return 0x20; // zero-width and soft hyphen
  if (c >= 0x2e80 && c <= 0x2fdf) return LOOKALIKE_UNITS.get(c) ?? c; // radicals and Kangxi look-alikes
  return c;
}

/** Reused between calls (String.fromCharCode copies out of it), up to texts of KEPT_UNITS. */
let scratch = new Uint16Array(4096);
const KEPT_UNITS = 1 << 20;

/** Units per String.fromCharCode call (its argument count is bounded). */
const CHUNK = 8192;

/** Is the unit at `k` half of a surrogate pair that is not there (a lone high or low surrogate)? */
function loneSurrogate(text: string, k: number, c: number): boolean {
  if (c < 0xd800 || c > 0xdfff) return false;
  if (c <= 0xdbff) {
    const next = text.charCodeAt(k + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  const prev = text.charCodeAt(k - 1);
  return !(prev >= 0xd800 && prev <= 0xdbff);
}

/**
 * Every unit folded to one unit (same length, same offsets). A lone surrogate
 * becomes U+FFFD: isHanCode counts surrogate halves as Han (the rare name
 * characters outside the BMP), and half a character must never join a name.
 */
export function foldUnicode(text: string): string {
  const n = text.length;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (foldCode(c) !== c || loneSurrogate(text, i, c)) break;
  }
  if (i === n) return text;
  // One pass into a unit buffer: most texts fold every comma and colon, and a
  // callback per match costs more than copying the units.
  let units = scratch;
  if (units.length < n) {
    units = new Uint16Array(n);
    if (n <= KEPT_UNITS) scratch = units;
  }
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    units[k] = loneSurrogate(text, k, c) ? 0xfffd : foldCode(c);
  }
  let out = '';
  for (let k = 0; k < n; k += CHUNK)
    out += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]);
  return out;
}
