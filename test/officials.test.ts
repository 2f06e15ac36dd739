/**
 * Officials extractor: valid/invalid tables per rule, on invented sentences
 * in the style of town and county meeting reports.
 */
import { describe, expect, it } from 'vitest';
import { makeDoc as docOf } from '../src/text/doc.js';
import { normalizeText } from '../src/normalize/index.js';
import { segment } from '../src/segment/jieba.js';
import { extractOfficials } from '../src/fields/officials/index.js';
import { OFFICIAL_RULES } from '../src/fields/officials/rules.js';
import type { Doc, Official, Span } from '../src/types.js';

function makeDoc(original: string): Doc {
  const { text } = normalizeText(original);
  return docOf(original, text, { segment });
}

function run(original: string, exclude: Span[] = []): Official[] {
  return extractOfficials(makeDoc(original), { exclude });
}

/** name → sorted title texts */
function summary(original: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const o of run(original)) out[o.name] = o.titles.map((t) => t.text);
  return out;
}

type Case = [sentence: string, expected: Record<string, string[]>];

const VALID: Record<string, Case[]> = {
  [OFFICIAL_RULES.titleBeforeName.id]: [
    ['会议由镇人大主席郑丽娟主持。', { 郑丽娟: ['镇人大主席'] }],
    ['镇党委书记林国栋传达了县委全会精神。', { 林国栋: ['镇党委书记'] }],
    ['受县委书记范志强委托,县委副书记彭立军主持会议。', { 范志强: ['县委书记'], 彭立军: ['县委副书记'] }],
    ['石桥村党支部书记杜春生作表态发言。', { 杜春生: ['石桥村党支部书记'] }],
    ['区人大常委会主任邵文博出席会议。', { 邵文博: ['区人大常委会主任'] }],
    ['县人民法院副院长魏晓峰汇报了工作。', { 魏晓峰: ['县人民法院副院长'] }],
    ['市政府党组成员韦正明参加活动。', { 韦正明: ['市政府党组成员'] }],
    ['县领导陶建华出席。', { 陶建华: ['县领导'] }],
    ['驻村第一书记龚海波介绍了情况。', { 龚海波: ['驻村第一书记'] }],
    ['县检察院检察长雷振宇列席会议。', { 雷振宇: ['县检察院检察长'] }],
    ['会后,镇长  卢志远讲话。', { 卢志远: ['镇长'] }],
    ['出席会议的有:县委书记张文辉,县长田富贵。', { 张文辉: ['县委书记'], 田富贵: ['县长'] }],
    ['3月5日省委书记许文涛主持会议。', { 许文涛: ['省委书记'] }],
    ['二〇二四年三月五日县长汪海鸥讲话。', { 汪海鸥: ['县长'] }],
    ['今天上午县委书记龙德明带队检查。', { 龙德明: ['县委书记'] }],
    ['全场起立感谢市委书记苗文龙的关心。', { 苗文龙: ['市委书记'] }],
    ['县委书记张文辉和县长田富贵出席。', { 张文辉: ['县委书记'], 田富贵: ['县长'] }],
    ['会议由何志刚和省政府秘书长洪建业主持。', { 洪建业: ['省政府秘书长'] }],
    ['“大联委”委员、城东派出所教导员喻海明发言。', { 喻海明: ['“大联委”委员', '城东派出所教导员'] }],
    ['县工作专班鲍德华、严子墨到会指导。', { 鲍德华: ['县工作专班'], 严子墨: ['县工作专班'] }],
    ['自治区副主席阿依古丽·买买提出席会议。', { 阿依古丽·买买提: ['自治区副主席'] }],
  ],
  [OFFICIAL_RULES.titleChain.id]: [
    ['党委副书记、代镇长周立新回顾了全年工作。', { 周立新: ['党委副书记', '代镇长'] }],
    ['州委副书记、市委书记霍启明主持会议并讲话。', { 霍启明: ['州委副书记', '市委书记'] }],
    ['县委常委、常务副县长卞文涛出席。', { 卞文涛: ['县委常委', '常务副县长'] }],
    ['村党支部书记兼村委会主任鲁大海介绍了情况。', { 鲁大海: ['村党支部书记', '村委会主任'] }],
    ['中共中央政治局委员、省委书记宁海川陪同考察。', { 宁海川: ['中共中央政治局委员', '省委书记'] }],
  ],
  [OFFICIAL_RULES.nameList.id]: [
    ['副县长赵一凡、钱晓东、孔令军出席会议。', { 赵一凡: ['副县长'], 钱晓东: ['副县长'], 孔令军: ['副县长'] }],
    [
      '市政协主席温庆林、副主席蒋春雨、苏海燕,秘书长方建业出席。',
      { 温庆林: ['市政协主席'], 蒋春雨: ['副主席'], 苏海燕: ['副主席'], 方建业: ['秘书长'] },
    ],
  ],
  [OFFICIAL_RULES.nameBeforeTitle.id]: [
    ['会议传达了吴国栋县长的讲话精神。', { 吴国栋: ['县长'] }],
    ['学习贯彻胡德胜总书记重要讲话。', { 胡德胜: ['总书记'] }],
  ],
  [OFFICIAL_RULES.titleBeforeDuty.id]: [
    ['会议决定:免去韩立新同志县财政局局长、党组书记职务。', { 韩立新: ['县财政局局长', '党组书记'] }],
  ],
  [OFFICIAL_RULES.bareNameCue.id]: [
    ['会议任命孔令辉为副区长。', { 孔令辉: [] }],
    ['会议决定接受郑文斌同志辞去县人民政府副县长职务。', { 郑文斌: [] }],
    ['会议接受蒋文华辞去县人民政府副县长职务的请求。', { 蒋文华: [] }],
    ['\n邹明远主持召开区政府常务会议。', { 邹明远: [] }],
    ['项目发包给其哥哥卢建平。', { 卢建平: [] }],
    ['经县委研究决定:王建勋任县委办公室主任;赵德林任县财政局局长。', { 王建勋: [], 赵德林: [] }],
    ['赵德林,男,汉族,1975年3月生,大学学历。', { 赵德林: [] }],
    ['坚持以习近平同志为核心的党中央的坚强领导。', { 习近平: [] }],
    ['马振东等12名同志受到表彰。', { 马振东: [] }],
    ['会见了贾振华一行。', { 贾振华: [] }],
    ['文件指出,要加强管理。王建新表示,将全力配合。', { 王建新: [] }],
    ['在一家公司做中层的林晓雯(化名)准备跳槽。', { 林晓雯: [] }],
  ],
  [OFFICIAL_RULES.anonymised.id]: [
    ['犯罪嫌疑人陶某某设立多个网站。', { 陶某某: [] }],
    ['例如王某华设立网站,李某称其不知情。', { 王某华: [], 李某: [] }],
    ['他在远亲陈某处打工。', { 陈某: [] }],
  ],
  [OFFICIAL_RULES.ageDescribed.id]: [
    ['出生于1982年的王晓林拟提名为区长人选。', { 王晓林: [] }],
    ['现年45岁的周建明在会上作了发言。', { 周建明: [] }],
    ['1979年出生的赵丽萍,参加了此次培训。', { 赵丽萍: [] }],
  ],
  [OFFICIAL_RULES.bareNameList.id]: [
    ['蒋明、邹丽华、钱海涛、韦国庆在主席台就座。', { 蒋明: [], 邹丽华: [], 钱海涛: [], 韦国庆: [] }],
    ['苗建华、邵振宇参加调研。', { 苗建华: [], 邵振宇: [] }],
  ],
  [OFFICIAL_RULES.runTogether.id]: [
    ['李文辉讲话 周建平赵丽华孙长青出席', { 李文辉: [], 周建平: [], 赵丽华: [], 孙长青: [] }],
  ],
  [OFFICIAL_RULES.foreignName.id]: [
    ['阿根廷总统罗德里格斯表示,双方将加强合作。', { 罗德里格斯: ['阿根廷总统'] }],
    ['会见了智利外长马丁内斯一行。', { 马丁内斯: ['智利外长'] }],
  ],
  [OFFICIAL_RULES.minorityName.id]: [['县领导扎西次仁、阿不力克木·吐尔逊出席。', { 阿不力克木·吐尔逊: [] }]],
  [OFFICIAL_RULES.pronounDropped.id]: [
    ['该镇镇长冯立军作政府工作报告。', { 冯立军: ['镇长'] }],
    ['我院纪委书记欧阳晓红调任他职。', { 欧阳晓红: ['纪委书记'] }],
  ],
  [OFFICIAL_RULES.holdingDropped.id]: [
    ['工程发包给时任村委委员钟国华。', { 钟国华: ['村委委员'] }],
    ['他刷新了时任平湖区区长韩志远的纪录。', { 韩志远: ['平湖区区长'] }],
  ],
  'traditional-and-spacing': [
    ['縣委書記陸國棟主持會議,縣長顧曉東出席。', { 陸國棟: ['縣委書記'], 顧曉東: ['縣長'] }],
    ['记者 王  刚\n镇党委书记冯 艳主持会议。', { 冯艳: ['镇党委书记'] }],
    ['副县长韩晓梅(女)出席会议。', { 韩晓梅: ['副县长'] }],
    ['平安县委副书记陶某某的年龄存在问题。', { 陶某某: ['平安县委副书记'] }],
    ['航天员刘旺操作飞船完成对接。', { 刘旺: ['航天员'] }],
    ['县委常委、常务副县长周立波及县法院、县检察院负责人列席。', { 周立波: ['县委常委', '常务副县长'] }],
    ['市住建委副主任冀岩上月表示,供应对象为中低收入家庭。', { 冀岩: ['市住建委副主任'] }],
    ['委员会主任王为民', { 王为民: ['委员会主任'] }],
    [
      '市中级人民法院党组书记、院长向太平,副院长路明出席。',
      { 向太平: ['市中级人民法院党组书记', '院长'], 路明: ['副院长'] },
    ],
    ['镇党委副书记、镇长贝思远作动员讲话。', { 贝思远: ['镇党委副书记', '镇长'] }],
  ],
};

