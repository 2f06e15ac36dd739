/**
 * Word lists for the meetings extractor (src/fields/meetings/index.ts).
 * Generic vocabulary only: meeting head words, verbs, markers. All in the
 * analysed (simplified, ASCII-folded) form, since rules run on doc.text.
 */

/**
 * Words a meeting name ends with. A bare occurrence (会议, 大会) is no name;
 * the extractor drops those (see BARE_MEETING_NAMES).
 */
export const MEETING_HEADS: readonly string[] = [
  '会议',
  '大会',
  '全会',
  '常委会',
  '党委会',
  '党组会',
  '办公会',
  '工作会',
  '座谈会',
  '现场会',
  '推进会',
  '调度会',
  '部署会',
  '动员会',
  '对接会',
  '联席会',
  '启动会',
  '学习会',
  '研讨会',
  '议事会',
  '见面会',
  '报告会',
  '分析会',
  '汇报会',
  '交流会',
  '协调会',
  '培训会',
  '表彰会',
  '总结会',
  '观摩会',
  '恳谈会',
  '茶话会',
  '发布会',
  '论证会',
  '听证会',
  '评审会',
  '碰头会',
  '例会',
  '推介会',
  '洽谈会',
  '说明会',
  '务虚会',
  '通报会',
  '点评会',
  '讲评会',
  '警示会',
  '约谈会',
  '生活会',
  '述职会',
  '评议会',
  '协商会',
  '联谊会',
  '誓师会',
  '宣讲会',
  '讨论会',
  '审议会',
  '答辩会',
  '专题会',
  '扩大会',
  '研判会',
  '会商会',
  '复盘会',
  '院坝会',
  '坝坝会',
  '群众会',
  '开幕会',
  '闭幕会',
  '预备会',
  '(扩大)会',
  '筹备会',
  '党代会',
  '人代会',
  '职代会',
  '团代会',
];

/**
 * Session words: no name alone (出席开幕会), but joined to the meeting before
 * the verb they are (某会议举行开幕会 → 某会议开幕会).
 */
export const SESSION_WORDS: readonly string[] = ['开幕会', '闭幕会', '开幕大会', '闭幕大会', '预备会', '预备会议', '开幕式', '闭幕式'];

/** Verbs a scanned name may start with; they are cut off (祝贺大会召开 → 大会, no name). */
export const NAME_VERB_PREFIXES: readonly string[] = ['为确保', '为保障', '为开好', '为办好', '祝贺', '庆祝', '参加', '出席', '列席', '主持', '迎接', '开好', '办好', '确保', '保障', '服务', '组织', '召集', '参与', '祝'];

/**
 * Heads only accepted after 开展 (县委理论学习中心组开展集体学习研讨): study
 * sessions reported as meetings.
 */
export const STUDY_HEADS: readonly string[] = ['学习研讨', '集体学习', '集中学习'];

/**
 * Characters or words right after a head that show it is not the end of a
 * meeting name: 会议室, 人民大会堂, 会议精神 (cited), 大会代表.
 */
export const HEAD_BLOCKERS: readonly string[] = [
  '室',
  '厅',
  '堂',
  '中心',
  '纪要',
  '精神',
  '材料',
  '期间',
  '代表',
  '秘书',
  '主任',
  '主席',
  '委员',
  '成员',
  '组成',
  '制度',
  '规则',
  '议程',
  '日程',
  '筹备',
  '决定',
  '决议',
  '召开',
  '举行',
  '结束',
  '以来',
  '前',
  '后',
  '的',
  '上的',
  '上发表',
  '开幕',
  '闭幕',
  '战',
  '场',
  '址',
  '馆',
  '展',
  '标',
  '务',
  '风',
  '期',
  '费',
  '旗',
  '徽',
];

/** Names that are no name on their own (a bare 会议). Compared after quote removal. */
export const BARE_MEETING_NAMES: ReadonlySet<string> = new Set([
  '会议',
  '大会',
  '会',
  '全会',
  '常委会',
  '有关会议',
  '相关会议',
  '专门会议',
  '各类会议',
  '重要会议',
]);

/** Leading words that make a mention anaphoric (此次会议), not a name. */
export const DEMONSTRATIVE_PREFIXES: readonly string[] = ['此次', '本次', '这次', '该次', '那次', '上述', '这个', '该', '此', '各', '两次', '多次', '有关', '相关'];

