/** What `htmlToArticle` returns. */
export interface HtmlSite {
  name: string | null;
  domain: string | null;
  idCode: string | null;
  column: string | null;
}

export interface HtmlArticle {
  /** Main text, paragraphs joined by '\n'; '' when the page has no article body. */
  text: string;
  /** Headline: ArticleTitle meta, else the best headline element / <title> without the site suffix. */
  title: string | null;
  /** ISO as precise as stated: YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS. */
  publishedAt: string | null;
  source: string | null;
  /** SiteName, SiteDomain, SiteIDCode, ColumnName (with fallbacks); null when the page states none. */
  site: HtmlSite | null;
  author: string | null;
  keywords: string | null;
  description: string | null;
  url: string | null;
  /** First six digits of SiteIDCode when it starts with six digits (a region code). */
  regionCode: string | null;
  /**
   * The visible info line(s) under (or just above) the headline — 发布时间/来源/作者/编辑 …
   * — as shown, whitespace-normalised, without counters and share/print widgets; [] when none.
   */
  header: string[];
  /** Credit line(s) at the end of the article (责任编辑/编辑/审核/校对/记者/摄影 …), as shown; [] when none. */
  credits: string[];
}