/** Sentences that name nobody (or where a rule must not fire). */
const INVALID: Record<string, string[]> = {
  'not-people': [
    '王书记强调,要抓好安全生产。', // surname + title only
    '以习近平新时代中国特色社会主义思想为指导。', // doctrine name
    '坚持以毛泽东思想、邓小平理论为指导。',
    '镇领导班子成员、全体机关干部参加会议。', // 班子 is no name
    '县委书记强调,要高度重视防汛工作。', // verb after the title
    '要坚持高站位、高出手、高品位。', // parallel phrases
    '中央书记处、全国人大常委会委员会议。',
    '会议由镇人大主席主持。',
    '陕西、四川、甘肃三省参加。',
    '严肃责任追究,压实主体责任。',
    '各村党支部书记、驻村第一书记参加会议。',
    '书记向全体党员提出要求。',
    '主任谈到,今年要抓好三件事。',
    '双方分别代表方正县政府和企业签约。',
    '57项重点任务逐项分解。',
    '全镇党员干部要高度重视,切实把思想和行动统一到县委、县政府的决策部署上来。',
    '各乡镇党委书记、乡镇长,县直各部门主要负责人参加会议。',
    '村两委成员、网格员、志愿者共50余人参加活动。',
    '镇长助理、各站所负责人陪同调研。',
    '会上,镇长就下一步工作作了安排。',
    '会议审议通过了关于任免干部的决定,选举产生新一届村委会主任。',
    '区委书记带队赴江苏、浙江考察学习。',
    '香港中央图书馆举行“书香·港情”文学节。', // middle dot in an event name
    '经济·科技频道推出中国·浙江专题。',
    '坚决拥护支持习总书记的决定。', // 习总书记 is surname + title
    '业主侯女士说,他们家只有一套房子。',
    '俱乐部主席都遭到暴力袭击。',
    '为从事非法买卖外汇的黄牛介绍客户。',
    '某些单位在某地违规建设。',
    '到南京路某号办理手续。',
    '组干部包地块;村干部包组。',
    '出生于1980年的干部占比超过六成。', // a birth year before a common noun
    '1990年出生的年轻干部有12名。',
    '现年60岁的老人独自生活。',
  ],
};

