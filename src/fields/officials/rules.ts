/**
 * The officials rules as data: a stable id, an invented example and what the
 * rule does. Every Official and Title carries the id of the rule that made it.
 */

export interface OfficialRule {
  id: string;
  example: string;
  description: string;
}

export const OFFICIAL_RULES = {
  titleBeforeName: {
    id: 'official.title-before-name',
    example: '镇党委书记李明华主持会议 → 李明华 [镇党委书记]',
    description: 'A title ending in a post noun directly before a surname-led name.',
  },
  titleChain: {
    id: 'official.title-chain',
    example: '党委副书记、代镇长周立新 → 周立新 [党委副书记, 代镇长]',
    description: 'Titles joined by 、 before one name each become a title of that name.',
  },
  nameList: {
    id: 'official.name-list',
    example: '副县长赵一凡、钱晓东出席 → 赵一凡 [副县长], 钱晓东 [副县长]',
    description: 'Names joined by 、 after a titled name share its title(s).',
  },
  nameBeforeTitle: {
    id: 'official.name-before-title',
    example: '传达了吴国栋县长的讲话 → 吴国栋 [县长]',
    description: 'A name followed directly by a post noun (Chinese puts some titles there).',
  },
  titleBeforeDuty: {
    id: 'official.title-before-duty',
    example: '免去韩立新县财政局局长、党组书记职务 → 韩立新 [县财政局局长, 党组书记]',
    description: 'Personnel wording: posts written after the name and closed by 职务.',
  },
  bareNameCue: {
    id: 'official.bare-name-cue',
    example: '会议任命孔令辉为副区长 / 郑文斌同志 → 孔令辉, 郑文斌',
    description: 'An untitled name bounded by cue words (任命…为, 同志, 当选, 主持召开).',
  },
  ageDescribed: {
    id: 'official.age-described',
    example: '出生于1982年的王晓林拟提名为区长人选 / 现年45岁的周建明 → 王晓林, 周建明',
    description: 'An untitled name described by its birth year or age (出生于…年的, …年出生的, 现年…岁的).',
  },
  bareNameList: {
    id: 'official.bare-name-list',
    example: '蒋明、邹丽华、钱海涛在主席台就座 → three people',
    description: 'A 、/,-separated run of surname-led names without titles (attendance lines).',
  },
  runTogether: {
    id: 'official.run-together-names',
    example: '李文辉讲话 周建平赵丽华孙长青出席 → four people',
    description: 'Names printed without separators before 出席/参加/讲话, split by surnames.',
  },
  anonymised: {
    id: 'official.anonymised',
    example: '犯罪嫌疑人陶某某设立网站 / 王某华称 → 陶某某, 王某华',
    description: 'Anonymised names (surname + 某某, 某 + one character) are people wherever they stand.',
  },
  foreignName: {
    id: 'official.foreign-name',
    example: '会见了北方国总统拉米雷斯 → 拉米雷斯 [北方国总统]',
    description: 'After a foreign post (X国总统, 联合国秘书长) the name is a transliteration read from jieba tokens.',
  },
  minorityName: {
    id: 'official.minority-name',
    example: '自治区副主席阿依古丽·买买提出席 → 阿依古丽·买买提',
    description: 'Transliterated names with a middle dot.',
  },
  propagated: {
    id: 'official.mention',
    example: '（後文再次出现）李明华强调 → a mention of 李明华',
    description: 'Every later occurrence of a found full name is a mention.',
  },
  surnameTitle: {
    id: 'official.surname-title-coref',
    example: '李书记强调 → a mention of the official 李明华 (镇党委书记)',
    description: 'Surname + post noun links to the one official with that surname.',
  },
  pronounDropped: {
    id: 'official.pronoun-dropped',
    example: '该镇镇长冯立军 → 冯立军 [镇长]',
    description: 'A pronoun phrase (该镇, 我院, 本市) before a title is not part of it.',
  },
  holdingDropped: {
    id: 'official.holding-dropped',
    example: '时任区长韩志远 → 韩志远 [区长], former',
    description: 'Words of holding (时任, 现任, 新任, 拟任) are dropped; 时任 marks a former post.',
  },
} as const satisfies Record<string, OfficialRule>;
