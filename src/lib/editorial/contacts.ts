/**
 * Whom a reader can ask about a measure. Nothing here is invented: the hotline is the national
 * government service number, the bodies come from the measure's responsibility parenthesis, and a
 * website only where content/agencies.yaml records one confirmed from a stored copy of the site.
 */
import type { MeasureAgency } from '../model/model';

/** The government service hotline, reachable from anywhere in the province. */
export const HOTLINE = { number: '12345', name: '12345政务服务便民热线' } as const;

/** The body to ask first about a measure: its 牵头 body, else its first 负责 body (else none). */
export function askFirst(agencies: readonly MeasureAgency[]): MeasureAgency | undefined {
  return agencies.find((a) => a.role === 'lead') ?? agencies.find((a) => a.role === 'responsible');
}

/** The host of a website address, as a reader would type it: http://swt.shanxi.gov.cn/ → swt.shanxi.gov.cn. */
export function siteHost(url: string): string {
  return new URL(url).host;
}