describe('titles across 的', () => {
  it('attaches none: 免去张三的县长职务 names 张三 without a title', () => {
    expect(summary('会议决定免去葛立春的县交通运输局局长职务。')).toEqual({ 葛立春: [] });
  });
});

describe('extractOfficials: valid', () => {
  for (const [rule, cases] of Object.entries(VALID)) {
    describe(rule, () => {
      it.each(cases)('%s', (sentence, expected) => {
        expect(summary(sentence)).toEqual(expected);
      });
      // A row filed under a rule is one that rule produces: an official or a title carries its id.
      if (rule.startsWith('official.')) {
        it.each(cases)('%s carries the rule', (sentence) => {
          const ids = run(sentence).flatMap((o) => [o.rule, ...o.titles.map((t) => t.rule)]);
          expect(ids).toContain(rule);
        });
      }
    });
  }
});

describe('extractOfficials: invalid', () => {
  for (const [rule, cases] of Object.entries(INVALID)) {
    describe(rule, () => {
      it.each(cases)('%s', (sentence) => {
        expect(summary(sentence)).toEqual({});
      });
    });
  }
});

describe('extractOfficials: structure', () => {
  it('splits org and position and sets acting/former', () => {
    const [o] = run('党委副书记、代镇长周立新主持会议。');
    expect(o?.titles.map((t) => [t.org, t.position, t.acting, t.former])).toEqual([
      ['党委', '副书记', false, false],
      [null, '镇长', true, false],
    ]);
    const [p] = run('北山村原党支部书记严德明违规发包工程。');
    expect(p?.titles[0]).toMatchObject({ text: '北山村原党支部书记', position: '书记', former: true });
    const [q] = run('工程发包给时任村委委员钟国华。');
    expect(q?.titles[0]).toMatchObject({ text: '村委委员', former: true, rule: OFFICIAL_RULES.holdingDropped.id });
  });

  it('gives spans, mentions in order and the surname + title coreference', () => {
    const text = '镇党委书记林国栋主持会议。会上,林书记强调要抓好落实。林国栋要求各村立即行动。';
    const [o] = run(text);
    expect(o?.name).toBe('林国栋');
    expect(o?.mentions).toEqual([
      [5, 8],
      [16, 19],
      [27, 30],
    ]);
    expect(o?.titles[0]?.span).toEqual([0, 5]);
    expect(o?.roles).toContain('chair');
  });

  it('links surname + title mentions for a compound surname (欧阳书记 → 欧阳晓红)', () => {
    const text = '县委书记欧阳晓红主持会议。会上,欧阳书记强调要抓好落实。欧阳书记要求各村立即行动。';
    const [o] = run(text);
    expect(o?.name).toBe('欧阳晓红');
    expect(o?.mentions).toEqual([
      [4, 8],
      [16, 20],
      [28, 32],
    ]);
  });

  it('reads roles from the verbs after a mention, shared along a list', () => {
    const out = run('县委书记林国栋主持会议并讲话,副县长赵一凡、钱晓东出席会议。');
    expect(Object.fromEntries(out.map((o) => [o.name, o.roles ?? []]))).toEqual({
      林国栋: ['chair', 'speak'],
      赵一凡: ['attend'],
      钱晓东: ['attend'],
    });
  });

  it('keeps traditional characters from the original text', () => {
    const [o] = run('縣委書記陸國棟主持會議。');
    expect(o?.name).toBe('陸國棟');
    expect(o?.titles[0]?.text).toBe('縣委書記');
    expect(o?.titles[0]?.org).toBe('縣委');
  });

  it('skips names inside excluded byline spans', () => {
    const text = '记者 罗志刚 通讯员 邱小梅\n副镇长邱小梅主持会议。';
    const out = run(text, [[0, 14]]);
    expect(out.map((o) => o.name)).toEqual(['邱小梅']);
    expect(out[0]?.mentions).toEqual([[18, 21]]);
  });

  it('orders officials by first mention and lists each once', () => {
    const text = '副县长赵一凡主持会议。县委书记孔德明讲话。赵一凡要求抓好落实。';
    expect(run(text).map((o) => o.name)).toEqual(['赵一凡', '孔德明']);
  });

  it('stays fast on pathological input', () => {
    const t0 = Date.now();
    run('书记'.repeat(100_000));
    run('王书记、'.repeat(50_000));
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
});
