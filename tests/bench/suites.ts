/** Further benchmark suites (search latency, explorer interactivity, …). Each prints its own table. */
import { exploreSuite } from './explore';
import { lighthouseSuite } from './lighthouse';
import { scaleSuite } from './scale';
import { searchSuite } from './search';

export interface BenchContext {
  root: string;
  dist: string;
}
export interface Suite {
  name: string;
  run(ctx: BenchContext): Promise<void>;
}

export const SUITES: Suite[] = [searchSuite, exploreSuite, scaleSuite, lighthouseSuite];
