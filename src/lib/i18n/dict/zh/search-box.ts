/** The header search box's words in Chinese. */
export interface SearchBoxText {
  form: string;
  label: string;
  placeholder: string;
  results: string;
  partialHeading: string;
  partial: string;
  more: string;
  keys: string;
  loading: string;
  failed: string;
}

export const searchBox: SearchBoxText = {
  form: '站内检索',
  label: '检索措施',
  placeholder: '检索措施',
  results: '检索结果',
  partialHeading: '只匹配到：',
  partial: '部分匹配的结果',
  more: '在检索页查看全部结果',
  keys: '检索措施（按 / 键）',
  loading: '正在加载检索……',
  failed: '检索暂时无法加载，请打开检索页重试。',
};
