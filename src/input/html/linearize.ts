/** Lines of text under an element, as a reader sees them. */
import { isJunkBlock } from './cleanup.js';
import { LINK_JUNK } from './labelwords.js';
import { BLOCK_TAGS } from './selectors.js';
import { cleanLine, visibleLen } from './text.js';
import { type El, type Line, textEl, textOf } from './tree.js';

/**
 * Lines of text under `root`. With `body` set, hidden and junk blocks are
 * skipped; otherwise every line is returned with its hidden flag.
 */
export function linearize(root: El, body: boolean): Line[] {
  const lines: Line[] = [];
  let buf = '';
  /** buf.trim() === '', kept as text arrives (trimming the whole line per text node is quadratic). */
  let bufBlank = true;
  let bufLink = 0;
  let bufHidden = false;
  let bufBlock: El = root;
  let bufLead = 0;
  let leadOpen = true;
  const flush = (): void => {
    const text = cleanLine(buf);
    if (text !== '') lines.push({ text, linkChars: bufLink, hidden: bufHidden, block: bufBlock, lead: bufLead });
    buf = '';
    bufBlank = true;
    bufLink = 0;
    bufLead = 0;
    leadOpen = true;
  };
  type Item = { el: El; hidden: boolean; link: boolean } | { end: El };
  const stack: Item[] = [{ el: root, hidden: root.hidden, link: root.tag === 'a' }];
  while (stack.length > 0) {
    const item = stack.pop() as Item;
    if ('end' in item) {
      if (BLOCK_TAGS.has(item.end.tag)) flush();
      else if (!body && item.end.tag !== '#text') buf += ' ';
      continue;
    }
    const { el } = item;
    if (body && el !== root && isJunkBlock(el)) continue;
    if (body && el.tag === 'a' && LINK_JUNK.test(cleanLine(textOf(el)))) continue;
    if (BLOCK_TAGS.has(el.tag)) flush();
    // Metadata lines keep inline boundaries as spaces: '来源：<a>求是网</a><a>参与互动</a>'.
    else if (!body && el.tag !== '#text') buf += ' ';
    stack.push({ end: el });
    for (let i = el.kids.length - 1; i >= 0; i--) {
      const k = el.kids[i] as El | string;
      if (typeof k === 'string') {
        stack.push({ el: textEl(k, el), hidden: item.hidden, link: item.link });
      } else {
        stack.push({ el: k, hidden: item.hidden || k.hidden, link: item.link || k.tag === 'a' });
      }
    }
    if (el.tag === '#text') {
      const s = el.attrs.t as string;
      if (bufBlank) {
        bufBlock = el.parent ?? root;
        bufHidden = item.hidden;
        bufBlank = s.trim() === '';
      }
      buf += s;
      const n = visibleLen(s);
      if (item.link) bufLink += n;
      if (item.link && leadOpen) bufLead += n;
      else if (n > 0) leadOpen = false;
    }
  }
  flush();
  return lines;
}
