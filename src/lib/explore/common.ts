/** Shared vocabulary of the explorer: role order, symbols and part colours. Declared once. */
import type { Agency, Plan, Role } from '../model/model';

/** Strongest first: an agency that leads and is responsible (measure 61) is drawn as lead. */
export const ROLE_ORDER: readonly Role[] = ['lead', 'responsible', 'cooperate'];

/** Letter and shape per role, so a role reads without colour. */
export const ROLE_MARKS: Record<Role, { symbol: string; letter: string; label: string }> = {
  lead: { symbol: '●', letter: '牵', label: '牵头' },
  responsible: { symbol: '◆', letter: '负', label: '负责' },
  cooperate: { symbol: '○', letter: '配', label: '配合' },
};

/**
 * One colour per part that has measures (二…七): the custom properties --c-part-N of global.css, which
 * switch with the theme (contrast checked in both by tests/unit/theme.test.ts); the light value is the
 * fallback for an SVG opened on its own.
 */
export const PART_COLORS: Record<number, string> = {
  2: 'var(--c-part-2, #1f5f9e)',
  3: 'var(--c-part-3, #8a4b08)',
  4: 'var(--c-part-4, #2e6b30)',
  5: 'var(--c-part-5, #7a3b8f)',
  6: 'var(--c-part-6, #9b1c4b)',
  7: 'var(--c-part-7, #3f4a55)',
};
export const partColor = (partNumber: number): string => PART_COLORS[partNumber] ?? PART_COLORS[7]!;

export type RoleCounts = Record<Role, number>;
export const zeroCounts = (): RoleCounts => ({ lead: 0, responsible: 0, cooperate: 0 });

/** The strongest role among several (lead > responsible > cooperate). */
export function primaryRole(roles: readonly Role[]): Role {
  return ROLE_ORDER.find((r) => roles.includes(r)) ?? 'cooperate';
}

/** Load of an agency: distinct measures, then lead, then responsible, then the order of agencies.yaml. */
export function byLoad(plan: Plan): (a: Agency, b: Agency) => number {
  const index = new Map(plan.agencies.map((a, i) => [a.id, i]));
  return (a, b) =>
    b.measureNumbers.length - a.measureNumbers.length ||
    b.roles.lead.length - a.roles.lead.length ||
    b.roles.responsible.length - a.roles.responsible.length ||
    index.get(a.id)! - index.get(b.id)!;
}

/** The roles one agency holds in one measure (usually one; 牵头负责 gives two). */
export function rolesIn(plan: Plan, agencyId: string, measureNumber: number): Role[] {
  const m = plan.measureByNumber.get(measureNumber);
  if (!m) return [];
  return ROLE_ORDER.filter((r) => m.agencies.some((a) => a.id === agencyId && a.role === r));
}