/** Leading quantifiers dropped from a name (召开了一次座谈会 → 座谈会). */
export const QUANTIFIER_PREFIXES: readonly string[] = ['一次', '一场', '一个'];

/** Verbs that take a held meeting as object: 主持召开XX会议, 举行XX会. */
export const OBJECT_VERBS: readonly string[] = ['召开', '举行', '举办', '开展', '出席'];

/** Verbs for which a meeting subject is reported as held: XX会议召开 / 开幕 / 在…举行. */
export const SUBJECT_VERBS: readonly string[] = ['召开', '举行', '开幕', '闭幕', '拉开序幕', '拉开帷幕'];

/** Adverbs allowed between a meeting subject and its verb (胜利召开, 隆重举行). */
export const VERB_ADVERBS: readonly string[] = ['胜利', '隆重', '顺利', '正式', '圆满', '如期', '在京', '再次', '首次', '专题'];

/**
 * Words before a mention, in the same sentence, that make it planned (将于…召开)
 * or a document about convening one (关于召开…的决定).
 */
export const PLANNED_MARKERS: readonly string[] = [
  '将于',
  '将在',
  '将召开',
  '将举行',
  '即将',
  '拟于',
  '拟在',
  '拟召开',
  '定于',
  '计划于',
  '计划召开',
  '预计',
  '决定',
  '建议',
  '筹备',
  '关于召开',
  '关于举行',
  '适时召开',
  '尽快召开',
  '准备召开',
  '要召开',
  '下月',
  '下周',
  '明天',
  '明日',
  // Habitual or prescribed, not one held meeting: 每月召开一次例会, 原则上每两周召开1次.
  '每月',
  '每周',
  '每季度',
  '每年',
  '每半年',
  '定期',
  '原则上',
  '应当',
  '应于',
];

/** Words opening a clause that cite a meeting's decision rather than report it (根据县委常委会会议决定). */
export const CITING_PREFIXES: readonly string[] = ['根据', '按照', '依据', '遵照', '依照', '按'];

/** Verbs that can open a clause before a session name: 通过了某会议选举办法, 进行大会选举. */
export const ACT_PREFIXES: readonly string[] = ['通过', '进行', '接着', '经', '由', '在', '根据', '按照', '召开', '举行', '出席', '参加', '列席', '主持'];

/** After 在X会议上: a speech given there, as a headline (在全县XX大会上的讲话) — held, not cited. */
export const SPEECH_HEADLINE_TAILS: readonly string[] = ['的讲话', '的重要讲话', '的总结讲话', '的工作报告', '的报告', '的致辞', '的发言', '的主持词'];

/** Words after "在X会议上" that make it a citation (在XX会议上的重要讲话精神). */
export const CITED_AFTER_MARKERS: readonly string[] = ['的', '重要讲话精神', '讲话精神', '精神'];

/**
 * Words before a mention in the same sentence that make it a citation
 * (会议传达学习了…主持召开…会议时的讲话; 学习贯彻近日召开的…). Bare 学习 is
 * not one: 理论学习中心组召开… reports a meeting.
 */
export const CITED_BEFORE_MARKERS: readonly string[] = ['传达', '贯彻', '领会', '学习了', '认真学习', '深入学习', '学习习近平', '落实', '根据', '按照', '依据'];

/** Extra citation markers for 在X会议上: a quoted leader's earlier speech (总书记在…会议上强调). */
export const CITED_AT_MARKERS: readonly string[] = ['总书记', '曾在', '曾经'];

/** Relative day words between a date and a mention: the date does not date the meeting (1月13日消息:昨天,…). */
export const RELATIVE_DAY_WORDS: readonly string[] = ['昨天', '昨日', '前天', '前日', '日前', '近日', '今天', '今日', '近期', '此前', '不久前'];

/** Endings of a subject that is a body, not a person: 市十六届人大常委会举行第三次会议. */
export const BODY_SUFFIXES: readonly string[] = [
  '常委会',
  '常务委员会',
  '委员会',
  '人大',
  '政协',
  '中心组',
  '党委',
  '党工委',
  '党组',
  '政府',
  '主席团',
  '领导小组',
  '小组',
  '市委',
  '县委',
  '区委',
  '省委',
  '州委',
  '盟委',
  '旗委',
  '镇委',
  '乡委',
  '国务院',
  '会议',
  '大会',
];
