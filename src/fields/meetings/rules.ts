/**
 * Rule table for meetings: the forms a held meeting is reported in (one rule
 * id each, carried by every produced item), then the types a name is
 * classified as (refining rules: the item keeps its form's id, the type rule
 * sets `type`). Examples are invented.
 */
import type { Rule, RuleTable } from '../rule.js';

/** How a meeting is recognised as held; the parsers are in parsers/. */
export const MEETING_FORMS = {
  object: {
    id: 'meeting.object',
    description:
      'a held verb (召开/举行/举办/开展/出席…) followed by the name as its object; not under a citing verb (传达/学习贯彻…) nor when planned (将于, 定于)',
    examples: [
      {
        text: '3月2日,青石镇镇长李明华主持召开镇政府第5次常务会议,研究春耕工作。',
        expect: [{ field: 'meetings', value: '镇政府第5次常务会议' }],
      },
      {
        text: '柳林县召开秋冬种现场会和农机推广座谈会。',
        expect: [
          { field: 'meetings', value: '秋冬种现场会' },
          { field: 'meetings', value: '农机推广座谈会' },
        ],
      },
    ],
    counterexamples: [
      // Cited: the meeting was held elsewhere, this one only relays it.
      { text: '会议传达学习了县委近日召开的全县经济工作会议精神。' },
      // Planned, not held.
      { text: '青石镇将于下周召开防汛工作部署会。' },
    ],
  },
  bodyObject: {
    id: 'meeting.body-object',
    description: 'a body as subject and an ordinal session as object (县人大常委会举行第七次会议); the name joins both',
    examples: [
      {
        text: '5日,青石县十八届人大常委会举行第七次会议。',
        expect: [{ field: 'meetings', value: '青石县十八届人大常委会第七次会议' }],
      },
    ],
    counterexamples: [
      // 人大代表 are people, not a body: the session keeps its own name (meeting.object).
      { text: '会议期间,青石县人大代表举行第二次全体会议。' },
    ],
  },
  subject: {
    id: 'meeting.subject',
    description:
      'the name as subject of 召开/举行/开幕 ending the clause (a day, a 在 phrase or an adverb may come between)',
    examples: [
      {
        text: '6月3日上午,青石镇第二届人民代表大会第四次会议在镇礼堂隆重开幕。',
        expect: [{ field: 'meetings', value: '青石镇第二届人民代表大会第四次会议' }],
      },
    ],
    counterexamples: [
      // 召开前 dates a task by the meeting; it does not report it.
      { text: '会议要求,各村要在春耕动员大会召开前完成摸底。' },
    ],
  },
  passed: {
    id: 'meeting.passed',
    description:
      'the name as subject of 通过 (a text the meeting adopted), or of 审议了/听取了/选举 when a numbered session opens its clause; not 会议通过的… (cited)',
    examples: [
      {
        text: '(2022年4月1日青石县十六届人大常委会第九次会议通过)',
        expect: [{ field: 'meetings', value: '青石县十六届人大常委会第九次会议' }],
      },
      {
        text: '柳林县人大常委会第十二次会议听取了县政府关于防汛工作的报告。',
        expect: [{ field: 'meetings', value: '柳林县人大常委会第十二次会议' }],
      },
    ],
    counterexamples: [
      // The resolution is cited; the meeting that adopted it is not reported.
      { text: '各村要认真落实县人大常委会第九次会议通过的决议。' },
    ],
  },
  at: {
    id: 'meeting.at',
    description: '在X会议上 (or a paragraph opening with X会上,), not followed by 的讲话精神 and not after 传达/学习',
    examples: [
      {
        text: '在全镇乡村振兴工作推进会上,镇党委书记李明华通报了进展。',
        expect: [{ field: 'meetings', value: '全镇乡村振兴工作推进会' }],
      },
    ],
    counterexamples: [
      // The speech given there is studied; the meeting is cited.
      { text: '各村认真学习李明华在全镇乡村振兴工作推进会上的讲话精神。' },
    ],
  },
} satisfies Record<string, Rule>;

