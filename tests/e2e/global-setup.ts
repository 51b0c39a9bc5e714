import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, ROOT } from './harness';

/** Fails early, with instructions, when there is no browser or no built site. */
export default function setup() {
  findChromium();
  if (!existsSync(join(ROOT, 'dist/index.html'))) {
    throw new Error('No built site in dist/. Run `npm run build` first (npm test does it for you).');
  }
}
