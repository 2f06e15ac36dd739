/**
 * Rule table for the appointments extractor: the forms an appointment,
 * election, nomination, removal or resignation is reported in. Every
 * appointment carries its rule id, and so does every personnel decision
 * (kind appoint, remove, resign) made from it. Examples are invented; the
 * forms live in src/fields/appointments/forms/.
 */
import type { Appointment } from '../../types.js';
import type { Rule, RuleTable } from '../rule.js';

export interface AppointmentRule extends Rule {
  /** The type of the items the form makes (a 代/代理 post makes them acting). */
  type: Appointment['type'];
}

export const APPOINTMENT_RULES = {
  appointList: {
    id: 'appointment.appoint-list',
    type: 'appoint',
    description: '任命/决定任命/聘任 A为X, B为Y: one item per person and post, while each item has its own 为.',
    examples: [
      {
        text: '会议决定任命赵立新为县水利局局长,钱文华为县审计局局长。',
        expect: [
          { field: 'appointments', value: '赵立新', with: { type: 'appoint', to: { title: '局长', org: '县水利局' } } },
          { field: 'appointments', value: '钱文华', with: { type: 'appoint' } },
          { field: 'decisions', value: '赵立新', with: { kind: 'appoint' } },
        ],
      },
    ],
    counterexamples: [
      { text: '县政府提请任命赵立新为县水利局局长。' }, // a planned act
      { text: '会议研究了干部任命工作。' },
    ],
  },
  electList: {
    id: 'appointment.elect-list',
    type: 'elect',
    description: '选举/补选/增补/推选 A为X: the election reported by the electing body.',
    examples: [
      {
        text: '大会选举孙海峰为青石镇人民政府镇长,补选周丽娟为镇人大副主席。',
        expect: [
          { field: 'appointments', value: '孙海峰', with: { type: 'elect' } },
          { field: 'appointments', value: '周丽娟', with: { type: 'elect' } },
        ],
      },
    ],
    counterexamples: [{ text: '大会选举产生了新一届镇人大主席团。' }],
  },
  nominate: {
    id: 'appointment.nominate',
    type: 'nominate',
    description: '提名 A为X(候选人): a nomination.',
    examples: [
      {
        text: '县委提名吴振国为县长候选人。',
        expect: [{ field: 'appointments', value: '吴振国', with: { type: 'nominate' } }],
      },
    ],
    counterexamples: [{ text: '该片获得最佳影片提名。' }],
  },
  acting: {
    id: 'appointment.acting',
    type: 'acting',
    description: '决定 A为X without 任命 (会议决定郑一为代理镇长): the form of acting posts; its items are acting.',
    examples: [
      {
        text: '会议决定郑文斌为青石镇人民政府代理镇长。',
        expect: [
          {
            field: 'appointments',
            value: '郑文斌',
            with: { type: 'acting', to: { title: '代理镇长', org: '青石镇人民政府' } },
          },
        ],
      },
    ],
    counterexamples: [
      { text: '会议决定将青石镇列为全县示范镇。' }, // no person before 为
      { text: '会议决定任命郑文斌为青石镇人民政府代理镇长。' }, // 决定任命 is the appoint-list form
    ],
  },
  elected: {
    id: 'appointment.elected',
    type: 'elect',
    description: 'A(、B)(全票)当选(为)X: the elected person stands before the verb.',
    examples: [
      {
        text: '王建华全票当选为青石镇人大主席,李晓梅、刘志刚当选为副镇长。',
        expect: [
          { field: 'appointments', value: '王建华', with: { type: 'elect' } },
          { field: 'appointments', value: '刘志刚', with: { type: 'elect' } },
        ],
      },
    ],
    counterexamples: [{ text: '他当选的理由很充分。' }],
  },
  holds: {
    id: 'appointment.holds',
    type: 'appoint',
    description: 'A任/担任/出任/转任X: the name right before the verb; a 代/代理 post is acting.',
    examples: [
      {
        text: '陈国栋任蓝河区委书记,林晓燕(女)任蓝河区委副书记、代区长。',
        expect: [
          { field: 'appointments', value: '陈国栋', with: { type: 'appoint' } },
          {
            field: 'appointments',
            value: '林晓燕',
            with: { type: 'acting', to: { title: '代区长', org: '蓝河区委' } },
          },
        ],
      },
    ],
    counterexamples: [
      { text: '以区委书记陈国栋任组长的领导小组成立。' }, // a relative clause
      { text: '陈国栋曾任蓝河区委书记。' }, // a past post, cited
    ],
  },
  passive: {
    id: 'appointment.passive',
    type: 'appoint',
    description: 'A被任命为X: the passive form.',
    examples: [
      {
        text: '我局副局长黄志明同志被任命为街道党工委兼职委员。',
        expect: [{ field: 'appointments', value: '黄志明', with: { type: 'appoint' } }],
      },
    ],
    counterexamples: [{ text: '他被任命的消息很快传开。' }],
  },
  remove: {
    id: 'appointment.remove',
    type: 'remove',
    description: '免去/撤销 A(的)X职务: a removal, only with 职务 (免去…费用 is none).',
    examples: [
      {
        text: '会议决定免去何建军的县交通局局长职务。',
        expect: [
          { field: 'appointments', value: '何建军', with: { type: 'remove' } },
          { field: 'decisions', value: '何建军', with: { kind: 'remove' } },
        ],
      },
    ],
    counterexamples: [{ text: '对困难群众免去相关费用。' }],
  },
  resignAccepted: {
    id: 'appointment.resign-accepted',
    type: 'resign',
    description: '接受 A辞去X职务的请求: a resignation accepted by the body before 接受.',
    examples: [
      {
        text: '会议决定接受罗志勇辞去县人民政府副县长职务的请求。',
        expect: [
          { field: 'appointments', value: '罗志勇', with: { type: 'resign' } },
          { field: 'decisions', value: '罗志勇', with: { kind: 'resign' } },
        ],
      },
    ],
    counterexamples: [{ text: '罗志勇因工作调动辞去县人民政府副县长职务。' }], // no one accepts
  },
  resign: {
    id: 'appointment.resign',
    type: 'resign',
    description: 'A辞去X职务: a resignation; 责令辞去 is a sanction, not a resignation.',
    examples: [
      {
        text: '高明远因工作调动辞去县人大常委会委员职务。',
        expect: [{ field: 'appointments', value: '高明远', with: { type: 'resign' } }],
      },
    ],
    counterexamples: [{ text: '县纪委责令其辞去现任职务。' }],
  },
} as const satisfies Record<string, AppointmentRule>;

export const APPOINTMENTS_TABLE: RuleTable = {
  field: 'appointments',
  summary:
    'A trigger word (任命, 选举, 当选, 免去, 辞去 …) leads to one form; persons come from the officials list or a name shape, posts are split into org and title.',
  rules: Object.values(APPOINTMENT_RULES),
};
