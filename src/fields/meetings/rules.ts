/**
 * Rule tables for the meetings extractor: the forms a held meeting is
 * reported in (one rule id each, carried by every produced item), and the
 * type a name is classified as. Examples are invented.
 */

export interface MeetingFormRule {
  id: string;
  example: string;
  description: string;
}

/** How a meeting is recognised as held. The logic lives in src/fields/meetings/index.ts. */
export const MEETING_FORMS = {
  object: {
    id: 'meeting.object',
    example: '3月2日,李四主持召开县政府第5次常务会议,研究春耕工作。',
    description: 'held verb (召开/举行/开展/出席) followed by the name as its object',
  },
  bodyObject: {
    id: 'meeting.body-object',
    example: '5日,县十八届人大常委会举行第七次会议。 → 县十八届人大常委会第七次会议',
    description: 'a body as subject and an ordinal meeting as object; the name joins both',
  },
  subject: {
    id: 'meeting.subject',
    example: '6月3日上午,某镇第二届人民代表大会第四次会议在镇礼堂隆重开幕。',
    description: 'the name as subject of 召开/举行/开幕 ending the clause',
  },
  passed: {
    id: 'meeting.passed',
    example: '(2020年4月1日某县十六届人大常委会第九次会议通过)',
    description: 'the name as subject of 通过 (a text adopted by the meeting)',
  },
  at: {
    id: 'meeting.at',
    example: '在乡村振兴工作推进会上,王五通报了进展。',
    description: '在X会议上 not followed by 的/精神 and not after 传达/学习',
  },
} as const satisfies Record<string, MeetingFormRule>;

export interface MeetingTypeRule {
  id: string;
  example: string;
  /** Tested on the name in the analysed (simplified) form. */
  pattern: RegExp;
  type: string;
}

/** First match wins: specific before generic. */
export const MEETING_TYPE_RULES: readonly MeetingTypeRule[] = [
  { id: 'type.standing-gov', example: '县政府第十二次常务会议', pattern: /常务会议$/, type: '常务会议' },
  {
    id: 'type.chairman-npc',
    example: '十五届全国人大常委会第三次委员长会议',
    pattern: /委员长会议$/,
    type: '委员长会议',
  },
  { id: 'type.director-npc', example: '县人大常委会第二十次主任会议', pattern: /主任会议$/, type: '主任会议' },
  { id: 'type.chair-cppcc', example: '市政协八届第五次主席会议', pattern: /主席会议$/, type: '主席会议' },
  { id: 'type.presidium', example: '主席团第二次会议', pattern: /主席团.*会议$/, type: '主席团会议' },
  { id: 'type.plenary', example: '省十四届人大二次会议第二次全体会议', pattern: /全体会议$/, type: '全体会议' },
  {
    id: 'type.npc-standing',
    example: '县十八届人大常委会第七次会议',
    pattern: /(人大常委会|人民代表大会常务委员会).*会议$/,
    type: '人大常委会会议',
  },
  {
    id: 'type.cppcc-standing',
    example: '市政协九届第六次常委会议',
    pattern: /(政协|政治协商会议).*(常委会?|常务委员会)(.{0,8}次)?(会议)?$/,
    type: '政协常委会会议',
  },
  {
    id: 'type.party-standing',
    example: '十四届县委第20次常委会会议',
    pattern: /常委会?(\(扩大\))?(第?.{0,6}次)?(会议?)?$/,
    type: '常委会会议',
  },
  {
    id: 'type.npc',
    example: '某镇第十五届人民代表大会第二次会议',
    pattern: /(人民代表大会|人大).*会议$/,
    type: '人民代表大会',
  },
  { id: 'type.cppcc', example: '县政协十届三次会议', pattern: /(政协|政治协商会议).*次会议$/, type: '政协会议' },
  {
    id: 'type.central-group',
    example: '区委理论学习中心组2025年第3次集体学习会',
    pattern: /中心组.*学习|学习研讨|集体学习|集中学习/,
    type: '理论学习中心组学习',
  },
  { id: 'type.symposium', example: '企业家座谈会', pattern: /座谈会(议)?$/, type: '座谈会' },
  { id: 'type.on-site', example: '秋冬种现场会', pattern: /现场(会|会议)$/, type: '现场会' },
  {
    id: 'type.mobilisation',
    example: '防汛工作动员大会',
    pattern: /(动员|誓师)(部署)?(大会|会议?)$/,
    type: '动员大会',
  },
  { id: 'type.advance', example: '项目建设推进会', pattern: /推进(大会|会议?)$/, type: '推进会' },
  { id: 'type.dispatch', example: '安全生产第2次调度会', pattern: /调度(会|会议)$/, type: '调度会' },
  { id: 'type.deploy', example: '换届工作部署会', pattern: /部署(会|会议)$/, type: '部署会' },
  { id: 'type.joint', example: '社区党建联席会议', pattern: /联席(会|会议)$/, type: '联席会议' },
  { id: 'type.special', example: '防汛专题会议', pattern: /专题(工作)?(会|会议)$/, type: '专题会议' },
  { id: 'type.study', example: '党史专题学习研讨会', pattern: /(学习|研讨)会(议)?$/, type: '学习会' },
  { id: 'type.party-group', example: '县政府党组(扩大)会议', pattern: /党组(\(扩大\))?(会|会议)$/, type: '党组会议' },
  { id: 'type.routine', example: '县长周例会', pattern: /例会$/, type: '例会' },
  { id: 'type.party-life', example: '领导班子民主生活会', pattern: /生活会$/, type: '民主生活会' },
  { id: 'type.work', example: '全县农业农村工作会议', pattern: /工作(会|会议)$/, type: '工作会议' },
  {
    id: 'type.head',
    example: '县派干部对接会',
    pattern:
      /(对接|启动|议事|见面|报告|分析|汇报|交流|协调|培训|表彰|总结|观摩|恳谈|茶话|发布|论证|听证|评审|碰头|推介|洽谈|说明|务虚|通报|点评|讲评|警示|约谈|述职|评议|协商|联谊|宣讲|讨论|成立|办公)(大会|会)议?$/,
    type: '$1$2',
  },
];
