/**
 * One BASE_PATH=/sub/ build for every suite that needs the site under a sub-path (tests/e2e/crawl.test.ts,
 * tests/e2e/nginx.test.ts): built once into the temp folder, keyed by the files the build reads, and reused
 * until one of them changes. Earlier builds of other trees are removed when a new one is made.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runAstro } from './astro';

export const SUB_BASE = '/sub/';
const PREFIX = 'plan-explorer-sub-';
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
  if (existsSync(join(out, 'index.html'))) return out;
  for (const old of readdirSync(tmpdir()).filter((n) => n.startsWith(PREFIX)))
    rmSync(join(tmpdir(), old), { recursive: true, force: true });
  const part = `${out}.part`;
  const build = await runAstro(['build', '--outDir', part], ROOT, { BASE_PATH: SUB_BASE });
  if (build.status !== 0) throw new Error(`astro build under ${SUB_BASE} failed:\n${build.output}`);
  renameSync(part, out);
  return out;
}
