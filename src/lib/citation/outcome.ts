/**
 * Citations of an outcome's evidence: they cite the source, not this site; this site's page is named only as the
 * place where the evidence was compiled. GB/T 7714-2015 electronic resource form: 主要责任者. 题名[EB/OL].
 * (发表日期)[引用日期]. 访问路径. For a reprint the body that produced the figure follows. Pure; runs anywhere.
 */
export interface OutcomeCiteSource {
  url: string;
  publisher: string;
  original_publisher?: string;
  published: string;
  title: string;
}

export function outcomeCitation(
  source: OutcomeCiteSource,
  compiledAt: string,
  accessed: string,
  lang: 'zh' | 'en' = 'zh',
): string {
  const cited = `${source.publisher}. ${source.title}[EB/OL]. (${source.published})[${accessed}]. ${source.url}.`;
  const original = source.original_publisher
    ? lang === 'en'
      ? ` Original source: ${source.original_publisher}.`
      : `（原发布机构：${source.original_publisher}）`
    : '';
  return `${cited}${original}${lang === 'en' ? ` Compiled at: ${compiledAt}` : ` 整理自：${compiledAt}`}`;
}
