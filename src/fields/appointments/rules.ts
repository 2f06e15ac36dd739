/**
 * Rule table for the appointments extractor: the forms an appointment,
 * election, nomination, removal or resignation is reported in. Examples are
 * invented; the logic lives in src/fields/appointments/index.ts.
 */
import type { Appointment } from '../../types.js';

export interface AppointmentRule {
  id: string;
  type: Appointment['type'];
  example: string;
}

export const APPOINTMENT_RULES = {
  appointList: {
    id: 'appointment.appoint-list',
    type: 'appoint',
    example: '会议决定任命赵六为县水利局局长,钱七为县审计局局长。',
  },
  electList: {
    id: 'appointment.elect-list',
    type: 'elect',
    example: '大会选举孙八为青石镇人民政府镇长,补选周九为镇人大副主席。',
  },
  nominate: {
    id: 'appointment.nominate',
    type: 'nominate',
    example: '县委提名吴十为县长候选人。',
  },
  acting: {
    id: 'appointment.acting',
    type: 'acting',
    example: '会议决定郑一为青石镇人民政府代理镇长。',
  },
  elected: {
    id: 'appointment.elected',
    type: 'elect',
    example: '王二全票当选为青石镇人大主席,李三、刘四当选为副镇长。',
  },
  holds: {
    id: 'appointment.holds',
    type: 'appoint',
    example: '陈五任蓝河区委书记,林六(女)任蓝河区委副书记、代区长。',
  },
  passive: {
    id: 'appointment.passive',
    type: 'appoint',
    example: '我局副局长黄七同志被任命为街道党工委兼职委员。',
  },
  remove: {
    id: 'appointment.remove',
    type: 'remove',
    example: '会议决定免去何八的县交通局局长职务。',
  },
  resignAccepted: {
    id: 'appointment.resign-accepted',
    type: 'resign',
    example: '会议决定接受罗九辞去县人民政府副县长职务的请求。',
  },
  resign: {
    id: 'appointment.resign',
    type: 'resign',
    example: '高十因工作调动辞去县人大常委会委员职务。',
  },
} as const satisfies Record<string, AppointmentRule>;
