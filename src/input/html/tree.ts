/**
 * Our own small tree, built from cheerio's (htmlparser2) with explicit
 * stacks: input is capped (8 MB, nesting 256 in the source, 300 in the tree,
 * 300k elements), so a page nested 10,000 levels deep or 10 MB long costs
 * bounded time and never recurses. The only module importing cheerio.
 */
import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio/slim';
import { BLOCK_TAGS, CHROME_TOKENS, DROP_TAGS, HIDDEN_STYLE } from './selectors.js';
import { cleanLine } from './text.js';

const require = createRequire(import.meta.url);
let cheerioModule: typeof Cheerio | null = null;

/** Loaded on the first page, not at import: text and JSONL runs never pay for it. */
function cheerio(): typeof Cheerio {
  cheerioModule ??= require('cheerio/slim') as typeof Cheerio;
  return cheerioModule;
}

/** Longer input is cut here (a saved article page is rarely over 1 MB). */
const MAX_HTML_CHARS = 8_000_000;
/** Deeper elements are flattened into their ancestor at this depth. */
const MAX_DEPTH = 300;
/** Elements beyond this count are not built (their text is kept). */
const MAX_ELEMENTS = 300_000;

/** An element of our tree, with the subtree stats main-text.ts measures. */
export interface El {
  tag: string;
  id: string;
  cls: string;
  attrs: Record<string, string>;
  /** Children in order: elements or text strings. */
  kids: (El | string)[];
  parent: El | null;
  hidden: boolean;
  /** Inside an <a>. */
  inLink: boolean;
  /** Inside page chrome (footer, nav, share bar …) by class/id: its sentences do not make a body. */
  chrome: boolean;
  // Subtree stats (visible text only), filled by measure().
  chars: number;
  linkChars: number;
  good: number;
  weak: number;
  punct: number;
  /** Number of links with headline-length text. */
  links: number;
  /** Number of links with any text. */
  anchors: number;
}

/** A line of text as shown: what linearize() returns. */
export interface Line {
  text: string;
  linkChars: number;
  hidden: boolean;
  /** The block element the line's first text sits in. */
  block: El;
  /** Visible characters of link text opening the line, before any other text ('<a>频道</a> 来源：…'). */
  lead: number;
}

interface DomLike {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomLike[];
}

function isChromeName(attrs: Record<string, string>): boolean {
  const names = `${attrs.id ?? ''} ${attrs.class ?? ''}`;
  if (names.trim() === '') return false;
  return names
    .toLowerCase()
    .split(/[\s_-]+/)
    .some((t) => CHROME_TOKENS.has(t));
}

export function newEl(tag: string, attrs: Record<string, string>, parent: El | null): El {
  return {
    tag,
    id: attrs.id ?? '',
    cls: attrs.class ?? '',
    attrs,
    kids: [],
    parent,
    hidden: false,
    inLink: tag === 'a' || parent?.inLink === true,
    chrome: parent?.chrome === true || isChromeName(attrs),
    chars: 0,
    linkChars: 0,
    good: 0,
    weak: 0,
    punct: 0,
    links: 0,
    anchors: 0,
  };
}

/** What the walk collects besides the tree: head data (often also found in <body> on CMS pages). */
export interface PageData {
  metas: Metas;
  titles: string[];
  css: string;
  canonical: string | null;
}

export type Metas = Map<string, string>;

function plainText(node: DomLike): string {
  let out = '';
  const stack: DomLike[] = [node];
  while (stack.length > 0 && out.length < 100_000) {
    const n = stack.pop() as DomLike;
    if (n.type === 'text') out += n.data ?? '';
    const kids = n.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as DomLike);
  }
  return out;
}

/**
 * Builds our tree from the parser's, iteratively, with depth and size caps,
 * collecting metas, titles, CSS and the canonical link on the way.
 */
function buildTree(root: DomLike): { root: El; page: PageData } {
  const top = newEl('#root', {}, null);
  const page: PageData = { metas: new Map(), titles: [], css: '', canonical: null };
  let elements = 0;
  const stack: { node: DomLike; parent: El; depth: number }[] = [];
  const pushKids = (node: DomLike, parent: El, depth: number): void => {
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] as DomLike, parent, depth });
  };
  pushKids(root, top, 0);
  while (stack.length > 0) {
    const { node, parent, depth } = stack.pop() as { node: DomLike; parent: El; depth: number };
    if (node.type === 'text') {
      if (node.data) parent.kids.push(node.data);
      continue;
    }
    // Comments, directives; parsers type <script>/<style> nodes as such.
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const tag = (node.name ?? '').toLowerCase();
    const attrs = node.attribs ?? {};
    if (tag === 'meta') {
      const key = (attrs.name ?? attrs.property ?? attrs.itemprop ?? '').trim().toLowerCase();
      const value = cleanLine(attrs.content ?? '');
      if (key !== '' && value !== '' && !page.metas.has(key)) page.metas.set(key, value);
      continue;
    }
    if (tag === 'title') {
      if (page.titles.length < 5) page.titles.push(plainText(node));
      continue;
    }
    if (tag === 'style') {
      if (page.css.length < 2_000_000) page.css += `${plainText(node)}\n`;
      continue;
    }
    if (tag === 'link') {
      if (page.canonical === null && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href) page.canonical = attrs.href;
      continue;
    }
    if (DROP_TAGS.has(tag)) continue;
    if (depth >= MAX_DEPTH || elements >= MAX_ELEMENTS) {
      // Flatten: keep the text, drop the structure (with a line break per block).
      if (BLOCK_TAGS.has(tag)) parent.kids.push(newEl('br', {}, parent));
      pushKids(node, parent, depth);
      continue;
    }
    elements++;
    const el = newEl(tag, attrs, parent);
    // <head> is walked for its metas but never shown.
    el.hidden = tag === 'head' || 'hidden' in attrs || (attrs.style !== undefined && HIDDEN_STYLE.test(attrs.style));
    parent.kids.push(el);
    pushKids(node, el, depth + 1);
  }
  return { root: top, page };
}

