/**
 * A wrong editorial entry fails the real Astro build with the file and the entry named, like the
 * plan's own content (see build-errors.test.ts): here a relief classification anchored to the wrong sentence.
 */
import { expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/content';

it('a relief entry whose quote is not in its sentence fails `astro build`, naming file and field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-explorer-relief-'));
  try {
    for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, f), join(dir, f));
    for (const d of ['src', 'public', 'content']) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
    // Link each package, but not node_modules/.astro (Astro's content cache): build-errors.test.ts may be
    // building another scratch copy at the same time, and a shared cache would mix the two.
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (name !== '.astro') symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
    }
    const file = join(dir, 'content/relief.yaml');
    const before = readFileSync(file, 'utf8');
    // m04-renewal rests on sentence 3 (按正常续贷业务办理); point it at sentence 2
    const after = before.replace(/(id: m04-renewal\n(?:  .*\n)*?  sentence: )3/u, '$12');
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 180_000,
    });
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}\n${r.stderr}`).toContain('content/relief.yaml → m04-renewal.quote: "按正常续贷业务办理" does not occur in sentence 2');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
