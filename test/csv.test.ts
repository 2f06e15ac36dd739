import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const ARTICLE = '5月6日,白河镇召开镇村干部大会,镇党委书记、镇长李建国主持会议,会上印发《春耕生产工作方案》。';

describe('extract --format csv', () => {
  it('prints one row per title with the article id and a header, quoting as RFC 4180 wants', async () => {
    const r = await runCli(['extract', '-', '--format', 'csv', '--table', 'titles'], { stdin: ARTICLE });
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trimEnd().split('\n');
    expect(header).toBe('articleId,name,text,org,orgResolved,position,acting,former,rule,titleStart,titleEnd');
    expect(rows.map((l) => l.split(',').slice(1, 3))).toEqual([
      ['李建国', '镇党委书记'],
      ['李建国', '镇长'],
    ]);
  });

  it('streams one header and the rows of every article; failed articles have no rows', async () => {
    const corpus = [
      JSON.stringify({ id: 'a', text: ARTICLE }),
      JSON.stringify({ id: 'b', body: 'no text' }),
      JSON.stringify({ id: 'c', text: '会议审议通过《镇村干部管理办法》,"试行"一年。' }),
    ].join('\n');
    const r = await runCli(['extract', '-', '--format', 'csv', '--table', 'documents', '-q', '-j', '1'], {
      stdin: corpus,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'articleId,title,kind,number,issuer,rule,start,end\na,春耕生产工作方案,plan,,,doc.book-title-marks,38,46\nc,镇村干部管理办法,measures,,,doc.book-title-marks,7,15\n',
    );
  });

  it.each([
    [['--format', 'csv'], '--format csv needs --table'],
    [['--format', 'xml'], '--format takes json or csv'],
    [['--format', 'json', '--table', 'dates'], '--table writes CSV; it cannot be used with --format json'],
    [
      ['--format', 'csv', '--table', 'people'],
      'unknown table "people"; tables: articles, officials, titles, dates, documents, meetings, decisions, appointments, organizations, places',
    ],
    [['--table', 'articles,dates'], 'several tables (articles, dates) need --out DIR'],
    [['--table', 'articles', '--table', 'dates'], 'several tables (articles, dates) need --out DIR'],
  ])('usage error for %j', async (args, message) => {
    const r = await runCli(['extract', '-', ...args], { stdin: ARTICLE });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
