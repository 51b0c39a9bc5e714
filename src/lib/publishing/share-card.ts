/**
 * Share cards (og:image): what each card says in each edition, the layout of a 1200×630 card as a satori element
 * tree, and which chunks of a unicode-range-split font a card's text needs. Pure; rendering is in
 * src/data/share-cards.ts.
 */
import type { Plan } from '../model/model';
import type { Lang } from '../i18n/i18n';
import type { ShareText } from '../i18n/dict/zh/share';

export const CARD = { width: 1200, height: 630 } as const;

/** What a card says. Every string is the plan's own words or a fact about it (number, name). */
export interface CardText {
  /** Small line above the title: '晋政办发〔2022〕35号 · 第14条'. */
  kicker: string;
  /** The big line: a measure's title, or the plan's name on the site card. */
  title: string;
  /** Under the title: the plan's name on a measure card, the issuer on the site card. */
  subtitle: string;
  /** Bottom line: the site's name. */
  footer: string;
}

/** A satori node (the shape satori reads, without React). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
}

const el = (style: Record<string, string | number>, children: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** A card's file stem in an edition: 'measure-14' (Chinese), 'en/measure-14' (English). File names stay stable. */
export const cardStem = (lang: Lang, stem: string): string => (lang === 'en' ? `en/${stem}` : stem);
/** A card's root-relative path: /share/measure-14.png, /share/en/measure-14.png. */
export const cardPath = (lang: Lang, stem: string): string => `/share/${cardStem(lang, stem)}.png`;

/** A measure page's card in its edition, with its text alternative (the document number, the measure, its title). */
export const measureCard = (lang: Lang, text: ShareText, docNumber: string, n: number, title: string) => ({
  path: cardPath(lang, `measure-${n}`),
  alt: text.measureAlt(docNumber, n, title),
});

/** The cards of one edition: one for the site, one per measure, keyed by file stem ('en/measure-14'). */
export function cardTexts(plan: Plan, lang: Lang, text: ShareText): Map<string, CardText> {
  const d = plan.document;
  const cards = new Map<string, CardText>([
    [
      cardStem(lang, 'site'),
      {
        kicker: d.number,
        title: text.siteTitle(d.title),
        subtitle: text.siteSubtitle(d.issuer, plan.measures.length),
        footer: text.footer,
      },
    ],
  ]);
  for (const m of plan.measures)
    cards.set(cardStem(lang, `measure-${m.number}`), {
      kicker: text.measureKicker(d.number, m.number),
      title: m.title,
      subtitle: text.measureSubtitle(d.title),
      footer: text.footer,
    });
  return cards;
}

/** How wide a text sets, in em: a Han character (or full-width sign) is 1, anything else about 0.55. */
export const textWidth = (s: string): number =>
  [...s].reduce((w, ch) => w + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch) ? 1 : 0.55), 0);

/**
 * Title size by width: a Chinese measure title (≤ 22 characters) on one or two lines, the plan's name on two, an
 * English title (up to ~115 characters) on at most four.
 */
export function titleSize(title: string): number {
  const w = textWidth(title);
  return w <= 13 ? 76 : w <= 30 ? 64 : w <= 44 ? 52 : 44;
}

/** The card's element tree (colours from src/styles/global.css) in the font family list `fontFamily`. */
export function cardTree(t: CardText, fontFamily: string): CardNode {
  const inner = CARD.width - 2 * 80;
  return el(
    {
      width: CARD.width,
      height: CARD.height,
      flexDirection: 'column',
      background: '#fdfcfa',
      color: '#1c1c1e',
      fontFamily,
    },
    [
      el({ width: CARD.width, height: 16, background: '#a3120f' }, []),
      el({ flexDirection: 'column', flexGrow: 1, width: inner, marginLeft: 80, marginTop: 56 }, [
        el({ fontSize: 32, color: '#a3120f', fontWeight: 700 }, t.kicker),
        el({ width: inner, fontSize: titleSize(t.title), fontWeight: 700, lineHeight: 1.25, marginTop: 28 }, t.title),
        el({ width: inner, fontSize: 32, color: '#4a4a4f', marginTop: 28, lineHeight: 1.4 }, t.subtitle),
      ]),
      el(
        {
          width: inner,
          marginLeft: 80,
          marginBottom: 48,
          paddingTop: 24,
          fontSize: 28,
          color: '#6b6b70',
          borderTop: '2px solid #e2ded6',
        },
        t.footer,
      ),
    ],
  );
}

/**
 * The site's mark, 晋 in white on the accent red: the app icons of the web app manifest (square, maskable) and the
 * favicon (`round`: a disc, src/pages/favicon.svg.ts).
 */
export const ICON_MARK = '晋';
export function iconTree(size: number, fontFamily: string, { round = false } = {}): CardNode {
  return el(
    {
      width: size,
      height: size,
      ...(round && { borderRadius: size / 2 }),
      alignItems: 'center',
      justifyContent: 'center',
      background: '#a3120f',
      color: '#fff',
      fontFamily,
    },
    [el({ fontSize: Math.round(size * 0.56), fontWeight: 700, lineHeight: 1 }, ICON_MARK)],
  );
}

/** Every character on a card. */
export const cardChars = (t: CardText): string => t.kicker + t.title + t.subtitle + t.footer;

/** Parses a CSS unicode-range ('U+4e00-4e3f,U+ff0c') into [from, to] code point pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const m = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/iu.exec(part);
    if (!m) throw new Error(`unicode-range: cannot read "${part}"`);
    const from = parseInt(m[1]!, 16);
    return [from, m[2] ? parseInt(m[2], 16) : from];
  });
}

/**
 * The chunks of a font split by unicode-range (name → range, as in @fontsource's unicode.json) that
 * hold the characters of `text`: only these are loaded, so a card's font is a subset of the glyphs used.
 * Characters no chunk covers are returned too, so the caller can fail rather than draw a blank box.
 */
export function chunksFor(text: string, chunks: Record<string, string>): { chunks: string[]; missing: string[] } {
  const parsed = Object.entries(chunks).map(([name, range]) => [name, parseUnicodeRange(range)] as const);
  const used = new Set<string>();
  const missing = new Set<string>();
  for (const ch of new Set(text)) {
    if (/\s/u.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    const hit = parsed.find(([, ranges]) => ranges.some(([a, b]) => cp >= a && cp <= b));
    if (hit) used.add(hit[0]);
    else missing.add(ch);
  }
  return { chunks: [...used].sort(), missing: [...missing] };
}
