import { z } from 'astro/zod';

/** The document itself (content/document.yaml): one entry. Text fields carry the published wording. */
export const documentSchema = z.object({
  /** Masthead line at the very top: 山西省人民政府办公厅文件. */
  header: z.string().min(1),
  /** Document number as printed: 晋政办发〔2022〕35号. */
  number: z.string().min(1),
  /** Title of the covering notice (通知). */
  noticeTitle: z.string().min(1),
  /** Addressees of the notice, with their closing colon. */
  recipients: z.string().min(1),
  /** Body of the notice. */
  notice: z.string().min(1),
  /** Issuing office, as signed under the notice. */
  issuer: z.string().min(1),
  /** Signing date (printed as 2022年4月14日). */
  signed: z.coerce.date(),
  /** Publication status line: （此件公开发布）. */
  publication: z.string().min(1),
  /** Title of the plan itself. */
  title: z.string().min(1),
  /** The plan's own preamble, before part 一. */
  preamble: z.string().min(1),
  /** The 抄送 block, one string per printed line. */
  copyTo: z.array(z.string().min(1)).min(1),
  /** Office that printed the document. */
  printedBy: z.string().min(1),
  /** Printing date (printed as 2022年4月16日印发). */
  printed: z.coerce.date(),
  /**
   * Where the document is officially published online, first the one to cite. Only addresses a
   * stored copy of the page confirms (title, document number, date); never guessed.
   */
  officialSources: z
    .array(
      z.object({
        /** The page's address as published. */
        url: z.url(),
        /** The website, named as its owner names it: 山西省商务厅网站. */
        site: z.string().min(1),
        /** The page's 发布日期 (YYYY-MM-DD). */
        published: z.coerce.date(),
        /**
         * What the page is: `issuer`, the issuing office's own publication; `republication`, the text as another
         * official site republished it (the page's date is that site's, not the document's).
         */
        role: z.enum(['issuer', 'republication']),
      }),
    )
    .default([]),
});
