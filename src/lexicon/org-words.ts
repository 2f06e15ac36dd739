/**
 * Word lists for organisations (src/fields/organizations/index.ts) and their
 * resolution to the article's locality (src/fields/organizations/locality.ts). Generic
 * vocabulary only, in the analysed (simplified) form.
 */
import type { AdminLevel, OrgKind } from '../types.js';

export interface OrgHead {
  word: string;
  kind: OrgKind;
}

/**
 * Body words that follow a level word or a place (县|委, 镇|党委, 市|政协,
 * 三原县|人民法院). Longest first when matching; 委 alone only right after a
 * level word or place (县委, 三原县委), never inside a longer word.
 */
export const ORG_HEADS: readonly OrgHead[] = [
  { word: '人民代表大会常务委员会', kind: 'congress' },
  { word: '人大常委会', kind: 'congress' },
  { word: '人民代表大会', kind: 'congress' },
  { word: '人大主席团', kind: 'congress' },
  { word: '人大', kind: 'congress' },
  { word: '政治协商会议', kind: 'cppcc' },
  { word: '政协委员会', kind: 'cppcc' },
  { word: '政协', kind: 'cppcc' },
  { word: '纪律检查委员会', kind: 'discipline' },
  { word: '监察委员会', kind: 'discipline' },
  { word: '纪委监委', kind: 'discipline' },
  { word: '纪工委', kind: 'discipline' },
  { word: '纪委', kind: 'discipline' },
  { word: '监委', kind: 'discipline' },
  { word: '中级人民法院', kind: 'court' },
  { word: '高级人民法院', kind: 'court' },
  { word: '人民法院', kind: 'court' },
  { word: '法院', kind: 'court' },
  { word: '人民检察院', kind: 'procuratorate' },
  { word: '检察院', kind: 'procuratorate' },
  { word: '人民政府', kind: 'government' },
  { word: '政府', kind: 'government' },
  { word: '街道办事处', kind: 'government' },
  { word: '办事处', kind: 'government' },
  { word: '公安局', kind: 'government' },
  { word: '派出所', kind: 'government' },
  { word: '党工委', kind: 'party' },
  { word: '党委', kind: 'party' },
  { word: '党组', kind: 'party' },
  { word: '党总支', kind: 'party' },
  { word: '党支部', kind: 'party' },
  { word: '委员会', kind: 'party' },
  { word: '委', kind: 'party' },
  { word: '人武部', kind: 'military' },
  { word: '武装部', kind: 'military' },
  { word: '军分区', kind: 'military' },
  { word: '总工会', kind: 'mass' },
  { word: '团委', kind: 'mass' },
  { word: '妇联', kind: 'mass' },
  { word: '科协', kind: 'mass' },
  { word: '残联', kind: 'mass' },
  { word: '侨联', kind: 'mass' },
  { word: '文联', kind: 'mass' },
  { word: '工商联', kind: 'mass' },
  { word: '红十字会', kind: 'mass' },
  { word: '村民委员会', kind: 'village' },
  { word: '村委会', kind: 'village' },
  { word: '两委', kind: 'village' },
  { word: '居民委员会', kind: 'community' },
  { word: '居委会', kind: 'community' },
];

/** Body words as plain strings (for callers that only test "an organisation follows"). */
export const ORG_HEAD_WORDS: readonly string[] = ORG_HEADS.map((h) => h.word);

/**
 * Sub-bodies that extend an organisation (县委|理论学习中心组, 县委|常委会,
 * 县委|组织部): the organisation named is the longer one. Longest first.
 */
export const ORG_TAILS: readonly string[] = [
  '理论学习中心组',
  '常务委员会',
  '常委会',
  '中心组',
  '办公室',
  '办公厅',
  '组织部',
  '宣传部',
  '统战部',
  '政法委',
  '政法委员会',
  '巡察办',
  '巡察组',
  '编办',
  '党校',
  '主席团',
  '机关党委',
  '党组',
];

/**
 * Level words that lead a bare organisation (县委, 镇党委, 街道党工委), with
 * the level they denote. Longest first. 市 may also be a county-level city:
 * the resolver decides from the article's places.
 */
export const LEVEL_PREFIXES: ReadonlyArray<{ word: string; level: AdminLevel }> = [
  { word: '自治区', level: 'province' },
  { word: '自治州', level: 'city' },
  { word: '自治县', level: 'county' },
  { word: '居民区', level: 'village' },
  { word: '街道', level: 'township' },
  { word: '社区', level: 'village' },
  { word: '苏木', level: 'township' },
  { word: '嘎查', level: 'village' },
  { word: '省', level: 'province' },
  { word: '市', level: 'city' },
  { word: '州', level: 'city' },
  { word: '盟', level: 'city' },
  { word: '县', level: 'county' },
  { word: '区', level: 'county' },
  { word: '旗', level: 'county' },
  { word: '镇', level: 'township' },
  { word: '乡', level: 'township' },
  { word: '村', level: 'village' },
];

/** Words before a bare organisation that make it plural or generic (各镇党委, 全县各级党委): not one body. */
export const COLLECTIVE_BEFORE: readonly string[] = ['各', '全', '每', '级', '个', '些', '两', '多', '省市', '市县', '县乡', '乡镇', '镇村'];

/** Pronoun words before a bare organisation (该镇党委, 本县县委): the body is the locality's. */
export const PRONOUN_BEFORE: readonly string[] = ['该', '本', '我'];

