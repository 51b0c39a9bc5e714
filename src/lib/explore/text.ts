/**
 * The explorer's words reach the island as plain strings (its props are serialised into the page); `fill` puts the
 * numbers and names into them: fill('第{n}条', { n: 3 }) → '第3条'. A placeholder without a value stays visible.
 * A count's noun follows the count where a language needs it: '{n} {n|measure|measures}' gives '1 measure' and
 * '3 measures' (the first form for exactly 1, the second otherwise).
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/gu,
    (all, key: string, one?: string, other?: string) => {
      if (!(key in values)) return all;
      if (one === undefined) return String(values[key]);
      return Number(values[key]) === 1 ? one : other!;
    },
  );
}
