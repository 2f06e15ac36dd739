/**
 * What counts as a Chinese character, for every rule that asks: the unified
 * ideographs with extension A, 〇 (written in dates: 二〇二四年), and the
 * surrogate halves of the rare characters outside the BMP (names use them).
 */
export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    c === 0x3007 ||
    (c >= 0xd840 && c <= 0xd87f) ||
    (c >= 0xdc00 && c <= 0xdfff)
  );
}

/** isHanCode on a character; '' and undefined (past either end of a text) are not. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isHanCode(ch.charCodeAt(0));
}
