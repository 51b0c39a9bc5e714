/**
 * The editorial vocabulary of the relief finder: kinds of help, industries and firm types.
 * Ids are what content/relief.yaml uses; labels are what the site shows. `names` are the words
 * by which the plan's text names an industry or firm type: an entry may only list an industry
 * or firm type whose name occurs in the measure's text (so beneficiaries are "named by the text").
 * Pure data, safe to import in the browser. It lives with the schemas because the schemas validate
 * against it; src/lib imports it from here (schemas depend on nothing in src/lib).
 */

export const SUPPORT_TYPES = [
  'tax-fee',
  'rent',
  'credit',
  'guarantee',
  'insurance',
  'subsidy',
  'jobs',
  'fast-track',
  'procurement',
  'market',
  'cultivation',
  'sector-relief',
] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

export const SUPPORT_LABELS: Record<SupportType, string> = {
  'tax-fee': '税费减免',
  rent: '房租减免',
  credit: '贷款与融资',
  guarantee: '融资担保',
  insurance: '保险保障',
  subsidy: '补贴与奖励',
  jobs: '稳岗与社保',
  'fast-track': '快速审批与免申即享',
  procurement: '政府采购',
  market: '市场与消费促进',
  cultivation: '认定与培育计划',
  'sector-relief': '困难行业专项措施',
};

export const INDUSTRIES = [
  'catering',
  'retail',
  'tourism',
  'transport',
  'aviation',
  'accommodation',
  'logistics',
  'ecommerce',
  'exhibitions',
  'hr-services',
  'housekeeping',
  'elderly-care',
  'childcare',
  'real-estate',
  'auto',
  'sports',
  'tech',
  'agri-services',
  'green',
  'laozihao',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const INDUSTRY_LABELS: Record<Industry, string> = {
  catering: '餐饮',
  retail: '零售与商贸流通',
  tourism: '旅游',
  transport: '公路水路铁路运输',
  aviation: '民航',
  accommodation: '住宿',
  logistics: '物流与寄递',
  ecommerce: '电子商务',
  exhibitions: '会展',
  'hr-services': '人力资源服务',
  housekeeping: '家政',
  'elderly-care': '养老',
  childcare: '托育',
  'real-estate': '房地产',
  auto: '汽车销售',
  sports: '体育',
  tech: '科技企业',
  'agri-services': '农业服务组织',
  green: '绿色低碳领域',
  laozihao: '老字号',
};

/** Words that name each industry in the plan's text. */
export const INDUSTRY_NAMES: Record<Industry, string[]> = {
  catering: ['餐饮'],
  retail: ['零售', '步行街', '流通企业', '商贸'],
  tourism: ['旅游', '旅行社', '文旅'],
  transport: ['公路水路铁路运输'],
  aviation: ['民航'],
  accommodation: ['住宿', '饭店', '民宿'],
  logistics: ['物流', '寄递', '快递', '货运'],
  ecommerce: ['电商'],
  exhibitions: ['会展'],
  'hr-services': ['人力资源服务'],
  housekeeping: ['家政'],
  'elderly-care': ['养老'],
  childcare: ['托育'],
  'real-estate': ['房地产'],
  auto: ['汽车'],
  sports: ['体育'],
  tech: ['科技', '高新技术企业'],
  'agri-services': ['农业', '农服'],
  green: ['绿色'],
  laozihao: ['老字号'],
};

export const FIRM_TYPES = ['micro-small', 'sme', 'private', 'hardship'] as const;
export type FirmType = (typeof FIRM_TYPES)[number];

export const FIRM_LABELS: Record<FirmType, string> = {
  'micro-small': '小微企业',
  sme: '中小微企业',
  private: '民营企业',
  hardship: '困难行业企业',
};

/**
 * Words that name each firm type. A name counts only in the entry's own sentence or the measure's
 * title, outside the title of another document (《…》), and not as part of a longer firm name
 * (小微 inside 中小微企业 names the SMEs, not 小微企业).
 */
export const FIRM_NAMES: Record<FirmType, string[]> = {
  'micro-small': ['小微'],
  sme: ['中小微企业', '中小企业'],
  private: ['民营企业'],
  hardship: ['困难行业'],
};

/** How directly a classified sentence reaches a firm (editorial). */
export const DIRECTNESS = ['direct', 'channel', 'framework'] as const;
export type Directness = (typeof DIRECTNESS)[number];

export const DIRECTNESS_LABELS: Record<Directness, string> = {
  direct: '直接惠企',
  channel: '经金融机构等落实',
  framework: '政策框架或培育',
};

export const DIRECTNESS_HELP: Record<Directness, string> = {
  direct: '原文直接给予企业减免、资金、便利或市场机会',
  channel: '原文要求或鼓励银行、保险、担保等机构向企业提供',
  framework: '原文提出尚待制定的办法、培育计划或促进活动',
};
