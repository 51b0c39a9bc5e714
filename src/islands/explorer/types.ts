import type { ExploreText } from '../../lib/i18n/dict/zh/explore';
import type { Index, Touched, Visible } from '../../lib/explore/linked';
import type { Action, ExploreState } from '../../lib/explore/state';

/** What every view gets: the data index, the shared state and its dispatch, and what the state marks. */
export interface ViewProps {
  ix: Index;
  state: ExploreState;
  dispatch: (a: Action) => void;
  visible: Visible;
  touched: Touched;
  /** False while rendered on the server (and before hydration): nodes are plain links then. */
  live: boolean;
  base: string;
  /** The edition's words (the dictionary's explore section). */
  t: ExploreText;
}
