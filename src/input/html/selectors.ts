/**
 * Tag sets and class/id names (CSS selectors of common government CMSs), as
 * data. What the page's text says is in labelwords.ts.
 */

/** Never contain article text. */
export const DROP_TAGS = new Set([
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
export const BLOCK_TAGS = new Set([
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
export const CHROME_TAGS = new Set(['nav', 'footer', 'aside']);

/** Class/id tokens of page chrome that never wraps the article. */
export const CHROME_TOKENS = new Set([
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

/** Inline styles that hide an element; also zero-size text boxes ('width:0;height:0;overflow:hidden', 'font:0/0'). */
export const HIDDEN_STYLE =
  /display\s*:\s*none|visibility\s*:\s*hidden|font(?:-size)?\s*:\s*0(?:px)?(?:\/0)?(?![.\d])|^(?=.*\bwidth\s*:\s*0(?:px)?\s*(?:;|$))(?=.*\bheight\s*:\s*0(?:px)?\s*(?:;|$))(?=.*overflow\s*:\s*hidden)/i;

/** Classes/ids of article bodies in common CMSs (TRS, 大汉, VSB, Hanweb, UCAP …). */
export const CONTENT_HINT =
  /^(?:zoom|zoomcon|article-content|article_content|articlecontent|trs_editor|content|con|pages_content|art_con|wzcon|detail|detailcontent|endtext|post_text|main-content|main_content|text|txt|news_txt|news_content|newscontent|rwb_zw|rm_txt_con|left_zw|vsb_content|ucap-content|cnt-main-article-qq|article|artibody|contentbox|content_box|con_text|info_content|textbox|zw|wz_content|mainbody)$/i;

/** Tokens of classes/ids of widgets, lists and chrome. */
export const JUNK_TOKENS = new Set([
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

/** Blocks that may hold a link list, a pager or a metadata table. */
export const LIST_TAGS = new Set([
  'div',
  'ul',
  'ol',
  'dl',
  'table',
  'tbody',
  'tr',
  'td',
  'li',
  'p',
  'section',
  'center',
]);

/** Inline elements and paragraphs: rarely the whole body on their own. */
export const INLINE_OR_P = new Set(['p', 'span', 'font', 'strong', 'b', 'em', 'i', 'u', 'a', 'label', 'small', 'big']);

/** Ids/classes that name the article box itself in common CMSs. */
export const STRONG_CONTENT =
  /^(?:zoom|zoomcon|trs_editor|article-content|article_content|articlecontent|pages_content|art_con|wzcon|vsb_content|ucap-content|con_text|detailcontent|detail-content|news_txt|endtext|rm_txt_con|left_zw|rwb_zw|artibody|article-body|article_body|xxgk_content|info_content|ccontent|bt_content|wz_content|zw_content|content_text|text_content|main_text)$/i;

/** Pager boxes, by their whole class. */
export const PAGER_CLASS = /^(?:xinhuapager|pageLink|page_nav|page-nav)$/i;
/** Crawler-facing copies of the publication time ('#pubtime_baidu'), by id or class. */
export const PUBTIME_NAME = /pub_?time|publish_?time|pubdate/i;
/** A class/id token of a source box ('article-source', 'laiyuan'). */
export const SOURCE_TOKEN = /source|^(?:laiyuan|ly)$/;
