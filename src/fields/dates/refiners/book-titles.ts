/** Where 《…》 titles stand: a year inside one (《2023年工作要点》) dates the title, not an event. */

/**
 * Spans inside 《…》 (outermost), found with one linear scan; an unclosed 《 is
 * capped: the first other character more than maxLen after it closes nothing
 * and ends the title. The scan jumps from bracket to bracket (indexOf).
 */
export function bookTitleSpans(text: string, maxLen = 200): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let nextOpen = text.indexOf('《');
  let nextClose = nextOpen < 0 ? -1 : text.indexOf('》', nextOpen);
  let open = -1;
  let depth = 0;
  let i = nextOpen;
  while (i >= 0 && i < text.length) {
    if (nextOpen >= 0 && nextOpen < i) nextOpen = text.indexOf('《', i);
    if (nextClose >= 0 && nextClose < i) nextClose = text.indexOf('》', i);
    if (depth === 0) {
      // Outside a title only a 《 matters.
      if (nextOpen < 0) break;
      open = nextOpen;
      depth = 1;
      i = nextOpen + 1;
      continue;
    }
    const bracket = nextOpen < 0 ? nextClose : nextClose < 0 ? nextOpen : Math.min(nextOpen, nextClose);
    // The cap: the first non-bracket character past open + maxLen ends the title.
    const cap = Math.max(i, open + maxLen + 1);
    if (cap < (bracket < 0 ? text.length : bracket)) {
      depth = 0;
      i = cap + 1;
      continue;
    }
    if (bracket < 0) break;
    if (bracket === nextOpen) depth++;
    else {
      depth--;
      if (depth === 0 && bracket - open <= maxLen) spans.push([open, bracket + 1]);
    }
    i = bracket + 1;
  }
  return spans;
}

/** Whether `pos` lies inside one of the spans. */
export function inside(spans: Array<[number, number]>, pos: number): boolean {
  // spans are sorted and disjoint: binary search.
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as [number, number];
    if (pos < s[0]) hi = mid - 1;
    else if (pos >= s[1]) lo = mid + 1;
    else return true;
  }
  return false;
}
