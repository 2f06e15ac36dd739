/**
 * Label and boilerplate lists of HTML pages, as data: what the page's own text
 * says (来源：, 责任编辑：, 版权所有 …). Written in simplified form; callers fold
 * traditional forms first (LABEL_FOLD). Class/id and tag lists are in selectors.ts.
 * Publication-time and source labels come from src/lexicon/meta-words.ts; the
 * HTML_ONLY_… and INFO_… lists here are what pages add (labels.ts joins them).
 */

/**
 * Traditional forms of the characters in our label and boilerplate patterns
 * (來源, 發布時間, 責任編輯, 版權所有 …), folded one for one so indexes
 * stay valid: the patterns are written once, in simplified form.
 */
export const LABEL_FOLD: Record<string, string> = {
  來: '来', 發: '发', 佈: '布', 時: '时', 間: '间', 責: '责', 編: '编', 輯: '辑', 關: '关', 閱: '阅', 讀: '读', 權: '权',
  覽: '览', 數: '数', 擊: '击', 訊: '讯', 標: '标', 識: '识', 碼: '码', 網: '网', 頁: '页', 當: '当', 聞: '闻', 點: '点',
  載: '载', 體: '体', 號: '号', 辦: '办', 單: '单', 術: '术', 備: '备', 圖: '图', 薦: '荐', 熱: '热', 聯: '联', 鏈: '链',
  連: '连', 報: '报', 導: '导', 題: '题', 審: '审', 覈: '核', 張: '张', 舉: '举', 區: '区', 於: '于', 現: '现', 歸: '归',
  屬: '属', 門: '门', 戶: '户', 頻: '频', 臺: '台', 訪: '访', 問: '问', 總: '总', 結: '结', 開: '开', 會: '会', 議: '议',
  動: '动', 辭: '辞', 節: '节', 頂: '顶', 掃: '扫', 維: '维', 紹: '绍', 護: '护', 錯: '错', 糾: '纠', 廣: '广', 轉: '转',
  錄: '录', 選: '选', 項: '项', 寫: '写', 讚: '赞', 記: '记', 員: '员', 攝: '摄', 對: '对', 實: '实', 習: '习', 瀏: '浏',
};

/** Footer lines of government sites. */
export const FOOTER_TEXT = /版权所有|ICP备|网站标识码|主办单位|承办单位|技术支持|公网安备|Copyright|©/i;

/** Inline links whose text is navigation, not article text ('返回腾讯网首页>>'). */
export const LINK_JUNK = /(?:>>|》》|>\s*$)|^(?:返回|点击进入|更多|查看更多|进入)|首页$/;

