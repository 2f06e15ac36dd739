/** Word patterns for a meeting's place and agenda (see src/fields/meetings/refiners/details.ts). */

/**
 * 在县政府三楼会议室召开, 在广西南宁举行: the place between 在 and the verb
 * (no 的 inside: 在县委的领导下召开 names no place).
 */
export const MEETING_PLACE = /在([\u4e00-\u9fff\d()]{2,16}?)(?:隆重)?(?:召开|举行|开幕)/;

/** Agenda items reported of the meeting: 传达学习…精神, 学习了…, 听取…汇报/报告, 研究…事项. */
export const AGENDA_PATTERNS: readonly RegExp[] = [
  /传达(?:学习)?了?([^,。;:\n]{2,60}?精神)/g,
  /听取(?:并审议)?了?([^,。;:\n]{2,60}?(?:汇报|报告))/g,
  /研究(?:部署)?了?([^,。;:\n]{2,40}?(?:事项|工作|问题))/g,
];
