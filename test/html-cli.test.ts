/** HTML pages end to end through the real CLI: GBK and Big5 files, JSONL {id, html, url} lines, and '-' (stdin). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'govx-html-cli-'));
const file = (name: string, bytes: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, bytes);
  return p;
};

/**
 * Node decodes GBK and Big5 but cannot encode them: build the encoder by
 * decoding every two-byte code once and inverting the table.
 */
function legacyEncoder(label: 'gbk' | 'big5'): (s: string) => Buffer {
  const decoder = new TextDecoder(label);
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return (s: string) => {
    const out: number[] = [];
    for (const ch of s) {
      const code = ch.codePointAt(0) as number;
      if (code < 0x80) {
        out.push(code);
        continue;
      }
      const bytes = table.get(ch);
      if (bytes === undefined) throw new Error(`${label} cannot encode ${ch}`);
      out.push(...bytes);
    }
    return Buffer.from(out);
  };
}

interface Rec {
  id: string;
  text: string;
  input: { path: string; format: string; encoding: string; script: string; url?: string };
  meta: {
    title: string | null;
    publishedAt: string | null;
    source: string | null;
    bylines: { role: string; name: string; span: [number, number] }[];
    site?: {
      name: string | null;
      domain: string | null;
      idCode: string | null;
      column: string | null;
      regionCode: string | null;
    } | null;
  };
  officials: { name: string; titles: { text: string }[] }[];
  dates: { text: string; value: string | null; span: [number, number] }[];
}

async function extractOne(args: string[], stdin?: string | Buffer): Promise<Rec> {
  const r = await runCli(['extract', ...args], stdin === undefined ? {} : { stdin });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Rec;
}

/** Every span points at its text in the record's text. */
function expectSpans(rec: Rec): void {
  for (const b of rec.meta.bylines) expect(rec.text.slice(b.span[0], b.span[1]).replace(/\s+/g, '')).toBe(b.name);
  for (const d of rec.dates) expect(rec.text.slice(d.span[0], d.span[1])).toBe(d.text);
}

const GBK_PAGE = `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>柳溪乡召开防汛工作部署会_柳溪县人民政府</title>
<meta name="SiteName" content="柳溪县人民政府">
<meta name="SiteDomain" content="www.liuxi.gov.cn">
<meta name="SiteIDCode" content="5201230002">
<meta name="ColumnName" content="乡镇动态">
</head>
<body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xzdt/">乡镇动态</a></div>
<div class="article">
<h1>柳溪乡召开防汛工作部署会</h1>
<div class="info">发布时间：2024-05-08 10:20　来源：柳溪乡人民政府　浏览次数：36　【<a href="#">打印</a>】</div>
<div id="zoom">
<p>　　5月7日，柳溪乡召开防汛工作部署会，乡党委书记周文斌出席会议并讲话，乡长郑丽主持会议。</p>
<p>　　会议要求，各村要落实防汛责任，排查隐患点位，确保安全度汛。</p>
</div>
<div class="edit">（责任编辑：许立平）</div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/1.html">柳溪乡开展汛前安全大检查</a> 2024-04-20</li></ul></div>
</div>
<div class="footer">柳溪县人民政府 版权所有　网站标识码：5201230002</div>
</body>
</html>
`;

const BIG5_PAGE = `<html>
<head>
<meta charset="big5">
<title>柳溪鄉舉辦產業發展座談會 - 柳溪日報</title>
</head>
<body>
<div id="header"><a href="/">首頁</a> | <a href="/news/">新聞</a></div>
<h1>柳溪鄉舉辦產業發展座談會</h1>
<div class="meta">發佈時間：2024年05月09日 09:05　來源：柳溪日報</div>
<div class="article-content">
<p>5月8日，柳溪鄉舉辦產業發展座談會，鄉黨委書記陳國華主持會議。</p>
<p>與會人員圍繞特色種植、人才引進等議題進行了討論。</p>
</div>
<div class="editor">（責任編輯：劉曉東）</div>
<div class="copyright">柳溪日報社 版權所有</div>
</body>
</html>
`;

