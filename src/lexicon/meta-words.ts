/**
 * Generic vocabulary for article headers and credits: label words, credit
 * roles, outlet suffixes, organisation suffixes and common surnames. All in
 * simplified characters (rules run on the analysed, simplified view).
 */

/** Labels that introduce the publication date (rank 0), in text headers and on HTML pages alike. */
export const PUBLISHED_LABELS_PRIMARY_COMMON = [
  '发布时间', '发布日期', '发表时间', '发表日期', '发稿时间', '发文时间', '上传时间', '刊发时间', '刊登日期', '出版日期', '公开日期', '公布日期',
  '发布于', '发布', 'date',
];
/**
 * Read in text headers only. On HTML pages 发表于 would be a behaviour change
 * (a blog page's 发表于 line would beat its other dates): one to make on purpose.
 */
export const PUBLISHED_LABELS_PRIMARY_TEXT_ONLY = ['发表于'];
/** Labels that introduce the publication date (rank 0) in text headers. */
export const PUBLISHED_LABELS_PRIMARY = [...PUBLISHED_LABELS_PRIMARY_COMMON, ...PUBLISHED_LABELS_PRIMARY_TEXT_ONLY];
/** Weaker labels: generic 时间/日期, edit and entry times. */
export const PUBLISHED_LABELS_SECONDARY = ['更新时间', '更新日期', '录入时间', '创建时间', '生成日期', '时间', '日期'];
/** Issue/signature dates of an official document: used when nothing better exists. */
export const PUBLISHED_LABELS_DOCUMENT = ['发文日期', '成文日期', '印发日期'];

/** Labels whose value is the article's source outlet. */
export const SOURCE_LABELS = [
  '信息来源', '稿件来源', '文章来源', '新闻来源', '本文来源', '内容来源', '消息来源', '来源于', '来源', '稿源', '出处', '转自', '转载自',
];

/** Credit roles, longest first so 责任编辑 wins over 编辑. */
export const CREDIT_ROLES = [
  '责任编辑', '责任校对', '值班编辑', '网络编辑', '执行编辑', '特约记者', '见习记者', '实习记者', '融媒记者', '首席记者',
  '本报记者', '本台记者', '本网记者', '图片记者', '摄影记者', '全媒体记者', '融媒体记者', '新媒体记者', '视频记者', '特约通讯员', '通讯员', '实习生', '记者', '作者', '编辑', '责编', '主编', '美编',
  '摄影', '摄像', '供稿', '撰稿人', '撰稿', '审核', '审校', '审定', '审稿', '终审', '初审', '复审', '二审', '三审', '签发', '校对', '监制', '制作',
  '统筹', '策划', '排版', '拍摄', '剪辑', '撰文', '核稿', '编审', '责任审核', '值班主任', '图片', '读者', '报道员', '文/图', '图/文', '文/摄', '文/', '图/', '摄/',
];
/** Roles as written start with one of these prefixes that the gold drops (本报记者 → 记者). */
export const ROLE_DROP_PREFIXES = ['本报', '本台', '本网'];

/** Words after a credited name: 张明远摄, 李晓红整理. */
export const NAME_TRAILERS = ['整理', '摄影', '摄', '供稿', '撰稿', '采写', '编译'];
/** Words after a place in a credit, ending the names: 房厦 北京报道. */
export const PLACE_TRAILERS = ['报道', '发自'];

/** Header field labels that stop a credit or a source value. */
export const STOP_LABELS = [
  '来源', '作者', '编辑', '责编', '发布', '时间', '日期', '人气', '浏览', '点击', '阅读', '访问', '字号', '字体', '分享', '打印', '关闭',
  '新闻报料', '报料', '热线', '邮箱', '电话', '审核', '终审', '供稿', '摄影', '记者', '通讯员',
];

/** Endings of outlet names: 新华社, 人民日报, 某某网, 央视, 融媒体中心 … */
export const OUTLET_SUFFIXES = [
  '通讯社', '融媒体中心', '新闻中心', '电视台', '广播电台', '客户端', '日报', '晚报', '早报', '时报', '商报', '周报', '融媒', '新闻网', '网站',
  '社', '报', '网', '台', '刊', '视', '频道', '在线',
];

/** Outlet-like words that name no outlet: 本报讯, 本网讯, 又讯. */
export const UNNAMED_OUTLETS = ['本报', '本网', '本台', '本刊', '本站', '又', '我报', '我网', '通', '简', '快', '喜', '电', '特', '专'];

/** Endings that make a credited name an organisation, not a person. */
export const ORG_SUFFIXES = [
  '委', '局', '办', '部', '厅', '处', '科', '院', '所', '站', '网', '报', '社', '台', '中心', '公司', '政府', '街道', '镇', '乡', '村', '县',
  '市', '区', '省', '组', '队', '会', '室', '馆', '团', '校', '媒', '协', '联', '监', '署', '集团', '大学', '学会', '频道', '宣传', '融媒体', '编辑部',
];
/** Two-character credited names ending in one of these are organisations (院委, 县局). */
export const ORG_SUFFIXES_SHORT = ['委', '局', '办', '网', '报', '社', '台', '组', '部', '厅', '媒'];

/** Credited values that are never people. */
export const NOT_NAMES = [
  'admin', '管理员', '佚名', '匿名', '本站', '本网', '本报', '小编', '网友', '未知', '暂无', '无', '记者', '编辑', '通讯员', '作者', '综合',
  '整理', '转载', '原创', '报道', '摄', '实习', '单位', '编辑部', '编者', '供稿', '草案', '讨论稿', '征求意见稿', '试行', '扩大', '女', '男', '摘要', '图', '文', '组图',
  // Words that end a paragraph in brackets and start with a surname character.
  '全文', '全文完', '原文', '初稿', '定稿', '未完', '待续', '未完待续', '连载', '节选', '节录', '有删节', '同上', '下同', '上图', '下图', '简介',
  '修订', '修正', '暂行', '附件', '说明', '备注', '图片', '视频', '现场', '资料图', '供图', '左', '右', '中',
];

