import { describe, expect, it } from 'vitest';
import { parseResponsibility, ResponsibilityParseError } from '../../src/lib/model/responsibility';

const roles = (s: string) => parseResponsibility(s).map((r) => `${r.name}:${r.role}`);

describe('parseResponsibility — every form the plan uses', () => {
  it('（A、B负责）: all responsible', () => {
    expect(roles('（省科技厅、省发展改革委负责）')).toEqual(['省科技厅:responsible', '省发展改革委:responsible']);
  });
  it('（A牵头，B、C配合）: one lead, the rest cooperate', () => {
    expect(roles('（省体育局牵头，省教育厅配合）')).toEqual(['省体育局:lead', '省教育厅:cooperate']);
  });
  it('（A、B牵头，C、D负责）: leads, then responsible', () => {
    expect(roles('（甲、乙牵头，丙、丁负责）')).toEqual(['甲:lead', '乙:lead', '丙:responsible', '丁:responsible']);
  });
  it('（A负责，B配合）: responsible, then cooperate', () => {
    expect(roles('（省文旅厅负责，省民政厅配合）')).toEqual(['省文旅厅:responsible', '省民政厅:cooperate']);
  });
  it('（A，各市人民政府负责）: a group without a role word takes the next one', () => {
    expect(roles('（省体育局，各市人民政府负责）')).toEqual(['省体育局:responsible', '各市人民政府:responsible']);
  });
  it('（A牵头负责）: both lead and responsible', () => {
    expect(roles('（省市场监管局牵头负责）')).toEqual(['省市场监管局:lead', '省市场监管局:responsible']);
  });
  it('（…牵头）: leads only', () => {
    expect(roles('（省商务厅、省交通厅牵头）')).toEqual(['省商务厅:lead', '省交通厅:lead']);
  });
  it('rejects text that is not a parenthesis, or names without a role word', () => {
    expect(() => parseResponsibility('省商务厅负责')).toThrow(ResponsibilityParseError);
    expect(() => parseResponsibility('（省商务厅，省财政厅）')).toThrow(/no role word/);
    expect(() => parseResponsibility('（省商务厅、、省财政厅负责）')).toThrow(/empty agency name/);
  });
});