/**
 * Parsers keep their open-element stack in arrays shifted at the front, so
 * nesting depth costs time per tag: tags opened beyond this depth are dropped
 * (their text stays) before parsing.
 */
const MAX_SOURCE_DEPTH = 256;
/** Tags that never nest (void) or close themselves implicitly: not counted. */
const UNCOUNTED =
  /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|td|th|tr|option|dt|dd|!.*|\?.*)$/i;

function indexOrEnd(html: string, ch: string, from: number): number {
  const i = html.indexOf(ch, from);
  return i < 0 ? html.length : i;
}

/** Elements whose content is text up to their end tag. */
const RAW_TEXT = /^(?:script|style|textarea|title)$/i;
const NAME_START = /[a-zA-Z!?]/;
const NAME_STOP = /[\s/]/;

/**
 * Linear in the page: one pass over the '<'s, with the next '>' and the next
 * '<' found by searches that only move forward (a regex tag pattern
 * backtracks over an unclosed '<!--------…' or '<a字字字…' quadratically).
 * A tag is '<', an optional '/', a name starting [a-zA-Z!?], then anything
 * but '<' up to the first '>'.
 */
function capNesting(html: string): string {
  let depth = 0;
  let cut: number[] | null = null; // [start, end) pairs of dropped tags
  let nextGt = -1; // the first '>' at or after the position searched; html.length when none
  let nextLt = -1; // likewise for '<'
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    if (nextGt <= lt) nextGt = indexOrEnd(html, '>', lt + 1);
    if (nextLt <= lt) nextLt = indexOrEnd(html, '<', lt + 1);
    if (nextGt === html.length) break; // no '>' left: no tag left
    if (nextLt < nextGt) continue; // another '<' before the '>': not a tag
    const closing = html.charCodeAt(lt + 1) === 0x2f; /* / */
    const nameAt = closing ? lt + 2 : lt + 1;
    if (nameAt >= nextGt || !NAME_START.test(html.charAt(nameAt))) continue;
    const gt = nextGt;
    let nameEnd = nameAt + 1;
    while (nameEnd < gt && !NAME_STOP.test(html.charAt(nameEnd))) nameEnd++;
    const name = html.slice(nameAt, nameEnd);
    const selfClosing = gt - 1 > nameAt && html.charCodeAt(gt - 1) === 0x2f;
    if (UNCOUNTED.test(name) || selfClosing) {
      lt = gt;
      continue;
    }
    if (closing) {
      if (depth > 0) depth--;
      lt = gt;
      continue;
    }
    if (RAW_TEXT.test(name)) {
      // Raw-text elements: skip to their end tag.
      const end = new RegExp(`</${name}`, 'ig');
      end.lastIndex = gt + 1;
      const close = end.exec(html);
      if (close === null) break;
      lt = close.index - 1;
      continue;
    }
    if (depth >= MAX_SOURCE_DEPTH) (cut ??= []).push(lt, gt + 1);
    else depth++;
    lt = gt;
  }
  if (cut === null) return html;
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < cut.length; i += 2) {
    parts.push(html.slice(at, cut[i]));
    at = cut[i + 1] as number;
  }
  parts.push(html.slice(at));
  return parts.join('');
}

/** All elements in document order (pre-order), without recursion. */
export function elementsOf(root: El): El[] {
  const out: El[] = [];
  const stack: El[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as El;
    out.push(el);
    for (let i = el.kids.length - 1; i >= 0; i--) {
      const k = el.kids[i];
      if (typeof k !== 'string') stack.push(k as El);
    }
  }
  return out;
}

/** Text nodes ride the stack as pseudo-elements. */
export function textEl(s: string, parent: El): El {
  const el = newEl('#text', { t: s }, parent);
  return el;
}

export function textOf(el: El): string {
  let out = '';
  const stack: (El | string)[] = [el];
  while (stack.length > 0) {
    const k = stack.pop() as El | string;
    if (typeof k === 'string') out += k;
    else if (k.tag === 'br') out += '\n';
    else for (let i = k.kids.length - 1; i >= 0; i--) stack.push(k.kids[i] as El | string);
    if (out.length > 2000) break;
  }
  return out;
}

export function tokens(el: El): string[] {
  return `${el.id} ${el.cls}`
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter((t) => t !== '');
}

export function isInside(el: El, container: El): boolean {
  for (let p: El | null = el; p !== null; p = p.parent) if (p === container) return true;
  return false;
}

/** Parses a page into our tree and the head data collected on the way. */
export function parsePage(html: string): { root: El; page: PageData } {
  const input = capNesting(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html);
  const $ = cheerio().load(input);
  return buildTree($.root()[0] as unknown as DomLike);
}
