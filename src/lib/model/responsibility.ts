import type { Role } from '../../schemas/measure';

/** The role words of the plan and what they assign. 牵头负责 is both lead and responsible. */
const ROLE_WORDS: ReadonlyArray<readonly [string, readonly Role[]]> = [
  ['牵头负责', ['lead', 'responsible']],
  ['牵头', ['lead']],
  ['负责', ['responsible']],
  ['配合', ['cooperate']],
];

/** Chinese wording of each role, for badges and tables. */
export const ROLE_LABELS: Record<Role, string> = { lead: '牵头', responsible: '负责', cooperate: '配合' };

export interface NamedRole {
  /** The agency's name as written in the parenthesis. */
  name: string;
  role: Role;
}

export class ResponsibilityParseError extends Error {}

/**
 * Parses a measure's responsibility parenthesis into agencies and roles, in source order.
 * Groups are separated by ，; names within a group by 、. A group's closing role word applies to
 * its own names and to those of earlier groups that had none:
 * （A、B负责） · （A牵头，B、C配合） · （A、B牵头，C、D负责） · （A，各市人民政府负责） · （A牵头负责）.
 */
export function parseResponsibility(parenthesis: string): NamedRole[] {
  const m = /^（(.+)）$/u.exec(parenthesis.trim());
  if (!m) throw new ResponsibilityParseError(`not a parenthesis: "${parenthesis}"`);
  const out: NamedRole[] = [];
  let pending: string[] = [];
  for (const group of m[1]!.split('，')) {
    const word = ROLE_WORDS.find(([w]) => group.endsWith(w));
    const names = (word ? group.slice(0, -word[0].length) : group).split('、');
    if (names.some((n) => n.trim() === '')) {
      throw new ResponsibilityParseError(`empty agency name in "${parenthesis}"`);
    }
    pending.push(...names);
    if (word) {
      for (const name of pending) for (const role of word[1]) out.push({ name, role });
      pending = [];
    }
  }
  if (pending.length) {
    throw new ResponsibilityParseError(`no role word (牵头/负责/配合) for ${pending.join('、')} in "${parenthesis}"`);
  }
  return out;
}
