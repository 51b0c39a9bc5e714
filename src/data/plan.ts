/**
 * The one place that reads the content collections. Pages import getPlan(); it validates the
 * whole plan once per build and fails the build with a ContentError naming file and field.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildPlan, type Plan } from '../lib/model/model';
import { buildDerived, type Derived } from '../lib/editorial/derived';
import { assertNumbersAccounted } from '../lib/editorial/numbers';
import { explorerData } from '../lib/explore/data';
import { buildOutcomes, type Outcome } from '../lib/editorial/outcomes';
import { citedDocuments, type CitedDocument } from '../lib/model/documents';
import { buildEdition, type Edition } from '../lib/i18n/edition';

let cached: Promise<Plan> | undefined;

/** A collection's entries in the order of its file (see `ordered()` in src/content.config.ts). */
async function inFileOrder<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(name)) as CollectionEntry<C>[];
  const at = (e: CollectionEntry<C>) => (e.data as { position?: number }).position ?? 0;
  return [...entries].sort((a, b) => at(a) - at(b));
}

async function load(): Promise<Plan> {
  const [document, parts, sectors, taskForces, agencies, measures, corrections] = await Promise.all([
    getCollection('document'),
    inFileOrder('parts'),
    inFileOrder('sectors'),
    inFileOrder('taskForces'),
    inFileOrder('agencies'),
    getCollection('measures'),
    inFileOrder('corrections'),
  ]);
  return buildPlan({ document, parts, sectors, taskForces, agencies, measures, corrections });
}

export function getPlan(): Promise<Plan> {
  cached ??= load();
  return cached;
}

let derived: Promise<Derived> | undefined;

async function loadDerived(): Promise<Derived> {
  const [plan, relief, targets, nonTargets, reliefReview] = await Promise.all([
    getPlan(),
    inFileOrder('relief'),
    inFileOrder('targets'),
    inFileOrder('nonTargets'),
    inFileOrder('reliefReview'),
  ]);
  const d = buildDerived(plan, { relief, targets, nonTargets, reliefReview });
  assertNumbersAccounted(plan, d);
  return d;
}

/** Relief classifications, targets and non-targets (editorial), validated against the text. */
export function getDerived(): Promise<Derived> {
  derived ??= loadDerived();
  return derived;
}

let explorerJson: Promise<string> | undefined;

/** The explorer island's data (layout, labels, partners) as JSON, computed once per build. */
export function getExplorerJson(): Promise<string> {
  explorerJson ??= getPlan().then((plan) => JSON.stringify(explorerData(plan)));
  return explorerJson;
}

let edition: Promise<Edition> | undefined;

async function loadEdition(): Promise<Edition> {
  const [plan, glossary, document, measures] = await Promise.all([
    getPlan(),
    getCollection('glossary'),
    getCollection('enDocument'),
    getCollection('enMeasures'),
  ]);
  return buildEdition(plan, { glossary, document, measures });
}

/** The English edition (glossary and translations), checked against the plan; fails the build naming file and field. */
export function getEdition(): Promise<Edition> {
  edition ??= loadEdition();
  return edition;
}

let outcomes: Promise<Outcome[]> | undefined;

/** What became of every target and measure (content/outcomes.yaml), target statuses computed; fails the build naming file and record. */
export function getOutcomes(): Promise<Outcome[]> {
  outcomes ??= Promise.all([getPlan(), getDerived(), inFileOrder('outcomes')]).then(([plan, derived, entries]) =>
    buildOutcomes(plan, derived.targets, entries),
  );
  return outcomes;
}

let documents: Promise<CitedDocument[]> | undefined;

/** The documents the plan cites by title (content/documents.yaml), checked against the text. */
export function getDocuments(): Promise<CitedDocument[]> {
  documents ??= Promise.all([getPlan(), inFileOrder('citedDocuments')]).then(([plan, entries]) =>
    citedDocuments(plan, entries),
  );
  return documents;
}
