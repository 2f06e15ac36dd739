/**
 * Main text: every element gets a subtree sum of good text (sentence-like,
 * outside links) minus link text and weak text (short unpunctuated bits such
 * as nav labels and footer lines) — the text-density idea of
 * GeneralNewsExtractor, as a maximum-sum subtree; headline-length links cost
 * extra, so teaser lists lose. Common government CMS content containers
 * (zoom, TRS_Editor, article-content …) get a bonus, the specific ones win
 * outright when they hold real text.
 */
import { cleanBody, dropHeader } from './cleanup.js';
import { FOOTER_TEXT } from './labelwords.js';
import { linearize } from './linearize.js';
import { CHROME_TAGS, CONTENT_HINT, INLINE_OR_P, STRONG_CONTENT } from './selectors.js';
import { count, END_PUNCT, fold, SENTENCE_PUNCT, visibleLen } from './text.js';
import { type El, isInside, tokens } from './tree.js';

/**
 * Post-order subtree stats. Each text node counts as good (sentence-like:
 * punctuated or long, not in a link), link, or weak.
 */
export function measure(elements: El[]): void {
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

/** Share of the good text a child must hold for the container to narrow to it. */
const DESCEND_SHARE = 0.85;

/** Good text, less links (each link also costs a little: teaser lists are many links). */
function baseScore(el: El): number {
  return el.good - el.linkChars - 0.3 * el.weak - LINK_COST * el.links;
}
const LINK_COST = 30;

function isStrongContent(el: El): boolean {
  if (STRONG_CONTENT.test(el.id)) return true;
  return el.cls.split(/\s+/).some((c) => STRONG_CONTENT.test(c));
}

/** The element holding the article body, or null when none looks like one. */
export function pickContainer(elements: El[]): El | null {
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

/** Shorter "bodies" are captions or notices, not articles. */
const MIN_BODY_CHARS = 12;

/**
 * The container's text, paragraphs joined by '\n': hidden, link-dense and
 * widget blocks skipped, credit/share lines dropped, related-list tails cut
 * off, the headline and info line above it removed; '' when it is no body.
 */
export function mainText(container: El, title: string | null): string {
  const lines = dropHeader(cleanBody(linearize(container, true)), title);
  const joined = lines.join('\n');
  // A body has sentences; a metadata block or a link list does not.
  return count(END_PUNCT, joined) >= 1 && visibleLen(joined) >= MIN_BODY_CHARS ? joined : '';
}
