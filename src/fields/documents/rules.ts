/**
 * Rule table for documents: one finder (the 《》 pair) whose id every item
 * carries, and three refiners that shape the item (文号, issuer). Examples
 * are invented.
 */
import type { Rule, RuleTable } from '../rule.js';

export const DOCUMENT_RULES = {
  bookTitleMarks: {
    id: 'doc.book-title-marks',
    description:
      'the text inside every outermost 《》 pair, each title once; nested 《》 stay inside; a title over 200 characters is a missing 》',
    examples: [
      {
        text: '会上宣读了《关于表彰2023年度青石镇先进集体的决定》。',
        expect: [{ field: 'documents', value: '关于表彰2023年度青石镇先进集体的决定', with: { kind: 'decision' } }],
      },
      {
        text: '李明华在《青石日报》发表文章,解读《关于贯彻〈乡村振兴条例〉的实施意见》。',
        expect: [
          { field: 'documents', value: '青石日报', with: { kind: null } },
          { field: 'documents', value: '关于贯彻〈乡村振兴条例〉的实施意见', with: { kind: 'opinion' } },
        ],
      },
    ],
    counterexamples: [
      // A title in quotation marks is no 《》 title.
      { text: '会议传达了“关于做好青石镇防汛工作的通知”精神。' },
      // 《 never closed on its line before the text ends.
      { text: '李明华说,《青石镇志的编写工作还在进行,年底完成。' },
    ],
  },
  numberAfterTitle: {
    id: 'doc.number-after-title',
    refines: true,
    description:
      'the 文号 right after 》 (青政办发〔2023〕5号, [2007]120号, 2014年第177号, 国务院令第177号); a bare 第N号 only when the number ends there',
    examples: [
      {
        text: '青石县人民政府办公室印发《关于做好春耕生产工作的通知》(青政办发〔2023〕5号)。',
        expect: [{ field: 'documents', value: '关于做好春耕生产工作的通知', with: { number: '青政办发〔2023〕5号' } }],
      },
      {
        text: '根据《柳林市物业管理办法》(柳林市人民政府令第12号),现将有关事项通知如下。',
        expect: [{ field: 'documents', value: '柳林市物业管理办法', with: { number: '柳林市人民政府令第12号' } }],
      },
    ],
    counterexamples: [
      // 第3号 names a drawing sheet, not the document's number.
      {
        text: '施工方按照《青石镇污水管网设计》第3号图纸开挖。',
        reject: [{ field: 'documents', value: '青石镇污水管网设计', with: { number: '第3号' } }],
      },
    ],
  },
  issuerInTitle: {
    id: 'doc.issuer-in-title',
    refines: true,
    description: 'the issuer inside the title, before 关于, when it ends like a body (委, 府, 局, 办公室…)',
    examples: [
      {
        text: '各村认真学习《柳林镇人民政府关于印发防汛应急预案的通知》。',
        expect: [
          {
            field: 'documents',
            value: '柳林镇人民政府关于印发防汛应急预案的通知',
            with: { issuer: '柳林镇人民政府' },
          },
        ],
      },
    ],
    counterexamples: [
      // A person before 关于 is the speaker, not an issuing body.
      {
        text: '干部们认真研读《李明华同志关于乡村振兴的讲话》。',
        reject: [{ field: 'documents', value: '李明华同志关于乡村振兴的讲话', with: { issuer: '李明华同志' } }],
      },
    ],
  },
  issuerBeforeVerb: {
    id: 'doc.issuer-before-verb',
    refines: true,
    description:
      'the subject of 印发/发布/出台/制定/下发/颁布 right before 《, a leading time word (近日, 3月5日) dropped, when it ends like a body',
    examples: [
      {
        text: '近日,青石县政府办公室印发《青石县春耕生产工作方案》。',
        expect: [{ field: 'documents', value: '青石县春耕生产工作方案', with: { issuer: '青石县政府办公室' } }],
      },
    ],
    counterexamples: [
      // A villager posting a notice is no issuing body.
      {
        text: '村民王小军发布《寻物启事》,寻找丢失的耕牛。',
        reject: [{ field: 'documents', value: '寻物启事', with: { issuer: '村民王小军' } }],
      },
    ],
  },
} satisfies Record<string, Rule>;

export const DOCUMENTS_TABLE: RuleTable = {
  field: 'documents',
  summary:
    "One scan for 《》 pairs finds the titles (doc.book-title-marks, carried by every item); the title's last word gives its kind, and the refiners read the 文号 after it and its issuer.",
  rules: Object.values(DOCUMENT_RULES),
};
