/**
 * A Title from a span of text: organisation and position split by the shared
 * title anatomy, with the acting and former flags officials report apart.
 */
import type { Title } from '../../../types.js';
import { NEEDS_ORG } from '../../../lexicon/titles.js';
import { isActingFlag, leadingFlag, titleAnatomy } from '../../shared/title-anatomy.js';
import type { Ctx } from '../context.js';

/** The organisation of a title whose text says 村原, 局原 …: a former post (北山村原党支部书记). */
const ORG_FORMER_RE = /[村镇县市区乡局馆]原/;

export function makeTitle(ctx: Ctx, start: number, end: number, rule: string, formerHint: boolean): Title | null {
  const { text, original } = ctx;
  if (end <= start) return null;
  const parts = titleAnatomy(text, start, end);
  const { post } = parts;
  if (!post) return null;
  let { acting, former } = parts;
  // 原党委副书记: a leading 原/前/代 is a flag, not part of the organisation.
  let orgStart = start;
  const orgEnd = parts.modifiersStart;
  const lead = leadingFlag(text.slice(start, orgEnd));
  if (lead) {
    orgStart += lead.length;
    if (isActingFlag(lead)) acting = true;
    else former = true;
  }
  const org = text.slice(orgStart, orgEnd);
  if (ORG_FORMER_RE.test(org)) former = true;
  // 领导/成员/代表 alone (有关领导) are no title; they need an organisation or rank in front.
  if (NEEDS_ORG.has(post) && parts.positionStart === end - post.length && !org) return null;
  return {
    text: original.slice(start, end),
    org: org ? original.slice(orgStart, orgEnd) : null,
    position: original.slice(parts.positionStart, end),
    acting,
    former: former || formerHint,
    span: [start, end],
    rule,
  };
}
