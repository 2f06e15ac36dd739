/**
 * The officials registry: many records folded into one row per official and
 * post — who held which title, in which organisation, first and last seen,
 * in how many articles. The raw material of career databases.
 */
import { simplifiedKey } from '../normalize/index.js';
import type { ArticleRecord } from '../record.js';

export interface RegistryRow {
  name: string;
  title: string;
  org: string | null;
  orgResolved: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  articles: number;
  articleIds: string[];
}

/** When an article speaks: its publication date, else its latest dated expression with a known year. */
export function articleDate(r: ArticleRecord): string | null {
  if (r.meta.publishedAt) return r.meta.publishedAt.slice(0, 10);
  let best: string | null = null;
  for (const d of r.dates) {
    if (!d.value || d.value.startsWith('XXXX') || d.value.length < 7) continue;
    if (best === null || d.value > best) best = d.value;
  }
  return best;
}

export class Registry {
  private readonly rows = new Map<string, RegistryRow>();

  add(record: ArticleRecord): void {
    const when = articleDate(record);
    for (const o of record.officials) {
      // An official with no title still gets a row: researchers look names up too.
      const posts = o.titles.length > 0 ? o.titles : [null];
      const seen = new Set<string>();
      for (const t of posts) {
        const title = t?.text ?? '';
        const orgResolved = t?.orgResolved ?? null;
        // Traditional and simplified spellings are one official and one post;
        // the row keeps the first-seen spelling for display.
        const key = simplifiedKey(`${o.name}\u0000${title}\u0000${orgResolved ?? ''}`);
        if (seen.has(key)) continue;
        seen.add(key);
        let row = this.rows.get(key);
        if (!row) {
          row = {
            name: o.name,
            title,
            org: t?.org ?? null,
            orgResolved,
            firstSeen: null,
            lastSeen: null,
            articles: 0,
            articleIds: [],
          };
          this.rows.set(key, row);
        }
        row.articles++;
        row.articleIds.push(record.id);
        if (when && (row.firstSeen === null || when < row.firstSeen)) row.firstSeen = when;
        if (when && (row.lastSeen === null || when > row.lastSeen)) row.lastSeen = when;
      }
    }
  }

  /** Rows sorted by name, then title, then organisation: same records, same output. */
  result(): RegistryRow[] {
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return [...this.rows.values()]
      .map((r) => ({ ...r, articleIds: [...r.articleIds].sort(cmp) }))
      .sort((a, b) => cmp(a.name, b.name) || cmp(a.title, b.title) || cmp(a.orgResolved ?? '', b.orgResolved ?? ''));
  }
}
