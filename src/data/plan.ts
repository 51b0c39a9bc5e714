/**
 * The one place that reads the content collections. Pages import getPlan(); it validates the
 * whole plan once per build and fails the build with a ContentError naming file and field.
 */
import { getCollection } from 'astro:content';
import { buildPlan, type Plan, type PlanInput } from '../lib/model';
import { withBase } from '../lib/paths';

let cached: Promise<Plan> | undefined;

async function load(): Promise<Plan> {
  const [document, parts, sectors, taskForces, agencies, measures, corrections] = await Promise.all([
    getCollection('document'),
    getCollection('parts'),
    getCollection('sectors'),
    getCollection('taskForces'),
    getCollection('agencies'),
    getCollection('measures'),
    getCollection('corrections'),
  ]);
  return buildPlan({ document, parts, sectors, taskForces, agencies, measures, corrections } as unknown as PlanInput);
}

export function getPlan(): Promise<Plan> {
  cached ??= load();
  return cached;
}

/** A root-relative path with the configured base (import.meta.env.BASE_URL). */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
