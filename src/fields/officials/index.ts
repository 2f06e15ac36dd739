/**
 * Officials: every person named by full name in the body, with the titles
 * written next to their mentions.
 *
 * Two phases. Phase 1 finds name spans from the cues in parsers/ (in the
 * order below), resolves overlaps and adds every later occurrence of a found
 * name. Phase 2 reads the titles next to each mention (titles/), knowing where
 * all the names are, so a title never reaches back into the previous name;
 * then roles and surname + post coreference. Rules: ./rules.ts; word lists
 * in src/lexicon. The refiners in refiners/ run later in the pipeline.
 */
import type { Doc, Official, Span, Title } from '../../types.js';
import { type Ctx, excluded, type Hit, type Push, sortedSpans } from './context.js';
import { linkSurnameTitles } from './coreference.js';
import { nameKey, propagate, resolve } from './overlap.js';
import { ageDescribed } from './parsers/age-described.js';
import { anonymised } from './parsers/anonymised.js';
import { bareNameCue } from './parsers/bare-name-cue.js';
import { bareNameList } from './parsers/bare-name-list.js';
import { minorityName } from './parsers/minority-name.js';
import { nameBeforeTitle } from './parsers/name-before-title.js';
import { nameList } from './parsers/name-list.js';
import { runTogetherNames } from './parsers/run-together-names.js';
import { titleBeforeName } from './parsers/title-before-name.js';
import { groupRoles, rolesNear } from './roles.js';
import { OFFICIAL_RULES as R } from './rules.js';
import { titleAfter } from './titles/after-name.js';
import { titlesBefore } from './titles/before-name.js';
import { titlesBeforeDuty } from './titles/before-duty.js';

export interface OfficialsOptions {
  /** Header/byline spans (reporters, editors), in any order: names inside are not officials. */
  exclude: Span[];
}

/**
 * The name cues, in order. Where two hits of one priority cover the same
 * span, the first pushed keeps its rule; the list cue runs last, after every
 * name it may continue.
 */
const CUES: ReadonlyArray<(ctx: Ctx, push: Push) => void> = [
  titleBeforeName, // 镇党委书记|李明华 (and foreign posts: 北方国总统|拉米雷斯)
  nameBeforeTitle, // 吴国栋|县长
  bareNameCue, // 村民|张三, 任命|张三|为, 张三|同志
  ageDescribed, // 现年45岁的|周建明
  anonymised, // 陶某某
  minorityName, // 阿依古丽·买买提
  runTogetherNames, // 周建平赵丽华孙长青|出席
];

function findHits(ctx: Ctx): Hit[] {
  const hits: Hit[] = [];
  const push: Push = (span, rule, priority) => {
    if (!span || excluded(ctx, span[0], span[1])) return;
    hits.push({ start: span[0], end: span[1], rule, priority });
  };
  for (const cue of CUES) cue(ctx, push);
  nameList(ctx, hits); // 副县长赵一凡、|钱晓东
  bareNameList(ctx, push); // 蒋明、邹丽华、钱海涛
  return hits;
}

export function extractOfficials(doc: Doc, options: OfficialsOptions): Official[] {
  const { text, original } = doc;
  const ctx: Ctx = { text, original, exclude: sortedSpans(options.exclude), tokens: doc.tokens };

  const mentions = propagate(ctx, resolve(findHits(ctx), text.length));

  const people = new Map<string, Official>();
  const titleKeys = new Map<string, Set<string>>();
  const shared = groupRoles(text, mentions);
  let prevEnd = 0;
  let prevTitles: Title[] = [];
  for (const [k, h] of mentions.entries()) {
    const key = nameKey(text, [h.start, h.end]);
    let person = people.get(key);
    if (!person) {
      person = { name: original.slice(h.start, h.end).replace(/\s+/g, ''), titles: [], mentions: [], rule: h.rule };
      people.set(key, person);
      titleKeys.set(key, new Set());
    }
    person.mentions.push([h.start, h.end]);

    let titles = titlesBefore(ctx, h.start, prevEnd);
    // 副县长张三、李四: a bare list member shares the titles of the member before it.
    if (titles.length === 0 && text[h.start - 1] === '、' && prevEnd === h.start - 1) {
      titles = prevTitles.map((t) => ({ ...t, rule: R.nameList.id }));
    }
    const after = titleAfter(ctx, h.end);
    const duty = after ? [] : titlesBeforeDuty(ctx, h.end);
    const own = after ? [...titles, after] : [...titles, ...duty];
    const seen = titleKeys.get(key) as Set<string>;
    for (const t of own) {
      const k = text.slice(t.span[0], t.span[1]);
      if (seen.has(k)) continue;
      seen.add(k);
      person.titles.push(t);
    }
    for (const role of after ? rolesNear(text, after.span[1]) : (shared[k] ?? [])) {
      person.roles ??= [];
      if (!person.roles.includes(role)) person.roles.push(role);
    }
    prevEnd = after ? after.span[1] : h.end;
    prevTitles = titles;
  }

  const officials = [...people.values()];
  linkSurnameTitles(ctx, officials, mentions);
  return officials;
}
