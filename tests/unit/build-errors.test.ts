/**
 * A malformed content file fails the real Astro build with the file and the field named.
 * Each case copies content/ into a scratch project (packages linked, caches its own) and breaks one file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runAstro as astro, scratchProject } from '../helpers/astro';

async function runAstro(command: 'build' | 'sync', file: string, edit: (text: string) => string) {
  const dir = scratchProject();
  try {
    const target = join(dir, file);
    const before = readFileSync(target, 'utf8');
    const after = edit(before);
    expect(after, 'the edit must change the file').not.toBe(before);
    writeFileSync(target, after);
    return await astro([command], dir, {}, 120_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the build refuses malformed content', () => {
  // the broken scratch builds must not write into the real project's content cache (a later real build
  // would otherwise start from a data store holding the broken entries)
  const store = join(ROOT, 'node_modules/.astro/data-store.json');
  const stamp = () => (existsSync(store) ? `${statSync(store).mtimeMs}:${statSync(store).size}` : 'none');
  let before = '';
  beforeAll(() => {
    before = stamp();
  });
  afterAll(() => {
    expect(stamp(), `${store} was changed by a scratch build`).toBe(before);
  });

  it('an unknown agency id fails `astro build`, naming file and field', async () => {
    const r = await runAstro('build', 'content/measures/14.md', (t) => t.replace('agency: postal', 'agency: posts'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/measures/14.md → agencies[0].agency: unknown agency "posts"');
  }, 120_000);

  it('an English sentence that drops a number of the Chinese fails `astro build`, naming file and field', async () => {
    const r = await runAstro('build', 'content/translations/en/measures/20.yaml', (t) =>
      t.replace(/15 key fields/u, 'fifteen key fields'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      'content/translations/en/measures/20.yaml → sentences[0]: lacks the number 15 of the Chinese',
    );
  }, 120_000);

  it('a field of the wrong type fails the content sync, naming entry and field', async () => {
    const r = await runAstro('sync', 'content/measures/30.md', (t) => t.replace('number: 30', 'number: thirty'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/measures → 30/);
    expect(r.output).toMatch(/number/);
  }, 120_000);
});

/**
 * One content file per collection, each broken with a YAML syntax error (an unclosed flow sequence). A
 * warm content cache (node_modules/.astro of an earlier successful build) must not let any of them through:
 * Astro's own file() loader only logs a parse error and the build would publish the cached entries.
 */
const SYNTAX_ERROR = 'broken: [unclosed';
const inFrontMatter = (t: string) => t.replace(/^---\n/u, `---\n${SYNTAX_ERROR}\n`);
const appended = (t: string) => `${t}\n${SYNTAX_ERROR}\n`;
const BROKEN: [collection: string, file: string, edit: (text: string) => string][] = [
  ['document', 'content/document.yaml', appended],
  ['parts', 'content/parts.yaml', appended],
  ['sectors', 'content/sectors.yaml', appended],
  ['taskForces', 'content/task-forces.yaml', appended],
  ['agencies', 'content/agencies.yaml', appended],
  ['measures', 'content/measures/14.md', inFrontMatter],
  ['corrections', 'content/corrections.yaml', appended],
  ['relief', 'content/relief.yaml', appended],
  ['targets', 'content/targets.yaml', appended],
  ['nonTargets', 'content/non-targets.yaml', appended],
  ['glossary', 'content/glossary.yaml', appended],
  ['enDocument', 'content/translations/en/document.yaml', appended],
  ['enMeasures', 'content/translations/en/measures/20.yaml', appended],
  ['reliefReview', 'content/relief-review.yaml', appended],
  ['outcomes', 'content/outcomes.yaml', appended],
  ['citedDocuments', 'content/documents.yaml', appended],
];

describe('a malformed content file fails the build even with a warm content cache', () => {
  let dir = '';
  beforeAll(async () => {
    dir = scratchProject();
    const warm = await astro(['build'], dir, {}, 300_000);
    expect(warm.status, warm.output).toBe(0);
    expect(existsSync(join(dir, 'node_modules/.astro/data-store.json')), 'the warm build left a content cache').toBe(
      true,
    );
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('covers every collection of src/content.config.ts', () => {
    const config = readFileSync(join(ROOT, 'src/content.config.ts'), 'utf8');
    const declared = [...config.matchAll(/^ {2}(\w+): defineCollection/gmu)].map((m) => m[1]);
    expect(BROKEN.map(([collection]) => collection).sort()).toEqual(declared.sort());
  });

  it.each(BROKEN)(
    'a syntax error in the %s collection (%s) fails `astro build`, naming the file',
    async (_, file, edit) => {
      const target = join(dir, file);
      const before = readFileSync(target, 'utf8');
      writeFileSync(target, edit(before));
      try {
        const r = await astro(['build'], dir, {}, 300_000);
        expect(r.status, r.output).not.toBe(0);
        expect(r.output).toContain(file.replace(/^content\//u, ''));
      } finally {
        writeFileSync(target, before);
      }
    },
    300_000,
  );
});