export interface MeetingTypeRule extends Rule {
  /** Tested on the name in the analysed (simplified) form, a trailing session word (开幕会) dropped. */
  pattern: RegExp;
  /** The type; $1 and $2 stand for the pattern's groups. */
  type: string;
}

/** A type rule whose example and counterexample are one held meeting each (召开 + name). */
function typeRule(
  id: string,
  pattern: RegExp,
  type: string,
  description: string,
  example: [text: string, name: string, type?: string],
  counterexample: [text: string, name: string, type?: string],
): MeetingTypeRule {
  const [text, name, exType = type] = example;
  const [ceText, ceName, ceType = type] = counterexample;
  return {
    id,
    pattern,
    type,
    refines: true,
    description,
    examples: [{ text, expect: [{ field: 'meetings', value: name, with: { type: exType } }] }],
    counterexamples: [{ text: ceText, reject: [{ field: 'meetings', value: ceName, with: { type: ceType } }] }],
  };
}

/** First match wins: specific before generic. The type is read off the name's end. */
export const MEETING_TYPE_RULES: readonly MeetingTypeRule[] = [
  typeRule(
    'type.standing-gov',
    /常务会议$/,
    '常务会议',
    'a name ending in 常务会议: a government executive meeting',
    ['李明华主持召开青石县政府第十二次常务会议。', '青石县政府第十二次常务会议'],
    ['青石县召开政府常务会议议定事项督办推进会。', '政府常务会议议定事项督办推进会'],
  ),
  typeRule(
    'type.chairman-npc',
    /委员长会议$/,
    '委员长会议',
    'a name ending in 委员长会议',
    ['十四届全国人大常委会第五次委员长会议在北京举行。', '十四届全国人大常委会第五次委员长会议'],
    ['柳林市人大常委会举行委员长会议成员学习会。', '委员长会议成员学习会'],
  ),
  typeRule(
    'type.director-npc',
    /主任会议$/,
    '主任会议',
    'a name ending in 主任会议: a people’s congress standing committee directors’ meeting',
    ['青石县人大常委会召开第二十次主任会议。', '青石县人大常委会第二十次主任会议'],
    ['青石县人大常委会召开主任会议组成人员述职会。', '主任会议组成人员述职会'],
  ),
  typeRule(
    'type.chair-cppcc',
    /主席会议$/,
    '主席会议',
    'a name ending in 主席会议: a CPPCC chairs’ meeting',
    ['青石县政协召开八届第五次主席会议。', '青石县政协八届第五次主席会议'],
    // A presidium's session ends in 第二次会议, not 主席会议.
    ['青石县人大主席团举行第二次会议。', '青石县人大主席团第二次会议'],
  ),
  typeRule(
    'type.presidium',
    /主席团.*会议$/,
    '主席团会议',
    'a presidium (主席团) and a name ending in 会议',
    ['青石县十八届人大三次会议主席团举行第二次会议。', '青石县十八届人大三次会议主席团第二次会议'],
    // 主席会议 has no 主席团.
    ['青石县政协召开八届第五次主席会议。', '青石县政协八届第五次主席会议'],
  ),
  typeRule(
    'type.plenary',
    /全体会议$/,
    '全体会议',
    'a name ending in 全体会议: a plenary session',
    ['青石县第十八届人民代表大会第三次会议举行第二次全体会议。', '青石县第十八届人民代表大会第三次会议第二次全体会议'],
    // 全体 qualifies the attendees, not the session.
    ['青石镇召开全体机关干部会议。', '全体机关干部会议'],
  ),
  typeRule(
    'type.npc-standing',
    /(人大常委会|人民代表大会常务委员会).*会议$/,
    '人大常委会会议',
    'a people’s congress standing committee (人大常委会) and a name ending in 会议',
    ['青石县十八届人大常委会举行第七次会议。', '青石县十八届人大常委会第七次会议'],
    // The committee's staff hold a rally: its type is the rally's.
    ['青石县人大常委会机关召开党史学习教育动员大会。', '党史学习教育动员大会'],
  ),
  typeRule(
    'type.cppcc-standing',
    /(政协|政治协商会议).*(常委会?|常务委员会)(.{0,8}次)?(会议)?$/,
    '政协常委会会议',
    'a CPPCC (政协) and its standing committee (常委会, 常务委员会) ending the name, a session number allowed',
    ['青石市政协九届第六次常委会议召开。', '青石市政协九届第六次常委会议'],
    // A full CPPCC session, not its standing committee.
    ['青石县政协召开十届三次会议。', '青石县政协十届三次会议'],
  ),
  typeRule(
    'type.party-standing',
    /常委会?(\(扩大\))?(第?.{0,6}次)?(会议?)?$/,
    '常委会会议',
    'a party standing committee (常委会, 常委(扩大)会议) ending the name, a session number allowed',
    ['李明华主持召开十四届县委第20次常委会会议。', '十四届县委第20次常委会会议'],
    // A people's congress standing committee is matched first.
    ['青石县十八届人大常委会举行第七次会议。', '青石县十八届人大常委会第七次会议'],
  ),
  typeRule(
    'type.npc',
    /(人民代表大会|人大).*会议$/,
    '人民代表大会',
    'a people’s congress (人民代表大会, 人大) and a name ending in 会议',
    ['青石镇第十五届人民代表大会第二次会议开幕。', '青石镇第十五届人民代表大会第二次会议'],
    // Deputies at a symposium: the name ends in 座谈会.
    ['青石县人大代表座谈会在县城召开。', '青石县人大代表座谈会'],
  ),
  typeRule(
    'type.cppcc',
    /(政协|政治协商会议).*次会议$/,
    '政协会议',
    'a CPPCC (政协, 政治协商会议) and a name ending in 次会议',
    ['政协青石县第十届委员会第三次会议开幕。', '政协青石县第十届委员会第三次会议'],
    // Its standing committee is matched first.
    ['青石县政协十届常委会第三次会议在县城召开。', '青石县政协十届常委会第三次会议'],
  ),
  typeRule(
    'type.central-group',
    /中心组.*学习|学习研讨|集体学习|集中学习/,
    '理论学习中心组学习',
    'a theory study group (中心组…学习) or 学习研讨, 集体学习, 集中学习 anywhere in the name',
    ['青石区委理论学习中心组开展2025年第3次集体学习。', '2025年第3次集体学习'],
    // A reading session of young cadres is a plain 学习会.
    ['青石镇召开青年干部读书学习会。', '青年干部读书学习会'],
  ),
  typeRule(
    'type.symposium',
    /座谈会(议)?$/,
    '座谈会',
    'a name ending in 座谈会',
    ['青石镇召开民营企业家座谈会。', '民营企业家座谈会'],
    ['青石县召开座谈会筹备协调会。', '座谈会筹备协调会'],
  ),
  typeRule(
    'type.on-site',
    /现场(会|会议)$/,
    '现场会',
    'a name ending in 现场会 or 现场会议',
    ['柳林县召开秋冬种现场会。', '秋冬种现场会'],
    ['柳林县召开秋冬种现场观摩会。', '秋冬种现场观摩会'],
  ),
  typeRule(
    'type.mobilisation',
    /(动员|誓师)(部署)?(大会|会议?)$/,
    '动员大会',
    'a name ending in 动员大会, 誓师大会, 动员部署会',
    ['青石镇召开防汛工作动员大会。', '防汛工作动员大会'],
    ['青石镇召开全民动员植树活动总结会。', '全民动员植树活动总结会'],
  ),
  typeRule(
    'type.advance',
    /推进(大会|会议?)$/,
    '推进会',
    'a name ending in 推进会',
    ['青石县召开重点项目建设推进会。', '重点项目建设推进会'],
    ['青石县召开项目推进情况通报会。', '项目推进情况通报会'],
  ),
  typeRule(
    'type.dispatch',
    /调度(会|会议)$/,
    '调度会',
    'a name ending in 调度会',
    ['青石镇召开安全生产第2次调度会。', '安全生产第2次调度会'],
    ['青石镇召开调度工作专题会议。', '调度工作专题会议'],
  ),
  typeRule(
    'type.deploy',
    /部署(会|会议)$/,
    '部署会',
    'a name ending in 部署会',
    ['青石县召开村级换届工作部署会。', '村级换届工作部署会'],
    // 动员部署会 is matched as a rally first.
    ['青石县召开防汛动员部署会。', '防汛动员部署会'],
  ),
  typeRule(
    'type.joint',
    /联席(会|会议)$/,
    '联席会议',
    'a name ending in 联席会 or 联席会议',
    ['青石社区召开党建联席会议。', '党建联席会议'],
    ['青石社区召开联席会议制度宣讲会。', '联席会议制度宣讲会'],
  ),
  typeRule(
    'type.special',
    /专题(工作)?(会|会议)$/,
    '专题会议',
    'a name ending in 专题会议 or 专题工作会议',
    ['青石镇召开防汛专题会议。', '防汛专题会议'],
    ['青石镇召开防汛专题调度会。', '防汛专题调度会'],
  ),
  typeRule(
    'type.study',
    /(学习|研讨)会(议)?$/,
    '学习会',
    'a name ending in 学习会 or 研讨会 (学习研讨会 is a study group’s)',
    ['青石镇召开青年干部读书学习会。', '青年干部读书学习会'],
    ['青石镇召开党史学习研讨会。', '党史学习研讨会'],
  ),
  typeRule(
    'type.party-group',
    /党组(\(扩大\))?(会|会议)$/,
    '党组会议',
    'a name ending in 党组会议 or 党组(扩大)会议',
    ['李明华主持召开县政府党组(扩大)会议,研究人事事项。', '县政府党组(扩大)会议'],
    // A 党委 is no 党组.
    ['青石镇党委召开党委会议,研究防汛工作。', '党委会议'],
  ),
  typeRule(
    'type.routine',
    /例会$/,
    '例会',
    'a name ending in 例会',
    ['青石县召开县长周例会。', '县长周例会'],
    ['青石县召开例会制度落实情况通报会。', '例会制度落实情况通报会'],
  ),
  typeRule(
    'type.party-life',
    /生活会$/,
    '民主生活会',
    'a name ending in 生活会',
    ['青石镇领导班子召开民主生活会。', '民主生活会'],
    ['青石镇召开民主生活会整改落实推进会。', '民主生活会整改落实推进会'],
  ),
  typeRule(
    'type.work',
    /工作(会|会议)$/,
    '工作会议',
    'a name ending in 工作会 or 工作会议',
    ['青石县召开全县农业农村工作会议。', '全县农业农村工作会议'],
    // A leading group's meeting, though its name holds 工作.
    ['青石县召开全县农业农村工作领导小组会议。', '全县农业农村工作领导小组会议'],
  ),
  typeRule(
    'type.head',
    /(对接|启动|议事|见面|报告|分析|汇报|交流|协调|培训|表彰|总结|观摩|恳谈|茶话|发布|论证|听证|评审|碰头|推介|洽谈|说明|务虚|通报|点评|讲评|警示|约谈|述职|评议|协商|联谊|宣讲|讨论|成立|办公)(大会|会)议?$/,
    '$1$2',
    'a name ending in one of the named kinds (对接会, 启动会, 表彰大会, 成立大会…): that kind',
    ['青石县召开驻村干部对接会。', '驻村干部对接会', '对接会'],
    // 评审 inside a work meeting's name.
    ['青石县召开扶贫项目评审工作会议。', '扶贫项目评审工作会议', '评审会'],
  ),
];

export const MEETINGS_TABLE: RuleTable = {
  field: 'meetings',
  summary:
    'Held verbs (召开, 举行…), 会议通过 and 在…会议上 find meetings reported as held (one rule per form, carried by every item); mentions of one meeting merge, and the first type rule whose pattern fits the name sets its type.',
  rules: [...Object.values(MEETING_FORMS), ...MEETING_TYPE_RULES],
};
