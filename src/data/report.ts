/** The report address of this build (REPORT_URL, read once; src/lib/site/report.ts). */
import { reportFromEnv } from '../lib/site/report';

export const REPORT = reportFromEnv(process.env);
