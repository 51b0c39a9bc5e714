/** The glossary page's words (names and terms come from content/glossary.yaml), in Chinese. */
export interface GlossaryText {
  title: string;
  /** The page's description (search engines, link previews). */
  description: (title: string, number: string) => string;
  intro: string;
  /** Whether some agency names are official English names, or none is. */
  renderings: { someOfficial: string; noneOfficial: string };
  authoritative: string;
  /** The accessible name of the list of sections. */
  sectionsNav: string;
  /** The sections: their short names (the list at the top) and their headings. */
  sections: Record<GlossarySection, string>;
  headings: Record<GlossarySection, string>;
  /** The document's names. */
  document: { title: string; number: string; notice: string; issuer: string; header: string };
  rolesCaption: string;
  columns: { english: string; chinese: string; official: string; note: string };
  agenciesCaption: (n: number) => string;
  /** Whether an agency's English name is official. */
  official: { yes: string; no: string };
  termsCaption: (n: number) => string;
}

export type GlossarySection =
  'document' | 'roles' | 'agencies' | 'taskForces' | 'sectors' | 'parts' | 'terms' | 'conventions';

export const glossary: GlossaryText = {
  title: '术语表',
  description: (title, number) => `《${title}》（${number}）中的名称和常用术语的英文译法，逐条附中文原文。`,
  intro: '本站英文版对计划中每个名称和常用术语的译法，以及对应的中文。',
  renderings: {
    someOfficial: '除标明为官方译名的单位名称外，译法均为本站自译。',
    noneOfficial: '所有译法均为本站自译，没有一个是官方英文名称。',
  },
  authoritative: '以中文文本为准。',
  sectionsNav: '术语表各部分',
  sections: {
    document: '文件',
    roles: '角色',
    agencies: '责任单位',
    taskForces: '工作专班',
    sectors: '行业领域',
    parts: '部分',
    terms: '术语',
    conventions: '译写规则',
  },
  headings: {
    document: '文件',
    roles: '责任分工中的角色',
    agencies: '责任单位',
    taskForces: '工作专班',
    sectors: '行业领域',
    parts: '部分',
    terms: '常用术语',
    conventions: '译文的写法和检查',
  },
  document: { title: '标题', number: '文号', notice: '通知', issuer: '发文机关', header: '版头' },
  rolesCaption: '三种角色',
  columns: { english: '英文', chinese: '中文', official: '是否官方英文名称', note: '说明' },
  agenciesCaption: (n) => `${n} 个单位：计划中使用的名称，以及已知的全称`,
  official: { yes: '是', no: '否：本站译法' },
  termsCaption: (n) => `${n} 个术语`,
};
