/**
 * Function words and verbs around officials' names: where a title starts,
 * where a name ends, and which contexts make a bare name credible.
 */

/**
 * Single characters that end the text before a title (会议由|镇人大主席…, 受|县委书记…).
 * Only characters that rarely occur inside an organisation name.
 */
export const LEFT_STOP_CHARS = '由在向对为被给把将受据是了的之至让请令使从跟即以继兼';

/** Characters that never stand inside a given name (和推动, 向记者, 任前). */
export const NOT_IN_GIVEN_NAME = '的了是们者这那此与及或着过前后内外里个各每该我你他她它吗呢吧啊第';

/** Words that end the text before a title (传达|市委书记…, 陪同|省长…). Longest match wins. */
export const LEFT_STOP_WORDS: readonly string[] = [
  '出席', '参加', '列席', '陪同', '主持', '传达', '听取', '包括', '带领', '率领', '邀请', '看望', '慰问', '会见',
  '会晤', '免去', '辞去', '任命', '选举', '接受', '宣布', '宣读', '发包', '锁定', '安排', '领学',
  '会上', '会议', '期间', '其中', '分别', '以及', '还有', '等', '其他', '其它', '有关', '相关', '各位', '全体',
  '日电', '最后', '最终', '首先', '随后', '然后', '接着', '介绍', '表示', '指出', '强调', '认为', '说', '称', '获悉', '据悉', '当天', '当日', '随后', '此外', '同时',
  '通报', '批评', '处分', '查处', '涉嫌', '违规', '违纪', '审查', '报道', '采访', '记者', '通讯员',
  '走访', '来到', '深入', '前往', '一行', '就座', '要求', '落实', '贯彻', '根据', '按照', '关于', '号召', '希望',
  '感谢', '欢迎', '祝贺', '致敬', '拜访', '接见', '委托', '批示', '称赞', '表扬', '勉励', '嘱托', '配合', '协助',
  '支持', '拥护', '聆听', '见证', '联系', '对接', '约谈', '提醒',
  // time words that open a sentence (今天上午|县委书记…)
  '上午', '下午', '中午', '晚上', '早上', '凌晨', '今天', '昨天', '前天', '明天', '今日', '昨日', '日前', '近日',
  '近期', '目前', '当前', '此次', '本次', '另外', '今年', '去年', '年初', '年底', '月初', '月底', '当晚', '次日',
  '随即', '其后', '特别是',
];

/** Words that can follow a name directly; they mark the name's right edge (王刚|传达, 张三|同志). */
export const RIGHT_WORDS: readonly string[] = [
  '同志', '委托', '主持', '出席', '参加', '列席', '陪同', '讲话', '致辞', '发言', '传达', '带领', '率领', '率', '宣读',
  '强调', '指出', '表示', '要求', '介绍', '说', '称', '代表', '作', '做', '就', '对', '在', '到', '来到', '来', '深入',
  '前往', '赴', '等', '和', '与', '及', '为', '任', '兼任', '担任', '当选', '辞去', '一行', '一同', '分别',
  '先后', '也', '还', '又', '首先', '最后', '同时', '以', '向', '从', '会见', '看望', '慰问', '调研', '考察',
  '视察', '督导', '检查', '走访', '签订', '签署', '签约', '宣布', '通报', '汇报', '报告', '提出', '认为', '希望',
  '充分', '肯定', '听取', '的', '是', '被', '将', '已', '于', '所', '了', '则', '却', '都', '亲切', '专门',
  '先生', '女士', '小姐', '老师', '师傅', '上月', '下月', '本月', '今年', '去年', '前年', '近日', '日前', '昨天',
  '今天', '此前', '曾', '全票', '高票', '拟任', '时任', '现任', '新任', '拟推荐', '拟提名', '违规', '违纪', '涉嫌', '其', '家', '总书记', '书记', '副', '主席', '委员长', '总理', '省长',
  '市长', '县长', '区长', '镇长', '乡长', '主任', '部长', '局长', '院长', '所长', '秘书长',
];

/** Cues before a bare name that make it a person (任命|张三为…, 选举|李四…). */
export const BARE_NAME_BEFORE: readonly string[] = [
  '任命', '选举', '接受', '免去', '包括', '提名', '推荐', '决定', '批准', '同意',
];

/** Cues after a bare name that make it a person (张三|同志, 李四|当选, 王五|主持召开). */
export const BARE_NAME_AFTER: readonly string[] = [
  '同志', '当选', '兼任', '担任', '任', '辞去', '主持召开', '主持会议', '主持', '出席', '讲话', '致辞', '(女)',
  '(男)', '(化名)', ',男,', ',女,', '为省', '为市', '为县', '为区', '为镇', '为乡', '等同志', '等人', '一行', '陪同',
  '表示', '介绍', '指出', '强调', '说',
];

/** Characters after 任 that make it another word (任务, 任何, 任期, 任职, 任免): no personnel 任 (张三|任…). */
export const REN_OTHER_WORD = '务何期职免意性教课用劳重命';

/** Cues of BARE_NAME_AFTER that also follow ordinary nouns (文件指出): jieba must read the name as one name token. */
export const WEAK_AFTER_CUES: ReadonlySet<string> = new Set(['表示', '介绍', '指出', '强调', '说', '陪同']);

/** What follows a name inside a doctrine title (习近平|新时代中国特色社会主义思想, 邓小平|理论). */
export const DOCTRINE_AFTER: readonly string[] = [
  '新时代中国特色社会主义思想', '新时代', '思想', '理论', '法治思想', '经济思想', '强军思想', '外交思想',
  '生态文明思想', '文化思想', '重要思想',
];

/** Verbs near a mention and the role they signal. Longest match first. */
export const ROLE_VERBS: ReadonlyArray<readonly [string, string]> = [
  ['主持召开', 'chair'], ['主持', 'chair'], ['讲话', 'speak'], ['致辞', 'speak'], ['发言', 'speak'], ['强调', 'speak'],
  ['指出', 'speak'], ['表示', 'speak'], ['要求', 'speak'], ['传达', 'speak'], ['宣读', 'speak'], ['作报告', 'speak'],
  ['出席', 'attend'], ['参加', 'attend'], ['列席', 'attend'], ['陪同', 'attend'], ['签订', 'sign'], ['签署', 'sign'],
  ['调研', 'inspect'], ['考察', 'inspect'], ['视察', 'inspect'], ['督导', 'inspect'], ['检查', 'inspect'],
];
