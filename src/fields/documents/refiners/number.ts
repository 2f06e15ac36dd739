/** Rule doc.number-after-title: the 文号 written right after 》. */

/**
 * 文号 right after 》: 青政办发〔2023〕5号, [2007]120号, (2019)3号, 2014年第177号,
 * 国务院令第177号; a bare 第N号 only when the number ends there (not 第3号图纸).
 */
const NUMBER_AFTER =
  /^\s*\(?\s*((?:[\u4e00-\u9fff]{1,12}\s*)?(?:〔\d{4}〕|\[\d{4}\]|\(\d{4}\)|【\d{4}】|\d{4}年)\s*第?\s*\d{1,5}\s*号|(?:[\u4e00-\u9fff]{1,12})?第\s*\d{1,5}\s*号(?=[),。;、\s]|$))/;

/** The 文号 after the 》 at `close`, as written in `original`; null when none follows. */
export function numberAfter(text: string, original: string, close: number): string | null {
  const num = NUMBER_AFTER.exec(text.slice(close + 1, close + 40));
  if (!num) return null;
  const numberStart = close + 1 + (num[0].length - (num[1] as string).length);
  return original.slice(numberStart, numberStart + (num[1] as string).length);
}
