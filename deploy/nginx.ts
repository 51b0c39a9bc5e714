/**
 * npm run deploy:nginx — writes deploy/nginx.conf from src/lib/build/headers.ts (the committed file is
 * for a site at a domain root, files in /var/www/plan-explorer). For another layout, print one:
 *   npm run deploy:nginx -- --base /plan-explorer/ --root /srv/www --listen 8080 --stdout
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { nginxConf } from '../src/lib/build/headers';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    root: { type: 'string' },
    listen: { type: 'string' },
    'server-name': { type: 'string' },
    stdout: { type: 'boolean', default: false },
  },
});
const conf = nginxConf({
  base: values.base,
  root: values.root,
  listen: values.listen,
  serverName: values['server-name'],
});
if (values.stdout) process.stdout.write(conf);
else {
  const out = new URL('./nginx.conf', import.meta.url);
  writeFileSync(out, conf);
  console.log(`wrote ${out.pathname}`);
}
