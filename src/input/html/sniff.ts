/** Cheap check: does this text look like an HTML page (vs plain text or JSONL)? */
export function looksLikeHtml(text: string): boolean {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>|!--|%)/i.test(head)) return true;
  if (/<!doctype\s+html|<html[\s>]|<body[\s>]/i.test(head)) return true;
  // A fragment: starts with a tag and has a few common block tags.
  if (head.startsWith('<')) {
    const tags = head.match(/<\/?(?:div|p|span|table|td|tr|ul|li|a|br|h[1-6]|article|section)\b[^>]{0,200}>/gi);
    return tags !== null && tags.length >= 2;
  }
  return false;
}
