/**
 * Document kinds by the word a title ends with. Longer endings first, so
 * 实施细则 wins over 细则 and 实施方案 over 方案.
 */
export const DOCUMENT_KINDS: ReadonlyArray<readonly [ending: string, kind: string]> = [
  ['实施细则', 'rules'],
  ['实施方案', 'plan'],
  ['工作方案', 'plan'],
  ['行动计划', 'plan'],
  ['应急预案', 'contingency-plan'],
  ['工作报告', 'report'],
  ['工作要点', 'key-points'],
  ['会议纪要', 'minutes'],
  ['议事规则', 'rules'],
  ['工作规则', 'rules'],
  ['决定', 'decision'],
  ['决议', 'resolution'],
  ['意见', 'opinion'],
  ['通知', 'notice'],
  ['通报', 'circular'],
  ['公告', 'announcement'],
  ['通告', 'announcement'],
  ['批复', 'reply'],
  ['方案', 'plan'],
  ['计划', 'plan'],
  ['预案', 'contingency-plan'],
  ['办法', 'measures'],
  ['规定', 'provisions'],
  ['条例', 'regulations'],
  ['细则', 'rules'],
  ['规则', 'rules'],
  ['制度', 'rules'],
  ['准则', 'rules'],
  ['章程', 'charter'],
  ['报告', 'report'],
  ['规划', 'program'],
  ['纲要', 'outline'],
  ['要点', 'key-points'],
  ['讲话', 'speech'],
  ['指南', 'guide'],
  ['清单', 'list'],
  ['标准', 'standard'],
  ['宪法', 'law'],
  ['法', 'law'],
];

/** Parentheticals a title may end with that do not change its kind: (草案), (试行), (2023—2025年). */
export const TITLE_TAIL = /[((](?:草案|试行|修订|修正|修订草案|征求意见稿|讨论稿|送审稿|暂行|\d{4}(?:\s*[-—–~至]\s*\d{4})?年?(?:版|度)?)[))]\s*$/;

/** Verbs after which the body right before 《 is the issuer: 县政府印发《…》. */
export const ISSUE_VERBS = ['印发', '发布', '出台', '制定', '下发', '颁布'];
