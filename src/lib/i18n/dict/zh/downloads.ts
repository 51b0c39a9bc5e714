/**
 * What the downloads (/data/) say about themselves (Chinese): each table's title, what it holds and what each column
 * means. The CSV files are one set for both editions; these words describe them on /data/ and in datapackage.json.
 */

/** Facts about the content that some descriptions state. */
export interface DataFacts {
  measures: number;
  targetOutcomes: number;
  measureOutcomes: number;
  supportTypes: readonly string[];
  firmTypes: readonly string[];
}

/** A column's description: a sentence, or one that states a fact about the content. */
export type ColumnText = string | ((f: DataFacts) => string);

export interface TableText<K extends string> {
  title: string;
  description: ColumnText;
  columns: Record<K, ColumnText>;
}

export type MeasureColumn =
  | 'number'
  | 'title'
  | 'title_en'
  | 'text'
  | 'part'
  | 'part_heading'
  | 'sector'
  | 'sector_heading'
  | 'task_force'
  | 'task_force_name'
  | 'responsibility'
  | 'url';
export type AgencyColumn =
  | 'id'
  | 'name'
  | 'name_en'
  | 'full_name'
  | 'kind'
  | 'aliases'
  | 'lead_measures'
  | 'responsible_measures'
  | 'cooperate_measures';
export type ResponsibilityColumn = 'measure' | 'position' | 'agency' | 'name' | 'role' | 'role_label';
export type SentenceColumn = 'measure' | 'sentence' | 'text' | 'url';
export type TargetColumn =
  | 'id'
  | 'measure'
  | 'part'
  | 'sentence'
  | 'source'
  | 'sentence_text'
  | 'quote'
  | 'indicator'
  | 'figure'
  | 'value'
  | 'value_max'
  | 'unit'
  | 'goal'
  | 'comparators'
  | 'deadline'
  | 'agencies'
  | 'agency_names'
  | 'note';
export type OutcomeColumn =
  | 'kind'
  | 'ref'
  | 'status'
  | 'figure'
  | 'unit'
  | 'period'
  | 'comparability'
  | 'action'
  | 'source_url'
  | 'source_publisher'
  | 'source_original_publisher'
  | 'source_published'
  | 'source_title'
  | 'quote'
  | 'queries'
  | 'checked'
  | 'page';
export type ReliefColumn =
  | 'id'
  | 'measure'
  | 'measure_title'
  | 'support'
  | 'support_label'
  | 'sentence'
  | 'source'
  | 'sentence_text'
  | 'quote'
  | 'amount'
  | 'recipient'
  | 'industries'
  | 'industry_labels'
  | 'firms'
  | 'firm_labels'
  | 'directness'
  | 'directness_label'
  | 'contacts'
  | 'contact_names'
  | 'note';

export interface DownloadsText {
  measures: TableText<MeasureColumn>;
  agencies: TableText<AgencyColumn>;
  responsibilities: TableText<ResponsibilityColumn>;
  sentences: TableText<SentenceColumn>;
  targets: TableText<TargetColumn>;
  outcomes: TableText<OutcomeColumn>;
  relief: TableText<ReliefColumn>;
}

