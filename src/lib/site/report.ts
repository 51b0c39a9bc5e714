/**
 * Where readers report an error or a better source: a deployment setting (REPORT_URL), like SITE_URL, because
 * the address belongs to whoever runs the site (an issue tracker, a form, a mailbox). Pure.
 */
export interface ReportSetting {
  /** The address readers are sent to; undefined when the deployment set none. */
  url?: string;
  /** A loud message for the build log when the setting is missing or unusable. */
  warning?: string;
}

const LINE = '!'.repeat(78);

/** Reads REPORT_URL: an http(s) address or a mailto: address; anything else is refused with a warning. */
export function reportFromEnv(env: Record<string, string | undefined>): ReportSetting {
  const raw = env.REPORT_URL?.trim();
  const warn = (why: string) => [LINE, `!! WARNING: ${why}`, ...HOW, LINE].join('\n');
  if (!raw)
    return { warning: warn('REPORT_URL is not set: pages that ask readers to report an error give no address.') };
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return { warning: warn(`REPORT_URL "${raw}" is not an address: it is ignored.`) };
  }
  if (!['http:', 'https:', 'mailto:'].includes(parsed.protocol))
    return { warning: warn(`REPORT_URL "${raw}" is not an http(s) or mailto: address: it is ignored.`) };
  return { url: parsed.href };
}

const HOW = [
  '!! Set where readers report errors and better sources (an issue tracker, a form or a mailbox), e.g.:',
  '!!   REPORT_URL=https://github.com/your-org/plan-explorer/issues/new npm run build',
];
