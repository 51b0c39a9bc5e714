// Runs before `npm start`, `npm run build` and `npm test`: says which Node runs the project, and stops
// with instructions when it is older than the project needs (package.json `engines`).
// `npm ci` installs Node 24 from the npm registry (the `node` devDependency) at node_modules/.bin/node,
// and npm puts that folder first on PATH for its scripts, so the machine's own Node may be older.
import { readFileSync } from 'node:fs';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const want = /(\d+)\.(\d+)\.(\d+)/u.exec(engines.node).slice(1).map(Number);
const have = process.versions.node.split('.').map(Number);
// the first part that differs decides: 20.20.2 < 22.19.0 < 24.21.0
const diff = want.map((w, i) => have[i] - w).find((d) => d !== 0) ?? 0;

if (diff < 0) {
  console.error(
    `Node ${process.version} (${process.execPath}) is older than this project needs (${engines.node}).\n` +
      'Run `npm ci` first: it installs a supported Node into node_modules/.bin, which npm scripts use.',
  );
  process.exit(1);
}
console.log(`Node ${process.version} (${process.execPath})`);
