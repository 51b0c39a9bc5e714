/** A count with its noun in English: count(1, 'measure', 'measures') → '1 measure', count(3, …) → '3 measures'. */
export const count = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;
