/**
 * Every built page is valid HTML: the Nu HTML Checker (the W3C validator, shipped by the npm package
 * vnu-jar) finds no error in dist/. One Java process checks all files. Java is Debian's
 * default-jre-headless (`.ci/run` installs it when missing), or $JAVA_PATH.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { findExecutable, ROOT } from './harness';

const DIST = join(ROOT, 'dist');
const VNU_JAR = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('valid HTML', () => {
  it('the Nu HTML Checker finds no error in any page of dist/', () => {
    const java = findExecutable(
      'JAVA_PATH',
      ['/usr/bin/java'],
      "No Java found for the HTML checker. Install Debian's: `sudo apt-get install -y default-jre-headless` " +
        '(or set JAVA_PATH). `bash .ci/run` installs it.',
    );
    const r = spawnSync(java, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', DIST], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    // vnu writes its JSON report to stderr and exits 1 when it found errors
    const report = JSON.parse(r.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => {
        const file = m.url ? relative(DIST, new URL(m.url).pathname) : '?';
        return `${file}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.trim().slice(0, 160)}` : ''}`;
      });
    expect(errors.join('\n'), `${errors.length} errors`).toBe('');
    expect(r.status, r.stdout).toBe(0);
  });
});
