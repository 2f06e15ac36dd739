/** Chinese numerals as dates and headers write them: 十二, 廿一, 元 (元月), 二〇二四. */

/** Chinese numeral digits, including the zero look-alikes used in years (二〇二四, 二○二四, 二O二四). */
// biome-ignore format: the digit table stays on three lines
export const CN_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, O: 0, o: 0, '0': 0,
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** 12, 05, 十二, 二十三, 廿一, 元 (元月) → number; NaN when not a numeral. */
export function parseNumber(s: string): number {
  if (isDigits(s)) return parseInt(s, 10);
  if (s === '元') return 1;
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else if (ch === '廿') total += 20;
    else if (ch === '卅') total += 30;
    else {
      const d = CN_DIGITS[ch];
      if (d === undefined) return NaN;
      cur = d;
    }
  }
  return total + cur;
}

/** 二〇二四 → 2024 (digit by digit). */
export function parseCnYear(s: string): number {
  let y = 0;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return NaN;
    y = y * 10 + d;
  }
  return y;
}
