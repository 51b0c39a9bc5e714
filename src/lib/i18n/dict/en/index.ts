/** The English dictionary: one section per area, each typed by its Chinese section (../zh/). */
export { document } from './document';
export { home } from './home';
export { layout } from './layout';
export { nav } from './nav';
export { offline } from './offline';
export { outcome } from './outcome';
export { searchBox } from './search-box';
export { searchPage } from './search-page';
