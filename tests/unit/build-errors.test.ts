/**
 * A malformed content file fails the real Astro build with the file and the field named.
 * Each case copies content/ into a scratch project (sharing node_modules/) and breaks one file.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/content';

/** Runs a command without blocking the test worker (a blocking spawnSync starves vitest's RPC on a busy machine). */
function run(args: string[], cwd: string, timeout: number): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

async function runAstro(command: 'build' | 'sync', file: string, edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-explorer-'));
  try {
    for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, f), join(dir, f));
    for (const d of ['src', 'public', 'content']) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const target = join(dir, file);
    const before = readFileSync(target, 'utf8');
    const after = edit(before);
    expect(after, 'the edit must change the file').not.toBe(before);
    writeFileSync(target, after);
    return await run([join(ROOT, 'node_modules/astro/astro.js'), command], dir, 120_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the build refuses malformed content', () => {
  it('an unknown agency id fails `astro build`, naming file and field', async () => {
    const r = await runAstro('build', 'content/measures/14.md', (t) => t.replace('agency: postal', 'agency: posts'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/measures/14.md → agencies[0].agency: unknown agency "posts"');
  }, 120_000);

  it('a field of the wrong type fails the content sync, naming entry and field', async () => {
    const r = await runAstro('sync', 'content/measures/30.md', (t) => t.replace('number: 30', 'number: thirty'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/measures → 30/);
    expect(r.output).toMatch(/number/);
  }, 120_000);
});
