import { stripWhitespace } from './text';

export interface ReplaceCorrection {
  kind: 'replace';
  from: string;
  to: string;
}
export type Correction = ReplaceCorrection | { kind: 'whitespace' };

/** Applies the documented corrections to text as extracted. */
export function applyCorrections(text: string, corrections: readonly Correction[]): string {
  let out = stripWhitespace(text);
  for (const c of corrections) if (c.kind === 'replace') out = out.split(c.from).join(c.to);
  return out;
}

/** Undoes the documented corrections, giving back the text as extracted (whitespace aside). */
export function undoCorrections(text: string, corrections: readonly Correction[]): string {
  let out = stripWhitespace(text);
  for (const c of corrections) if (c.kind === 'replace') out = out.split(c.to).join(c.from);
  return out;
}

export interface Difference {
  index: number;
  expected: string;
  actual: string;
}

/** The first position where two strings differ, with context around it; null if they are equal. */
export function firstDifference(expected: string, actual: string, context = 20): Difference | null {
  if (expected === actual) return null;
  const a = Array.from(expected);
  const b = Array.from(actual);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - context);
  return {
    index: i,
    expected: a.slice(from, i + context).join(''),
    actual: b.slice(from, i + context).join(''),
  };
}
