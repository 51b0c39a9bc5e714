/**
 * Every built page is valid HTML: the Nu HTML Checker (the W3C validator, shipped by the npm package
 * vnu-jar) finds no error in dist/. The pages are shared between two Java processes checking at once (the
 * machines have two cores), each checking its half in one run. Java is Debian's default-jre-headless
 * (`.ci/run` installs it when missing), or $JAVA_PATH.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { findExecutable, ROOT } from './harness';

const DIST = join(ROOT, 'dist');
const VNU_JAR = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');
const PROCESSES = 2;

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Runs the checker on `files` without blocking the test worker: its exit status and its report (stderr). */
function vnu(java: string, files: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((ok, fail) => {
    const child = spawn(java, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (status) => ok({ status, stdout, stderr }));
  });
}

describe('valid HTML', () => {
  it('the Nu HTML Checker finds no error in any page of dist/', async () => {
    const java = findExecutable(
      'JAVA_PATH',
      ['/usr/bin/java'],
      "No Java found for the HTML checker. Install Debian's: `sudo apt-get install -y default-jre-headless` " +
        '(or set JAVA_PATH). `bash .ci/run` installs it.',
    );
    const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(DIST, f));
    expect(pages).toContain(join(DIST, 'index.html'));
    expect(pages).toContain(join(DIST, 'en/index.html'));
    const shares = Array.from({ length: PROCESSES }, (_, i) => pages.filter((_, j) => j % PROCESSES === i));
    const runs = await Promise.all(shares.map((files) => vnu(java, files)));
    // vnu writes its JSON report to stderr and exits 1 when it found errors
    const errors = runs
      .flatMap((r) => (JSON.parse(r.stderr || '{"messages":[]}') as { messages: VnuMessage[] }).messages)
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => {
        const file = m.url ? relative(DIST, new URL(m.url).pathname) : '?';
        return `${file}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.trim().slice(0, 160)}` : ''}`;
      });
    expect(errors.join('\n'), `${errors.length} errors`).toBe('');
    for (const r of runs) expect(r.status, r.stdout).toBe(0);
  }, 300_000);
});
