/**
 * UI strings live only in the dictionaries (src/lib/i18n/dict): no .astro or .tsx file under src/ writes a Chinese or
 * English UI word as a literal — text between tags, a read attribute (aria-label, title, placeholder, alt, label…)
 * or a string holding Chinese characters in code (tests/helpers/ui-literals.ts says what counts). Plan text and
 * names come from the content, so they are never literals.
 *
 * ALLOWLIST: files not converted yet, each with the number of literals it may still hold, so none can grow; a file
 * that holds fewer must lower its number (or leave the list), so the list only shrinks.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { astroLiterals, isUiWords, tsxLiterals, type Literal } from '../helpers/ui-literals';

const ALLOWLIST: Record<string, number> = {
  // every .astro and .tsx file under src/ is converted: none may write a UI literal
};

const literalsOf = (file: string): Literal[] => {
  const source = readFileSync(file, 'utf8');
  return file.endsWith('.astro') ? astroLiterals(source) : tsxLiterals(source, file);
};

describe('finding UI literals', () => {
  it('reports text, read attributes and Chinese strings in code of an .astro file, with their lines', () => {
    const fixture = [
      '---',
      'const { lang } = Astro.props;',
      "const label = lang === 'en' ? 'Part' : '部分';",
      '---',
      '<nav aria-label="Sections" class="nav" data-kind="x">',
      '  <p>Read the plan</p>',
      '  <span>{label}</span> · 12',
      '  <a href="/data/measures.csv">measures.csv</a>',
      '  <code>npm run build</code>',
      '</nav>',
      '<style>.nav::after { content: "更多"; }</style>',
    ].join('\n');
    expect(astroLiterals(fixture)).toEqual([
      { line: 3, text: "'部分'" },
      { line: 5, text: 'aria-label="Sections"' },
      { line: 6, text: 'Read the plan' },
    ]);
  });
  it('reports the same in a .tsx file', () => {
    const fixture = [
      'export const A = ({ n }: { n: number }) => (',
      '  <div title="详情" className="a">',
      '    {`第${n}条`} <button aria-label="Zoom in">+</button> · {n}',
      '  </div>',
      ');',
    ].join('\n');
    expect(tsxLiterals(fixture)).toEqual([
      { line: 2, text: 'title="详情"' },
      { line: 3, text: '`第`' },
      { line: 3, text: '`条`' },
      { line: 3, text: 'aria-label="Zoom in"' },
    ]);
  });
  it('passes a converted file: words from the dictionary, names from the content', () => {
    const fixture = [
      '---',
      'const { t, link } = Astro.locals.edition;',
      '---',
      '<h1 class="title">{t.home.heading(plan.title)}</h1>',
      '<a href={link("/search/")} aria-label={t.searchBox.form}>{t.searchBox.label}</a> · (12)',
    ].join('\n');
    expect(astroLiterals(fixture)).toEqual([]);
  });
  it('counts Chinese characters and English words as UI words, not punctuation, numbers or file names', () => {
    expect(['措施', 'Search', '。', ' · ', '(12)', 'outcomes.csv', '#s2', '2022'].map(isUiWords)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('UI strings live only in the dictionaries', () => {
  const files = [...globSync('src/**/*.astro'), ...globSync('src/**/*.tsx')].sort();
  const found = new Map(files.map((f) => [f, literalsOf(f)]));

  it('no file outside the allowlist writes a UI literal', () => {
    const offenders = files
      .filter((f) => !(f in ALLOWLIST) && found.get(f)!.length)
      .flatMap((f) => found.get(f)!.map((l) => `${f}:${l.line}: ${l.text}`));
    expect(offenders, 'move these words to src/lib/i18n/dict/{zh,en}/').toEqual([]);
  });
  it('no allowlisted file holds more literals than allowed, and the allowances only shrink', () => {
    const wrong = Object.entries(ALLOWLIST)
      .map(([f, allowed]) => ({ f, allowed, now: found.get(f)?.length ?? 0 }))
      .filter(({ allowed, now }) => now !== allowed)
      .map(({ f, allowed, now }) =>
        now > allowed
          ? `${f}: ${now} literals, ${allowed} allowed: ${found
              .get(f)!
              .slice(0, 5)
              .map((l) => `${l.line}: ${l.text}`)
              .join(' | ')}`
          : `${f}: ${now} literals now, lower its allowance from ${allowed} (0: remove it)`,
      );
    expect(wrong).toEqual([]);
  });
});
