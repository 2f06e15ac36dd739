/**
 * Foreign officials: posts that title them and the countries/bodies that make
 * an organisation foreign. Their names are transliterations without a Chinese
 * surname (美国总统拜登), so they are read differently.
 */

/** Posts held by foreign officials. */
export const FOREIGN_POSTS: readonly string[] = [
  '副总统', '总统', '首相', '国王', '女王', '王储', '总督', '外长', '外交部长', '议长', '总干事', '秘书长', '总理',
  '副总理', '大使', '主席', '总裁',
];

/** Countries and international bodies whose names do not end in 国. */
export const FOREIGN_PLACES: readonly string[] = [
  '日本', '俄罗斯', '巴基斯坦', '印度', '印度尼西亚', '巴西', '阿根廷', '埃及', '南非', '越南', '老挝', '柬埔寨',
  '新加坡', '马来西亚', '菲律宾', '蒙古', '朝鲜', '意大利', '西班牙', '葡萄牙', '希腊', '土耳其', '伊朗', '以色列',
  '沙特', '沙特阿拉伯', '澳大利亚', '新西兰', '加拿大', '墨西哥', '古巴', '智利', '秘鲁', '哈萨克斯坦', '乌兹别克斯坦',
  '吉尔吉斯斯坦', '塔吉克斯坦', '土库曼斯坦', '白俄罗斯', '乌克兰', '波兰', '匈牙利', '塞尔维亚', '尼日利亚', '肯尼亚',
  '埃塞俄比亚', '阿联酋', '卡塔尔', '新西兰', '爱尔兰', '荷兰', '比利时', '瑞士', '瑞典', '挪威', '芬兰', '丹麦',
  '奥地利', '捷克', '罗马尼亚', '保加利亚', '欧盟', '欧洲理事会', '欧盟委员会', '世卫组织', '世界卫生组织',
  '世贸组织', '世界贸易组织', '东盟', '非盟', '北约', '国际奥委会', '国际货币基金组织', '世界银行',
];

/** 国-final words that are not a foreign country (中国, 全国, 我国 …). */
export const DOMESTIC_GUO: readonly string[] = ['中国', '全国', '我国', '本国', '该国', '回国', '出国', '祖国', '各国', '强国', '大国'];
