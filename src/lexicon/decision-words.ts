/**
 * Word lists for the shared event text (src/fields/shared/event-text.ts:
 * actors, cited/planned/prescribed acts, reported speech) and the appointments
 * extractor (src/fields/appointments/index.ts). Generic vocabulary only, in
 * the analysed (simplified, ASCII-folded) form. Words only the decision forms
 * read are in src/fields/decisions/words.ts.
 */

/**
 * Heads a deciding body's name ends with (县人大常委会, 区纪委监委, 市政府).
 * Longest first where they are compiled.
 */
export const BODY_HEADS: readonly string[] = [
  '人大常委会', '常务委员会', '常委会', '委员会', '人民代表大会', '人大', '政协', '主席团', '人民政府', '政府',
  '党委', '党工委', '党组', '党支部', '党总支', '支部', '纪委监委', '纪工委', '纪委', '监委', '纪检监察组', '监察组',
  '组织部', '宣传部', '统战部', '办公厅', '办公室', '领导小组', '指挥部', '管委会', '村委会', '居委会',
  '市委', '县委', '区委', '省委', '州委', '镇委', '乡委', '旗委', '盟委', '党中央', '中央', '国务院', '政治局', '书记处',
  '人民法院', '人民检察院', '法院', '检察院', '街道办事处', '办事处', '成员单位', '中心组', '委办', '政府办', '两办',
];

/** Words that name a meeting in a subject position (会议审议通过…, 会上印发…); resolved to the meeting's name. */
export const MEETING_SUBJECTS: readonly string[] = [
  '会议上', '会议', '会上', '大会上', '大会', '全会', '本次会议', '此次会议', '这次会议', '常委会会议', '常务会议',
];

/** Words that may stand between an actor and its trigger (县政府|依法|审议通过, 会议|还|研究|决定). */
export const ACTOR_GAP_WORDS: readonly string[] = [
  '依法', '审议', '研究', '讨论', '一致', '全票', '集体', '共同', '正式', '同时', '随后', '还', '并', '又', '也', '均',
  '经', '已', '已经', '先后', '分别', '当场', '现场', '专题', '认真', '逐项', '原则', '听取', '听取并', '审查', '审查并', '了',
  '决定', '研究决定', '讨论决定', '联合',
];

/** Leading words of a subject that are not part of it (在会上, 由…, 经…). */
export const ACTOR_LEAD_FILLERS: readonly string[] = [
  '近日', '日前', '当天', '当日', '同日', '今天', '今日', '昨天', '昨日', '随后', '最后', '会后', '同时', '此外',
  '上午', '下午', '晚上', '在', '由', '经', '据', '另外', '其中', '对此', '为此',
];

/**
 * Markers in the trigger's clause before it that make the act cited rather
 * than reported (根据…决定, 贯彻…部署, 关于印发…的通知 as a title).
 */
export const CITED_MARKERS: readonly string[] = [
  '根据', '按照', '依据', '依照', '遵照', '贯彻', '落实', '传达', '学习', '领会', '关于', '围绕', '对照', '曾', '此前',
  '以往', '历年', '往年', '去年', '上年', '上一届', '原来', '当年', '多年来', '以来',
];

/**
 * Markers in the trigger's clause before it that make the act planned,
 * prescribed or denied (将于…印发, 要…部署, 应当…决定, 未被任命).
 */
export const PLANNED_MARKERS: readonly string[] = [
  '将于', '将在', '将要', '将会', '即将', '拟', '计划', '准备', '打算', '预计', '争取', '力争', '需要', '需', '必须',
  '须', '应当', '应该', '可以', '可', '提请', '报请', '呈报', '建议', '不得', '不能', '不再', '尚未', '未被', '未能', '没有', '并未',
  '是否', '如何', '希望', '一律', '一般', '负责', '有权', '适时', '下一步', '今后', '每年', '每月', '定期', '原则上',
];

/** Modal 要/应 as single characters need a context check (重要/主要/要求 and 应急/相应 are no modals). */
export const MODAL_CHARS = '要应';
export const MODAL_NOT_BEFORE = '重主需纪提摘只概简切首紧必想相反适对供答感效响照回';
export const MODAL_NOT_AFTER = '求点闻素件害案地务急用对有届当诉';

/** Words before a trigger in the sentence that introduce reported speech: what follows is content, not an act. */
export const REPORTED_SPEECH: readonly string[] = ['指出', '强调', '认为', '表示', '要求', '提出', '希望', '说', '称', '号召'];

/** Sentence openings of rules or regulations (第三条 …, 主要任务是:): their verbs are prescriptions. */
export const PRESCRIPTIVE_OPENERS = /第[一二三四五六七八九十百零〇0-9]+条|(?:主要任务|主要职责|职责|职权|任务|范围|内容|事项)(?:是|为|包括)[:,]?|包括:|如下:/;

/** Words right before a title that belong to the holding, not the title (为|代理县长 stays; 新任 goes). */
export const TITLE_LEAD_WORDS: readonly string[] = ['新任', '新一届', '新一任'];

/** Tails cut off an appointed title (县长候选人 → 县长, 副主任职务 → 副主任). */
export const TITLE_TAILS: readonly string[] = ['候选人初步人选', '候选人人选', '候选人', '人选', '职务', '一职', '职', '至今'];

/** Words between a name and 当选 (张三全票当选为…). */
export const ELECT_ADVERBS: readonly string[] = ['全票', '高票', '顺利', '再次', '依法', '等额', '正式', '同志', '等', '分别', '均'];

/** Words before 任/担任 that make it history or a state, not an appointment (曾任, 现任, 仍担任). */
export const HOLDING_NOT_EVENT: readonly string[] = ['曾', '历', '现', '时', '仍', '原', '兼', '继续', '一直', '长期', '先后', '至今', '拟', '留'];

/** Org suffix characters for splitting a title into org and post (县人民政府|副县长). */
export const ORG_SPLIT_ENDS: readonly string[] = [
  '人大常委会', '常务委员会', '常委会', '委员会', '人民政府', '政府', '党委', '党工委', '党组', '党支部', '党总支', '人大',
  '政协', '人民法院', '人民检察院', '法院', '检察院', '监察委员会', '纪委监委', '纪委', '监委', '办公室', '办公厅',
  '街道', '办事处', '局', '厅', '委', '部', '处', '办', '院', '所', '中心', '村', '社区', '镇', '乡', '县', '区', '市', '省', '州', '旗', '盟',
  '馆', '站', '校', '队', '团', '社', '会', '公司', '集团', '行', '组', '支部', '党组', '室', '科', '股', '庭', '园', '台', '署', '司', '军',
];
