/**
 * One BASE_PATH=/sub/ build for every suite that needs the site under a sub-path (tests/e2e/crawl.test.ts,
 * tests/e2e/nginx.test.ts): built once into the temp folder, keyed by the files the build reads, and reused
 * until one of them changes. Earlier builds of this checkout's other trees are removed when a new one is made.
 * Two suites running at once share one build: the first takes a lock folder and builds, the other awaits it.
 * The build keeps a content cache of its own (removed afterwards): it never clears or rewrites the project's
 * (node_modules/.astro), which the next `npm run build` reads.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWithCache, ROOT } from './astro';

export const SUB_BASE = '/sub/';
// per checkout: two clones on one machine never remove each other's build
const PREFIX = `plan-explorer-sub-${createHash('sha1').update(ROOT).digest('hex').slice(0, 8)}-`;
const LOCK_STALE_MS = 10 * 60_000;
const INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json', 'scripts'];

/** A key for the tree the build reads: every input file's path, size and modification time. */
function treeKey(): string {
  const hash = createHash('sha1').update(SUB_BASE);
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
    else hash.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
  };
  for (const input of INPUTS) walk(join(ROOT, input));
  return hash.digest('hex').slice(0, 16);
}

/** The folder of the site built under /sub/ from the current tree (built on the first call). */
export async function subPathBuild(): Promise<string> {
  const out = join(tmpdir(), `${PREFIX}${treeKey()}`);
  const lock = `${out}.lock`;
  const cache = `${out}.cache`;
  for (;;) {
    if (existsSync(join(out, 'index.html'))) return out;
    try {
      mkdirSync(lock);
      break;
    } catch {
      // another suite is building this tree: await its result (or take over a lock left by a killed run)
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { recursive: true });
      else await new Promise((ok) => setTimeout(ok, 500));
    }
  }
  try {
    for (const old of readdirSync(tmpdir()).filter((n) => n.startsWith(PREFIX) && !n.endsWith('.lock')))
      rmSync(join(tmpdir(), old), { recursive: true, force: true });
    const part = `${out}.part`;
    const build = await buildWithCache({ outDir: part, cacheDir: cache }, { BASE_PATH: SUB_BASE }, 280_000);
    if (build.status !== 0) throw new Error(`astro build under ${SUB_BASE} failed:\n${build.output}`);
    renameSync(part, out);
    return out;
  } finally {
    rmSync(cache, { recursive: true, force: true });
    rmSync(lock, { recursive: true, force: true });
  }
}
