/** The Chinese dictionary: one section per area, each typed by its Chinese section (../zh/). */
export { document } from './document';
export { layout } from './layout';
export { nav } from './nav';
export { offline } from './offline';
export { outcome } from './outcome';
export { searchBox } from './search-box';
export { downloads } from './downloads';
export { data } from './data';
export { measuresJson } from './measures-json';
export { share } from './share';
export { notFound } from './not-found';
export { reading } from './reading';
export { measure } from './measure';
