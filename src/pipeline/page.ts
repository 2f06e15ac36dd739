/**
 * The HTML step shared by the CLI and the package API: a page → the text to
 * analyse (info lines, main text, credit lines) and what the page says about
 * itself (meta tags, headline, site, URL).
 */
import { htmlToArticle } from '../input/html/index.js';
import type { PageMeta } from './extract.js';

/** A page with no main text: no article to extract. `code` is 'no-text'. */
export class NoTextError extends Error {
  readonly code = 'no-text' as const;
  constructor(
    message: string,
    /** Nothing at all: no text, headline, date or source (the CLI calls this `empty`, like an empty file). */
    readonly blank: boolean,
  ) {
    super(message);
    this.name = 'NoTextError';
  }
}

export interface PageText {
  text: string;
  page: PageMeta;
  url: string | null;
}

/** Throws NoTextError when the page has no main text. */
export function readPage(html: string): PageText {
  const article = htmlToArticle(html);
  if (article.text === '') {
    const blank = !article.title && !article.publishedAt && !article.source;
    throw new NoTextError(
      blank ? 'no text in the page' : 'no main text in the page (only a headline, date or source)',
      blank,
    );
  }
  return {
    text: [...article.header, article.text, ...article.credits].join('\n'),
    page: {
      title: article.title,
      publishedAt: article.publishedAt,
      source: article.source,
      site: article.site,
      regionCode: article.regionCode,
    },
    url: article.url,
  };
}
