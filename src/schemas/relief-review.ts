import { z } from 'astro/zod';

/**
 * The one threshold every measure is reviewed against (also written at the top of content/relief-review.yaml and
 * shown on /relief/): a measure is `in` when its own words name one of these, `out` otherwise.
 */
export const REVIEW_THRESHOLD = {
  in: [
    '① 企业可以得到的资金或减免：减税降费、房租减免、补贴、奖励、缓缴缓还；',
    '② 面向企业的融资、担保或保险：产品、工具，或要求金融机构提供；',
    '③ 评选或认定企业及其项目、园区、品牌的计划：认定、示范、试点、培育计划；',
    '④ 直接便利企业经营的服务或规则：免申即享、审批提速、专用通道、参与政府采购、对点名企业的帮扶机制、与金融机构的数据对接；',
    '⑤ 企业可以参加的促销活动：促销活动、房博会、引客计划。',
  ],
  out: '只写发展方向（“鼓励”“支持”“推动”“发展”而未写上述任何一项）、建设基础设施或公共服务、对企业提出要求、以城市街区县域为对象的试点，或布置政府工作的，不列入。',
} as const;

/** The decision of the review: the measure offers support firms can apply for or benefit from (in), or not (out). */
export const REVIEW_DECISIONS = ['in', 'out'] as const;

/**
 * The record of the review of every measure for business support (content/relief-review.yaml):
 * one entry per measure, so the next reviewer sees that each was considered and why. The build
 * checks that every measure 1…66 has exactly one entry, and that `in` measures have entries in
 * content/relief.yaml and `out` measures have none.
 */
export const reliefReviewSchema = z.object({
  /** The measure, by its number 1…66. */
  measure: z.number().int().min(1),
  /** in: classified in relief.yaml; out: not classified. */
  decision: z.enum(REVIEW_DECISIONS),
  /** Why, in a sentence a reviewer can check against the text. */
  reason: z.string().min(4),
});
