/**
 * The page header: where the headline is shown, the lines under (or above)
 * it, and the publication time and source they or the meta tags state.
 */
import { findDates, labelledDate, parseDate, refines } from './dates.js';
import { SOURCE_LABEL } from './labels.js';
import { CLOCK, ORG_LIKE, SOURCE_STOP } from './labelwords.js';
import { meta } from './page-meta.js';
import { PUBTIME_NAME, SOURCE_TOKEN } from './selectors.js';
import { cleanLine, fold, norm, visibleLen } from './text.js';
import { type El, isInside, type Line, type Metas, textOf, tokens } from './tree.js';

/** What the header gives: the time and source, and the lines the info-line reader scans. */
export interface Found {
  publishedAt: string | null;
  source: string | null;
  /** Short non-list lines right under the headline (or above the body), up to the first running text. */
  nearHeader: Line[];
  /** A dated line just above the headline that gave the time, if any. */
  above: Line | null;
  /** Short non-list lines between the navigation and the headline (信息公开 metadata blocks), in order. */
  aboveBlock: Line[];
}

/** A labelled source: the value after 来源：, null when the label is empty, undefined when none or too long. */
export function labelledSource(line: string): string | null | undefined {
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
export function findPublishedAndSource(
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
      if (listy(l) || l.text.length > 60 || CLOCK.test(fold(l.text))) continue;
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
    if (PUBTIME_NAME.test(`${el.id} ${el.cls}`) && el.chars < 60) {
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
        (e) => !e.hidden && e.chars > 0 && e.chars < 40 && tokens(e).some((t) => SOURCE_TOKEN.test(t)),
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
