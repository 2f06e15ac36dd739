import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../src/input/charset.js';
import { findDates, htmlToArticle, looksLikeHtml, stripSiteSuffix } from '../src/input/html/index.js';
import { scoreHtmlPage, summarizeHtml } from '../src/eval/html-gold.js';

/** Site chrome shared by the test pages: nav, breadcrumb, footer. */
const NAV =
  '<div class="top"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>';
const CRUMB = '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xzdt/">乡镇动态</a></div>';
const FOOTER =
  '<div class="footer"><p>主办单位：青禾县人民政府办公室　承办单位：青禾县大数据中心</p><p>网站标识码：4101230001　豫ICP备12345678号</p></div>';
const PARAS = [
  '3月5日，青禾镇召开春季农业生产工作会议，镇党委书记王建国出席会议并讲话。',
  '会议安排部署了春耕备耕、农田水利建设和动物防疫等重点工作，要求各村压实责任，确保不误农时。',
  '镇班子成员、各村党支部书记参加会议。',
];
const BODY = PARAS.map((p) => `<p>　　${p}</p>`).join('\n');

function page(opts: { head?: string; title?: string; header?: string; box?: string; after?: string }): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${opts.title ?? '青禾镇召开春季农业生产工作会议_青禾县人民政府'}</title>${opts.head ?? ''}</head>
<body>${NAV}${CRUMB}<div class="main"><div class="article">
${opts.header ?? '<h1>青禾镇召开春季农业生产工作会议</h1><div class="info"><span>发布时间：2024-03-06 09:30</span> <span>来源：青禾镇人民政府</span> <span>浏览次数：128</span></div>'}
${opts.box ?? `<div id="zoom">${BODY}</div>`}
${opts.after ?? ''}
</div></div>${FOOTER}</body></html>`;
}

describe('htmlToArticle on the GBK government page fixture', () => {
  const { text: html, encoding } = decodeHtmlBytes(readFileSync('fixtures/html-gbk-page/page.html'));
  const a = htmlToArticle(html);

  it('decodes and reads the government meta tags', () => {
    expect(encoding).toBe('gb18030');
    expect(a).toMatchObject({
      title: '青禾镇召开春季农业生产工作会议',
      publishedAt: '2024-03-06T09:30',
      source: '青禾镇人民政府',
      site: { name: '青禾县人民政府', domain: 'www.qinghe.gov.cn', idCode: '4101230001', column: '乡镇动态' },
      keywords: '春耕,农业生产',
      author: null,
      url: 'http://www.qinghe.gov.cn/art/2024/3/6/art_12_3456.html',
      regionCode: '410123',
    });
  });

  it('keeps the paragraphs, one per line, and nothing around them', () => {
    const lines = a.text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('3月5日，青禾镇召开春季农业生产工作会议，镇党委书记王建国出席会议并讲话，镇长李明主持会议。');
    expect(lines[3]).toBe('镇班子成员、各村党支部书记参加会议。');
    for (const junk of [
      '当前位置',
      '首页',
      '发布时间',
      '浏览次数',
      '分享到',
      '打印本页',
      '相关文章',
      '冬季农田水利',
      '网站标识码',
      'ICP备',
      '内部预览',
      '不是正文',
    ]) {
      expect(a.text).not.toContain(junk);
    }
  });
});

describe('htmlToArticle on the Big5 page fixture', () => {
  const { text: html, encoding } = decodeHtmlBytes(readFileSync('fixtures/html-big5-page/page.html'));
  const a = htmlToArticle(html);

  it('reads traditional labels and keeps the text as written', () => {
    expect(encoding).toBe('big5');
    expect(a).toMatchObject({
      title: '青禾鎮舉辦鄉村振興座談會',
      publishedAt: '2024-04-02T10:15',
      source: '青禾日報',
      site: { name: '青禾日報' },
    });
    expect(a.text.split('\n')[0]).toBe('4月1日，青禾鎮舉辦鄉村振興座談會，鎮黨委書記王建國主持會議。');
    expect(a.text).not.toMatch(/責任編輯|版權所有|全縣農村工作會議召開/);
    expect(a.header).toEqual(['2024年04月02日 10:15 來源：青禾日報']);
    expect(a.credits).toEqual(['（責任編輯：張華）']);
  });
});

describe('title', () => {
  it.each([
    ['ArticleTitle meta wins', { head: '<meta name="ArticleTitle" content="青禾镇召开会议">' }, '青禾镇召开会议'],
    ['<title> without the site suffix when no meta', {}, '青禾镇召开春季农业生产工作会议'],
    [
      'headline element matching the <title> start',
      { title: '青禾镇召开春季农业生产工作会议 乡镇动态_青禾县人民政府' },
      '青禾镇召开春季农业生产工作会议',
    ],
    [
      'an h1 split by <br> reads as one line',
      {
        title: '关于印发青禾镇防汛工作方案的通知__政府公报_青禾县人民政府',
        header: '<h1>关于印发青禾镇<br>\n防汛工作方案的通知</h1>',
      },
      '关于印发青禾镇防汛工作方案的通知',
    ],
    [
      'og:title when there is no <title>',
      { title: '', head: '<meta property="og:title" content="青禾镇召开春耕会议">' },
      '青禾镇召开春耕会议',
    ],
  ])('%s', (_name, opts, title) => {
    expect(htmlToArticle(page(opts)).title).toBe(title);
  });

  it.each([
    ['青禾镇召开会议_青禾县人民政府', '青禾镇召开会议'],
    ['青禾镇召开会议 - 青禾县人民政府门户网站', '青禾镇召开会议'],
    ['女儿出嫁的故事--文化--人民网', '女儿出嫁的故事'],
    ['棱镜|数据业大整顿：爬虫与现金贷_财经_腾讯网', '棱镜|数据业大整顿：爬虫与现金贷'],
    ['1-10月全县投资结构趋稳', '1-10月全县投资结构趋稳'],
    ['新华视界｜河北遵化：数字农机服务助力农业生产-新华网', '新华视界｜河北遵化：数字农机服务助力农业生产'],
  ])('stripSiteSuffix(%s)', (raw, stripped) => {
    expect(stripSiteSuffix(raw, null)).toBe(stripped);
  });

  it('strips a site-name prefix given by SiteName', () => {
    expect(stripSiteSuffix('青禾县人民政府 | 青禾镇2023年统计公报', '青禾县人民政府')).toBe('青禾镇2023年统计公报');
  });
});

describe('publishedAt', () => {
  const h1 = '<h1>青禾镇召开春季农业生产工作会议</h1>';
  it.each([
    ['visible 发布时间 line', {}, '2024-03-06T09:30'],
    [
      'PubDate meta adds the time to a date-only line',
      { head: '<meta name="PubDate" content="2024-03-06 09:30:15">', header: `${h1}<div>发布日期：2024-03-06</div>` },
      '2024-03-06T09:30:15',
    ],
    // PubDate equal to the page-generation time: the visible 发布日期 wins.
    [
      'a visible 发布日期 beats a regenerated PubDate',
      {
        head: '<meta name="PubDate" content="2022-04-24 10:00:43">',
        header: `${h1}<div>来源： 发布日期：2017-05-15 10:49:00</div>`,
      },
      '2017-05-15T10:49:00',
    ],
    ['PubDate in Chinese form', { head: '<meta name="PubDate" content="2020年08月02日">', header: h1 }, '2020-08-02'],
    [
      'firstpublishedtime with a dash before the time',
      { head: '<meta name="firstpublishedtime" content="2007-08-20-23:59:59">', header: h1 },
      '2007-08-20T23:59:59',
    ],
    [
      'article:published_time with an offset',
      { head: '<meta property="article:published_time" content="2020-02-29T18:34:31+08:00">', header: h1 },
      '2020-02-29T18:34:31',
    ],
    [
      'unlabelled time under the headline',
      { header: `${h1}<div class="about"><p>新华社</p><p>2020-01-03 18:13</p></div>` },
      '2020-01-03T18:13',
    ],
    [
      'Chinese date and time run together',
      { header: `${h1}<div>2019年06月15日08:18 来源：<a href="#">人民网-文化频道</a></div>` },
      '2019-06-15T08:18',
    ],
    [
      'a hidden crawler copy refines the visible minute',
      {
        header: `${h1}<div id="BaiduSpider" style="display:none"><span id="pubtime_baidu">2020-07-04 12:10:24</span></div><div>2020年07月04日 12:10 来源：求是网</div>`,
      },
      '2020-07-04T12:10:24',
    ],
    [
      '发文日期 and 生成日期 are not publication dates',
      {
        head: '<meta name="PubDate" content="2023-05-16 12:34:05">',
        header: `${h1}<table><tr><td>发文日期：</td><td>2023-04-18</td></tr><tr><td>生成日期：2023-05-11</td></tr></table>`,
      },
      '2023-05-16T12:34:05',
    ],
    [
      'related-list dates are ignored',
      {
        header: h1,
        after: '<ul class="list"><li><a href="/1">青禾镇开展冬季农田水利建设</a><span>2024-05-24</span></li></ul>',
      },
      null,
    ],
    [
      'a labelled date below the body (old layouts)',
      {
        header: `${h1}<div>来源于：东区办事处</div>`,
        after: '<div><font>发布日期：2019-03-06 责任编辑：龙慧</font></div>',
      },
      '2019-03-06',
    ],
    // Labels from the shared lexicon: an English 'date' only as a word of its own.
    ['a date label below the body', { header: h1, after: '<div>date: 2019-03-06</div>' }, '2019-03-06'],
    ['update is not a date label', { header: h1, after: '<div>update: 2019-03-06</div>' }, null],
    ['刊登日期 from the shared lexicon', { header: h1, after: '<div>刊登日期：2019-03-06</div>' }, '2019-03-06'],
    ['会议时间 names another date', { header: h1, after: '<div>会议时间：2019-03-06</div>' }, null],
    ['成文日期 is the document date', { header: h1, after: '<div>成文日期：2019-03-06</div>' }, null],
    // A day that does not exist is no publication time (April has 30 days).
    [
      'an impossible 发布时间 gives none',
      { header: `${h1}<div>发布时间：2023-04-31 来源：青禾镇人民政府</div>` },
      null,
    ],
    [
      'an impossible 发布时间 leaves the PubDate meta',
      {
        head: '<meta name="PubDate" content="2023-04-28 09:15">',
        header: `${h1}<div>发布时间：2023-04-31 来源：青禾镇人民政府</div>`,
      },
      '2023-04-28T09:15',
    ],
  ])('%s', (_name, opts, expected) => {
    expect(htmlToArticle(page(opts)).publishedAt).toBe(expected);
  });

  it.each([
    ['2024-03-05', ['2024-03-05']],
    ['2024年3月5日 9:05', ['2024-03-05T09:05']],
    ['2018/03/08', ['2018-03-08']],
    ['2024-02-27 16:56:27', ['2024-02-27T16:56:27']],
    ['2024-13-40', []],
    ['2023-04-31', []],
    ['2023年2月29日', []],
    ['2024年2月29日', ['2024-02-29']],
    ['2024-03-05 25:10', ['2024-03-05']],
    ['2024-03-05 12:10:75', ['2024-03-05T12:10']],
    ['1979-12-31', []],
    ['1-10月', []],
  ])('findDates(%s)', (s, isos) => {
    expect(findDates(s).map((d) => d.iso)).toEqual(isos);
  });
});

describe('source', () => {
  const h1 = '<h1>青禾镇召开春季农业生产工作会议</h1>';
  it.each([
    ['ContentSource meta', { head: '<meta name="ContentSource" content="青禾县农业农村局">' }, '青禾县农业农村局'],
    ['来源 line', {}, '青禾镇人民政府'],
    [
      '信息来源 with a link and a trailing widget',
      { header: `${h1}<div>发布日期：2016-11-22 信息来源：<a href="#">省发改委</a><a href="#">参与互动</a></div>` },
      '省发改委',
    ],
    ['来源于', { header: `${h1}<div><font>来源于：东区办事处</font></div>` }, '东区办事处'],
    // Labels the text readers know (meta-words SOURCE_LABELS) are read on pages too.
    ['稿源 from the shared lexicon', { header: `${h1}<div>稿源：青禾日报 发布时间：2024-03-06</div>` }, '青禾日报'],
    ['转载自 from the shared lexicon', { header: `${h1}<div>转载自：青禾县融媒体中心</div>` }, '青禾县融媒体中心'],
    ['来自, a page-only label', { header: `${h1}<div>来自：青禾网 2024-03-06</div>` }, '青禾网'],
    ['图片来源 is not the source', { header: `${h1}<div>图片来源：青禾网</div>` }, null],
    ['an empty 来源 means none', { header: `${h1}<div>来源: | 发布时间: 2018-05-17 | 浏览次数: 2168</div>` }, null],
    [
      'an empty 来源 before 访问量 means none',
      { header: `${h1}<div>来源： 访问量： 199 发布日期： 2017-05-15</div>` },
      null,
    ],
    [
      'unlabelled outlet above the time',
      { header: `${h1}<div class="news_about"><p>新华社</p><p>2020-01-03 18:13</p></div>` },
      '新华社',
    ],
    [
      'a source class',
      { header: `${h1}<div><span class="a_source">棱镜</span><span class="a_time">2019-09-23 07:48</span></div>` },
      '棱镜',
    ],
    ['no source stated', { header: `${h1}<div>发布日期：2012-06-24</div>` }, null],
  ])('%s', (_name, opts, expected) => {
    expect(htmlToArticle(page(opts)).source).toBe(expected);
  });
});

describe('main text', () => {
  const expectBody = (text: string) => {
    expect(text.split('\n')).toEqual(PARAS);
  };

  it.each([
    ['#zoom', `<div id="zoom">${BODY}</div>`],
    ['.TRS_Editor inside a wrapper', `<div class="content"><div class="TRS_Editor">${BODY}</div></div>`],
    [
      'a table cell in an old layout',
      `<table><tr><td width="700">${BODY.replace(/<\/?p>/g, (t) => (t === '<p>' ? '' : '<br>'))}</td></tr></table>`,
    ],
    ['<br>-separated lines without <p>', `<div class="news_txt">${PARAS.join('<br>')}</div>`],
    [
      'an article with share, print, editor and related blocks after it',
      `<div class="article-content">${BODY}</div><div class="share">分享到：<a>微信</a></div><div>【<a>打印本页</a>】【<a>关闭窗口</a>】</div><div class="edit">（责任编辑：张华）</div><div class="related"><h3>相关阅读</h3><ul><li><a href="/1">青禾镇开展冬季农田水利建设，成效明显</a></li><li><a href="/2">全县农业农村工作会议召开</a></li></ul></div>`,
    ],
  ])('finds the body in %s', (_name, box) => {
    expectBody(htmlToArticle(page({ box })).text);
  });

  it.each([
    [
      'a related list inside the box',
      `<div id="zoom">${BODY}<div class="related_article"><p>延伸阅读</p><ul><li><a href="/1">青禾镇开展冬季农田水利建设</a></li><li><a href="/2">全县农业农村工作会议召开</a></li></ul></div></div>`,
    ],
    ['an editor credit inside the box', `<div id="zoom">${BODY}<p>（责任编辑：张华）</p></div>`],
    [
      'CSS-hidden text inside the box',
      `<style>.hide_word{display:none}</style><div id="zoom">${BODY}<div class="hide_word">(本文来自青禾发布，更多资讯请下载APP)</div></div>`,
    ],
    [
      'a zero-size span after the box',
      `<div id="zoom">${BODY}</div><span style="width:0;height:0;overflow:hidden;display:block;font:0/0 Arial">正文已结束，您可以按alt+4进行评论</span>`,
    ],
    [
      'a navigation link at the end of the last paragraph',
      `<div id="zoom">${BODY.replace('参加会议。', '参加会议。<a href="/">返回青禾网首页&gt;&gt;</a>')}</div>`,
    ],
    [
      'a repeated headline and info line inside the box',
      `<div id="zoom"><p><strong>青禾镇召开春季农业生产工作会议</strong></p><p>发布时间：2024-03-06 来源：青禾镇</p>${BODY}</div>`,
    ],
    [
      'a key-points summary before the body',
      `<div id="zoom"><p>划重点：</p><ol><li>青禾镇召开会议，部署春耕。</li><li>要求各村压实责任。</li></ol>${BODY}</div>`,
    ],
    [
      'keyword tags and a pager inside the box',
      `<div id="zoom">${BODY}<div class="kw"><span><a href="#">青禾</a></span><span><a href="#">春耕</a></span></div><center><a href="#">1</a><a href="#">2</a><a href="#">下一页</a></center></div>`,
    ],
    [
      'WeChat boilerplate after the body',
      `<div id="zoom">${BODY}<p>扫描下方二维码关注青禾发布</p><p>看都看完了，点【在看】试试</p></div>`,
    ],
  ])('leaves out %s', (_name, box) => {
    expectBody(htmlToArticle(page({ box })).text);
  });

  const teasers =
    '<div class="right"><h3>热点新闻</h3><ul>' +
    Array.from(
      { length: 10 },
      (_, i) =>
        `<li><a href="/${i}">青禾县第${i + 1}项重点工作推进会召开</a><p>会议听取了各乡镇工作汇报，研究部署下一阶段任务。</p></li>`,
    ).join('') +
    '</ul></div>';

  it.each([
    [
      'a short #zoom body',
      '<div id="zoom"><p>3月5日，青禾镇组织开展消防安全检查。</p></div>',
      '3月5日，青禾镇组织开展消防安全检查。',
    ],
    [
      'a body in divs without names',
      `<div><div><p>${PARAS[0]}</p><p>${PARAS[1]}</p></div></div>`,
      `${PARAS[0]}\n${PARAS[1]}`,
    ],
  ])('prefers %s over a longer teaser list beside it', (_name, box, text) => {
    expect(htmlToArticle(page({ box, after: teasers })).text).toBe(text);
  });

  it('keeps a body wrapped in utility classes', () => {
    expectBody(htmlToArticle(page({ box: `<div class="overflow-hidden print-area"><div>${BODY}</div></div>` })).text);
  });

  it('yields no text for a page without an article body (metadata and link lists only)', () => {
    const box =
      '<table class="xxgk"><tr><td>索 引 号：000014348/2020-35147</td><td>发布机构：青禾县教育局</td></tr><tr><td>发布日期：2020年08月02日</td><td>文号：无</td></tr></table>' +
      '<ul class="list">' +
      Array.from(
        { length: 12 },
        (_, i) => `<li><a href="/${i}">青禾县第${i + 1}批饮用水水源地环境保护专项行动通知</a></li>`,
      ).join('') +
      '</ul>';
    const a = htmlToArticle(page({ header: '', box }));
    expect(a.text).toBe('');
  });

  it('keeps a one-sentence body', () => {
    expect(
      htmlToArticle(page({ box: '<div id="zoom"><p>3月5日，青禾镇召开春季农业生产工作会议。</p></div>' })).text,
    ).toBe('3月5日，青禾镇召开春季农业生产工作会议。');
  });
});

describe('info and credit lines', () => {
  const h1 = '<h1>青禾镇召开春季农业生产工作会议</h1>';
  const zoom = `<div id="zoom">${BODY}</div>`;

  it('returns the info line under the headline, without counters and widgets, and no credits when there are none', () => {
    const a = htmlToArticle(page({}));
    expect(a.header).toEqual(['发布时间：2024-03-06 09:30 来源：青禾镇人民政府']);
    expect(a.credits).toEqual([]);
    expect(a.text.split('\n')).toEqual(PARAS);
  });

  it.each([
    [
      'font picker, print and share bar',
      `${h1}<div class="info">时间：2024-03-06 来源：青禾镇 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 【<a href="#">打印</a>】 <span>分享到：<a href="#">微信</a></span></div>`,
      ['时间：2024-03-06 来源：青禾镇'],
    ],
    [
      'an empty 来源 and a visit counter',
      `${h1}<div><span>来源：<b></b></span> <span>访问量：<b>199</b></span> <span>发布日期：2017-05-15 10:49:00</span></div>`,
      ['发布日期：2017-05-15 10:49:00'],
    ],
    [
      'a byline line without colon and a time line',
      `${h1}<div class="author">本报记者 赵晓光 钱 敏</div><div>2024年05月10日06:58 | 来源：<a href="#">青禾日报</a></div>`,
      ['本报记者 赵晓光 钱 敏', '2024年05月10日06:58 | 来源：青禾日报'],
    ],
    [
      'an unlabelled outlet over the time',
      `${h1}<div class="news_about"><p>新华社</p><p>2020-01-03 18:13</p></div>`,
      ['新华社', '2020-01-03 18:13'],
    ],
    [
      'a channel link opening the line',
      `${h1}<div><span><a href="/jrsc/">金融市场</a></span><span class="a_source">青禾观察</span><span>2019-09-23 07:48</span></div>`,
      ['青禾观察 2019-09-23 07:48'],
    ],
    [
      'empty fields with labels from the shared lexicon (稿源, 更新时间)',
      `${h1}<div><span>稿源：</span> <span>更新时间：</span> <span>发布时间：2024-03-06 09:30</span></div>`,
      ['发布时间：2024-03-06 09:30'],
    ],
    [
      'a 转载自 line, a source label from the shared lexicon',
      `${h1}<div>转载自：青禾日报</div><div>2024-03-06</div>`,
      ['转载自：青禾日报', '2024-03-06'],
    ],
    [
      'traditional labels',
      `${h1}<div>發佈時間：2024-03-06 09:30　來源：青禾日報　瀏覽次數：12</div>`,
      ['發佈時間：2024-03-06 09:30 來源：青禾日報'],
    ],
    [
      'a related list between headline and body',
      `${h1}<div>发布日期：2023-08-16</div><div>关联稿件：</div><div><a href="/1">图文解读：《青禾县2022年统计公报》</a> 2023-07-12</div>`,
      ['发布日期：2023-08-16'],
    ],
  ])('header: %s', (_name, header, expected) => {
    const a = htmlToArticle(page({ header }));
    expect(a.header).toEqual(expected);
    expect(a.text.split('\n')).toEqual(PARAS);
  });

  it('takes the dated fields of a metadata block above the headline, joining label and value cells', () => {
    const header =
      '<table class="xxgk"><tr><td>索 引 号：</td><td>014742224A/2023-0043406</td></tr><tr><td>发文日期：</td><td>2023-04-18</td></tr><tr><td>公开方式：</td><td>主动公开</td></tr></table>' +
      h1;
    expect(htmlToArticle(page({ header })).header).toEqual(['发文日期：2023-04-18']);
  });

  it('leaves out a page clock and the breadcrumb', () => {
    const header = `<div class="clock">2023年10月11日 星期三</div>${h1}<div>发布日期：2017-05-15</div>`;
    const a = htmlToArticle(page({ header }));
    expect(a.header).toEqual(['发布日期：2017-05-15']);
    expect(a.header.join('\n')).not.toMatch(/星期|当前位置|首页/);
  });

  it.each([
    ['an editor box after the body', `${zoom}<div class="edit">（责任编辑：张华）</div>`, ['（责任编辑：张华）']],
    [
      'a credit line inside the box (left out of the main text)',
      `<div id="zoom">${BODY}<p>（责任编辑：张华）</p></div>`,
      ['（责任编辑：张华）'],
    ],
    ['a 责编 line with two names', `${zoom}<div class="editor">责编：李四、王五</div>`, ['责编：李四、王五']],
    [
      'several roles on separate lines',
      `${zoom}<p>编辑：赵六</p><p>审核：钱七</p><p>校对：孙八</p>`,
      ['编辑：赵六', '审核：钱七', '校对：孙八'],
    ],
    [
      'a credit line after a related list',
      `<div id="zoom">${BODY}<div class="related_article"><p>延伸阅读</p><ul><li><a href="/1">青禾镇开展冬季农田水利建设</a></li><li><a href="/2">全县农业农村工作会议召开</a></li></ul></div><p>本文来源：新华社 责任编辑：李曦</p></div>`,
      ['本文来源：新华社 责任编辑：李曦'],
    ],
    [
      'the article info row below the body (old layouts)',
      `${zoom}<div><font>发布日期：2019-03-06 责任编辑：龙慧</font></div>`,
      ['发布日期：2019-03-06 责任编辑：龙慧'],
    ],
    [
      'an editor box with a 纠错 widget',
      `${zoom}<div id="articleEdit"><span>【<a href="#">纠错</a>】</span> <span>【责任编辑:王頔】</span></div>`,
      ['【责任编辑:王頔】'],
    ],
    ['traditional labels', `${zoom}<div class="editor">（責任編輯：張華）</div>`, ['（責任編輯：張華）']],
  ])('credits: %s', (_name, box, expected) => {
    const a = htmlToArticle(page({ box }));
    expect(a.credits).toEqual(expected);
    expect(a.text.split('\n')).toEqual(PARAS);
  });

  it('never takes navigation, share bars, related lists, hidden copies, copyright or a CMS login', () => {
    const box =
      `<div id="BaiduSpider" style="display:none">作者：陈海峰</div>${zoom}` +
      '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>' +
      '<div class="related"><h3>相关文章</h3><ul><li><a href="/1">记者 走进青禾镇田间地头看春耕</a></li><li><a href="/2">编辑：部门工作动态汇总</a></li></ul></div>' +
      '<div class="edit">责任编辑：admin</div>';
    const after =
      '<div class="copy"><p>编辑部电话：0371-1234567 青禾县人民政府 版权所有</p><p>责任编辑：网站管理员 豫ICP备12345678号</p></div>';
    const a = htmlToArticle(page({ box, after }));
    expect(a.credits).toEqual([]);
    expect(a.header).toEqual(['发布时间：2024-03-06 09:30 来源：青禾镇人民政府']);
    const all = [...a.header, ...a.credits].join('\n');
    for (const junk of [
      '首页',
      '当前位置',
      '分享',
      '微信',
      '相关',
      '版权所有',
      'ICP',
      '主办单位',
      '陈海峰',
      'admin',
      '浏览',
    ])
      expect(all).not.toContain(junk);
  });

  it('keeps each line short', () => {
    const long = `责任编辑：张华 ${'会议要求各村压实责任确保不误农时'.repeat(20)}`;
    expect(htmlToArticle(page({ box: `${zoom}<div class="edit">${long}</div>` })).credits).toEqual([]);
  });

  it('gives none for a page without an article body', () => {
    const box =
      '<ul class="list">' +
      Array.from(
        { length: 12 },
        (_, i) => `<li><a href="/${i}">青禾县第${i + 1}批饮用水水源地环境保护专项行动通知</a></li>`,
      ).join('') +
      '</ul><div>责任编辑：张华</div>';
    const a = htmlToArticle(page({ box }));
    expect(a.text).toBe('');
    expect(a.header).toEqual([]);
    expect(a.credits).toEqual([]);
  });

  it('is fast on long runs of labels and widget words after the body', () => {
    const junk = `<p>${'来源：浏览'.repeat(20_000)}</p><p>${'【打印】|'.repeat(20_000)}</p><p>${'责任编辑：'.repeat(20_000)}</p>`;
    const t = Date.now();
    const a = htmlToArticle(page({ box: `${zoom}${junk}` }));
    expect(Date.now() - t).toBeLessThan(3_000);
    expect(a.credits).toEqual([]);
  });
});

describe('bad and extreme input', () => {
  const para = '<p>会议强调，要坚持以人民为中心的发展思想，推动经济社会高质量发展。</p>';

  it.each([
    ['10,000 nested divs', '<html><body>' + '<div>'.repeat(10_000) + para + '</div>'.repeat(10_000) + '</body></html>'],
    ['100,000 unclosed divs', '<div>'.repeat(100_000) + para],
    ['20,000 unclosed formatting tags', '<b><i><font>'.repeat(20_000) + para],
    ['5,000 nested tables', '<table><tr><td>'.repeat(5_000) + para],
  ])('%s: fast, and the text survives', (_name, html) => {
    const t = Date.now();
    const a = htmlToArticle(html);
    expect(Date.now() - t).toBeLessThan(5_000);
    expect(a.text).toContain('推动经济社会高质量发展。');
  });

  it('handles a 10 MB page in bounded time', () => {
    const block = `<ul>${'<li><a href="#">首页</a></li>'.repeat(20)}</ul><div class="item">${para.repeat(3)}</div>`;
    const html = `<html><head><title>测试_青禾县人民政府</title></head><body>${block.repeat(Math.ceil(10_000_000 / block.length))}</body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const t = Date.now();
    const a = htmlToArticle(html);
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(a.text.length).toBeGreaterThan(0);
  }, 60_000);

  it.each([
    ['truncated mid-paragraph', page({}).slice(0, page({}).indexOf('确保不误农时') + 3)],
    ['empty', ''],
    ['not HTML at all', '<<<>>><!-- <div'],
    ['unclosed comment and script', '<p>青禾镇召开会议。</p><script>var a = "<div>'],
  ])('does not throw on %s', (_name, html) => {
    expect(() => htmlToArticle(html)).not.toThrow();
  });

  it('keeps what a truncated page has', () => {
    const full = page({});
    const a = htmlToArticle(full.slice(0, full.indexOf('确保不误农时')));
    expect(a.text).toContain(PARAS[0]);
    expect(a.title).toBe('青禾镇召开春季农业生产工作会议');
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><head>', true],
    ['\uFEFF<html lang="zh-CN">', true],
    ['<%@ page contentType="text/html;charset=UTF-8" %>\n<html>', true],
    ['<!-- saved from url=(0043)http://www.example.gov.cn/ -->\n<html>', true],
    ['  <div class="c"><p>青禾镇召开会议。</p></div>', true],
    ['{"id":"a1","html":"<p>青禾镇</p>"}', false],
    ['青禾镇召开会议。镇长李明主持。', false],
    ['会议要求<b>各村</b>抓好落实。', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});

describe('html-gold scoring', () => {
  const gold = {
    file: 'x.html',
    title: '青禾镇召开会议',
    publishedAt: '2024-03-06T09:30',
    source: null,
    bodyStart: '3月5日，青禾镇召开',
    bodyEnd: '参加会议。',
    bodyMustNotContain: ['网站标识码', '相关文章'],
  };
  const article = {
    text: `青禾镇召开会议\n3月5日，青禾镇召开春季会议。\n${'内容。'.repeat(10)}\n镇班子成员参加 会议。`,
    title: '青禾镇 召开会议',
    publishedAt: '2024-03-06T09:30',
    source: null,
    site: null,
    author: null,
    keywords: null,
    description: null,
    url: null,
    regionCode: null,
  };

  it('compares after NFKC and whitespace removal, with 200-character windows', () => {
    const s = scoreHtmlPage(gold, article);
    expect(s.checks).toEqual({
      title: true,
      publishedAt: true,
      source: true,
      bodyStart: true,
      bodyEnd: true,
      body: true,
      noBoilerplate: true,
    });
  });

  it.each([
    ['a wrong title', { title: '青禾镇' }, 'title'],
    ['a source where the gold has none', { source: '青禾镇' }, 'source'],
    [
      'a start beyond the window',
      { text: `${'导航'.repeat(120)}\n3月5日，青禾镇召开春季会议。参加会议。` },
      'bodyStart',
    ],
    ['an end beyond the window', { text: `3月5日，青禾镇召开春季会议。参加会议。\n${'相关'.repeat(120)}` }, 'bodyEnd'],
    ['boilerplate in the text', { text: `${article.text}\n网站标识码 4101230001` }, 'noBoilerplate'],
  ])('fails %s', (_name, patch, check) => {
    const s = scoreHtmlPage(gold, { ...article, ...patch });
    expect(s.checks[check as keyof typeof s.checks]).toBe(false);
  });

  it('wants no text when the gold has no body, and summarises rates', () => {
    const none = { ...gold, bodyStart: null, bodyEnd: null };
    const empty = scoreHtmlPage(none, { ...article, text: '' });
    const full = scoreHtmlPage(none, article);
    expect(empty.checks.body).toBe(true);
    expect(full.checks.body).toBe(false);
    const rates = summarizeHtml([empty, full]);
    expect(rates.find((r) => r.check === 'body')).toEqual({ check: 'body', correct: 1, total: 2, rate: 0.5 });
  });

  it('rejects a malformed gold file', () => {
    expect(() => scoreHtmlPage({ title: 3 }, article)).toThrow(/title/);
  });
});
