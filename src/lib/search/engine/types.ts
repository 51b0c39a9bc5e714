/**
 * The static search index: built once at build time (src/lib/search/indexer/build.ts), served as JSON
 * (/search-index.json) and read by the browser engine (src/lib/search/engine/engine.ts). Short keys keep it small.
 */
export interface IndexMeasure {
  /** Measure number. */
  n: number;
  /** Sentences as published: s[0] is the title sentence (anchor #s1), then the body sentences;
   *  the last entry is the responsibility parenthesis (shown after the last sentence, no anchor of its own). */
  s: string[];
  /** Word segmentation of each sentence (Intl.Segmenter, build time): word lengths in base 36, one char per word. */
  w: string[];
  /** Index into `parts`. */
  p: number;
  /** Index into `sectors`, or -1. */
  c: number;
  /** Index into `taskForces`, or -1. */
  f: number;
  /** Indexes into `agencies`, with role: 0 lead/responsible, 1 cooperate. */
  a: [number, 0 | 1][];
  /** Text of the document outside the measures (./document): the passage's key (`notice`, `part-1`, `copy-to`,
   *  `part-2:heading`, `number`); then `n` is 0 and `s` holds its sentences (#sN) and an empty last entry. */
  d?: string;
  /** The passage's label as a result's title (通知, 一、总体要求, 抄送). */
  t?: string;
}

/** A passage of the document outside the measures, as shipped (./document; PlanText reads it as a measure with n 0). */
export interface IndexDoc {
  /** The passage's key (notice, part-1, copy-to, part-2:heading, number). */
  d: string;
  /** Its title in results; when absent, the part's label (`p`) or 通知. */
  t?: string;
  /** Sentences as published (#sN), then an empty last entry (no responsibility parenthesis). */
  s: string[];
  w: string[];
  /** Index into `parts`, for a part's text or heading. */
  p?: number;
}

export interface FacetValue {
  id: string;
  label: string;
}

export interface IndexAgency extends FacetValue {
  /** Every way the body is written: name, aliases, full name and short forms (省民政厅, 民政厅, 民政). */
  names: string[];
}

export interface SearchIndex {
  v: 1;
  measures: IndexMeasure[];
  /** The document's text outside the measures (./document), searched with them. */
  docs?: IndexDoc[];
  parts: FacetValue[];
  sectors: FacetValue[];
  taskForces: FacetValue[];
  agencies: IndexAgency[];
  /** Pinyin of every Han character in the plan, as read in context: "syllable:chars|…" (tones dropped, ü as v). */
  py: string;
  /** Editorial: everyday words → the plan's own wording (src/lib/search/indexer/synonyms.ts). */
  syn: [string, string[]][];
  /** Words of the English translation (four letters or more) that read as pinyin syllables (data, care, bank), space-separated: a query of only these is English. */
  en?: string;
}

/** Characters outside the plan: pinyin of common ones (GB 2312 level 1) for homophone slips, and traditional forms;
 *  fetched only when a query holds a character the plan does not use. */
export interface HomophoneTable {
  v: 1;
  /** "syllable:chars|…", only syllables the plan's characters have. */
  py: string;
  /** Traditional → simplified, limited to characters the plan uses: pairs of characters "體体電电…" (a traditional
   *  character is outside the plan, so a query holding one loads this table first). */
  t2s: string;
}
