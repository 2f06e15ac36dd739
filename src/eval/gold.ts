/** Gold articles as described in the corpus GUIDELINE (v1.2). */

export interface GoldArticle {
  id: string;
  text: string;
  url: string | null;
  gold: {
    publishedAt: string | null;
    source: string | null;
    bylines: Array<{ role: string; name: string }>;
    people: Array<{ name: string; titles: string[] }>;
    dates: string[];
    documents: string[];
    meetings: Array<{ name: string; date: string | null }>;
  };
}

/** Checks the shape of a parsed gold file; throws with the missing field named. */
export function parseGold(value: unknown, fallbackId: string): GoldArticle {
  const v = value as Partial<GoldArticle> | null;
  if (!v || typeof v !== 'object') throw new Error('not a JSON object');
  if (typeof v.text !== 'string') throw new Error('missing "text"');
  const g = v.gold as Partial<GoldArticle['gold']> | undefined;
  if (!g || typeof g !== 'object') throw new Error('missing "gold"');
  return {
    id: typeof v.id === 'string' ? v.id : fallbackId,
    text: v.text,
    url: typeof v.url === 'string' ? v.url : null,
    gold: {
      publishedAt: g.publishedAt ?? null,
      source: g.source ?? null,
      bylines: g.bylines ?? [],
      people: g.people ?? [],
      dates: g.dates ?? [],
      documents: g.documents ?? [],
      meetings: g.meetings ?? [],
    },
  };
}
