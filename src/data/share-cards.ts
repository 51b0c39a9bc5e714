/**
 * Renders the share cards (1200×630 PNG): satori lays the card out as SVG with Noto Sans SC
 * (@fontsource, OFL) loaded only in the unicode-range chunks the cards' text needs; resvg draws it.
 * Build-time only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ReactElement } from 'react';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import {
  CARD,
  ICON_MARK,
  cardChars,
  cardTree,
  chunksFor,
  iconTree,
  cardTexts,
  type CardNode,
  type CardText,
} from '../lib/publishing/share-card';
import { DICTIONARIES } from '../lib/i18n/dict';
import { editionPlan } from './edition';

const { zh, en } = DICTIONARIES;

/** The site's name (the web app manifest's name, the Chinese cards' footer). */
export const SITE_NAME = zh.share.footer;

/** The web app manifest's icon sizes (/icons/N.png). */
export const ICON_SIZES = [192, 512] as const;

/** Every card of both editions, keyed by file stem ('measure-14', 'en/measure-14'). */
export async function allCardTexts(): Promise<Map<string, CardText>> {
  const [zhPlan, enPlan] = await Promise.all([editionPlan('zh'), editionPlan('en')]);
  return new Map([...cardTexts(zhPlan, 'zh', zh.share), ...cardTexts(enPlan, 'en', en.share)]);
}

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: SatoriFont[] | undefined;

/** The font chunks every card needs (one list for all, so satori parses the fonts once). */
function loadFonts(allText: string): SatoriFont[] {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
  const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const { chunks, missing } = chunksFor(allText, ranges);
  if (missing.length)
    throw new Error(`share cards: Noto Sans SC has no glyph for ${missing.map((c) => `"${c}"`).join(' ')}`);
  // one family name per chunk: satori falls back along the font-family list, not among same-named fonts
  return chunks.flatMap((key) =>
    ([400, 700] as const).map((weight) => ({
      name: `Noto Sans SC ${key}`,
      data: readFileSync(join(dir, 'files', `noto-sans-sc-${key.replace(/^\[(\d+)\]$/u, '$1')}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
}

/** A tree as SVG, its text drawn as paths (satori): it looks the same without any font on the reader's system. */
function renderSvg(
  tree: (family: string) => CardNode,
  size: { width: number; height: number },
  all: Iterable<CardText>,
) {
  fonts ??= loadFonts([...all].map(cardChars).join('') + ICON_MARK);
  const family = [...new Set(fonts.map((f) => f.name))].join(', ');
  // satori reads a plain { type, props } tree; its types want a React element, which adds only a key
  const element: ReactElement = { ...tree(family), key: null };
  return satori(element, { ...size, fonts });
}

async function render(
  tree: (family: string) => CardNode,
  size: { width: number; height: number },
  all: Iterable<CardText>,
) {
  const svg = await renderSvg(tree, size, all);
  return new Uint8Array(
    new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng(),
  );
}

/** One card as PNG bytes. `all` is every card of the build (for the shared font subset). */
export function renderCard(card: CardText, all: Iterable<CardText>): Promise<Uint8Array<ArrayBuffer>> {
  return render((family) => cardTree(card, family), CARD, all);
}

/** The square app icon as PNG bytes (a maskable icon: the mark sits well inside the safe zone). */
export function renderIcon(size: number, all: Iterable<CardText>): Promise<Uint8Array<ArrayBuffer>> {
  return render((family) => iconTree(size, family), { width: size, height: size }, all);
}

/**
 * The favicon as SVG: the mark on a disc, its character drawn as a path, so a browser lays out no text (and looks up
 * no CJK font) to draw it on each page.
 */
export function renderFaviconSvg(all: Iterable<CardText>): Promise<string> {
  const size = 64;
  return renderSvg((family) => iconTree(size, family, { round: true }), { width: size, height: size }, all);
}
