import { z } from 'astro/zod';

/**
 * English translation of one measure (content/translations/en/measures/NN.yaml). Derived; the Chinese is
 * authoritative. Sentence-aligned: `title` is sentence 1 (#s1) and `sentences[i]` is sentence i + 2.
 */
export const measureTranslationSchema = z.object({
  /** The measure's number, 1…66; must match the file name. */
  number: z.number().int().min(1),
  /** English of the title sentence, without a final full stop. */
  title: z.string().min(1),
  /** English of each Chinese body sentence, in order: exactly one per sentence. */
  sentences: z.array(z.string()),
  /** English of the responsibility parenthesis, with agency names as in content/glossary.yaml. */
  responsibility: z.string().min(1),
  /**
   * Translator's notes: a Chinese term of the measure (copied exactly from its sentence) and what the rendering
   * of it means or leaves open. Shown under the English measure; derived, like the translation.
   */
  notes: z
    .array(
      z.object({
        /** The sentence (1 = title, 2… the body), as the anchors #s1, #s2… */
        sentence: z.number().int().min(1),
        /** The Chinese term, exactly as it stands in that sentence. */
        term: z.string().min(1),
        /** The note, in English (Chinese only inside <span lang="zh-CN">…</span>). */
        note: z.string().min(1),
      }),
    )
    .default([]),
});

/** English of the notice, preamble, part texts and 抄送 block (content/translations/en/document.yaml). */
export const documentTranslationSchema = z.object({
  /** The addressees line of the notice. */
  recipients: z.string().min(1),
  /** The notice body, one entry per Chinese sentence. */
  notice: z.array(z.string()),
  /** The preamble, one entry per Chinese sentence. */
  preamble: z.array(z.string()),
  /** Part texts by part id: paragraphs, each one entry per Chinese sentence. */
  partTexts: z.record(z.string(), z.array(z.array(z.string()))).default({}),
  /** The 抄送 block, one entry per printed line. */
  copyTo: z.array(z.string()),
});
