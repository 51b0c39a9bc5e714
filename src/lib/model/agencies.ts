/** Agency listings: kinds in Chinese and the load each body carries. */
import type { AgencyKind } from '../../schemas/agency';
import type { Agency, Plan, Role } from './model';

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  'provincial-department': '省政府组成部门及直属机构',
  'central-branch': '中央驻晋单位',
  'central-enterprise': '中央企业（所属企业）',
  cooperative: '供销合作社（合作经济组织）',
  'public-institution': '事业单位',
  'zone-administration': '开发区管理机构',
  'party-office': '党委工作机关',
  'leading-group': '议事协调机构',
  'city-governments': '各市人民政府',
};

export interface AgencyLoad {
  agency: Agency;
  lead: number;
  responsible: number;
  cooperate: number;
  /** Distinct measures the body is named in. */
  total: number;
}

/** Every agency with its counts by role, most measures first (ties: most lead, then plan order). */
export function agencyLoads(plan: Plan): AgencyLoad[] {
  return plan.agencies
    .map((agency, i) => ({
      i,
      agency,
      lead: agency.roles.lead.length,
      responsible: agency.roles.responsible.length,
      cooperate: agency.roles.cooperate.length,
      total: agency.measureNumbers.length,
    }))
    .sort((a, b) => b.total - a.total || b.lead - a.lead || a.i - b.i)
    .map(({ i: _i, ...rest }) => rest);
}

/** An agency's measures grouped by role, in the order 牵头, 负责, 配合, empty groups left out. */
export function measuresByRole(agency: Agency): { role: Role; numbers: number[] }[] {
  return (['lead', 'responsible', 'cooperate'] as const)
    .map((role) => ({ role, numbers: agency.roles[role] }))
    .filter((g) => g.numbers.length > 0);
}

/**
 * How the plan writes a body's name, with the measures that use each spelling (in plan order of
 * spellings). Where a body has several (成员单位 in 62, 有关成员单位 in 58, 65, 66) the difference stays visible.
 */
export function spellingsOf(plan: Plan, agency: Agency): { name: string; numbers: number[] }[] {
  return [agency.name, ...agency.aliases]
    .map((name) => ({
      name,
      numbers: agency.measureNumbers.filter((n) =>
        plan.measureByNumber.get(n)!.agencies.some((x) => x.id === agency.id && x.name === name),
      ),
    }))
    .filter((s) => s.numbers.length > 0);
}
