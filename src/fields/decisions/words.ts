/**
 * Word lists only the decision forms read (src/fields/decisions/parsers/).
 * Generic vocabulary only, in the analysed (simplified, ASCII-folded) form.
 */

/** Heads that make the object of 成立/设立/组建/下设 a group or body (成立防汛工作专班). */
export const GROUP_HEADS: readonly string[] = [
  '领导小组', '工作小组', '小组', '专班', '指挥部', '工作组', '调查组', '督导组', '督查组', '巡察组', '指导组', '专项组',
  '工作队', '服务队', '突击队', '志愿服务队', '委员会', '办公室', '工作站', '服务站', '中心', '联盟', '协会', '商会',
  '党支部', '党总支', '党委', '党组织', '功能型党组织', '联合党委', '临时党支部', '大工委', '大党委', '工作室', '机制',
  '专家组', '宣讲团', '合作社', '基金会', '研究院', '示范区', '委员会办公室',
];

/** Heads that make the object of 签订/签署 an agreement (签订目标责任书, 签署合作协议). */
export const AGREEMENT_HEADS: readonly string[] = [
  '责任书', '承诺书', '协议书', '协议', '合同', '备忘录', '意向书', '框架协议', '合作协议', '公约', '共建协议', '倡议书', '军令状',
];

/** Words after 部署 that make it a noun (部署要求, 部署会, 部署上来), not the act. */
export const DEPLOY_NOUN_AFTER: readonly string[] = ['要求', '上来', '上', '会', '大会', '和要求', '精神', '安排', '落实', '中', '情况', '的'];

/** Words before 部署 that make it a noun (决策部署, 各项部署, 工作部署). */
export const DEPLOY_NOUN_BEFORE: readonly string[] = [
  '决策', '各项', '重大', '有关', '相关', '工作', '战略', '总体', '的', '既定', '统一', '这一', '此项', '系列', '一系列', '上级',
];

/** Words after 表彰 that make it a noun (表彰大会, 表彰名单, 表彰奖励). */
export const COMMEND_NOUN_AFTER: readonly string[] = ['大会', '会', '名单', '奖励', '决定', '工作', '人选', '对象', '活动', '仪式', '文件', '通报', '表扬'];

/** Words after 决定 that make it a noun or adjective (决定性, 决定书). */
export const DECIDE_NOUN_AFTER: readonly string[] = ['性', '书', '权', '事项', '精神', '要求', '的', '作用'];

/** Words before 决定 that make it a noun (处分决定, 重大决定, 这一决定). */
export const DECIDE_NOUN_BEFORE: readonly string[] = ['处分', '重大', '重要', '这一', '该', '此项', '的', '有关', '相关', '作出', '做出'];

/** Documents kinds an issued object may end with when no 《》 is used (出台实施意见, 印发工作方案). */
export const DOCUMENT_KIND_ENDS: readonly string[] = [
  '决定', '意见', '通知', '方案', '办法', '规定', '条例', '报告', '规划', '纲要', '细则', '制度', '规则', '预案',
  '计划', '要点', '通报', '公告', '决议', '章程', '措施', '指南', '清单', '目录', '标准', '守则', '文件', '政策',
];

/** Discipline penalties (Party and administrative), longest first where compiled. */
export const PENALTIES: readonly string[] = [
  '开除党籍', '开除公职', '留党察看', '撤销党内职务', '严重警告', '警告', '记大过', '记过', '降级', '撤职', '开除',
  '政务撤职', '政务降级', '政务记大过', '政务记过', '政务警告', '党纪处分', '政务处分', '党纪政务处分', '纪律处分', '行政处分',
  '通报批评', '批评教育', '免职处理', '停职检查', '组织处理',
];

/** A document read or handed out at a meeting that commends (宣读《关于表彰…的决定》): its title shape. */
export const COMMEND_TITLE = /^关于(?:表彰|授予|命名|通报表扬)(.{2,80}?)的(?:决定|通报|通知|命令)$/;

/** Verbs right before such a title that report it as read or issued. */
export const READ_VERBS = /(?:宣读|宣布|印发|下发|公布|颁布)了?[,:]?$/;
