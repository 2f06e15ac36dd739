/**
 * HTML page → article: main text plus the page's metadata (government meta
 * tags, headline, publication time, source, site).
 *
 * The only module importing cheerio. cheerio's htmlparser2 build parses (it
 * is lenient with broken markup and linear, where parse5 is quadratic in
 * nesting depth); everything after runs on a small tree of our own built with
 * explicit stacks. Input is capped (8 MB, nesting 256 in the source, 300 in
 * the tree, 300k elements), so a page nested 10,000 levels deep or 10 MB long
 * costs bounded time and never recurses.
 *
 * Main text: every element gets a subtree sum of good text (sentence-like,
 * outside links) minus link text and weak text (short unpunctuated bits such
 * as nav labels and footer lines) — the text-density idea of
 * GeneralNewsExtractor, as a maximum-sum subtree; headline-length links cost
 * extra, so teaser lists lose. Common government CMS content containers
 * (zoom, TRS_Editor, article-content …) get a bonus, the specific ones win
 * outright when they hold real text.
 * Inside the winner, hidden, link-dense and widget blocks are skipped, then
 * credit/share lines are dropped and related-list tails cut off.
 *
 * Besides the main text, the page's own info line(s) around the headline
 * (发布时间/来源/作者 …) and the article's credit line(s) (责任编辑/审核 …) are
 * returned as shown, for callers that analyse them with the text.
 */
import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio/slim';

const require = createRequire(import.meta.url);
let cheerioModule: typeof Cheerio | null = null;

/** Loaded on the first page, not at import: text and JSONL runs never pay for it. */
function cheerio(): typeof Cheerio {
  cheerioModule ??= require('cheerio/slim') as typeof Cheerio;
  return cheerioModule;
}

export interface HtmlSite {
  name: string | null;
  domain: string | null;
  idCode: string | null;
  column: string | null;
}

export interface HtmlArticle {
  /** Main text, paragraphs joined by '\n'; '' when the page has no article body. */
  text: string;
  /** Headline: ArticleTitle meta, else the best headline element / <title> without the site suffix. */
  title: string | null;
  /** ISO as precise as stated: YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS. */
  publishedAt: string | null;
  source: string | null;
  /** SiteName, SiteDomain, SiteIDCode, ColumnName (with fallbacks); null when the page states none. */
  site: HtmlSite | null;
  author: string | null;
  keywords: string | null;
  description: string | null;
  url: string | null;
  /** First six digits of SiteIDCode when it starts with six digits (a region code). */
  regionCode: string | null;
  /**
   * The visible info line(s) under (or just above) the headline — 发布时间/来源/作者/编辑 …
   * — as shown, whitespace-normalised, without counters and share/print widgets; [] when none.
   */
  header: string[];
  /** Credit line(s) at the end of the article (责任编辑/编辑/审核/校对/记者/摄影 …), as shown; [] when none. */
  credits: string[];
}

// ---------------------------------------------------------------- limits

/** Longer input is cut here (a saved article page is rarely over 1 MB). */
const MAX_HTML_CHARS = 8_000_000;
/** Deeper elements are flattened into their ancestor at this depth. */
const MAX_DEPTH = 300;
/** Elements beyond this count are not built (their text is kept). */
const MAX_ELEMENTS = 300_000;

// ---------------------------------------------------------------- sniffing

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

// ---------------------------------------------------------------- our tree

interface El {
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

/** Never contain article text. */
const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'map',
  'area',
]);
/** Elements that start a new line. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'br',
  'body',
  'html',
  'caption',
  'marquee',
]);
/** Semantic page chrome. */
const CHROME_TAGS = new Set(['nav', 'footer', 'aside']);

interface DomLike {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomLike[];
}

/** Class/id tokens of page chrome that never wraps the article. */
const CHROME_TOKENS = new Set([
  'footer',
  'foot',
  'copyright',
  'nav',
  'navbar',
  'menu',
  'breadcrumb',
  'crumb',
  'crumbs',
  'sidebar',
  'share',
  'bdshare',
  'related',
  'relate',
  'recommend',
  'comment',
  'comments',
]);

function isChromeName(attrs: Record<string, string>): boolean {
  const names = `${attrs.id ?? ''} ${attrs.class ?? ''}`;
  if (names.trim() === '') return false;
  return names
    .toLowerCase()
    .split(/[\s_-]+/)
    .some((t) => CHROME_TOKENS.has(t));
}

/** Footer lines of government sites. */
const FOOTER_TEXT = /版权所有|ICP备|网站标识码|主办单位|承办单位|技术支持|公网安备|Copyright|©/i;

