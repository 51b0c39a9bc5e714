/** The Chinese dictionary: one section per area, each typed by its Chinese section (../zh/). */
export { data } from './data';
export { document } from './document';
export { downloads } from './downloads';
export { explore } from './explore';
export { explorePages } from './explore-pages';
export { home } from './home';
export { layout } from './layout';
export { measure } from './measure';
export { measuresJson } from './measures-json';
export { nav } from './nav';
export { notFound } from './not-found';
export { offline } from './offline';
export { outcome } from './outcome';
export { reading } from './reading';
export { searchBox } from './search-box';
export { searchPage } from './search-page';
export { share } from './share';
