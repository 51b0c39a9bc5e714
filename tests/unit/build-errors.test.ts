/**
 * A malformed content file fails the real Astro build with the file and the field named, whatever the
 * content cache holds. One scratch project (packages linked, caches its own) is built once, successfully;
 * copies of it (LANES, two at a time on the two-core machines) then take the cases: each breaks one file,
 * runs Astro, and puts the file back.
 *
 * Syntax and schema errors are the content layer's: `astro sync` runs the same loaders over the same cache
 * as `astro build` (with a loader that only logs the error, both exit 0 and keep the cached entries), at a
 * fraction of the cost. Cross-file checks (an unknown agency, a translation that drops a number) run when the
 * pages are built, so those cases run `astro build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runAstro as astro, scratchProject, type RunResult } from '../helpers/astro';

const LANES = 2;
const lanes: string[] = [];
const free: string[] = [];
const waiting: (() => void)[] = [];

/** Breaks `file` with `edit` in a free copy of the warm project, runs `astro <command>`, puts the file back. */
async function broken(command: 'build' | 'sync', file: string, edit: (text: string) => string): Promise<RunResult> {
  while (free.length === 0) await new Promise<void>((ok) => waiting.push(ok));
  const dir = free.pop()!;
  const target = join(dir, file);
  const before = readFileSync(target, 'utf8');
  try {
    const after = edit(before);
    if (after === before) throw new Error(`the edit must change ${file}`);
    writeFileSync(target, after);
    return await astro([command], dir, {}, 300_000);
  } finally {
    writeFileSync(target, before);
    free.push(dir);
    waiting.shift()?.();
  }
}

// the broken scratch builds must not write into the real project's content cache (a later real build
// would otherwise start from a data store holding the broken entries)
const store = join(ROOT, 'node_modules/.astro/data-store.json');
const stamp = () => (existsSync(store) ? `${statSync(store).mtimeMs}:${statSync(store).size}` : 'none');
let realStore = '';

beforeAll(async () => {
  realStore = stamp();
  const warm = scratchProject();
  lanes.push(warm);
  const built = await astro(['build'], warm, {}, 300_000);
  expect(built.status, built.output).toBe(0);
  expect(existsSync(join(warm, 'node_modules/.astro/data-store.json')), 'the warm build left a content cache').toBe(
    true,
  );
  for (let i = 1; i < LANES; i++) {
    const copy = scratchProject();
    cpSync(join(warm, 'node_modules/.astro'), join(copy, 'node_modules/.astro'), { recursive: true });
    lanes.push(copy);
  }
  free.push(...lanes);
}, 300_000);
afterAll(() => {
  for (const dir of lanes) rmSync(dir, { recursive: true, force: true });
  expect(stamp(), `${store} was changed by a scratch build`).toBe(realStore);
});

describe.concurrent('the build refuses malformed content', () => {
  it('an unknown agency id fails `astro build`, naming file and field', async ({ expect }) => {
    const r = await broken('build', 'content/measures/14.md', (t) => t.replace('agency: postal', 'agency: posts'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/measures/14.md → agencies[0].agency: unknown agency "posts"');
  }, 300_000);

  it('an English sentence that drops a number of the Chinese fails `astro build`, naming file and field', async ({
    expect,
  }) => {
    const r = await broken('build', 'content/translations/en/measures/20.yaml', (t) =>
      t.replace(/15 key fields/u, 'fifteen key fields'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      'content/translations/en/measures/20.yaml → sentences[0]: lacks the number 15 of the Chinese',
    );
  }, 300_000);

  it('a field of the wrong type fails the content sync, naming entry and field', async ({ expect }) => {
    const r = await broken('sync', 'content/measures/30.md', (t) => t.replace('number: 30', 'number: thirty'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/measures → 30/);
    expect(r.output).toMatch(/number/);
  }, 300_000);
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
  ['pages', 'content/pages/en/about.md', inFrontMatter],
];

describe.concurrent('a malformed content file fails the build even with a warm content cache', () => {
  it('covers every collection of src/content.config.ts', ({ expect }) => {
    const config = readFileSync(join(ROOT, 'src/content.config.ts'), 'utf8');
    const declared = [...config.matchAll(/^ {2}(\w+): defineCollection/gmu)].map((m) => m[1]);
    expect(BROKEN.map(([collection]) => collection).sort()).toEqual(declared.sort());
  });

  it.for(BROKEN)(
    'a syntax error in the %s collection (%s) fails the content sync after a successful build, naming the file',
    { timeout: 300_000 },
    async ([, file, edit], { expect }) => {
      const r = await broken('sync', file, edit);
      expect(r.status, r.output).not.toBe(0);
      expect(r.output).toContain(file.replace(/^content\//u, ''));
    },
  );
});
