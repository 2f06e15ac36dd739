/**
 * Chinese surnames (simplified forms; matching runs on the simplified view).
 * Generic vocabulary: the common single-character surnames of the 百家姓
 * tradition plus the compound ones still in use.
 */

import { firstUnits } from '../text/unit-set.js';

const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阎戈伏谯衣' +
  '那矫揭习傅铁竺太信贝阙笪蓟郏逯幸庹訾亢况郦母暴钦佐仉郇寿乜东才尧苍嵇桓蒯汲戎邴牧綦展银茅居禄尉鹿隆钮蔚裘雍宿滑钭佴隗茹檀俸鄂郗靖洪言么酆益荀' +
  '亓但勾印危奉宾昝束杭植湛羊薄衡诸赫辜邰邸闭阴鲜乌哈斯慕玉利战元修富智阿呼';

const COMPOUND = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯',
  '轩辕', '令狐', '钟离', '闾丘', '单于', '太史', '端木', '申屠', '澹台', '万俟', '呼延', '南宫', '西门', '独孤',
];

export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(Array.from(SINGLE));
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(COMPOUND);

/**
 * Surnames that are also very common function words or title/org characters:
 * a name starting with one needs more evidence than a title before it
 * (e.g. 和, 时, 全, 区, 党, 常, 于).
 */
export const AMBIGUOUS_SURNAMES: ReadonlySet<string> = new Set(Array.from('路向包时全区太党常于向国平来门都原海明成文高安宁江南花强普位支计云容相初开利战元修富智阿呼'));

/** The surname at `pos`: a compound surname when one matches, else a single one; '' when none. */
export function surnameAt(text: string, pos: number): string {
  const code = text.charCodeAt(pos);
  // Most characters are no surname at all: answered from a bit mask, with no string made.
  if (!STARTS.has(code)) return '';
  if (COMPOUND_FIRST.has(code)) {
    const two = text.slice(pos, pos + 2);
    if (COMPOUND_SURNAMES.has(two)) return two;
  }
  const one = text.charAt(pos);
  return SINGLE_SURNAMES.has(one) ? one : '';
}

/** The units that start any surname, and those that start a compound one. */
const STARTS = firstUnits([...SINGLE_SURNAMES, ...COMPOUND_SURNAMES]);
const COMPOUND_FIRST = firstUnits(COMPOUND_SURNAMES);
