/**
 * The one place that reads the content collections. Pages import getPlan(); it validates the
 * whole plan once per build and fails the build with a ContentError naming file and field.
 */
import { getCollection } from 'astro:content';
import { buildPlan, type Plan, type PlanInput } from '../lib/model';
import { withBase } from '../lib/paths';
import { buildDerived, type Derived, type DerivedInput } from '../lib/derived';
import { assertNumbersAccounted } from '../lib/numbers';

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

let derived: Promise<Derived> | undefined;

async function loadDerived(): Promise<Derived> {
  const [plan, relief, targets, nonTargets] = await Promise.all([
    getPlan(),
    getCollection('relief'),
    getCollection('targets'),
    getCollection('nonTargets'),
  ]);
  const d = buildDerived(plan, { relief, targets, nonTargets } as unknown as DerivedInput);
  assertNumbersAccounted(plan, d);
  return d;
}

/** Relief classifications, targets and non-targets (editorial), validated against the text. */
export function getDerived(): Promise<Derived> {
  derived ??= loadDerived();
  return derived;
}

/** A root-relative path with the configured base (import.meta.env.BASE_URL). */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
