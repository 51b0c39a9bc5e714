/**
 * Serves a built site through Debian's nginx with the repository's configuration (deploy/nginx.conf,
 * generated from src/lib/build/headers.ts), as the current user, on a free loopback port; pid, temp and
 * log files in a temp folder. `.ci/run` installs nginx when it is missing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { nginxConf } from '../../src/lib/build/headers';
import { findExecutable, ROOT, type Site } from './harness';

/** The nginx to run: $NGINX_PATH, else Debian's. Fails with instructions when there is none. */
export function findNginx(): string {
  return findExecutable(
    'NGINX_PATH',
    ['/usr/sbin/nginx', '/usr/bin/nginx'],
    "No nginx found for the web-server tests. Install Debian's: `sudo apt-get install -y nginx` " +
      '(or set NGINX_PATH). `bash .ci/run` installs it.',
  );
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? ok(a.port) : fail(new Error('no port'))));
    });
  });
}

/** The repository's server block with its placeholders (listen, root) set for this run. */
function repositoryConf(root: string, listen: string): string {
  const conf = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const out = conf.replace(/^ {2}listen .*;$/mu, `  listen ${listen};`).replace(/^ {2}root .*;$/mu, `  root ${root};`);
  if (!out.includes(`listen ${listen};`) || !out.includes(`root ${root};`)) {
    throw new Error('deploy/nginx.conf has no `listen` or `root` line to point at the test site');
  }
  return out;
}

/**
 * Starts nginx for `dist` under `base`: at the root with deploy/nginx.conf as committed; under a
 * sub-path with the configuration the same module writes for that base (npm run deploy:nginx -- --base).
 */
export async function serveWithNginx(dist: string, base = '/'): Promise<Site> {
  const nginx = findNginx();
  const dir = mkdtempSync(join(tmpdir(), 'plan-explorer-nginx-'));
  const port = await freePort();
  const listen = `127.0.0.1:${port}`;
  let server: string;
  if (base === '/') server = repositoryConf(dist, listen);
  else {
    // the files of a sub-path site sit in root + base
    const root = join(dir, 'www');
    const link = join(root, base.replace(/\/$/u, ''));
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(dist, link);
    server = nginxConf({ base, root, listen });
  }
  const user = userInfo();
  writeFileSync(join(dir, 'server.conf'), server);
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      // as root, nginx would hand its workers to `nobody`; keep them with the user running the tests
      ...(user.uid === 0 ? [`user ${user.username};`] : []),
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${dir}/access.log;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
      `  include ${dir}/server.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const origin = `http://${listen}`;
  const log = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '') + stderr;
  // wait until it answers (or has exited)
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(origin);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not answer on ${origin}:\n${log()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    origin,
    url: `${origin}${base}`,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGQUIT'); // graceful shutdown of master and worker
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
