/** Page metadata: meta tags, the headline and the site (name, domain, 网站标识码, column). */
import { SITE_SEGMENT, SITE_TAIL } from './labelwords.js';
import { cleanLine, fold, norm } from './text.js';
import { type El, type Line, type Metas, textOf } from './tree.js';
import type { HtmlSite } from './types.js';

export function meta(metas: Metas, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = metas.get(k.toLowerCase());
    if (v !== undefined && v !== '') return v;
  }
  return null;
}

/** `<title>` without the site-name suffixes ('…_XX市人民政府', '…--文化--人民网'). */
export function stripSiteSuffix(raw: string, siteName: string | null): string {
  let t = cleanLine(raw).slice(0, 300);
  if (siteName) {
    const s = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    t = t.replace(new RegExp(`^${s}\\s*[|｜_\\-–—]+\\s*`), '').replace(new RegExp(`\\s*[|｜_\\-–—]+\\s*${s}$`), '');
  }
  const dbl = t.indexOf('__');
  if (dbl > 4) t = t.slice(0, dbl);
  for (let i = 0; i < 4; i++) {
    const m = /^(.*[^\s_|｜\-–—])\s*[_|｜\-–—]+\s*([^_|｜\-–—]{1,24})$/.exec(t);
    if (!m) break;
    const head = m[1] as string;
    const tail = (m[2] as string).trim();
    if (head.length < 5) break;
    if (!(tail.length <= 6 || SITE_TAIL.test(tail))) break;
    t = head.trim();
  }
  return t;
}

/** A headline broken over lines by <br> reads as one line; spaces typed inside it stay. */
function headlineText(raw: string): string {
  return cleanLine(
    raw.replace(/([\u3400-\u9fff\uff00-\uffef])[ \t\u3000]*\n\s*(?=[\u3400-\u9fff\uff00-\uffef])/g, '$1'),
  );
}

export function findTitle(titles: string[], metas: Metas, elements: El[]): string | null {
  const fromMeta = meta(metas, 'ArticleTitle');
  if (fromMeta) return fromMeta;
  const raw = titles.map(cleanLine).find((t) => t !== '' && t !== '无标题文档') ?? '';
  const og = meta(metas, 'og:title');
  if (raw === '' && og) return og;
  if (raw === '') {
    const h1 = elements.find((el) => el.tag === 'h1' && !el.hidden && cleanLine(textOf(el)) !== '');
    return h1 ? headlineText(textOf(h1)) : null;
  }
  const stripped = stripSiteSuffix(raw, meta(metas, 'SiteName'));
  const normRaw = norm(raw);
  const normStripped = norm(stripped);
  // A headline element whose text is the stripped title, else the longest contained in <title>.
  let best: string | null = null;
  let bestLen = 0;
  for (const el of elements) {
    if (el.hidden || el.chars < 4 || el.chars > 300) continue;
    if (el.tag === 'a' || el.tag === '#root' || el.tag === 'html' || el.tag === 'body') continue;
    const text = headlineText(textOf(el));
    const n = norm(text);
    if (n === normStripped) return text;
    if (n.length > bestLen && n.length >= 5 && normRaw.includes(n) && n.length >= normStripped.length * 0.5) {
      best = text;
      bestLen = n.length;
    }
  }
  if (og && norm(og) !== '' && normRaw.startsWith(norm(og))) return og;
  return best ?? stripped;
}

export function findSite(
  metas: Metas,
  lines: Line[],
  title: string | null,
  rawTitle: string,
  canonical: string | null,
): HtmlSite | null {
  let name = meta(metas, 'SiteName', 'og:site_name');
  // '标题_政务_澎湃新闻-The Paper': the last segment names the site, a short middle one the column.
  let columnFromTitle: string | null = null;
  if (title && rawTitle) {
    const raw = cleanLine(rawTitle).replace(/\s*-\s*The Paper$/i, '');
    const at = raw.indexOf(title);
    const stripped = stripSiteSuffix(raw, null);
    const rest = at >= 0 ? raw.slice(at + title.length) : raw.startsWith(stripped) ? raw.slice(stripped.length) : '';
    const seg = rest
      .split(/\s*(?:_|\||｜|--|-|–|—)\s*/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (name === null && seg.length > 0) name = seg[seg.length - 1] as string;
    const first = seg[0] ?? '';
    if (seg.length >= 2 && first.length <= 6 && !SITE_SEGMENT.test(first)) columnFromTitle = first;
  }
  let domain = meta(metas, 'SiteDomain');
  if (domain === null) {
    const url = meta(metas, 'Url', 'og:url') ?? canonical;
    const m = url ? /^https?:\/\/([^/:?#]+)/i.exec(url) : null;
    if (m) domain = m[1] as string;
  }
  let idCode = meta(metas, 'SiteIDCode');
  if (idCode === null) {
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - 400; i--) {
      const m = /网站标识码\s*[:：]?\s*([A-Za-z]{0,2}\d{8,10})/.exec(fold((lines[i] as Line).text));
      if (m) {
        idCode = m[1] as string;
        break;
      }
    }
  }
  const column = meta(metas, 'ColumnName', 'lanmu') ?? columnFromTitle;
  if (name === null && domain === null && idCode === null && column === null) return null;
  return { name, domain, idCode, column };
}
