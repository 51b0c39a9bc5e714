/**
 * A wrong editorial entry fails the real Astro build with the file and the entry named, like the
 * plan's own content (see build-errors.test.ts): here a relief classification anchored to the wrong sentence.
 */
import { expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAstro, scratchProject } from '../helpers/astro';

it('a relief entry whose quote is not in its sentence fails `astro build`, naming file and field', async () => {
  const dir = scratchProject('plan-explorer-relief-');
  try {
    const file = join(dir, 'content/relief.yaml');
    const before = readFileSync(file, 'utf8');
    // m04-renewal rests on sentence 3 (按正常续贷业务办理); point it at sentence 2
    const after = before.replace(/(id: m04-renewal\n(?: {2}.*\n)*? {2}sentence: )3/u, '$12');
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    const r = await runAstro(['build'], dir);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      'content/relief.yaml → m04-renewal.quote: "按正常续贷业务办理" does not occur in sentence 2',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
