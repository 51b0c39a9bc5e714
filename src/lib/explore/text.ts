/**
 * The explorer's words reach the island as plain strings (its props are serialised into the page); `fill` puts the
 * numbers and names into them: fill('第{n}条', { n: 3 }) → '第3条'. A placeholder without a value stays visible.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (all, key: string) => (key in values ? String(values[key]) : all));
}
