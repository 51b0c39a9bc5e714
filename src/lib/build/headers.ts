/**
 * The one source of the site's HTTP response headers: security policy and caching. The build writes
 * them as `dist/_headers` (Netlify, Cloudflare Pages), `deploy/nginx.conf` is generated from here
 * (`npm run deploy:nginx`), the pages carry the meta-deliverable part of the policy for hosts that
 * cannot set headers (GitHub Pages), and the browser tests' server sends the same headers. Pure.
 */

/** The Content Security Policy, one directive per entry. No 'unsafe-inline', no 'unsafe-eval'. */
export const CSP: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'", 'data:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
  ['upgrade-insecure-requests'],
  // DOM XSS sinks (innerHTML, script.src, eval…) refuse plain strings; the site never uses them
  ['require-trusted-types-for', "'script'"],
];

/** Directives a <meta http-equiv> policy cannot carry (CSP3 §3.3: browsers ignore them there). */
const NOT_IN_META = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The policy as a header value. */
export function contentSecurityPolicy(): string {
  return CSP.map((d) => d.join(' ')).join('; ');
}

/** The part of the policy a `<meta http-equiv="Content-Security-Policy">` can carry. */
export function metaContentSecurityPolicy(): string {
  return CSP.filter(([name]) => !NOT_IN_META.has(name))
    .map((d) => d.join(' '))
    .join('; ');
}

/** Browser features the site never uses, denied to it and to anything it could embed. */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** Headers sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': DENIED_FEATURES.map((f) => `${f}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * HSTS is the deployer's choice, not a default: once a browser has seen it, the domain (and with
 * includeSubDomains every subdomain) is unreachable over plain HTTP for two years.
 */
export const HSTS_OPT_IN = { name: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' } as const;

export const CACHE = {
  /** Files whose name changes when their content does: keep them a year, never revalidate. */
  immutable: 'public, max-age=31536000, immutable',
  /** Everything else (HTML, feeds, downloads, the service worker): may be stored, checked on every use. */
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/**
 * Folders (relative to the base) that hold only content-addressed files: Astro's hashed bundles and
 * the search index files named after their content.
 */
export const IMMUTABLE_DIRS = ['_astro/', 'search-data/'] as const;

const slashBase = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** Cache-Control for a request path (with the base, as the browser asks for it). */
export function cacheControl(pathname: string, base = '/'): string {
  const b = slashBase(base);
  return IMMUTABLE_DIRS.some((d) => pathname.startsWith(b + d)) ? CACHE.immutable : CACHE.revalidate;
}

/** Every header a response for `pathname` carries. */
export function headersFor(pathname: string, base = '/'): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Cache-Control': cacheControl(pathname, base) };
}

/**
 * `_headers` for Netlify and Cloudflare Pages. Both join the values of a header set by several
 * matching rules, so Cache-Control is set by exactly one rule per path: the immutable folders here,
 * everything else by the hosts' own default (`public, max-age=0, must-revalidate` on both).
 */
export function netlifyHeaders(base = '/'): string {
  const b = slashBase(base);
  const block = (path: string, h: Record<string, string>) =>
    `${path}\n${Object.entries(h)
      .map(([k, v]) => `  ${k}: ${v}\n`)
      .join('')}`;
  return [
    '# Written by the build from src/lib/build/headers.ts; edit that file, not this one.',
    block(`${b}*`, SECURITY_HEADERS),
    ...IMMUTABLE_DIRS.map((d) => block(`${b}${d}*`, { 'Cache-Control': CACHE.immutable })),
  ].join('\n');
}

export interface NginxOptions {
  /** Astro's base ('/' or '/sub/'). */
  base?: string;
  /** The folder holding the contents of dist/. */
  root?: string;
  /** The `listen` parameter. */
  listen?: string;
  serverName?: string;
}

/** Types nginx compresses on the fly (text/html always is). */
export const GZIP_TYPES = [
  'text/css',
  'text/javascript',
  'application/javascript',
  'application/json',
  'application/manifest+json',
  'application/xml',
  'image/svg+xml',
  'text/plain',
  'text/csv',
] as const;

const nginxQuote = (v: string) => `"${v.replace(/["\\]/gu, (c) => `\\${c}`)}"`;

/**
 * An nginx `server` block for the built site: the headers above (with `always`, so 404s carry them
 * too), caching, the 404 pages (the English one under en/), directory URLs with a trailing slash (nginx answers 301 from the bare
 * form, as Astro's directory build expects), gzip. The contents of dist/ go in `root` + `base`
 * (for BASE_PATH=/sub/: in /var/www/plan-explorer/sub/).
 */
export function nginxConf({
  base = '/',
  root = '/var/www/plan-explorer',
  listen = '80',
  serverName = '_',
}: NginxOptions = {}): string {
  const b = slashBase(base);
  const headers = (cache: string, indent: string) =>
    Object.entries({ ...SECURITY_HEADERS, 'Cache-Control': cache })
      .map(([k, v]) => `${indent}add_header ${k} ${nginxQuote(v)} always;\n`)
      .join('');
  // add_header in a location replaces the server's, so every location repeats the full set
  const location = (match: string, cache: string, extra = '') =>
    `  location ${match} {\n${extra}${headers(cache, '    ')}  }\n`;
  return (
    `# Generated from src/lib/build/headers.ts (npm run deploy:nginx); edit that file, not this one.\n` +
    `# The contents of dist/ go in ${root}${b === '/' ? '' : b.slice(0, -1)}; the site answers under ${b}.\n` +
    `# HSTS is the deployer's opt-in, once the domain is served over HTTPS only: add\n` +
    `#   add_header ${HSTS_OPT_IN.name} ${nginxQuote(HSTS_OPT_IN.value)} always;\n` +
    `# next to every add_header block below.\n` +
    `server {\n` +
    `  listen ${listen};\n` +
    `  server_name ${serverName};\n` +
    `  root ${root};\n` +
    `  index index.html;\n` +
    `  charset utf-8;\n` +
    `  charset_types text/css text/plain text/csv text/xml application/json application/javascript text/javascript application/manifest+json;\n` +
    `  server_tokens off;\n` +
    `  # a folder asked for without its slash gets a 301 to it, relative to the request's own host\n` +
    `  absolute_redirect off;\n` +
    `  gzip on;\n  gzip_vary on;\n  gzip_min_length 256;\n  gzip_types ${GZIP_TYPES.join(' ')};\n` +
    `  error_page 404 ${b}404.html;\n` +
    headers(CACHE.revalidate, '  ') +
    location(b, CACHE.revalidate) +
    // a missing address of the English edition gets the English 404 page
    location(`${b}en/`, CACHE.revalidate, `    error_page 404 ${b}en/404.html;\n`) +
    IMMUTABLE_DIRS.map((d) => location(`${b}${d}`, CACHE.immutable)).join('') +
    // Debian's mime.types has no .webmanifest
    location(`= ${b}manifest.webmanifest`, CACHE.revalidate, '    default_type application/manifest+json;\n') +
    `}\n`
  );
}

/** A header that differs from the policy: `actual` is null when the header is missing. */
export interface HeaderMismatch {
  name: string;
  expected: string;
  actual: string | null;
}

/** Compares a response's headers (any case) with what headersFor(pathname, base) says it must carry. */
export function compareHeaders(
  pathname: string,
  base: string,
  actual: (name: string) => string | null,
): HeaderMismatch[] {
  return Object.entries(headersFor(pathname, base))
    .map(([name, expected]) => ({ name, expected, actual: actual(name) }))
    .filter((h) => h.actual !== h.expected);
}
