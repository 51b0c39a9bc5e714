/** The real search index of the plan, built once for the search module tests. */
import { loadPlan } from '../../helpers/content';
import { buildSearchIndex } from '../../../src/lib/search/indexer/build';

export const plan = loadPlan();
export const index = buildSearchIndex(plan);
/** The position in the index of measure n. */
export const at = (n: number) => index.measures.findIndex((m) => m.n === n);