/** National bodies, matched as written (longest first); level central, resolved to themselves. */
export const CENTRAL_ORGS: ReadonlyArray<{ name: string; kind: OrgKind }> = [
  { name: '中共中央政治局常委会', kind: 'party' },
  { name: '中共中央政治局', kind: 'party' },
  { name: '中共中央办公厅', kind: 'party' },
  { name: '中共中央', kind: 'party' },
  { name: '党中央', kind: 'party' },
  { name: '中央政治局常委会', kind: 'party' },
  { name: '中央政治局', kind: 'party' },
  { name: '中央办公厅', kind: 'party' },
  { name: '中央组织部', kind: 'party' },
  { name: '中央宣传部', kind: 'party' },
  { name: '中央统战部', kind: 'party' },
  { name: '中央政法委', kind: 'party' },
  { name: '中央纪委国家监委', kind: 'discipline' },
  { name: '中央纪委', kind: 'discipline' },
  { name: '中纪委', kind: 'discipline' },
  { name: '国家监委', kind: 'discipline' },
  { name: '中央军委', kind: 'military' },
  { name: '中央军事委员会', kind: 'military' },
  { name: '国务院办公厅', kind: 'government' },
  { name: '国务院', kind: 'government' },
  { name: '全国人民代表大会常务委员会', kind: 'congress' },
  { name: '全国人民代表大会', kind: 'congress' },
  { name: '全国人大常委会', kind: 'congress' },
  { name: '全国人大', kind: 'congress' },
  { name: '全国政协', kind: 'cppcc' },
  { name: '最高人民法院', kind: 'court' },
  { name: '最高人民检察院', kind: 'procuratorate' },
  { name: '共青团中央', kind: 'mass' },
  { name: '全国总工会', kind: 'mass' },
  { name: '全国妇联', kind: 'mass' },
];

/** Heads of bodies named by what they do (春季工作领导小组, 防汛抗旱指挥部): the name reaches left over the task words. */
export const TASK_HEADS: ReadonlyArray<{ word: string; kind: OrgKind }> = [
  { word: '领导小组', kind: 'working-group' },
  { word: '工作专班', kind: 'working-group' },
  { word: '专班', kind: 'working-group' },
  { word: '指挥部', kind: 'working-group' },
  { word: '督导组', kind: 'working-group' },
  { word: '工作组', kind: 'working-group' },
  { word: '工作队', kind: 'working-group' },
  { word: '有限责任公司', kind: 'enterprise' },
  { word: '股份有限公司', kind: 'enterprise' },
  { word: '有限公司', kind: 'enterprise' },
  { word: '集团', kind: 'enterprise' },
  { word: '公司', kind: 'enterprise' },
  { word: '合作社', kind: 'enterprise' },
];

/** Where the left reach of a task body stops (成立|春季工作领导小组, 的|防汛指挥部). */
export const TASK_LEFT_STOPS: readonly string[] = [
  '成立', '组建', '建立', '设立', '调整', '召开', '牵头', '组成', '担任', '任', '由', '的', '了', '和', '与', '及',
  '在', '对', '为', '是', '将', '把', '被', '向', '从', '各', '全', '本', '该', '我', '其', '等', '到', '入',
  '有', '下设', '这', '个', '以', '所', '并', '同', '也', '都', '又', '即', '就', '给', '让', '请',
];

/** Post words that end an organisation (县委|书记): a tail never includes them. Only used to stop tails. */
export const POST_WORDS: readonly string[] = ['书记', '常委', '委员', '主任', '主席', '长', '代表', '干部', '成员'];

/** A body word followed by one of these is part of a longer word (党组|织, 委|员). */
export const HEAD_NOT_BEFORE: Readonly<Record<string, string>> = { 党组: '织', 委: '员托屈婉', 党委: '员', 政府: '采' };

/** A level character starting one of these words is no level word (市场监督管理局, 县级, 村民). */
export const NOT_LEVEL_WORDS: readonly string[] = ['市场', '市级', '县级', '区级', '镇级', '乡级', '村级', '区域', '县域', '村民', '乡村', '镇村', '市县', '县乡', '乡镇'];

/** Words ending in 局 that are no bureau (顾全大局, 格局, 布局). */
export const NOT_BUREAU: readonly string[] = ['大局', '全局', '格局', '布局', '结局', '时局', '政局', '当局', '开局', '残局', '骗局', '饭局', '棋局', '出局', '变局', '新局', '胜局', '终局', '僵局', '困局', '迷局', '破局', '定局', '大厅', '展厅', '客厅', '餐厅', '门厅', '前厅', '舞厅', '歌厅'];

/** jieba tags a task body's name may contain on its left (春季/t 工作/vn 领导小组). */
export const TASK_TOKEN_TAGS: ReadonlySet<string> = new Set(['n', 'nz', 'nt', 'ns', 'nrt', 'j', 'vn', 'an', 'b', 'x', 't', 'l', 'ng', 'i']);

/** Working groups are named by what they do, verbs included (扶贫/v 协作|领导小组, 振兴/v|工作专班); enterprises are not. */
export const WORKING_GROUP_EXTRA_TAGS: ReadonlySet<string> = new Set(['v', 'a', 'd']);

/** Verbs that introduce a body rather than name it (考察|中国航天科工集团, 成立|领导小组). */
export const TASK_VERB_STOPS: readonly string[] = ['走进', '来到', '考察', '调研', '参观', '视察', '走访', '深入', '前往', '推进', '印发', '召开', '成立', '组建', '建立', '设立', '调整', '组织', '牵头', '协调', '指导', '督促', '要求', '强调', '参加', '出席', '听取', '加强', '落实', '推动', '开展', '实行', '健全', '完善', '进一步'];
