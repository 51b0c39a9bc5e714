/**
 * npm run deploy:check -- https://example.org/plan-explorer/
 * Fetches a deployed site (the home page, a hashed asset it loads, a missing page) and compares each
 * response's headers with the policy in src/lib/build/headers.ts. Exits 1 and lists the differences when
 * anything is missing or different. The base is the URL's path.
 */
import { compareHeaders } from '../src/lib/build/headers';

const arg = process.argv.slice(2).find((a) => a !== '--');
if (!arg) {
  console.error('usage: npm run deploy:check -- https://your.site/[base/]');
  process.exit(2);
}
const home = new URL(arg.endsWith('/') ? arg : `${arg}/`);
const base = home.pathname;
let failures = 0;

async function check(url: URL, wantStatus: number): Promise<string> {
  const res = await fetch(url, { redirect: 'manual' }).catch((e: Error) => {
    console.error(`cannot reach ${url.href}: ${(e.cause as Error | undefined)?.message ?? e.message}`);
    process.exit(2);
  });
  const problems = compareHeaders(url.pathname, base, (n) => res.headers.get(n));
  if (res.status !== wantStatus)
    problems.unshift({ name: 'status', expected: String(wantStatus), actual: String(res.status) });
  failures += problems.length;
  console.log(`${problems.length ? '✗' : '✓'} ${res.status} ${url.href}`);
  for (const p of problems)
    console.log(
      `    ${p.name}: expected ${p.expected}\n    ${' '.repeat(p.name.length)}  got      ${p.actual ?? '(missing)'}`,
    );
  return res.status === 200 ? await res.text() : '';
}

const html = await check(home, 200);
const asset = html.match(/(?:href|src)="([^"]*\/_astro\/[^"]+)"/u)?.[1];
if (asset) await check(new URL(asset, home), 200);
else {
  console.log(`✗ no /_astro/ asset found on ${home.href}`);
  failures++;
}
await check(new URL(`no-such-page-${Date.now()}/`, home), 404);
console.log(
  failures
    ? `\n${failures} difference(s) from src/lib/build/headers.ts`
    : '\nevery header matches src/lib/build/headers.ts',
);
process.exit(failures ? 1 : 0);
