/**
 * Running the real Astro CLI from tests and benches: where its binary is, the environment a child build
 * needs, a non-blocking runner, and scratch copies of the project that cannot touch the real one's caches.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The astro CLI entry, read from the installed package's `bin` (it moved between majors). */
export const ASTRO_BIN = (() => {
  const pkgFile = createRequire(join(ROOT, 'package.json')).resolve('astro/package.json');
  const { bin } = createRequire(import.meta.url)(pkgFile) as { bin: string | Record<string, string> };
  return join(dirname(pkgFile), typeof bin === 'string' ? bin : bin.astro!);
})();

/**
 * The environment for a child `astro build`: vitest puts Vite's own variables (BASE_URL, MODE, DEV,
 * PROD, SSR, NODE_ENV=test) into process.env, and Astro would take BASE_URL=/ from there over `base`.
 */
export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/u.test(k)) delete env[k];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

export interface RunResult {
  status: number | null;
  output: string;
}

/**
 * Runs `node <args>` without blocking the test worker (a blocking spawnSync starves vitest's RPC on a
 * busy two-core machine); stdout and stderr are collected together.
 */
export function runNode(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {},
): Promise<RunResult> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: opts.cwd ?? ROOT,
      env: opts.env ?? buildEnv(),
      timeout: opts.timeout,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (status) => ok({ status, output }));
  });
}

/** Runs an astro command (`build`, `sync`, …) in a project folder. */
export function runAstro(
  args: string[],
  cwd = ROOT,
  env: NodeJS.ProcessEnv = {},
  timeout = 180_000,
): Promise<RunResult> {
  return runNode([ASTRO_BIN, ...args], { cwd, env: buildEnv(env), timeout });
}

/**
 * Runs `astro build` through Astro's JavaScript API, for a build whose content cache (the data store Astro keeps in
 * `cacheDir`, node_modules/.astro by default) must stay apart from the project's: a build with another base or
 * outDir would find the project's cache written under another configuration, clear it and leave its own there.
 */
export function buildWithCache(
  { outDir, cacheDir }: { outDir: string; cacheDir: string },
  env: NodeJS.ProcessEnv = {},
  timeout = 180_000,
): Promise<RunResult> {
  const config = JSON.stringify({ root: ROOT, outDir, cacheDir });
  const script = `import { build } from 'astro';\nawait build(${config});`;
  return runNode(['--input-type=module', '--eval', script], { cwd: ROOT, env: buildEnv(env), timeout });
}

/** Caches that live in node_modules and that a scratch build must never share with the real project. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * A scratch copy of the project: config, src/, public/ (if any) and content/ copied; each installed package linked
 * one by one, so the scratch build gets node_modules/.astro and .vite of its own and a deliberately broken
 * build never writes into the real project's data store.
 */
export function scratchProject(prefix = 'plan-explorer-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, f), join(dir, f));
  for (const d of ['src', 'public', 'content'])
    if (existsSync(join(ROOT, d))) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}
