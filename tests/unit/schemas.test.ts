/** Schemas describe data and depend on nothing in src/lib (src/lib may import from them). */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../../src/schemas');

describe('schemas', () => {
  it('import nothing from src/lib', () => {
    const offending = readdirSync(DIR)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        [...readFileSync(join(DIR, f), 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/gu)].map((m) => `${f}: ${m[1]}`),
      )
      .filter((line) => /\/lib\//u.test(line) || /: \.\.\/lib/u.test(line));
    expect(offending).toEqual([]);
  });

  it('the relief vocabulary lives with the schemas', () => {
    expect(readdirSync(DIR)).toContain('relief-vocab.ts');
  });
});
