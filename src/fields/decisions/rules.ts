/**
 * Rule table for the decisions extractor: one entry per form a decision is
 * reported in. Every frame carries its rule id. Examples are invented. The
 * logic lives in src/fields/decisions/index.ts; personnel frames (appoint,
 * remove, resign) come from src/fields/appointments/rules.ts.
 */
import type { DecisionKind } from '../../types.js';

export interface DecisionRule {
  id: string;
  kind: DecisionKind;
  example: string;
  /** Trigger words this rule starts from, in the analysed text. */
  triggers: readonly string[];
}

export const DECISION_RULES = {
  adopt: {
    id: 'decision.adopt',
    kind: 'adopt',
    example: '会议审议通过了《青石镇农村人居环境整治方案》。',
    triggers: ['听取并审议通过', '审议并通过', '审议通过', '表决通过', '讨论通过', '审查通过', '一致通过', '审定'],
  },
  adoptMeeting: {
    id: 'decision.adopt-meeting',
    kind: 'adopt',
    example: '大会通过了关于县人民政府工作报告的决议。 / 《某办法》已经县政府第8次常务会议通过。',
    triggers: ['通过'],
  },
  adoptParenthetical: {
    id: 'decision.adopt-parenthetical',
    kind: 'adopt',
    example: '关于设立青石镇防汛日的决定\n(2025年3月1日青石镇第二届人民代表大会第四次会议通过)',
    triggers: ['通过)'],
  },
  decide: {
    id: 'decision.decide',
    kind: 'decide',
    example: '会议决定,县十八届人大常委会第九次会议于6月下旬召开。',
    triggers: ['决定'],
  },
  establish: {
    id: 'decision.establish',
    kind: 'establish',
    example: '成立以镇长为组长的秋季防火工作领导小组,下设综合协调专班。',
    triggers: ['成立', '设立', '组建', '下设'],
  },
  issue: {
    id: 'decision.issue',
    kind: 'issue',
    example: '会上印发了《柳溪村2025年春耕生产工作方案》。 / 现将《某县河道管理办法》印发给你们。',
    triggers: ['印发', '出台', '发布', '颁布', '下发'],
  },
  sign: {
    id: 'decision.sign',
    kind: 'sign',
    example: '镇长赵六代表镇政府与各村签订安全生产目标责任书。',
    triggers: ['签订', '签署', '签定', '签约'],
  },
  commend: {
    id: 'decision.commend',
    kind: 'commend',
    example: '大会表彰了2025年度先进集体和先进个人。 / 会议对10个先进村进行了通报表彰。',
    triggers: ['表彰', '授予'],
  },
  commendDocument: {
    id: 'decision.commend-document',
    kind: 'commend',
    example: '会上,镇纪委书记宣读了《关于表彰2025年度先进集体和先进个人的决定》。',
    triggers: ['表彰', '授予', '命名'],
  },
  deploy: {
    id: 'decision.deploy',
    kind: 'deploy',
    example: '会议安排部署了下半年重点工作。 / 副镇长就防汛工作进行安排部署。',
    triggers: ['部署'],
  },
  approve: {
    id: 'decision.approve',
    kind: 'approve',
    example: '会议审查并批准了2025年县级预算调整方案。 / 经县人民政府同意,现将《某方案》印发给你们。',
    triggers: ['批复同意', '批准', '同意', '批复'],
  },
  disciplineGive: {
    id: 'decision.discipline-give',
    kind: 'discipline',
    example: '县纪委监委给予李某某党内警告处分。',
    triggers: ['给予'],
  },
  disciplineReceive: {
    id: 'decision.discipline-receive',
    kind: 'discipline',
    example: '2025年5月6日,王某某受到党内严重警告处分。',
    triggers: ['受到', '被给予'],
  },
  disciplineExpel: {
    id: 'decision.discipline-expel',
    kind: 'discipline',
    example: '经县委批准,开除赵某某党籍。 / 张某某被开除党籍、开除公职。',
    triggers: ['开除'],
  },
  disciplineInvestigate: {
    id: 'decision.discipline-investigate',
    kind: 'discipline',
    example: '市纪委监委对刘某某立案审查调查。',
    triggers: ['立案审查调查', '立案审查', '立案调查', '纪律审查和监察调查', '纪律审查'],
  },
  disciplineOther: {
    id: 'decision.discipline-other',
    kind: 'discipline',
    example: '责令其辞去村委委员职务。 / 撤销王某某党内职务。',
    triggers: ['责令', '撤销', '被撤职', '诫勉谈话'],
  },
} as const satisfies Record<string, DecisionRule>;