describe('govx extract on HTML pages', () => {
  it('reads a GBK page: meta from the page, the info line and credit line in the text, a byline and the publication date', async () => {
    const p = file('liuxi.html', legacyEncoder('gbk')(GBK_PAGE));
    const rec = await extractOne([p]);
    expect(rec.input).toMatchObject({ path: p, format: 'html', encoding: 'gb18030', script: 'simplified' });
    expect(rec.meta).toMatchObject({
      title: '柳溪乡召开防汛工作部署会',
      publishedAt: '2024-05-08T10:20',
      source: '柳溪乡人民政府',
      site: {
        name: '柳溪县人民政府',
        domain: 'www.liuxi.gov.cn',
        idCode: '5201230002',
        column: '乡镇动态',
        regionCode: '520123',
      },
    });
    const lines = rec.text.split('\n');
    expect(lines[0]).toBe('发布时间：2024-05-08 10:20 来源：柳溪乡人民政府');
    expect(lines[1]).toBe('5月7日，柳溪乡召开防汛工作部署会，乡党委书记周文斌出席会议并讲话，乡长郑丽主持会议。');
    expect(lines[lines.length - 1]).toBe('（责任编辑：许立平）');
    expect(rec.meta.bylines.map((b) => [b.role, b.name])).toEqual([['责任编辑', '许立平']]);
    expect(rec.dates.map((d) => d.value)).toContain('2024-05-08');
    expect(rec.officials.map((o) => o.name)).toEqual(expect.arrayContaining(['周文斌', '郑丽']));
    // People credited for the article are bylines, not officials; navigation, counters, widgets and footer are not text.
    expect(rec.officials.map((o) => o.name)).not.toContain('许立平');
    for (const junk of ['首页', '当前位置', '浏览次数', '打印', '相关文章', '汛前安全大检查', '版权所有', '网站标识码'])
      expect(rec.text).not.toContain(junk);
    expectSpans(rec);
  });

  it('reads a Big5 page as traditional, keeping names and titles as written', async () => {
    const p = file('liuxi-big5.html', legacyEncoder('big5')(BIG5_PAGE));
    const rec = await extractOne([p]);
    expect(rec.input).toMatchObject({ format: 'html', encoding: 'big5', script: 'traditional' });
    expect(rec.meta).toMatchObject({
      title: '柳溪鄉舉辦產業發展座談會',
      publishedAt: '2024-05-09T09:05',
      source: '柳溪日報',
    });
    const official = rec.officials.find((o) => o.name === '陳國華');
    expect(official?.titles.map((t) => t.text)).toContain('鄉黨委書記');
    expect(rec.meta.bylines.map((b) => [b.role, b.name])).toEqual([['責任編輯', '劉曉東']]);
    expect(rec.dates.map((d) => d.value)).toContain('2024-05-09');
    expect(rec.text).not.toMatch(/首頁|版權所有/);
    expectSpans(rec);
  });

  it('takes id and url from a JSONL line {id, html, url}', async () => {
    const html = GBK_PAGE.replace(/<meta http-equiv[^>]*>\n/, '');
    const p = file(
      'pages.jsonl',
      JSON.stringify({ id: 'lx-0508', html, url: 'http://www.liuxi.gov.cn/art/2024/5/8/art_1.html' }) + '\n',
    );
    const rec = await extractOne([p]);
    expect(rec.id).toBe('lx-0508');
    expect(rec.input.url).toBe('http://www.liuxi.gov.cn/art/2024/5/8/art_1.html');
    expect(rec.meta).toMatchObject({ title: '柳溪乡召开防汛工作部署会', publishedAt: '2024-05-08T10:20' });
    expect(rec.meta.bylines.map((b) => b.name)).toEqual(['许立平']);
    expect(rec.text.startsWith('发布时间：2024-05-08 10:20')).toBe(true);
  });

  it('recognises HTML on standard input (-)', async () => {
    const html = GBK_PAGE.replace(/<meta http-equiv[^>]*>\n/, '<meta charset="utf-8">\n');
    const rec = await extractOne(['-'], html);
    expect(rec.input).toMatchObject({ path: '-', format: 'html', encoding: 'utf-8' });
    expect(rec.meta).toMatchObject({
      title: '柳溪乡召开防汛工作部署会',
      source: '柳溪乡人民政府',
      site: { name: '柳溪县人民政府' },
    });
    expect(rec.meta.bylines.map((b) => b.name)).toEqual(['许立平']);
  });

  it('gives a page without an article body no text, but keeps what it says about itself', async () => {
    const html =
      '<html><head><meta charset="utf-8"><title>通知公告_柳溪县人民政府</title></head><body><div class="info">发布时间：2024-05-08</div><ul>' +
      Array.from({ length: 10 }, (_, i) => `<li><a href="/${i}.html">柳溪县第${i + 1}批项目公示名单</a></li>`).join(
        '',
      ) +
      '</ul><div>责任编辑：许立平</div></body></html>';
    const rec = await extractOne([file('list.html', html)]);
    expect(rec.text).toBe('');
    expect(rec.meta.publishedAt).toBe('2024-05-08');
    expect(rec.meta.bylines).toEqual([]);
    expect(rec.dates).toEqual([]);
  });
});