export const downloads: DownloadsText = {
  measures: {
    title: '措施表',
    description: (f) => `${f.measures} 条措施，每行一条，含全文、所在部分与行业领域、责任单位括号。`,
    columns: {
      number: (f) => `措施编号 1–${f.measures}，也是永久地址 /measures/N/ 中的 N`,
      title: '措施标题（原文首句，不含句号）',
      title_en: '措施标题的英文（本站非官方英文版的译文）；尚未翻译的措施为空',
      text: '措施全文，按原文：标题句、正文与责任单位括号',
      part: '所在部分的序号 1–7（一至七）',
      part_heading: '所在部分的标题',
      sector: '所在行业领域的编号（仅第三、四部分），否则为空',
      sector_heading: '所在行业领域的标题，否则为空',
      task_force: '负责的工作专班编号，否则为空',
      task_force_name: '负责的工作专班名称，否则为空',
      responsibility: '责任单位括号，按原文',
      url: '本站措施页面的完整网址',
    },
  },
  agencies: {
    title: '责任单位表',
    description: '责任单位括号中出现的全部单位，每行一个，含其牵头、负责、配合的措施。',
    columns: {
      id: '单位编号（本站使用的稳定标识）',
      name: '原文中的单位名称',
      name_en: '单位名称的英文（本站非官方英文版的译名）；没有译名时为空',
      full_name: '全称（仅在确定时填写，否则为空）',
      kind: '单位类型：provincial-department 省直部门、central-branch 中央驻晋单位、central-enterprise 中央企业所属企业、cooperative 供销合作社、public-institution 事业单位、zone-administration 园区管委会、party-office 党委部门、leading-group 领导小组、city-governments 各市人民政府',
      aliases: '原文中的其他写法，以“|”分隔',
      lead_measures: '牵头的措施编号，以“|”分隔',
      responsible_measures: '负责的措施编号，以“|”分隔',
      cooperate_measures: '配合的措施编号，以“|”分隔',
    },
  },
  responsibilities: {
    title: '职责表',
    description: '措施与单位的对应关系：每行一个“措施—单位—职责”，顺序同原文括号。',
    columns: {
      measure: '措施编号',
      position: '在责任单位括号中的次序，从 1 起',
      agency: '单位编号（见 agencies.csv）',
      name: '该措施原文中的单位写法',
      role: '职责：lead 牵头、responsible 负责、cooperate 配合（“牵头负责”记为两行）',
      role_label: '职责的中文',
    },
  },
  sentences: {
    title: '句子表',
    description: '每条措施的每一句，每行一句，附可直接打开的句子链接（同样的内容另有 sentences.json）。',
    columns: {
      measure: '措施编号',
      sentence: '句子序号：第 1 句为标题句（页面锚点 #s1、#s2…）',
      text: '该句原文（责任单位括号不在句中，见 measures.csv）',
      url: '该句在本站的完整网址（带句子锚点）',
    },
  },
  targets: {
    title: '量化目标表',
    description: '计划中的每一个量化目标，附原文字句与出处句子。指标名称为编辑概括。',
    columns: {
      id: '目标编号（编辑设定）',
      measure: '所在措施编号；在措施之外（如“一、总体要求”）则为空',
      part: '所在部分序号，仅当目标不在措施中时填写',
      sentence: '句子序号：措施的第 1 句为标题句（页面锚点 #s1、#s2…）',
      source: '该句在本站的完整网址（带句子锚点）',
      sentence_text: '该句原文',
      quote: '原文中表述目标的字句',
      indicator: '指标（编辑概括，非原文）',
      figure: '原文数值写法，如 7.5、3-5、第四；无数值的目标为空',
      value: '数值（区间取下限；第四 记为 4）；无数值的目标为空',
      value_max: '区间上限；非区间时与 value 相同',
      unit: '原文单位，如 %、亿元、家、个',
      goal: '无数值的目标所要达到的状态（原文字句，如 全覆盖）；有数值时为空',
      comparators: '原文限定词（力争、达到、以上、左右、以下…），以“|”分隔',
      deadline: '原文给出的期限，如 2022年末；未给出则为空',
      agencies: '牵头与负责单位编号，以“|”分隔（取自措施的责任单位括号）',
      agency_names: '牵头与负责单位名称，以“|”分隔',
      note: '编辑说明',
    },
  },
  outcomes: {
    title: '进展与证据表',
    description: (f) =>
      `计划发布后各项承诺的进展：${f.targetOutcomes} 个量化目标与 ${f.measureOutcomes} 条措施各一行，附公开来源、发布日期与原文引文；未找到证据的列出检索词（同样的内容另有 outcomes.json）。`,
    columns: {
      kind: 'target（量化目标）或 measure（措施）',
      ref: '目标编号（同 targets.csv 的 id）或措施编号',
      status:
        '目标：met 达到、partly-met 部分达到、not-met 未达到、no-comparable-figure 无可比数据（由构建按两个数值计算）；措施：evidence-of-action 有实施证据；两者均可为 no-evidence-found 未找到公开证据',
      figure: '来源中的实际数值（仅目标）',
      unit: '实际数值的单位',
      period: '实际数值所属期间',
      comparability: '可比性说明（编辑撰写）：与目标口径的差别',
      action: '措施：来源显示已发生的实施行动（编辑概括）',
      source_url: '来源网页地址（所读取的公开网页存档）',
      source_publisher: '来源网页的发布者；转载时另列原发布机构（source_original_publisher）',
      source_original_publisher: '转载时数据或事实的原发布机构',
      source_published: '来源发布日期',
      source_title: '来源标题',
      quote: '来源原文中含该数值或事实的最短引文',
      queries: '未找到证据时所用的检索词（以 | 分隔）',
      checked: '本条最近一次核查的日期',
      page: '本站展示该条的页面',
    },
  },
  relief: {
    title: '惠企政策分类表',
    description: '对措施中惠企支持内容的编辑分类：支持类型、点名的行业与企业类型、依据句、可咨询单位。',
    columns: {
      id: '分类编号（编辑设定）',
      measure: '措施编号',
      measure_title: '措施标题',
      support: (f) => `支持类型编号：${f.supportTypes.join('、')}`,
      support_label: '支持类型的中文（编辑分类）',
      sentence: '依据句的序号（页面锚点 #sN）',
      source: '依据句在本站的完整网址（带句子锚点）',
      sentence_text: '依据句原文',
      quote: '依据句中表明支持的原文字句',
      amount: '原文写明的金额，否则为空',
      recipient: '受益对象不是申请企业本身时，原文中的受益对象（如 人力资源服务产业园），否则为空',
      industries: '原文点名的行业编号，以“|”分隔；为空表示原文未限定行业',
      industry_labels: '行业的中文',
      firms: (f) => `原文点名的企业类型编号（${f.firmTypes.join('、')}），以“|”分隔`,
      firm_labels: '企业类型的中文',
      directness: 'direct 直接惠企、channel 经金融机构等落实、framework 政策框架或培育（编辑判断）',
      directness_label: '直接程度的中文',
      contacts: '可咨询的单位编号（该措施的牵头与负责单位），以“|”分隔',
      contact_names: '可咨询的单位名称',
      note: '编辑说明',
    },
  },
};
