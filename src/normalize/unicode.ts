/**
 * Length-preserving clean-up: every UTF-16 unit of the input maps to exactly
 * one unit of the output, so offsets found on the analysed text are offsets
 * into the original too.
 */

/** CJK radical-supplement and Kangxi look-alikes that NFKC leaves alone or that page builders emit. */
const LOOKALIKES: Record<string, string> = {
  '⻄': '西', '⻓': '长', '⻔': '门', '⻛': '风', '⻢': '马', '⻋': '车', '⻅': '见', '⻆': '角',
  '⻚': '页', '⻘': '青', '⻝': '食', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻨': '麦',
  '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟', '⺠': '民', '⺟': '母', '⺮': '竹',
  '⺶': '羊', '⻑': '長', '⻗': '雨', '⼀': '一', '⼆': '二', '⼈': '人', '⼊': '入', '⼋': '八',
  '⼗': '十', '⼤': '大', '⼥': '女', '⼦': '子', '⼩': '小', '⼭': '山', '⼯': '工', '⽇': '日',
  '⽉': '月', '⽔': '水', '⽕': '火', '⽣': '生', '⽤': '用', '⽥': '田', '⽬': '目', '⾦': '金',
};

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

/** Folds one UTF-16 unit; returns a single unit. */
function foldUnit(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0); // full-width ASCII
  if (c === 0x3000 || c === 0x00a0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x202f) return ' ';
  if (ZERO_WIDTH.test(ch)) return ' ';
  const look = LOOKALIKES[ch];
  if (look && look.length === 1) return look;
  return ch;
}

/** Every unit foldUnit may change; the rest of the text is copied as is. */
const FOLDABLE = new RegExp(`[\\uff01-\\uff5e\\u3000\\u00a0\\u2002\\u2003\\u2009\\u202f\\u200b-\\u200d\\u2060\\ufeff\\u00ad${Object.keys(LOOKALIKES).join('')}]`, 'g');

export function foldUnicode(text: string): string {
  return text.replace(FOLDABLE, foldUnit);
}
