/** The collections hold the whole plan with the roles its text gives. Expectations are read off the source. */
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../helpers/content';
import { partLevelMeasures } from '../../src/lib/model/model';
import { AGENCY_KIND_LABELS, spellingsOf } from '../../src/lib/model/agencies';

const plan = loadPlan();
const rolesOf = (n: number) => plan.measureByNumber.get(n)!.agencies.map((a) => `${a.id}:${a.role}`);

describe('the plan in the collections', () => {
  it('has 7 parts, 14 sectors, 8 task forces, 66 measures and 36 agencies', () => {
    expect(plan.parts.map((p) => p.numeral).join('')).toBe('一二三四五六七');
    expect(plan.sectors).toHaveLength(14);
    expect(plan.taskForces.map((t) => t.name).sort()).toEqual(
      [
        '金融业专班',
        '交通运输专班',
        '科技服务专班',
        '信息服务专班',
        '商贸服务专班',
        '文旅体专班',
        '房地产业专班',
        '非营利性服务业专班',
      ].sort(),
    );
    expect(plan.measures.map((m) => m.number)).toEqual(Array.from({ length: 66 }, (_, i) => i + 1));
    expect(plan.agencies).toHaveLength(36);
  });

  it('puts measures in the right parts and sectors', () => {
    const partOf = (n: number) => plan.partById.get(plan.measureByNumber.get(n)!.partId)!.numeral;
    expect([1, 3, 4, 52, 53, 56, 57, 61, 62, 66].map(partOf)).toEqual([
      '二',
      '二',
      '三',
      '四',
      '五',
      '五',
      '六',
      '六',
      '七',
      '七',
    ]);
    expect(plan.measureByNumber.get(4)!.sectorId).toBe('finance');
    expect(plan.measureByNumber.get(50)!.sectorId).toBe('childcare');
    expect(plan.measureByNumber.get(1)!.sectorId).toBeUndefined();
  });

  it('knows which measures stand directly under a part heading (no sector heading between)', () => {
    const numbers = (part: string) => partLevelMeasures(plan, part).map((m) => m.number);
    expect(numbers('2')).toEqual([1, 2, 3]);
    expect(numbers('3')).toEqual([]); // part 三 opens with （一）现代金融
    expect(numbers('5')).toEqual([53, 54, 55, 56]);
    expect(numbers('7')).toEqual([62, 63, 64, 65, 66]);
    expect(numbers('no-such-part')).toEqual([]);
  });

  it('gives task forces from sector headings and from part 五', () => {
    expect(plan.measureByNumber.get(8)!.taskForceId).toBe('finance');
    expect(plan.measureByNumber.get(26)!.taskForceId).toBeUndefined(); // （六）节能环保服务 names none
    expect(plan.measureByNumber.get(31)!.taskForceId).toBe('trade-services');
    expect(plan.measureByNumber.get(55)!.taskForceId).toBe('nonprofit');
    expect(plan.taskForceById.get('trade-services')!.sectorIds).toEqual(['business-services', 'commerce']);
  });

  it('measure 14: one lead, three cooperating', () => {
    expect(rolesOf(14)).toEqual([
      'postal:lead',
      'commerce:cooperate',
      'housing:cooperate',
      'natural-resources:cooperate',
    ]);
  });
  it('measure 20: two leads, eleven responsible', () => {
    const r = rolesOf(20);
    expect(r.filter((x) => x.endsWith(':lead'))).toEqual(['communications:lead', 'industry-it:lead']);
    expect(r.filter((x) => x.endsWith(':responsible'))).toHaveLength(11);
  });
  it('measure 37: 负责 then 配合', () => {
    expect(rolesOf(37)).toEqual(['culture-tourism:responsible', 'civil-affairs:cooperate']);
  });
  it('measure 61: 牵头负责 is lead and responsible', () => {
    expect(rolesOf(61)).toEqual(['samr:lead', 'samr:responsible']);
  });
  it('measure 57: leads only', () => {
    const r = rolesOf(57);
    expect(r).toHaveLength(9);
    expect(r.every((x) => x.endsWith(':lead'))).toBe(true);
  });
  it('measure 63: a lead plus 各市人民政府 responsible', () => {
    expect(rolesOf(63)).toEqual(['health:lead', 'city-governments:responsible']);
  });
  it('two spellings of the leading group are one agency, each kept as written', () => {
    const a = plan.agencyById.get('leading-group-members')!;
    expect(a.measureNumbers).toEqual([58, 62, 65, 66]);
    expect(plan.measureByNumber.get(58)!.agencies[0]!.name).toBe('省服务业发展领导小组有关成员单位');
    expect(plan.measureByNumber.get(62)!.agencies[0]!.name).toBe('省服务业发展领导小组成员单位');
  });
  it('the two spellings stay visible with the measures that use each (成员单位 62; 有关成员单位 58, 65, 66)', () => {
    const a = plan.agencyById.get('leading-group-members')!;
    expect(spellingsOf(plan, a)).toEqual([
      { name: '省服务业发展领导小组成员单位', numbers: [62] },
      { name: '省服务业发展领导小组有关成员单位', numbers: [58, 65, 66] },
    ]);
  });
  it('bodies that are not provincial departments are not shown as such (independent review)', () => {
    const at = (id: string) => plan.agencyById.get(id)!;
    expect(at('china-railway-taiyuan')).toMatchObject({
      kind: 'central-enterprise',
      fullName: '中国铁路太原局集团有限公司',
    });
    expect(AGENCY_KIND_LABELS[at('china-railway-taiyuan').kind]).not.toContain('省属');
    expect(at('supply-marketing')).toMatchObject({ kind: 'cooperative', fullName: '山西省供销合作社' });
    expect(at('taixin-center')).toMatchObject({
      kind: 'public-institution',
      fullName: '山西省太忻经济一体化发展促进中心',
    });
  });
  it('every agency is named in some measure, and its counts agree with the measures', () => {
    for (const a of plan.agencies) {
      expect(a.measureNumbers.length, a.id).toBeGreaterThan(0);
      for (const role of ['lead', 'responsible', 'cooperate'] as const) {
        const fromMeasures = plan.measures
          .filter((m) => m.agencies.some((x) => x.id === a.id && x.role === role))
          .map((m) => m.number);
        expect(a.roles[role], `${a.id} ${role}`).toEqual(fromMeasures);
      }
    }
  });
  it('leaves a full official name empty rather than guess it', () => {
    expect(plan.agencyById.get('city-governments')!.fullName).toBe('');
    expect(plan.agencyById.get('tax')!.fullName).toBe('国家税务总局山西省税务局');
  });
});