function newEl(tag: string, attrs: Record<string, string>, parent: El | null): El {
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

// Also zero-size text boxes ('width:0;height:0;overflow:hidden', 'font:0/0').
const HIDDEN_STYLE =
  /display\s*:\s*none|visibility\s*:\s*hidden|font(?:-size)?\s*:\s*0(?:px)?(?:\/0)?(?![.\d])|^(?=.*\bwidth\s*:\s*0(?:px)?\s*(?:;|$))(?=.*\bheight\s*:\s*0(?:px)?\s*(?:;|$))(?=.*overflow\s*:\s*hidden)/i;

/** `.cls` / `#id` selectors that a page's own <style> hides (display:none). */
function hiddenSelectors(css: string): { classes: Set<string>; ids: Set<string> } {
  const classes = new Set<string>();
  const ids = new Set<string>();
  // 'selectors { declarations' chunks, split on '}': one linear pass.
  for (const chunk of css.split('}')) {
    const brace = chunk.lastIndexOf('{');
    if (brace < 0 || !/display\s*:\s*none/i.test(chunk.slice(brace))) continue;
    const selectors = chunk.slice(Math.max(0, chunk.lastIndexOf('{', brace - 1) + 1, brace - 400), brace);
    for (const sel of selectors.split(',')) {
      const s = /^\s*[a-z]*([.#])([\w-]+)\s*$/i.exec(sel);
      if (!s) continue;
      (s[1] === '.' ? classes : ids).add(s[2] as string);
    }
  }
  return { classes, ids };
}

/** What the walk collects besides the tree: head data (often also found in <body> on CMS pages). */
interface PageData {
  metas: Metas;
  titles: string[];
  css: string;
  canonical: string | null;
}

type Metas = Map<string, string>;

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

/** Marks elements that the page's own CSS hides. */
function applyHiddenCss(elements: El[], css: string): void {
  if (css === '') return;
  const hidden = hiddenSelectors(css);
  if (hidden.classes.size === 0 && hidden.ids.size === 0) return;
  for (const el of elements) {
    if (el.hidden) continue;
    if (
      (el.id !== '' && hidden.ids.has(el.id)) ||
      (el.cls !== '' && el.cls.split(/\s+/).some((c) => hidden.classes.has(c)))
    )
      el.hidden = true;
  }
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

function capNesting(html: string): string {
  // '[^<>]' keeps each match from scanning past the next '<': linear even on '<<<<…'.
  const tag = /<(\/?)([a-zA-Z!?][^\s/<>]*)[^<>]*?(\/?)>/g;
  let depth = 0;
  let cut: number[] | null = null; // [start, end) pairs of dropped tags
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    const name = m[2] as string;
    if (UNCOUNTED.test(name) || m[3] === '/') continue;
    if (m[1] === '/') {
      if (depth > 0) depth--;
      continue;
    }
    if (/^(?:script|style|textarea|title)$/i.test(name)) {
      // Raw-text elements: skip to their end tag.
      const end = new RegExp(`</${name}`, 'ig');
      end.lastIndex = tag.lastIndex;
      const close = end.exec(html);
      tag.lastIndex = close === null ? html.length : close.index;
      continue;
    }
    if (depth >= MAX_SOURCE_DEPTH) {
      (cut ??= []).push(m.index, m.index + m[0].length);
      continue;
    }
    depth++;
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
function elementsOf(root: El): El[] {
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

// ---------------------------------------------------------------- text helpers

/** Punctuation of running text; '：' alone marks labels ('来源：'), so it is not counted. */
const SENTENCE_PUNCT = /[，。；！？、“”（）《》]/g;
const END_PUNCT = /[。！？]/g;

function visibleLen(s: string): number {
  return s.replace(/\s+/g, '').length;
}

function count(re: RegExp, s: string): number {
  const m = s.match(re);
  return m === null ? 0 : m.length;
}

function cleanLine(s: string): string {
  return s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}

/**
 * Traditional forms of the characters in our label and boilerplate patterns
 * (來源, 發布時間, 責任編輯, 版權所有 …), folded one for one so indexes
 * stay valid: the patterns are written once, in simplified form.
 */
const LABEL_FOLD: Record<string, string> = {
  來: '来',
  發: '发',
  佈: '布',
  時: '时',
  間: '间',
  責: '责',
  編: '编',
  輯: '辑',
  關: '关',
  閱: '阅',
  讀: '读',
  權: '权',
  覽: '览',
  數: '数',
  擊: '击',
  訊: '讯',
  標: '标',
  識: '识',
  碼: '码',
  網: '网',
  頁: '页',
  當: '当',
  聞: '闻',
  點: '点',
  載: '载',
  體: '体',
  號: '号',
  辦: '办',
  單: '单',
  術: '术',
  備: '备',
  圖: '图',
  薦: '荐',
  熱: '热',
  聯: '联',
  鏈: '链',
  連: '连',
  報: '报',
  導: '导',
  題: '题',
  審: '审',
  覈: '核',
  張: '张',
  舉: '举',
  區: '区',
  於: '于',
  現: '现',
  歸: '归',
  屬: '属',
  門: '门',
  戶: '户',
  頻: '频',
  臺: '台',
  訪: '访',
  問: '问',
  總: '总',
  結: '结',
  開: '开',
  會: '会',
  議: '议',
  動: '动',
  辭: '辞',
  節: '节',
  頂: '顶',
  掃: '扫',
  維: '维',
  紹: '绍',
  護: '护',
  錯: '错',
  糾: '纠',
  廣: '广',
  轉: '转',
  錄: '录',
  選: '选',
  項: '项',
  寫: '写',
  讚: '赞',
  記: '记',
  員: '员',
  攝: '摄',
  對: '对',
  實: '实',
  習: '习',
  瀏: '浏',
};
const FOLD_RE = new RegExp(
  `[${Object.keys(LABEL_FOLD)
    .filter((k) => k.length === 1)
    .join('')}]`,
  'g',
);

function fold(s: string): string {
  return s.replace(FOLD_RE, (c) => LABEL_FOLD[c] ?? c);
}

/** Whitespace-free NFKC form, for comparisons. */
function norm(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

function tokens(el: El): string[] {
  return `${el.id} ${el.cls}`
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter((t) => t !== '');
}

// ---------------------------------------------------------------- measuring

/**
 * Post-order subtree stats. Each text node counts as good (sentence-like:
 * punctuated or long, not in a link), link, or weak.
 */
function measure(elements: El[]): void {
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i] as El;
    let chars = 0;
    let linkChars = 0;
    let good = 0;
    let weak = 0;
    let punct = 0;
    let links = 0;
    let anchors = 0;
    if (!el.hidden && !CHROME_TAGS.has(el.tag)) {
      const inLink = el.inLink;
      // A headline is never the body: its text weighs like chrome.
      const heading = /^h[1-6]$/.test(el.tag);
      for (const k of el.kids) {
        if (typeof k === 'string') {
          const n = visibleLen(k);
          if (n === 0) continue;
          chars += n;
          if (inLink) {
            linkChars += n;
            continue;
          }
          const p = count(SENTENCE_PUNCT, k);
          punct += p;
          if ((p > 0 || n >= 40) && !heading && !el.chrome && !FOOTER_TEXT.test(fold(k))) good += n;
          else weak += n;
        } else if (/^h[1-6]$/.test(el.tag)) {
          chars += k.chars;
          linkChars += k.linkChars;
          weak += k.good + k.weak;
          links += k.links;
          anchors += k.anchors;
        } else {
          chars += k.chars;
          linkChars += k.linkChars;
          good += k.good;
          weak += k.weak;
          punct += k.punct;
          links += k.links;
          anchors += k.anchors;
        }
      }
    }
    el.chars = chars;
    el.linkChars = linkChars;
    el.good = good;
    el.weak = weak;
    el.punct = punct;
    // Only headline-length links count: teaser lists, not pagers or nav labels.
    el.links = links + (el.tag === 'a' && chars >= 8 ? 1 : 0);
    el.anchors = anchors + (el.tag === 'a' && chars > 0 ? 1 : 0);
  }
}

/** Classes/ids of article bodies in common CMSs (TRS, 大汉, VSB, Hanweb, UCAP …). */
const CONTENT_HINT =
  /^(?:zoom|zoomcon|article-content|article_content|articlecontent|trs_editor|content|con|pages_content|art_con|wzcon|detail|detailcontent|endtext|post_text|main-content|main_content|text|txt|news_txt|news_content|newscontent|rwb_zw|rm_txt_con|left_zw|vsb_content|ucap-content|cnt-main-article-qq|article|artibody|contentbox|content_box|con_text|info_content|textbox|zw|wz_content|mainbody)$/i;

/** Tokens of classes/ids of widgets, lists and chrome. */
const JUNK_TOKENS = new Set([
  'share',
  'bdshare',
  'jiathis',
  'related',
  'relate',
  'relative',
  'recommend',
  'comment',
  'comments',
  'pager',
  'pagination',
  'paging',
  'footer',
  'foot',
  'nav',
  'navbar',
  'menu',
  'breadcrumb',
  'crumb',
  'crumbs',
  'sidebar',
  'aside',
  'tags',
  'advert',
  'copyright',
  // Not 'hidden'/'print': utility classes like 'overflow-hidden' or 'print-area' wrap real bodies.
  'qrcode',
  'ewm',
  'toolbar',
  'adeditor',
  'edit',
  'hot',
  'xgyd',
  'xgxw',
  'fenxiang',
]);

const LIST_TAGS = new Set(['div', 'ul', 'ol', 'dl', 'table', 'tbody', 'tr', 'td', 'li', 'p', 'section', 'center']);

function isJunkBlock(el: El): boolean {
  if (el.hidden || CHROME_TAGS.has(el.tag)) return true;
  if (tokens(el).some((t) => JUNK_TOKENS.has(t))) return true;
  if (/^(?:xinhuapager|pageLink|page_nav|page-nav)$/i.test(el.cls)) return true;
  // 信息公开 metadata tables (索引号/发布机构/文号…) sit above many gov bodies.
  if (
    el.chars > 0 &&
    el.chars < 1200 &&
    LIST_TAGS.has(el.tag) &&
    /^\s*(?:信息)?索\s*引\s*号/.test(textOf(el).slice(0, 400))
  )
    return true;
  // Keyword tags and pagers: nothing but a few short links.
  if (LIST_TAGS.has(el.tag) && el.anchors >= 2 && el.linkChars === el.chars && el.chars < 40) return true;
  // Link lists: mostly link text and few sentences of their own.
  if (
    LIST_TAGS.has(el.tag) &&
    el.chars >= 12 &&
    el.linkChars / el.chars > 0.5 &&
    el.chars - el.linkChars < 80 &&
    el.punct < 3
  )
    return true;
  return false;
}

/** Share of the good text a child must hold for the container to narrow to it. */
const DESCEND_SHARE = 0.85;
const INLINE_OR_P = new Set(['p', 'span', 'font', 'strong', 'b', 'em', 'i', 'u', 'a', 'label', 'small', 'big']);

/** Good text, less links (each link also costs a little: teaser lists are many links). */
function baseScore(el: El): number {
  return el.good - el.linkChars - 0.3 * el.weak - LINK_COST * el.links;
}
const LINK_COST = 30;

/** Ids/classes that name the article box itself in common CMSs. */
const STRONG_CONTENT =
  /^(?:zoom|zoomcon|trs_editor|article-content|article_content|articlecontent|pages_content|art_con|wzcon|vsb_content|ucap-content|con_text|detailcontent|detail-content|news_txt|endtext|rm_txt_con|left_zw|rwb_zw|artibody|article-body|article_body|xxgk_content|info_content|ccontent|bt_content|wz_content|zw_content|content_text|text_content|main_text)$/i;

function isStrongContent(el: El): boolean {
  if (STRONG_CONTENT.test(el.id)) return true;
  return el.cls.split(/\s+/).some((c) => STRONG_CONTENT.test(c));
}

/** The element holding the article body, or null when none looks like one. */
function pickContainer(elements: El[]): El | null {
  let best: El | null = null;
  let bestScore = 0;
  let strong: El | null = null;
  let strongScore = 0;
  for (const el of elements) {
    if (el.good === 0) continue;
    let score = baseScore(el);
    if (tokens(el).some((t) => CONTENT_HINT.test(t)) || CONTENT_HINT.test(el.id) || CONTENT_HINT.test(el.cls))
      score *= 1.15;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
    if (score > strongScore && el.good >= 10 && el.linkChars < 0.5 * el.chars && isStrongContent(el)) {
      strong = el;
      strongScore = score;
    }
  }
  // A CMS article box (#zoom, .TRS_Editor …) beats a teaser list that merely has more text,
  // and a wrapper around it when it holds most of the wrapper's text.
  if (strong !== null && best !== null && strong !== best) {
    const inside = isInside(strong, best);
    if ((inside && strong.good >= 0.6 * best.good) || (!inside && strongScore >= 0.2 * bestScore)) {
      best = strong;
      bestScore = strongScore;
    }
  }
  // A wrapper whose text is almost all in one block child (header, credits
  // and disclaimers around the article box): take the child.
  for (let guard = 0; best !== null && guard < 50; guard++) {
    let inner: El | null = null;
    for (const k of best.kids) {
      if (typeof k === 'string' || INLINE_OR_P.has(k.tag)) continue;
      if (k.good >= DESCEND_SHARE * best.good) inner = k;
    }
    if (inner === null) break;
    best = inner;
  }
  // One paragraph (or an inline wrapper) is rarely the whole body: take the
  // block around it when that is nearly as good.
  while (best !== null && INLINE_OR_P.has(best.tag) && best.parent !== null && best.parent.tag !== '#root') {
    const up = best.parent;
    if (baseScore(up) < 0.6 * bestScore) break;
    best = up;
  }
  return best;
}

// ---------------------------------------------------------------- linearising

interface Line {
  text: string;
  linkChars: number;
  hidden: boolean;
  /** The block element the line's first text sits in. */
  block: El;
  /** Visible characters of link text opening the line, before any other text ('<a>频道</a> 来源：…'). */
  lead: number;
}

/** Inline links whose text is navigation, not article text ('返回腾讯网首页>>'). */
const LINK_JUNK = /(?:>>|》》|>\s*$)|^(?:返回|点击进入|更多|查看更多|进入)|首页$/;

/**
 * Lines of text under `root`. With `body` set, hidden and junk blocks are
 * skipped; otherwise every line is returned with its hidden flag.
 */
function linearize(root: El, body: boolean): Line[] {
  const lines: Line[] = [];
  let buf = '';
  let bufLink = 0;
  let bufHidden = false;
  let bufBlock: El = root;
  let bufLead = 0;
  let leadOpen = true;
  const flush = (): void => {
    const text = cleanLine(buf);
    if (text !== '') lines.push({ text, linkChars: bufLink, hidden: bufHidden, block: bufBlock, lead: bufLead });
    buf = '';
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
      if (buf.trim() === '') {
        bufBlock = el.parent ?? root;
        bufHidden = item.hidden;
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

/** Text nodes ride the stack as pseudo-elements. */
function textEl(s: string, parent: El): El {
  const el = newEl('#text', { t: s }, parent);
  return el;
}

function textOf(el: El): string {
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

// ---------------------------------------------------------------- body clean-up

/** Credit, share and print lines: never article text. */
const LINE_JUNK = [
  /^[(（【[]?\s*(?:责任编辑|责编|编辑|校对|审核|审校|监制|来源于)\s*[:：]/,
  /责任编辑\s*[:：]|[(（【[]\s*责编\s*[:：]/,
  /^【?纠错】?|^【?打印(?:本页)?】?|关闭(?:本页|窗口)|返回顶部|^分享到|^分享至|扫一扫|^字号|^【?字体[:：]/,
  /^(?:上一篇|下一篇|上一页|下一页)\s*[:：]?/,
  /^(?:[|【[]?\s*(?:\d{1,2}|上一页|下一页|首页|尾页)\s*[】\]|]?\s*){3,}$/,
  /浏览次数\s*[:：]|阅读次数\s*[:：]|点击数\s*[:：]|访问量\s*[:：]/,
  /^(?:Play Video|Loaded|Current Time|Duration|Remaining Time)\b/i,
  /^(?:当前位置|您当前的位置|您现在的位置|现在位置|所在位置|您的位置|当前所在位置|您当前所在位置)\s*[:：]/,
  /版权所有|ICP备\s*\d|网站标识码|公网安备|^技术支持\s*[:：]|^主办(?:单位)?\s*[:：]/,
];

const JUNK_LINE_MAX = 80;

/** Lines where the article is over: what follows is lists, notices or the reader community. */
const TAIL_MARKERS =
  /^(?:延伸阅读|相关阅读|推荐阅读|相关新闻|相关稿件|关联稿件|相关链接|相关文章|相关报道|热点推荐|热门推荐|精彩推荐|阅读下一篇|特别声明[:：]|网友评论|我要评论|扫描下方二维码|长按(?:识别)?二维码|扫码关注|点.{0,2}在看|看都看完了|回复【)/;

/** A key-points list before the article proper ('划重点：' + <ol>), repeated later in the body. */
const SUMMARY_HEAD = /^(?:划重点|内容提要|内容摘要|摘要|导读|核心提示|要点提示)\s*[:：]?$/;

function inList(el: El): boolean {
  for (let p: El | null = el; p !== null; p = p.parent) if (p.tag === 'li') return true;
  return false;
}

function cleanBody(raw: Line[]): string[] {
  let start = 0;
  if (raw.length > 0 && SUMMARY_HEAD.test(fold((raw[0] as Line).text))) {
    start = 1;
    while (start < raw.length && inList((raw[start] as Line).block)) start++;
  }
  const lines = raw.slice(start).map((l) => l.text);
  // Junk lines are short; a paragraph that merely mentions 扫一扫 or 版权所有 stays.
  let out = lines.filter(
    (l) => !/^[\uFFFD\s]*$/.test(l) && (l.length > JUNK_LINE_MAX || !LINE_JUNK.some((re) => re.test(fold(l)))),
  );
  // Cut at the first tail marker after the first third of the text.
  const total = out.reduce((n, l) => n + l.length, 0);
  let seen = 0;
  for (let i = 0; i < out.length; i++) {
    const l = out[i] as string;
    if (seen > total / 3 && l.length <= 40 && TAIL_MARKERS.test(fold(l))) {
      out = out.slice(0, i);
      break;
    }
    seen += l.length;
  }
  return out;
}

/**
 * The headline (possibly split over lines) and the date/source info line when
 * the container starts with them: they are page header, not body.
 */
function dropHeader(lines: string[], title: string | null): string[] {
  let start = 0;
  if (title) {
    const t = norm(title);
    let acc = '';
    for (let i = 0; i < Math.min(lines.length, 4); i++) {
      acc += norm(lines[i] as string);
      if (acc === t) {
        start = i + 1;
        break;
      }
      if (!t.startsWith(acc)) break;
    }
  }
  while (start < lines.length && start < 6) {
    const l = lines[start] as string;
    const info = l.length < 100 && !/[。！？]/.test(l) && (labelledDate(l) !== null || labelledSource(l) !== undefined);
    if (!info) break;
    start++;
  }
  return lines.slice(start);
}

// ---------------------------------------------------------------- dates

const DATE_RE =
  /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?(?:[\sT-]{0,3}(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/g;

interface DateHit {
  iso: string;
  index: number;
  end: number;
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

/** Dates in a string, as ISO as precise as stated; impossible values are skipped. */
export function findDates(s: string): DateHit[] {
  const out: DateHit[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(s); m !== null; m = DATE_RE.exec(s)) {
    const [, y, mo, d, h, mi, sec] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (year < 1980 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) continue;
    let iso = `${y}-${pad(mo as string)}-${pad(d as string)}`;
    if (h !== undefined && mi !== undefined && Number(h) < 24 && Number(mi) < 60) {
      iso += `T${pad(h)}:${pad(mi)}`;
      if (sec !== undefined && Number(sec) < 60) iso += `:${pad(sec)}`;
    }
    out.push({ iso, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

function parseDate(s: string | null): string | null {
  if (s === null) return null;
  return findDates(s)[0]?.iso ?? null;
}

/** Label right before a date that makes it the publication time. */
const PUB_LABEL = /(?:发布时间|发布日期|发稿时间|发表时间|发表日期|更新时间|时间|日期|发布于|发布)\s*[:：]?\s*$/;
const OTHER_LABEL =
  /(?:生成|发文|成文|印发|修改|访问|截止|开始|结束|会议|活动|报名|办理|受理|实施|施行|有效)(?:日期|时间)\s*[:：]?\s*$/;

function labelledDate(line: string): string | null {
  for (const hit of findDates(line)) {
    const before = fold(line).slice(Math.max(0, hit.index - 12), hit.index);
    if (PUB_LABEL.test(before) && !OTHER_LABEL.test(before)) return hit.iso;
  }
  return null;
}

/** `a` refines `base` when it states the same moment more precisely. */
function refines(a: string, base: string): boolean {
  return a.length > base.length && a.startsWith(base);
}

// ---------------------------------------------------------------- metadata

function meta(metas: Metas, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = metas.get(k.toLowerCase());
    if (v !== undefined && v !== '') return v;
  }
  return null;
}

/** A trailing segment that names a site or column rather than the article. */
const SITE_TAIL = /(?:网|站|政府|频道|新闻|报|门户|客户端|平台|中国\S{1,4}|The Paper|官网|官方网站|公报)$/;

/** `<title>` without the site-name suffixes ('…_XX市人民政府', '…--文化--人民网'). */
export function stripSiteSuffix(raw: string, siteName: string | null): string {
  let t = cleanLine(raw).slice(0, 300);
  if (siteName) {
    const s = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    t = t.replace(new RegExp(`^${s}\\s*[|｜_\\-–—]+\\s*`), '').replace(new RegExp(`\\s*[|｜_\\-–—]+\\s*${s}$`), '');
  }
  const dbl = t.indexOf('__');
  if (dbl > 4) t = t.slice(0, dbl);
  for (let i = 0; i < 4; i++) {
    const m = /^(.*[^\s_|｜\-–—])\s*[_|｜\-–—]+\s*([^_|｜\-–—]{1,24})$/.exec(t);
    if (!m) break;
    const head = m[1] as string;
    const tail = (m[2] as string).trim();
    if (head.length < 5) break;
    if (!(tail.length <= 6 || SITE_TAIL.test(tail))) break;
    t = head.trim();
  }
  return t;
}

/** A headline broken over lines by <br> reads as one line; spaces typed inside it stay. */
function headlineText(raw: string): string {
  return cleanLine(
    raw.replace(/([\u3400-\u9fff\uff00-\uffef])[ \t\u3000]*\n\s*(?=[\u3400-\u9fff\uff00-\uffef])/g, '$1'),
  );
}

function findTitle(titles: string[], metas: Metas, elements: El[]): string | null {
  const fromMeta = meta(metas, 'ArticleTitle');
  if (fromMeta) return fromMeta;
  const raw = titles.map(cleanLine).find((t) => t !== '' && t !== '无标题文档') ?? '';
  const og = meta(metas, 'og:title');
  if (raw === '' && og) return og;
  if (raw === '') {
    const h1 = elements.find((el) => el.tag === 'h1' && !el.hidden && cleanLine(textOf(el)) !== '');
    return h1 ? headlineText(textOf(h1)) : null;
  }
  const stripped = stripSiteSuffix(raw, meta(metas, 'SiteName'));
  const normRaw = norm(raw);
  const normStripped = norm(stripped);
  // A headline element whose text is the stripped title, else the longest contained in <title>.
  let best: string | null = null;
  let bestLen = 0;
  for (const el of elements) {
    if (el.hidden || el.chars < 4 || el.chars > 300) continue;
    if (el.tag === 'a' || el.tag === '#root' || el.tag === 'html' || el.tag === 'body') continue;
    const text = headlineText(textOf(el));
    const n = norm(text);
    if (n === normStripped) return text;
    if (n.length > bestLen && n.length >= 5 && normRaw.includes(n) && n.length >= normStripped.length * 0.5) {
      best = text;
      bestLen = n.length;
    }
  }
  if (og && norm(og) !== '' && normRaw.startsWith(norm(og))) return og;
  return best ?? stripped;
}

interface Found {
  publishedAt: string | null;
  source: string | null;
  /** Short non-list lines right under the headline (or above the body), up to the first running text. */
  nearHeader: Line[];
  /** A dated line just above the headline that gave the time, if any. */
  above: Line | null;
  /** Short non-list lines between the navigation and the headline (信息公开 metadata blocks), in order. */
  aboveBlock: Line[];
}

const SOURCE_LABEL =
  /(?:^|[^\u4e00-\u9fff资料数据])(?:信息来源|文章来源|稿件来源|新闻来源|来源于|来源|来自)\s*[:：]\s*/;
const SOURCE_STOP =
  /\s*(?:[|｜]|发布(?:时间|日期)|时间\s*[:：]|日期\s*[:：]|作者\s*[:：]|编辑\s*[:：]|责任编辑|浏览|点击|访问|阅读|字号|【|\d{4}[-年/]).*$/;
const ORG_LIKE = /(?:社|报|网|台|新闻|日报|办|局|委|厅|部|中心|政府|发布|频道)$/;

function labelledSource(line: string): string | null | undefined {
  const folded = fold(line);
  const m = SOURCE_LABEL.exec(folded);
  if (!m) return undefined;
  const from = m.index + m[0].length;
  const stop = SOURCE_STOP.exec(folded.slice(from));
  const rest = line.slice(from, stop === null ? undefined : from + stop.index);
  const value =
    rest
      .replace(/\s+(?:原创稿|原创)$/, '')
      .trim()
      .split(/\s+/)[0] ?? '';
  if (value === '') return null;
  return value.length <= 40 ? value : undefined;
}

/**
 * publishedAt: a labelled 发布时间/发布日期/时间 line under the headline, else
 * the meta tags (PubDate, article:published_time, publishdate,
 * firstpublishedtime …), else a labelled line elsewhere outside the body,
 * else an unlabelled time under (or just above) the headline. The visible
 * line outranks PubDate because CMSs rewrite PubDate when they regenerate a
 * page. A candidate stating the same moment more precisely (meta, the
 * unlabelled line, crawler copies such as #pubtime_baidu) then refines it.
 *
 * source: ContentSource meta, else a labelled 来源/信息来源/来源于 header line
 * (an empty one means the page states none), else a *source* element, else
 * an unlabelled outlet line right above the time ('新华社'), else a labelled
 * line anywhere, else the 'source' meta.
 */
function findPublishedAndSource(
  lines: Line[],
  title: string | null,
  body: El | null,
  metas: Metas,
  elements: El[],
): Found {
  const visible = lines.filter((l) => !l.hidden);
  const inBody = (l: Line): boolean => body !== null && isInside(l.block, body);
  const listy = (l: Line): boolean => l.linkChars > 0 && l.linkChars / visibleLen(l.text) > 0.6;

  // Where the headline is shown.
  let titleIdx = -1;
  if (title) {
    const t = norm(title);
    const probe = t.slice(0, Math.min(t.length, 12));
    titleIdx = visible.findIndex((l) => !listy(l) && norm(l.text) === t);
    if (titleIdx < 0)
      titleIdx = visible.findIndex((l) => !listy(l) && norm(l.text).includes(probe) && l.text.length < t.length + 40);
  }
  // No visible headline: the lines just above the body stand in for the header.
  let near: Line[] = [];
  if (titleIdx >= 0) near = visible.slice(titleIdx + 1, titleIdx + 16);
  else if (body !== null) {
    const first = visible.findIndex(inBody);
    if (first > 0) near = visible.slice(Math.max(0, first - 8), first);
  }
  // Header lines: up to the first line of running text.
  const nearHeader: Line[] = [];
  for (const l of near) {
    if (l.text.length > 100 || (/[。！？]/.test(l.text) && l.text.length > 30)) break;
    if (!listy(l)) nearHeader.push(l);
  }

  // ---- publication time
  const metaDate = parseDate(
    meta(
      metas,
      'PubDate',
      'article:published_time',
      'publishdate',
      'firstpublishedtime',
      'pubdate',
      'publishtime',
      'pubtime',
      'og:release_date',
      'datePublished',
    ),
  );
  let labelled: string | null = null;
  for (const l of nearHeader) if (labelled === null) labelled = labelledDate(l.text);
  // A labelled line elsewhere (below the body in old layouts) ranks after the meta tags.
  let labelledElsewhere: string | null = null;
  if (labelled === null) {
    for (const l of visible) {
      if (inBody(l) || listy(l) || l.text.length > 120) continue;
      labelledElsewhere = labelledDate(l.text);
      if (labelledElsewhere !== null) break;
    }
  }
  let unlabelled: string | null = null;
  for (const l of nearHeader) {
    if (l.text.length > 120) continue;
    const d = findDates(l.text)[0];
    if (d) {
      unlabelled = d.iso;
      break;
    }
  }
  // Some layouts put the time above the headline; a page clock ('星期三') is not it.
  let above: Line | null = null;
  if (unlabelled === null && titleIdx > 0) {
    for (const l of visible.slice(Math.max(0, titleIdx - 3), titleIdx).reverse()) {
      if (listy(l) || l.text.length > 60 || /星期|今天是/.test(fold(l.text))) continue;
      const d = findDates(l.text)[0];
      if (d) {
        unlabelled = d.iso;
        above = l;
        break;
      }
    }
  }
  // Crawler-facing copies ('#pubtime_baidu') are often more precise.
  const extra: string[] = [];
  for (const el of elements) {
    if (/pub_?time|publish_?time|pubdate/i.test(`${el.id} ${el.cls}`) && el.chars < 60) {
      const d = parseDate(cleanLine(textOf(el)));
      if (d) extra.push(d);
    }
  }
  let publishedAt = labelled ?? metaDate ?? labelledElsewhere ?? unlabelled;
  if (publishedAt !== null) {
    for (const c of [metaDate, unlabelled, ...extra]) if (c !== null && refines(c, publishedAt)) publishedAt = c;
  }

  // ---- source
  let source: string | null = meta(metas, 'ContentSource');
  if (source === null) {
    let explicitEmpty = false;
    for (const l of nearHeader) {
      const s = labelledSource(l.text);
      if (s === null) explicitEmpty = true;
      if (typeof s === 'string') {
        source = s;
        break;
      }
    }
    if (source === null && !explicitEmpty) {
      const el = elements.find(
        (e) =>
          !e.hidden &&
          e.chars > 0 &&
          e.chars < 40 &&
          tokens(e).some((t) => t.includes('source') || t === 'laiyuan' || t === 'ly'),
      );
      if (el) {
        const text = cleanLine(textOf(el));
        const s = labelledSource(text);
        if (typeof s === 'string') source = s;
        else if (s === undefined && !/[:：]/.test(text) && text.length <= 30) source = text;
      }
    }
    if (source === null && !explicitEmpty && titleIdx >= 0) {
      // An unlabelled outlet name right before the date line ('新华社' / '2020-01-03 18:13').
      const dateIdx = near.findIndex((l) => findDates(l.text).length > 0);
      const prev = dateIdx > 0 ? near[dateIdx - 1] : undefined;
      if (prev && prev.text.length <= 12 && ORG_LIKE.test(prev.text) && !inBody(prev) && prev.linkChars === 0)
        source = prev.text;
    }
    if (source === null && !explicitEmpty) {
      for (const l of visible) {
        if (listy(l) || l.text.length > 80) continue;
        const s = labelledSource(l.text);
        if (typeof s === 'string') {
          source = s;
          break;
        }
      }
    }
    if (source === null && !explicitEmpty) {
      const m = meta(metas, 'source');
      if (m)
        source =
          m
            .replace(/^来源\s*[:：]\s*/, '')
            .replace(/\s+(?:原创稿|原创)$/, '')
            .trim() || null;
    }
  }
  const aboveBlock: Line[] = [];
  for (let i = titleIdx - 1; i >= 0 && i >= titleIdx - 24; i--) {
    const l = visible[i] as Line;
    if (listy(l) || l.text.length > 60 || inBody(l)) break;
    aboveBlock.unshift(l);
  }
  return { publishedAt, source, nearHeader, above, aboveBlock };
}

function isInside(el: El, container: El): boolean {
  for (let p: El | null = el; p !== null; p = p.parent) if (p === container) return true;
  return false;
}

function findSite(
  metas: Metas,
  lines: Line[],
  title: string | null,
  rawTitle: string,
  canonical: string | null,
): HtmlSite | null {
  let name = meta(metas, 'SiteName', 'og:site_name');
  // '标题_政务_澎湃新闻-The Paper': the last segment names the site, a short middle one the column.
  let columnFromTitle: string | null = null;
  if (title && rawTitle) {
    const raw = cleanLine(rawTitle).replace(/\s*-\s*The Paper$/i, '');
    const at = raw.indexOf(title);
    const stripped = stripSiteSuffix(raw, null);
    const rest = at >= 0 ? raw.slice(at + title.length) : raw.startsWith(stripped) ? raw.slice(stripped.length) : '';
    const seg = rest
      .split(/\s*(?:_|\||｜|--|-|–|—)\s*/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (name === null && seg.length > 0) name = seg[seg.length - 1] as string;
    const first = seg[0] ?? '';
    if (seg.length >= 2 && first.length <= 6 && !/(?:网|频道|站)$/.test(first)) columnFromTitle = first;
  }
  let domain = meta(metas, 'SiteDomain');
  if (domain === null) {
    const url = meta(metas, 'Url', 'og:url') ?? canonical;
    const m = url ? /^https?:\/\/([^/:?#]+)/i.exec(url) : null;
    if (m) domain = m[1] as string;
  }
  let idCode = meta(metas, 'SiteIDCode');
  if (idCode === null) {
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - 400; i--) {
      const m = /网站标识码\s*[:：]?\s*([A-Za-z]{0,2}\d{8,10})/.exec(fold((lines[i] as Line).text));
      if (m) {
        idCode = m[1] as string;
        break;
      }
    }
  }
  const column = meta(metas, 'ColumnName', 'lanmu') ?? columnFromTitle;
  if (name === null && domain === null && idCode === null && column === null) return null;
  return { name, domain, idCode, column };
}

// ---------------------------------------------------------------- info and credit lines

/** Longer lines are not info or credit lines. */
const MAX_INFO_LINE = 200;

/** Share/print/font widgets shown in brackets anywhere in a line: '【打印】', '[关闭窗口]'. */
const BRACKET_WIDGET =
  /[【[]\s*(?:纠错|打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏(?:本页)?|分享|我要纠错|我要打印|返回顶部|字体\s*[:：]?\s*大\s*中\s*小|大\s*中\s*小)\s*[】\]]/g;
/** Page counters, wherever they sit in the line: '浏览次数：128', '访问量： 199'. */
const COUNTER =
  /(?:浏览次数|浏览量|浏览|点击数|点击量|点击率|点击|阅读次数|阅读量|阅读数|访问量|访问次数)\s*[:：]?\s*[\d,]*\s*次?/g;
/** Where the info proper ends: font-size pickers, share bars and the like come after it. */
const WIDGET_TAIL = /(?:字号|字体|打印|关闭窗口|关闭本页|分享到|分享至|分享|扫一扫|收藏|纠错|我要评论|参与互动|举报)/;

/** A label with nothing after it but the next label or separator: '来源： 发布日期：…', '作者：'. */
const EMPTY_FIELD =
  /(?:发布时间|发布日期|时间|日期|信息来源|文章来源|来源于|来源|来自|出处|作者|责任编辑|编辑|责编|记者|通讯员|摄影|供稿|审核|校对)[ \u0000]*[:：](?=[\s\u0000]*(?:$|[|｜]|[\u4e00-\u9fff]{1,6}[ \u0000]*[:：]))/g;

/** The line without widgets, counters and empty fields, as shown otherwise ('' when nothing is left). */
function stripWidgets(line: string): string {
  if (line.length > 1000) return line;
  // fold() keeps indexes: what is found in the folded text is cut from the original.
  const mask = (w: string): string => '\u0000'.repeat(w.length);
  let folded = fold(line).replace(BRACKET_WIDGET, mask).replace(COUNTER, mask);
  const tail = WIDGET_TAIL.exec(folded);
  const end = tail === null ? line.length : tail.index;
  folded = folded.slice(0, end).replace(EMPTY_FIELD, mask);
  let out = '';
  for (let i = 0; i < end; i++) out += folded[i] === '\u0000' ? ' ' : line[i];
  // Inline boundaries read as spaces; after a full-width colon they never show.
  out = cleanLine(out)
    .replace(/([|｜])(?: ?[|｜])+/g, '$1')
    .replace(/： /g, '：');
  // Separators and open brackets left dangling at the ends (a loop: no regex backtracking).
  let a = 0;
  let b = out.length;
  while (a < b && ' |｜/·】]）)'.includes(out[a] as string)) a++;
  while (b > a && ' |｜/·【[（(:：'.includes(out[b - 1] as string)) b--;
  return out.slice(a, b);
}

/** Labels of an info line (folded, simplified). */
const INFO_LABEL =
  /(?:发布|时间|日期|来源|来源于|来自|出处|作者|编辑|责编|记者|通讯员|摄影|供稿|撰稿|审核|校对|编审)\s*[:：|｜]/;
/** A byline without a colon opening the line: '本报记者  张三  李 四'. */
const BYLINE_OPEN = /^[\u3400-\u9fff《》]{0,12}?(?:记者|通讯员|作者|摄影|编辑|责编)\s+[\u3400-\u9fff]/;
/** A date labelled as a date or time, e.g. 生成日期 in a 信息公开 metadata block. */
const DATE_LABEL = /(?:日期|时间)\s*[:：]?\s*$/;

interface InfoCandidate {
  text: string;
  line: Line;
}

/**
 * Lines as shown, widgets and counters removed, a leading navigation link
 * dropped ('<a>金融市场</a> 棱镜 2019-…'), and a label cell joined with its
 * value cell ('发文日期：' | '2023-04-18').
 */
function infoCandidates(lines: Line[], source: string | null): InfoCandidate[] {
  const out: InfoCandidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    let raw = l.text;
    if (l.lead > 0 && l.lead < visibleLen(raw)) {
      let at = 0;
      for (let seen = 0; at < raw.length && seen < l.lead; at++) if (!/\s/.test(raw[at] as string)) seen++;
      const lead = raw.slice(0, at);
      if (source === null || !norm(source).includes(norm(lead))) raw = raw.slice(at);
    }
    let text = stripWidgets(raw);
    const next = lines[i + 1];
    if (
      /^[^:：]{1,10}[:：]$/.test(cleanLine(raw)) &&
      next !== undefined &&
      next.text.length <= 60 &&
      !/[:：]/.test(next.text)
    ) {
      text = `${cleanLine(raw)}${stripWidgets(next.text)}`;
      i++;
    }
    if (text !== '' && text.length <= MAX_INFO_LINE) out.push({ text, line: l });
  }
  return out;
}

/**
 * The info line(s) around the headline as shown: dated lines of a metadata
 * block right above it, then the lines under it with a 发布时间/来源/作者 …
 * label, a date or a byline, or the unlabelled outlet line that gave the
 * source. Scanning stops where the main text or a related list begins.
 */
function findInfoLines(found: Found, source: string | null, bodyNorms: Set<string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (text: string): void => {
    const n = norm(text);
    // A value cell already joined to its label is not a line of its own.
    if (seen.has(n) || bodyNorms.has(n) || out.length >= 6 || out.some((o) => norm(o).includes(n))) return;
    seen.add(n);
    out.push(text);
  };
  const clock = (s: string): boolean => /星期|今天是/.test(fold(s));
  for (const c of infoCandidates(found.aboveBlock, source)) {
    const d = findDates(c.text)[0];
    if (d !== undefined && !clock(c.text) && DATE_LABEL.test(fold(c.text).slice(0, d.index))) add(c.text);
  }
  if (found.above !== null && !clock(found.above.text)) {
    const text = stripWidgets(found.above.text);
    if (text !== '' && text.length <= MAX_INFO_LINE) add(text);
  }
  for (const c of infoCandidates(found.nearHeader, source)) {
    if (bodyNorms.has(norm(c.line.text))) break;
    const f = fold(c.text);
    if (TAIL_MARKERS.test(fold(c.line.text)) || /^(?:关联稿件|相关稿件|相关链接|相关文章)/.test(f)) break;
    if (clock(c.text) || FOOTER_TEXT.test(f)) continue;
    const info =
      INFO_LABEL.test(f) ||
      BYLINE_OPEN.test(f) ||
      findDates(c.text).length > 0 ||
      (source !== null && c.text.length <= 20 && norm(c.text) === norm(source));
    if (info) add(c.text);
  }
  return out;
}

const CREDIT_ROLE =
  '(?:责任编辑|责任校对|值班编辑|网络编辑|图片编辑|文字编辑|实习编辑|责编|编辑|主编|美编|审核|审校|审稿|审定|校对|终审|初审|复审|二审|三审|签发|监制|作者|撰稿|撰文|图片记者|摄影记者|记者|通讯员|摄影|摄像|供稿|实习生)';
/** A credit line opens with a role (after a bracket or a short outlet name): '(责任编辑：张三)', '新华社记者 李四'. */
const CREDIT_OPEN = new RegExp(
  `^[\\s(（【\\[〔]*[\\u3400-\\u9fff《》]{0,12}?${CREDIT_ROLE}\\s*(?:[:：|｜/]|\\s+(?=[\\u3400-\\u9fff]))`,
);
const CREDIT_ROLE_G = new RegExp(CREDIT_ROLE, 'g');
/** …or has a 责任编辑/责编 label anywhere: '本文来源：新华社 责任编辑：张三'. */
const CREDIT_ANY = /(?:责任编辑|责任校对|责编)\s*[:：|｜]/;
/** Visible lines after the body that may still hold its credits (related lists often come first). */
const CREDIT_SCAN = 30;

/**
 * Credit lines of the article: credit-like lines inside the body container
 * that the main text left out (CMS editor boxes), and those in the lines
 * right after it, before the page footer. Hidden copies, link lists and
 * footer lines are never taken.
 */
function findCredits(lines: Line[], container: El, bodyNorms: Set<string>, taken: Set<string>): string[] {
  const visible = lines.filter((l) => !l.hidden);
  let first = -1;
  let last = -1;
  for (let i = 0; i < visible.length; i++) {
    const l = visible[i] as Line;
    if (!isInside(l.block, container)) continue;
    if (first < 0 && bodyNorms.has(norm(l.text))) first = i;
    last = i;
  }
  if (first < 0) return [];
  const out: string[] = [];
  const seen = new Set(taken);
  for (let i = first + 1; i < visible.length && i <= last + CREDIT_SCAN; i++) {
    const l = visible[i] as Line;
    const folded = fold(l.text);
    if (i > last && FOOTER_TEXT.test(folded)) break;
    if (bodyNorms.has(norm(l.text))) continue;
    if (l.linkChars > 0 && l.linkChars / Math.max(1, visibleLen(l.text)) > 0.5) continue;
    if (FOOTER_TEXT.test(folded)) continue;
    const line = stripWidgets(l.text);
    if (line === '' || line.length > MAX_INFO_LINE) continue;
    const f = fold(line);
    if (!CREDIT_OPEN.test(f) && !CREDIT_ANY.test(f)) continue;
    // It credits someone by a Chinese name: '责任编辑：biaoffeng' is a CMS login.
    if (!/[\u3400-\u9fff]{2}/.test(f.replace(CREDIT_ROLE_G, ''))) continue;
    const n = norm(line);
    if (seen.has(n)) continue;
    seen.add(n);
    out.push(line);
  }
  return out;
}

// ---------------------------------------------------------------- entry point

/** Shorter "bodies" are captions or notices, not articles. */
const MIN_BODY_CHARS = 12;

export function htmlToArticle(html: string): HtmlArticle {
  const input = capNesting(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html);
  const $ = cheerio().load(input);
  const { root, page } = buildTree($.root()[0] as unknown as DomLike);
  const { metas } = page;
  const elements = elementsOf(root);
  applyHiddenCss(elements, page.css);
  measure(elements);

  const title = findTitle(page.titles, metas, elements);

  // Main text.
  const container = pickContainer(elements);
  let text = '';
  if (container !== null) {
    const lines = dropHeader(cleanBody(linearize(container, true)), title);
    const joined = lines.join('\n');
    // A body has sentences; a metadata block or a link list does not.
    if (count(END_PUNCT, joined) >= 1 && visibleLen(joined) >= MIN_BODY_CHARS) text = joined;
  }

  const allLines = linearize(root, false);
  const found = findPublishedAndSource(allLines, title, text === '' ? null : container, metas, elements);
  const { publishedAt, source: src } = found;
  let header: string[] = [];
  let credits: string[] = [];
  if (text !== '' && container !== null) {
    const bodyNorms = new Set(text.split('\n').map(norm));
    header = findInfoLines(found, src, bodyNorms);
    credits = findCredits(allLines, container, bodyNorms, new Set(header.map(norm)));
  }
  const rawTitle = cleanLine(page.titles[0] ?? '');
  const site = findSite(metas, allLines, title, rawTitle, page.canonical);
  const idCode = site?.idCode ?? null;
  const region = idCode !== null ? /^(\d{6})/.exec(idCode) : null;

  return {
    text,
    title,
    publishedAt,
    source: src,
    site,
    // Numeric authors are CMS user ids, not names.
    author: ((a) => (a !== null && /^\d+$/.test(a) ? null : a))(meta(metas, 'Author')),
    keywords: meta(metas, 'Keywords'),
    description: meta(metas, 'Description'),
    url: meta(metas, 'Url', 'og:url'),
    regionCode: region ? (region[1] as string) : null,
    header,
    credits,
  };
}
