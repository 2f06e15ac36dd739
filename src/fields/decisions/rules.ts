/**
 * Rule table for the decisions extractor: one entry per form a decision is
 * reported in. Every frame carries its rule id. Examples are invented. The
 * forms live in src/fields/decisions/parsers/; personnel frames (appoint,
 * remove, resign) carry the appointment rule ids of src/fields/appointments/rules.ts.
 */
import type { DecisionKind } from '../../types.js';
import type { Rule, RuleTable } from '../rule.js';

export interface DecisionRule extends Rule {
  kind: DecisionKind;
  /** Trigger words this rule starts from, in the analysed text. */
  triggers: readonly string[];
}

export const DECISION_RULES = {
  adopt: {
    id: 'decision.adopt',
    kind: 'adopt',
    description:
      'A deliberation verb with 通过 (审议通过, 表决通过, 讨论通过) or 审定; the object follows, or is the 《》 topic of the sentence. Not …审议通过的《》 (cited).',
    triggers: ['听取并审议通过', '审议并通过', '审议通过', '表决通过', '讨论通过', '审查通过', '一致通过', '审定'],
    examples: [
      {
        text: '会议审议通过了《青石镇农村人居环境整治方案》。',
        expect: [{ field: 'decisions', value: '审议通过', with: { kind: 'adopt', actor: '会议' } }],
      },
      {
        text: '3月2日,青石县政府召开第5次常务会议,审议通过了《青石县河道管理办法》。',
        expect: [
          {
            field: 'decisions',
            value: '《青石县河道管理办法》',
            with: { kind: 'adopt', actor: '青石县政府第5次常务会议', date: '2025-03-02' },
          },
        ],
        options: { publishedAt: '2025-03-03' },
      },
    ],
    counterexamples: [
      { text: '根据县政府常务会议审议通过的《青石县河道管理办法》,各乡镇要加强河道巡查。' },
      { text: '会议强调,要抓紧审议通过《柳溪村村规民约》。' },
    ],
  },
  adoptMeeting: {
    id: 'decision.adopt-meeting',
    kind: 'adopt',
    description:
      'Bare 通过 with a meeting as subject (大会通过了…, 已经…会议通过, 会议…;通过了…); any other subject, or 通过 as a preposition, gives no frame.',
    triggers: ['通过'],
    examples: [
      {
        text: '大会通过了关于县人民政府工作报告的决议。',
        expect: [{ field: 'decisions', value: '通过', with: { kind: 'adopt', actor: '大会' } }],
      },
      {
        text: '《青石县河道管理办法》已经县政府第8次常务会议通过。',
        expect: [{ field: 'decisions', value: '《青石县河道管理办法》', with: { kind: 'adopt' } }],
      },
    ],
    counterexamples: [
      { text: '通过开展志愿服务活动,柳溪村的人居环境明显改善。' },
      { text: '青石镇通过了省级卫生镇复审验收。' },
    ],
  },
  adoptParenthetical: {
    id: 'decision.adopt-parenthetical',
    kind: 'adopt',
    description:
      'A note (某日某会议通过) under a title: a record of adoption; the meeting acts and the title line above is the object.',
    triggers: ['通过)'],
    examples: [
      {
        text: '关于设立青石镇防汛日的决定\n(2025年3月1日青石镇第二届人民代表大会第四次会议通过)',
        expect: [
          {
            field: 'decisions',
            value: '关于设立青石镇防汛日的决定',
            with: { kind: 'adopt', actor: '青石镇第二届人民代表大会第四次会议' },
          },
        ],
      },
    ],
    counterexamples: [{ text: '柳溪村村民大会(2025年3月1日)通过投票选出了村民代表。' }],
  },
  decide: {
    id: 'decision.decide',
    kind: 'decide',
    description:
      '决定 with a body as actor (会议决定, 县委研究决定) and what was decided after it; a person deciding, a 决定 noun, or 决定任命 (the appointment is the act) gives no frame.',
    triggers: ['决定'],
    examples: [
      {
        text: '会议决定,县十八届人大常委会第九次会议于6月下旬召开。',
        expect: [{ field: 'decisions', value: '决定', with: { kind: 'decide', actor: '会议' } }],
      },
      {
        text: '县委研究决定,在全县开展农村人居环境整治行动。',
        expect: [
          { field: 'decisions', value: '在全县开展农村人居环境整治行动', with: { kind: 'decide', actor: '县委' } },
        ],
      },
    ],
    counterexamples: [
      { text: '他决定利用周末时间回乡看望父母。' },
      { text: '这一决定得到了柳溪村村民的普遍支持。' },
      { text: '县委决定任命赵明华为县水利局局长。' },
    ],
  },
  establish: {
    id: 'decision.establish',
    kind: 'establish',
    description: '成立/设立/组建/下设 with an object ending in a group word (领导小组, 专班, 委员会, 指挥部).',
    triggers: ['成立', '设立', '组建', '下设'],
    examples: [
      {
        text: '成立以镇长为组长的秋季防火工作领导小组。',
        expect: [{ field: 'decisions', value: '成立', with: { kind: 'establish' } }],
      },
      {
        text: '下设综合协调、宣传引导两个工作专班。',
        expect: [{ field: 'decisions', value: '综合协调、宣传引导两个工作专班', with: { kind: 'establish' } }],
      },
    ],
    counterexamples: [{ text: '青石镇成立以来,经济社会发展取得长足进步。' }, { text: '柳溪村成立了一支村民舞蹈队。' }],
  },
  issue: {
    id: 'decision.issue',
    kind: 'issue',
    description:
      '印发/出台/发布/颁布/下发 a document (《》 or a name ending in a document kind), after the verb or before it (现将《》印发); not 印发的《》, 自发布之日.',
    triggers: ['印发', '出台', '发布', '颁布', '下发'],
    examples: [
      {
        text: '会上印发了《柳溪村2025年春耕生产工作方案》。',
        expect: [{ field: 'decisions', value: '印发', with: { kind: 'issue' } }],
      },
      {
        text: '现将《青石县河道管理办法》印发给你们,请认真贯彻执行。',
        expect: [{ field: 'decisions', value: '《青石县河道管理办法》', with: { kind: 'issue' } }],
      },
    ],
    counterexamples: [
      { text: '本通知自发布之日起施行。' },
      { text: '会议强调,要抓紧印发《柳溪村2025年春耕生产工作方案》。' },
    ],
  },
  sign: {
    id: 'decision.sign',
    kind: 'sign',
    description:
      '签订/签署 an agreement (责任书, 协议, 合同); the signatories before 代表/与 are the actor. Not a relative clause (签订合同的企业).',
    triggers: ['签订', '签署', '签定', '签约'],
    examples: [
      {
        text: '镇长赵明华代表镇政府与各村签订安全生产目标责任书。',
        expect: [{ field: 'decisions', value: '安全生产目标责任书', with: { kind: 'sign', actor: '镇长赵明华' } }],
      },
      {
        text: '青石县与长宁市签署战略合作协议。',
        expect: [{ field: 'decisions', value: '签署', with: { kind: 'sign', actor: '青石县' } }],
      },
    ],
    counterexamples: [{ text: '签订合同的企业须按时报送相关材料。' }],
  },
  commend: {
    id: 'decision.commend',
    kind: 'commend',
    description:
      '表彰 with those commended after it, before it (对…进行表彰), or as subject (某村受到县委表彰); 授予 an honour (称号, 奖章); 给予…表彰. Not 拟表彰, 表彰大会.',
    triggers: ['表彰', '授予'],
    examples: [
      {
        text: '大会表彰了2025年度先进集体和先进个人。',
        expect: [{ field: 'decisions', value: '表彰', with: { kind: 'commend', actor: '大会' } }],
      },
      {
        text: '会议对10个先进村进行了通报表彰。',
        expect: [{ field: 'decisions', value: '10个先进村', with: { kind: 'commend' } }],
      },
      {
        text: '大会授予柳溪村“文明村”称号。',
        expect: [{ field: 'decisions', value: '授予', with: { kind: 'commend' } }],
      },
    ],
    counterexamples: [{ text: '拟表彰的先进个人名单现予以公示。' }, { text: '他被授予的奖状挂在墙上。' }],
  },
  commendDocument: {
    id: 'decision.commend-document',
    kind: 'commend',
    description:
      'A 《关于表彰…的决定》 read out or issued (宣读, 印发): the document makes the commendation; those commended are the object.',
    triggers: ['表彰', '授予', '命名'],
    examples: [
      {
        text: '会上,镇纪委书记宣读了《关于表彰2025年度先进集体和先进个人的决定》。',
        expect: [{ field: 'decisions', value: '2025年度先进集体和先进个人', with: { kind: 'commend' } }],
      },
    ],
    counterexamples: [{ text: '根据《关于表彰2024年度优秀村干部的决定》,各村要向先进学习。' }],
  },
  deploy: {
    id: 'decision.deploy',
    kind: 'deploy',
    description:
      '(安排)部署 with the work after it or before it (就/对…进行部署); not 决策部署, 部署要求, nor an instruction (要…部署).',
    triggers: ['部署'],
    examples: [
      {
        text: '会议安排部署了下半年重点工作。',
        expect: [{ field: 'decisions', value: '安排部署', with: { kind: 'deploy', object: '下半年重点工作' } }],
      },
      {
        text: '副镇长赵明华就防汛工作进行了安排部署。',
        expect: [{ field: 'decisions', value: '防汛工作', with: { kind: 'deploy', actor: '副镇长赵明华' } }],
      },
    ],
    counterexamples: [{ text: '要认真贯彻落实县委决策部署。' }, { text: '各村要做好防汛部署的落实工作。' }],
  },
  approve: {
    id: 'decision.approve',
    kind: 'approve',
    description:
      '批准/同意/批复 with what was approved; 经某机关同意 names the actor. Not 不同意, 报经…批准 (planned), …批准后.',
    triggers: ['批复同意', '批准', '同意', '批复'],
    examples: [
      {
        text: '会议审查并批准了2025年县级预算调整方案。',
        expect: [{ field: 'decisions', value: '批准', with: { kind: 'approve', actor: '会议' } }],
      },
      {
        text: '经县人民政府同意,现将《柳溪村集体经济发展方案》印发给你们。',
        expect: [
          { field: 'decisions', value: '《柳溪村集体经济发展方案》', with: { kind: 'approve', actor: '县人民政府' } },
        ],
      },
    ],
    counterexamples: [{ text: '本方案报经县人民政府批准后实施。' }, { text: '村民同意后方可开工建设。' }],
  },
  disciplineGive: {
    id: 'decision.discipline-give',
    kind: 'discipline',
    description:
      '给予某人 a penalty (…处分, 诫勉谈话, 开除党籍): the penalty is the trigger, the person the object, the body before 给予 the actor.',
    triggers: ['给予'],
    examples: [
      {
        text: '县纪委监委给予孙志强党内警告处分。',
        expect: [
          {
            field: 'decisions',
            value: '党内警告处分',
            with: { kind: 'discipline', object: '孙志强', actor: '县纪委监委' },
          },
        ],
      },
    ],
    counterexamples: [{ text: '镇政府给予困难群众生活补助。' }],
  },
  disciplineReceive: {
    id: 'decision.discipline-receive',
    kind: 'discipline',
    description:
      '某人受到/被给予 a penalty: the person before the verb is the object; no actor. Not a penalty as background (受到处分期间, 处分后).',
    triggers: ['受到', '被给予'],
    examples: [
      {
        text: '2025年5月6日,孙志强受到党内严重警告处分。',
        expect: [{ field: 'decisions', value: '党内严重警告处分', with: { kind: 'discipline', object: '孙志强' } }],
      },
    ],
    counterexamples: [{ text: '孙志强在受到党内警告处分后仍不收敛。' }],
  },
  disciplineExpel: {
    id: 'decision.discipline-expel',
    kind: 'discipline',
    description: '开除某人党籍/公职, or 某人被开除党籍、开除公职. Not as background (被开除党籍的人员).',
    triggers: ['开除'],
    examples: [
      {
        text: '经县委批准,开除赵德胜党籍。',
        expect: [{ field: 'decisions', value: '赵德胜', with: { kind: 'discipline', trigger: '开除赵德胜党籍' } }],
      },
      {
        text: '张德明被开除党籍、开除公职。',
        expect: [{ field: 'decisions', value: '开除党籍', with: { kind: 'discipline', object: '张德明' } }],
      },
    ],
    counterexamples: [{ text: '被开除党籍的人员五年内不得重新入党。' }],
  },
  disciplineInvestigate: {
    id: 'decision.discipline-investigate',
    kind: 'discipline',
    description:
      '立案审查调查, 纪律审查和监察调查: 对某人… names the person and the body before 对 acts; 某人接受… names the person only.',
    triggers: ['立案审查调查', '立案审查', '立案调查', '纪律审查和监察调查', '纪律审查'],
    examples: [
      {
        text: '青石县纪委监委对周海涛严重违纪违法问题立案审查调查。',
        expect: [
          {
            field: 'decisions',
            value: '立案审查调查',
            with: { kind: 'discipline', object: '周海涛', actor: '青石县纪委监委' },
          },
        ],
      },
      {
        text: '周海涛涉嫌严重违纪违法,目前正接受纪律审查和监察调查。',
        expect: [{ field: 'decisions', value: '周海涛', with: { kind: 'discipline' } }],
      },
    ],
    counterexamples: [{ text: '立案审查调查工作已全面展开。' }],
  },
  disciplineOther: {
    id: 'decision.discipline-other',
    kind: 'discipline',
    description: '撤销某人党内职务, 责令某人辞去某职务, 某人被撤职, 对某人进行诫勉谈话.',
    triggers: ['责令', '撤销', '被撤职', '诫勉谈话'],
    examples: [
      {
        text: '责令其辞去村委委员职务。',
        expect: [{ field: 'decisions', value: '村委委员职务', with: { kind: 'discipline' } }],
      },
      {
        text: '县纪委对李建国进行诫勉谈话。',
        expect: [{ field: 'decisions', value: '诫勉谈话', with: { kind: 'discipline', object: '李建国' } }],
      },
    ],
    counterexamples: [{ text: '县市场监管局撤销该项行政许可。' }],
  },
} as const satisfies Record<string, DecisionRule>;

export const DECISIONS_TABLE: RuleTable = {
  field: 'decisions',
  summary:
    'Acts a body or meeting is reported to have done: one form per trigger family, run in rule order over one scan of the trigger words; cited, planned and prescribed acts and reported speech give no frame. Appoint, remove and resign frames come from the appointments (their rule ids are in that table).',
  rules: Object.values(DECISION_RULES),
};
