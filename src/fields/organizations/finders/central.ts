/** National bodies as written (国务院, 全国人大常委会), from the fixed list. */
import { occurrences } from '../../../text/word-list.js';
import type { OrgKind } from '../../../types.js';
import { CENTRAL_ORGS } from '../../../lexicon/org-words.js';
import { type FoundList, withTail } from '../found.js';
import { ORG_RULES } from '../rules.js';

const CENTRALS = [...CENTRAL_ORGS].sort((a, b) => b.name.length - a.name.length);
const CENTRAL_NAMES = CENTRALS.map((c) => c.name);
const CENTRAL_KIND = new Map(CENTRALS.map((c) => [c.name, c.kind] as const)); // names are unique (a test checks)

export function findCentral(text: string, out: FoundList): void {
  for (const { word, at: i } of occurrences(text, CENTRAL_NAMES)) {
    if (out.taken(i, i + word.length)) continue;
    const end = withTail(text, i + word.length);
    out.add({
      start: i,
      end,
      kind: CENTRAL_KIND.get(word) as OrgKind,
      level: 'central',
      rule: ORG_RULES.central.id,
      resolvable: true,
    });
  }
}