/** Credit, share and print lines: never article text. */
export const LINE_JUNK = [
  /^[(（【[]?\s*(?:责任编辑|责编|编辑|校对|审核|审校|监制|来源于)\s*[:：]/,
  /责任编辑\s*[:：]|[(（【[]\s*责编\s*[:：]/,
  /^【?纠错】?|^【?打印(?:本页)?】?|关闭(?:本页|窗口)|返回顶部|^分享到|^分享至|扫一扫|^字号|^【?字体[:：]/,
  /^(?:上一篇|下一篇|上一页|下一页)\s*[:：]?/,
  /^(?:[|【[]?\s*(?:\d{1,2}|上一页|下一页|首页|尾页)\s*[】\]|]?\s*){3,}$/,
  /浏览次数\s*[:：]|阅读次数\s*[:：]|点击数\s*[:：]|访问量\s*[:：]/,
  /^(?:Play Video|Loaded|Current Time|Duration|Remaining Time)\b/i,
  /^(?:当前位置|您当前的位置|您现在的位置|现在位置|所在位置|您的位置|当前所在位置|您当前所在位置)\s*[:：]/,
  /版权所有|ICP备\s*\d|网站标识码|公网安备|^技术支持\s*[:：]|^主办(?:单位)?\s*[:：]/,
];

/** Lines where the article is over: what follows is lists, notices or the reader community. */
export const TAIL_MARKERS =
  /^(?:延伸阅读|相关阅读|推荐阅读|相关新闻|相关稿件|关联稿件|相关链接|相关文章|相关报道|热点推荐|热门推荐|精彩推荐|阅读下一篇|特别声明[:：]|网友评论|我要评论|扫描下方二维码|长按(?:识别)?二维码|扫码关注|点.{0,2}在看|看都看完了|回复【)/;

/** A key-points list before the article proper ('划重点：' + <ol>), repeated later in the body. */
export const SUMMARY_HEAD = /^(?:划重点|内容提要|内容摘要|摘要|导读|核心提示|要点提示)\s*[:：]?$/;

/** A trailing segment that names a site or column rather than the article. */
export const SITE_TAIL = /(?:网|站|政府|频道|新闻|报|门户|客户端|平台|中国\S{1,4}|The Paper|官网|官方网站|公报)$/;

/**
 * Source labels pages use beyond the lexicon's SOURCE_LABELS (labels.ts joins
 * them): on a page 来自 counts only before a colon (来自：某某网). The text
 * readers also try SOURCE_LABELS without one (a title cut at ' 来源'), where
 * 来自 is a common verb (来自基层的声音).
 */
export const HTML_ONLY_SOURCE_LABELS = ['来自'];
/**
 * Dates a page labels that are not its publication time, as stems before 日期/时间
 * (labels.ts adds the lexicon's document dates 发文/成文/印发). 生成日期 is when
 * the CMS built the page: the text reader takes it as a weak publication label.
 */
export const HTML_ONLY_OTHER_DATE_STEMS = [
  '生成', '修改', '访问', '截止', '开始', '结束', '会议', '活动', '报名', '办理', '受理', '实施', '施行', '有效',
];

/** Where the source line's value stops. */
export const SOURCE_STOP =
  /\s*(?:[|｜]|发布(?:时间|日期)|时间\s*[:：]|日期\s*[:：]|作者\s*[:：]|编辑\s*[:：]|责任编辑|浏览|点击|访问|阅读|字号|【|\d{4}[-年/]).*$/;
/** An unlabelled outlet name ('新华社', 'XX日报') right above the date line. */
export const ORG_LIKE = /(?:社|报|网|台|新闻|日报|办|局|委|厅|部|中心|政府|发布|频道)$/;

/** Share/print/font widgets shown in brackets anywhere in a line: '【打印】', '[关闭窗口]'. */
export const BRACKET_WIDGET =
  /[【[]\s*(?:纠错|打印(?:本页|此页)?|关闭(?:窗口|本页)?|收藏(?:本页)?|分享|我要纠错|我要打印|返回顶部|字体\s*[:：]?\s*大\s*中\s*小|大\s*中\s*小)\s*[】\]]/g;
/** Page counters, wherever they sit in the line: '浏览次数：128', '访问量： 199'. */
export const COUNTER =
  /(?:浏览次数|浏览量|浏览|点击数|点击量|点击率|点击|阅读次数|阅读量|阅读数|访问量|访问次数)\s*[:：]?\s*[\d,]*\s*次?/g;
/** Where the info proper ends: font-size pickers, share bars and the like come after it. */
export const WIDGET_TAIL = /(?:字号|字体|打印|关闭窗口|关闭本页|分享到|分享至|分享|扫一扫|收藏|纠错|我要评论|参与互动|举报)/;

/**
 * Date labels of an info line, by how they end (发布时间, 更新日期 …); not the
 * lexicon's full list: 发布于：北京市 on a page is where the author posted from.
 */
export const INFO_DATE_ENDINGS = ['发布', '时间', '日期'];
/** Credit labels of an info line, besides the date and source labels (labels.ts joins them). */
export const INFO_CREDIT_LABELS = ['作者', '编辑', '责编', '记者', '通讯员', '摄影', '供稿', '撰稿', '审核', '校对', '编审'];
/** Credit labels an empty field may have ('作者：' with nothing after it), besides the date and source labels. */
export const EMPTY_CREDIT_LABELS = ['作者', '责任编辑', '编辑', '责编', '记者', '通讯员', '摄影', '供稿', '审核', '校对'];
/** A byline without a colon opening the line: '本报记者  张三  李 四'. */
export const BYLINE_OPEN = /^[\u3400-\u9fff《》]{0,12}?(?:记者|通讯员|作者|摄影|编辑|责编)\s+[\u3400-\u9fff]/;
/** A date labelled as a date or time, e.g. 生成日期 in a 信息公开 metadata block. */
export const DATE_LABEL = /(?:日期|时间)\s*[:：]?\s*$/;

/** Roles a credit line names (责任编辑：张三, 记者 李四). A string: credits.ts builds patterns around it. */
export const CREDIT_ROLE =
  '(?:责任编辑|责任校对|值班编辑|网络编辑|图片编辑|文字编辑|实习编辑|责编|编辑|主编|美编|审核|审校|审稿|审定|校对|终审|初审|复审|二审|三审|签发|监制|作者|撰稿|撰文|图片记者|摄影记者|记者|通讯员|摄影|摄像|供稿|实习生)';
/** A 责任编辑/责编 label anywhere in a line makes it a credit line: '本文来源：新华社 责任编辑：张三'. */
export const CREDIT_ANY = /(?:责任编辑|责任校对|责编)\s*[:：|｜]/;
/** A page clock in the header ('2024年5月8日 星期三'), not a publication time. */
export const CLOCK = /星期|今天是/;
/** A related list opening right under the headline. */
export const RELATED_HEAD = /^(?:关联稿件|相关稿件|相关链接|相关文章)/;
/** A title segment that names a site or channel, not a column. */
export const SITE_SEGMENT = /(?:网|频道|站)$/;
