/**
 * Title vocabulary: post nouns (what a title ends with), the modifiers that
 * attach to them, and the words dropped in front of a title.
 */

/**
 * Post nouns a title can end with. Longest first is enforced where they are
 * compiled; org-bearing compounds such as 镇长/县长 stay whole because the
 * guideline treats them as the position (该镇镇长 → 镇长).
 */
export const POST_NOUNS: readonly string[] = [
  // party and congress posts
  '总书记', '书记', '常委', '委员', '主任委员', '主任', '主席', '执行主席', '委员长', '秘书长', '秘书',
  // government heads by level
  '总理', '省长', '市长', '县长', '区长', '镇长', '乡长', '村长', '州长', '盟长', '旗长', '主席',
  // heads of units
  '部长', '局长', '厅长', '处长', '科长', '股长', '所长', '馆长', '院长', '校长', '站长', '队长', '中队长',
  '大队长', '支队长', '组长', '社长', '行长', '会长', '理事长', '董事长', '总经理', '经理', '总裁', '检察长',
  '庭长', '审判长', '主委', '团长', '舰长', '政委', '司令员', '参谋长', '署长', '总监', '主管', '园长', '台长',
  // ranks and functions
  '调研员', '巡视员', '干事', '助理', '指导员', '教导员', '报账员', '负责人', '专员', '督学', '特派员', '网格员',
  // foreign heads (美国总统, 日本首相)
  '副总统', '总统', '首相', '国王', '女王', '王储', '总督', '外长', '议长', '总干事',
  '联络员', '监察员', '发言人', '航天员', '研究员', '理事', '顾问', '主编', '总编辑', '工程师', '审判员', '检察官', '法官', '议员', '大使', '领事',
  // working groups a person belongs to (县工作专班张三)
  '专班', '工作组', '指导组', '督导组', '巡察组', '巡视组', '调研组', '考察组',
  // membership and collective descriptors (need an organisation before them, see NEEDS_ORG)
  '领导', '成员', '代表', '党员', '干部',
];

/** Post nouns that are a title only with an organisation or rank in front (县领导, 副县级干部), never bare. */
export const NEEDS_ORG: ReadonlySet<string> = new Set(['领导', '成员', '代表', '干部', '专班', '工作组', '指导组', '督导组', '巡察组', '巡视组', '调研组', '考察组']);

/**
 * Modifiers that belong to the position (副书记, 常务副县长, 代镇长, 原主任).
 * Read right to left from the post noun.
 */
export const POSITION_MODIFIERS: readonly string[] = ['常务副', '专职副', '副', '第一', '常务', '执行', '代理', '代', '原', '前', '总'];

/** Words of holding, dropped with everything before them (时任溧水区区长 → 溧水区区长). */
export const HOLDING_WORDS: readonly string[] = ['新当选', '时任', '现任', '新任', '拟任', '曾任', '历任', '兼任'];

/** Pronoun heads; with the next character (该镇, 我院, 本市) they are dropped. */
export const PRONOUN_HEADS: readonly string[] = ['该', '我', '本'];

/** Characters a pronoun phrase may take after its head: levels and unit nouns (我院, 该镇, 本局). */
export const PRONOUN_UNITS = '省市县区镇乡村州院局委厅部所校司行站馆办队组社街';

/** Post nouns that follow a name directly in Chinese (王元峰县长, 习近平总书记); 同志 is a cue, not a title. */
export const NAME_FIRST_POSTS: readonly string[] = [
  '总书记', '书记', '副书记', '主席', '副主席', '委员长', '总理', '副总理', '省长', '副省长', '市长', '副市长',
  '县长', '副县长', '区长', '副区长', '镇长', '副镇长', '乡长', '副乡长', '主任', '副主任', '部长', '局长',
  '院长', '所长', '村长', '州长', '秘书长', '组长', '队长', '校长',
];

/** Characters an organisation part tends to end with; a "name" ending in one is an org (区委, 党委). */
export const ORG_END_CHARS = '委府局镇县市区省村乡会组部院所厅处办队站室司行社团街道庭校馆协联盟旗州务级党家';
