/**
 * Descriptors that stand before a person's name without being a title
 * (村民张三, 游客李四, 其哥哥王五): they make the name credible but are not
 * listed as titles (GUIDELINE: a relation or a visitor's description is no title).
 */
export const NON_TITLE_DESCRIPTORS: readonly string[] = [
  '村民', '居民', '市民', '牧民', '渔民', '群众', '游客', '老人', '老师', '教师', '医生', '护士', '学生',
  '同学', '志愿者', '哥哥', '弟弟', '姐姐', '妹妹', '丈夫', '妻子', '儿子', '女儿', '父亲', '母亲',
  '爷爷', '奶奶', '外孙', '孙子', '侄子', '亲属', '朋友', '老板', '户主', '业主', '网友', '选手', '运动员', '专家',
  '犯罪嫌疑人', '嫌疑人', '被告人', '当事人', '留学生', '教授', '院士', '烈士', '英雄', '元勋', '模范', '先进个人', '贫困户', '脱贫户', '一名叫', '名叫', '叫',
];
