/**
 * The anatomy of a title, for every field that reads titles (officials,
 * appointments): an organisation, the modifiers of the post read right to
 * left (常务副, 副, 代理, 原), and the post noun it ends with.
 *
 *   县人民政府|常务副|县长    镇|代理|镇长    北山村|原|党支部书记
 *
 * 代/代理 mark an acting post, 原/前 a former one. Officials keep the flags
 * apart from the position (代理镇长 → position 镇长, acting); appointments
 * keep every modifier in the post (代理镇长 → title 代理镇长): both read them here.
 */
import { POSITION_MODIFIERS, POST_NOUNS } from '../../lexicon/titles.js';
import { byLength, WordList } from '../../text/word-list.js';

const POSTS = new WordList(byLength(POST_NOUNS));
const MODIFIERS = new WordList(byLength(POSITION_MODIFIERS));

/** Modifiers that make a post acting, and those that make it former. */
const ACTING = ['代理', '代'];
const FORMER = ['原', '前'];
/** A flag that opens a title (原党委副书记, 代理县长): longest first. */
const LEADING_FLAG = /^(原|前|代理|代)/;

export interface TitleAnatomy {
  /** The post noun the title ends with (longest listed), '' when none. */
  post: string;
  /** Where the modifiers before the post noun begin: the organisation ends here. */
  modifiersStart: number;
  /** Where the position begins: the post and the modifiers right of any 代/原 flag (常务副县长). */
  positionStart: number;
  /** A 代/代理 among the modifiers. */
  acting: boolean;
  /** A 原/前 among the modifiers. */
  former: boolean;
}

/** The post noun ending at `end` in `text` (longest listed), or ''. */
export function postEndingAt(text: string, end: number): string {
  return end > text.length ? '' : (POSTS.endingAt(text, end) ?? '');
}

/**
 * Reads the title text[start, end) from its end: the post noun, then the
 * modifiers before it as long as each lies wholly at or after `start`.
 */
export function titleAnatomy(text: string, start: number, end: number): TitleAnatomy {
  const post = postEndingAt(text, end);
  let p = end - post.length;
  let positionStart = p;
  let acting = false;
  let former = false;
  if (post) {
    for (;;) {
      const mod = p > start ? MODIFIERS.endingAt(text, p) : null;
      if (!mod || p - mod.length < start) break;
      p -= mod.length;
      if (ACTING.includes(mod)) acting = true;
      else if (FORMER.includes(mod)) former = true;
      else if (!acting && !former) positionStart = p;
    }
  }
  return { post, modifiersStart: p, positionStart, acting, former };
}

/** The flag a text opens with (代理, 代, 原, 前), or '': 原党委副书记 → 原. */
export function leadingFlag(s: string): string {
  return LEADING_FLAG.exec(s)?.[0] ?? '';
}

/** Whether a flag is an acting one (代, 代理) rather than a former one (原, 前). */
export function isActingFlag(flag: string): boolean {
  return ACTING.includes(flag);
}

/** A title that opens with 代/代理 (代理县长, 代镇长): an acting post; the post 代表 is none. */
export function actingTitle(title: string): boolean {
  return isActingFlag(leadingFlag(title)) && !title.startsWith('代表');
}
