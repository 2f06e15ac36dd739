/**
 * The officials rules: every Official and Title carries the id of the rule
 * that made it (a name cue in parsers/, a title reader in titles/, a refiner
 * in refiners/). Examples and counterexamples are invented sentences.
 */
import type { Rule, RuleTable } from '../rule.js';

export const OFFICIAL_RULES = {
  titleBeforeName: {
    id: 'official.title-before-name',
    description: 'A title ending in a post noun directly before a surname-led name (up to three spaces apart).',
    examples: [
      {
        text: '镇党委书记李明华主持会议。',
        expect: [
          { field: 'officials', value: '李明华' },
          { field: 'titles', value: '镇党委书记', with: { org: '镇党委', position: '书记' } },
        ],
      },
      {
        text: '自治区副主席阿依古丽·买买提出席会议。',
        expect: [
          { field: 'officials', value: '阿依古丽·买买提' },
          { field: 'titles', value: '自治区副主席' },
        ],
      },
    ],
    counterexamples: [
      { text: '镇党委书记强调,要抓好安全生产。' }, // a verb after the title, no name
      { text: '有关领导王明华出席。' }, // 领导 needs an organisation before it
    ],
  },
  titleChain: {
    id: 'official.title-chain',
    description:
      'Titles joined by 、 or 兼 before one name: those left of the nearest one are titles of that name too.',
    examples: [
      {
        text: '党委副书记、代镇长周立新回顾了全年工作。',
        expect: [{ field: 'titles', value: '党委副书记' }],
      },
      {
        text: '村党支部书记兼村委会主任鲁大海介绍了情况。',
        expect: [{ field: 'titles', value: '村党支部书记' }],
      },
    ],
    counterexamples: [
      { text: '党委副书记周立新回顾了全年工作。' }, // one title: no chain
      { text: '各村党支部书记、驻村第一书记参加会议。' }, // a chain of titles without a name
    ],
  },
  nameList: {
    id: 'official.name-list',
    description:
      'Names joined by 、 (or a comma) after a found name; a bare member shares the titles of the one before.',
    examples: [
      {
        text: '副县长赵一凡、钱晓东出席会议。',
        expect: [
          { field: 'officials', value: '钱晓东' },
          { field: 'titles', value: '副县长' },
        ],
      },
    ],
    counterexamples: [
      { text: '副县长赵一凡、县财政局负责同志出席会议。' }, // the next item is no name
      { text: '副县长赵一凡出席会议。' },
    ],
  },
  nameBeforeTitle: {
    id: 'official.name-before-title',
    description: 'A name followed directly by a post noun (Chinese writes some titles after the name).',
    examples: [
      {
        text: '会议传达了吴国栋县长的讲话精神。',
        expect: [
          { field: 'officials', value: '吴国栋' },
          { field: 'titles', value: '县长' },
        ],
      },
    ],
    counterexamples: [
      { text: '会上,王书记强调要抓好落实。' }, // a surname alone before the post is no full name
      { text: '镇长助理、各站所负责人陪同调研。' }, // 镇长助理 is one post
    ],
  },
  titleBeforeDuty: {
    id: 'official.title-before-duty',
    description: 'Personnel wording: posts written after the name and closed by 职务, each a title of that name.',
    examples: [
      {
        text: '会议决定:免去韩立新同志县财政局局长、党组书记职务。',
        expect: [
          { field: 'titles', value: '县财政局局长' },
          { field: 'titles', value: '党组书记' },
        ],
      },
    ],
    counterexamples: [
      { text: '会议决定免去葛立春的县交通运输局局长职务。' }, // no title across 的
      { text: '会议接受蒋文华辞去县人民政府副县长职务的请求。' }, // a verb between name and posts
    ],
  },
  bareNameCue: {
    id: 'official.bare-name-cue',
    description:
      'An untitled name bounded by cue words: a descriptor that is no title before it (村民, 哥哥), a cue after it (同志, 当选, 主持召开, 一行) or a personnel verb before it (任命…为).',
    examples: [
      { text: '会议任命孔令辉为副区长。', expect: [{ field: 'officials', value: '孔令辉' }] },
      { text: '项目发包给其哥哥卢建平。', expect: [{ field: 'officials', value: '卢建平' }] },
      { text: '会议决定接受郑文斌同志辞去县人民政府副县长职务。', expect: [{ field: 'officials', value: '郑文斌' }] },
    ],
    counterexamples: [
      { text: '文件指出,要加强管理。' }, // 指出 after a common noun
      { text: '57项重点任务逐项分解。' }, // 任 inside 任务
    ],
  },
  ageDescribed: {
    id: 'official.age-described',
    description: 'An untitled name described by its birth year or age (出生于…年的, …年出生的, 现年…岁的).',
    examples: [
      { text: '现年45岁的周建明在会上作了发言。', expect: [{ field: 'officials', value: '周建明' }] },
      { text: '1979年出生的赵丽萍,参加了此次培训。', expect: [{ field: 'officials', value: '赵丽萍' }] },
    ],
    counterexamples: [{ text: '现年60岁的老人独自生活。' }, { text: '出生于1980年的干部占比超过六成。' }],
  },
  bareNameList: {
    id: 'official.bare-name-list',
    description:
      'A 、/,-separated run of untitled surname-led names: three or more, or two closed by an attendance verb (参加, 出席).',
    examples: [
      {
        text: '蒋明、邹丽华、钱海涛在主席台就座。',
        expect: [
          { field: 'officials', value: '蒋明' },
          { field: 'officials', value: '钱海涛' },
        ],
      },
      { text: '苗建华、邵振宇参加调研。', expect: [{ field: 'officials', value: '邵振宇' }] },
    ],
    counterexamples: [{ text: '陕西、四川、甘肃三省参加。' }, { text: '要坚持高站位、高出手、高品位。' }],
  },
  runTogether: {
    id: 'official.run-together-names',
    description: 'Names printed without separators before 出席/参加/列席/讲话, split by surnames.',
    examples: [
      {
        text: '李文辉讲话 周建平赵丽华孙长青出席',
        expect: [
          { field: 'officials', value: '周建平' },
          { field: 'officials', value: '孙长青' },
        ],
      },
    ],
    counterexamples: [{ text: '全体机关干部职工出席' }, { text: '周建平赵丽华出席' }], // no names; two names are too few
  },
  anonymised: {
    id: 'official.anonymised',
    description: 'Anonymised names (surname + 某某, 某 + one character) are people wherever they stand.',
    examples: [
      { text: '犯罪嫌疑人陶某某设立多个网站。', expect: [{ field: 'officials', value: '陶某某' }] },
      { text: '他在远亲陈某处打工。', expect: [{ field: 'officials', value: '陈某' }] },
    ],
    counterexamples: [{ text: '某些单位在某地违规建设。' }, { text: '到南京路某号办理手续。' }],
  },
  foreignName: {
    id: 'official.foreign-name',
    description:
      'After a foreign post (X国总统, 联合国秘书长) the name is a transliteration read from jieba tokens; the title before it is official.title-before-name.',
    examples: [
      {
        text: '阿根廷总统罗德里格斯表示,双方将加强合作。',
        expect: [{ field: 'officials', value: '罗德里格斯' }],
      },
    ],
    counterexamples: [{ text: '全国主席团成员王明华出席。' }, { text: '我国大使王明华出席招待会。' }],
  },
  minorityName: {
    id: 'official.minority-name',
    description: 'Transliterated names with a middle dot, wherever they stand.',
    examples: [
      {
        text: '县领导扎西次仁、阿不力克木·吐尔逊出席。',
        expect: [{ field: 'officials', value: '阿不力克木·吐尔逊' }],
      },
    ],
    counterexamples: [{ text: '经济·科技频道推出中国·浙江专题。' }, { text: '香港中央图书馆举行“书香·港情”文学节。' }],
  },
  propagated: {
    id: 'official.mention',
    description:
      'Every occurrence of a found full name is a mention; a name first written without a cue carries this id.',
    examples: [
      {
        text: '感谢李明华的支持。镇党委书记李明华主持会议。',
        expect: [{ field: 'officials', value: '李明华' }],
      },
    ],
    counterexamples: [{ text: '镇党委书记李明华主持会议。李明华要求抓好落实。' }], // first written with its title
  },
  surnameTitle: {
    id: 'official.surname-title-coref',
    description:
      'Surname + post noun (李书记, 欧阳书记) is a mention of the one official with that surname (and that post, when several share it).',
    refines: true,
    examples: [
      {
        text: '镇党委书记林国栋主持会议。会上,林书记强调要抓好落实。',
        expect: [
          {
            field: 'officials',
            value: '林国栋',
            with: {
              mentions: [
                [5, 8],
                [16, 19],
              ],
            },
          },
        ],
      },
      {
        text: '县委书记欧阳晓红主持会议。欧阳书记强调要抓好落实。',
        expect: [
          {
            field: 'officials',
            value: '欧阳晓红',
            with: {
              mentions: [
                [4, 8],
                [13, 17],
              ],
            },
          },
        ],
      },
    ],
    counterexamples: [
      {
        // Two officials named 林 hold a 书记 post: 林书记 names neither.
        text: '镇党委书记林国栋、副书记林晓东出席。林书记强调要抓好落实。',
        reject: [
          {
            field: 'officials',
            value: '林国栋',
            with: {
              mentions: [
                [5, 8],
                [18, 21],
              ],
            },
          },
        ],
      },
    ],
  },
  pronounDropped: {
    id: 'official.pronoun-dropped',
    description: 'A pronoun phrase (该镇, 我院, 本市) before a title is not part of it.',
    examples: [
      { text: '该镇镇长冯立军作政府工作报告。', expect: [{ field: 'titles', value: '镇长', with: { org: null } }] },
      { text: '我院纪委书记欧阳晓红调任他职。', expect: [{ field: 'titles', value: '纪委书记' }] },
    ],
    counterexamples: [{ text: '镇长冯立军作政府工作报告。' }], // no pronoun: the title as written
  },
  holdingDropped: {
    id: 'official.holding-dropped',
    description:
      'Words of holding (时任, 现任, 新任, 拟任) are dropped with what stands before them; 时任 marks a former post.',
    examples: [
      {
        text: '他刷新了时任平湖区区长韩志远的纪录。',
        expect: [{ field: 'titles', value: '平湖区区长', with: { former: true } }],
      },
    ],
    counterexamples: [{ text: '平湖区区长韩志远出席会议。' }],
  },
  listAfterKnown: {
    id: 'official.list-after-known',
    description:
      'A 、-list that starts with a known official continues with people, even without a title or cue of their own (a refiner).',
    examples: [
      {
        text: '航天员刘立新出舱。随后,刘立新、陈晓东依次进入实验舱。',
        expect: [{ field: 'officials', value: '陈晓东' }],
      },
    ],
    counterexamples: [{ text: '航天员刘立新出舱。随后,刘立新、实验舱依次打开。' }],
  },
  fromAppointment: {
    id: 'official.from-appointment',
    description:
      'A person named only as the object of a personnel act (任命…为, 补选…为) whom no name cue found (a refiner).',
    examples: [{ text: '会议决定任命向东升为副县长。', expect: [{ field: 'officials', value: '向东升' }] }],
    counterexamples: [{ text: '会议任命孔令辉为副区长。' }], // found by the name cue already
  },
} as const satisfies Record<string, Rule>;

export const OFFICIALS_TABLE: RuleTable = {
  field: 'officials',
  summary:
    'Name cues (parsers/) find full names, overlaps are resolved and every later occurrence is a mention; titles are read next to each mention (titles/); refiners add people from lists and personnel acts.',
  rules: Object.values(OFFICIAL_RULES),
};
