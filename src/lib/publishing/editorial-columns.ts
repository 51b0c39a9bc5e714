/**
 * The columns of the editorial downloads: targets, outcomes, business support. Each column is a name and how to read
 * its value; what it means is in the dictionary (i18n/dict/…/downloads.ts). Pure.
 */
import type { Relief, Target } from '../editorial/derived';
import type { Outcome } from '../editorial/outcomes';
import { paths } from '../site/paths';
import { DIRECTNESS_LABELS, FIRM_LABELS, INDUSTRY_LABELS, SUPPORT_LABELS } from '../../schemas/relief-vocab';
import { sentencePath } from '../model/sentences';
import type { OutcomeColumn, ReliefColumn, TargetColumn } from '../i18n/dict/zh/downloads';
import { list, type Column } from './plan-columns';
import type { Ctx } from './downloads';

export const targetColumns = ({ url }: Ctx): Column<Target, TargetColumn>[] => [
  { name: 'id', get: (t) => t.id },
  { name: 'measure', get: (t) => t.location.measure ?? '' },
  { name: 'part', get: (t) => t.location.part ?? '' },
  { name: 'sentence', get: (t) => t.sentence },
  { name: 'source', get: (t) => url(sentencePath(t.location, t.sentence)) },
  { name: 'sentence_text', get: (t) => t.sentenceText },
  { name: 'quote', get: (t) => t.quote },
  { name: 'indicator', get: (t) => t.indicator },
  { name: 'figure', get: (t) => t.figure },
  { name: 'value', get: (t) => t.value ?? '' },
  { name: 'value_max', get: (t) => t.valueMax ?? '' },
  { name: 'unit', get: (t) => t.unit },
  { name: 'goal', get: (t) => t.goal ?? '' },
  { name: 'comparators', get: (t) => list(t.comparators) },
  { name: 'deadline', get: (t) => t.deadline ?? '' },
  { name: 'agencies', get: (t) => list(t.agencies.map((a) => a.id)) },
  { name: 'agency_names', get: (t) => list(t.agencies.map((a) => a.name)) },
  { name: 'note', get: (t) => t.note },
];

export const reliefColumns = ({ plan, url }: Ctx): Column<Relief, ReliefColumn>[] => [
  { name: 'id', get: (r) => r.id },
  { name: 'measure', get: (r) => r.measure },
  { name: 'measure_title', get: (r) => plan.measureByNumber.get(r.measure)!.title },
  { name: 'support', get: (r) => r.support },
  { name: 'support_label', get: (r) => SUPPORT_LABELS[r.support] },
  { name: 'sentence', get: (r) => r.sentence },
  { name: 'source', get: (r) => url(sentencePath({ measure: r.measure }, r.sentence)) },
  { name: 'sentence_text', get: (r) => r.sentenceText },
  { name: 'quote', get: (r) => r.quote },
  { name: 'amount', get: (r) => r.amount ?? '' },
  { name: 'recipient', get: (r) => r.recipient ?? '' },
  { name: 'industries', get: (r) => list(r.industries) },
  { name: 'industry_labels', get: (r) => list(r.industries.map((i) => INDUSTRY_LABELS[i])) },
  { name: 'firms', get: (r) => list(r.firms) },
  { name: 'firm_labels', get: (r) => list(r.firms.map((f) => FIRM_LABELS[f])) },
  { name: 'directness', get: (r) => r.directness },
  { name: 'directness_label', get: (r) => DIRECTNESS_LABELS[r.directness] },
  { name: 'contacts', get: (r) => list(r.contacts.map((a) => a.id)) },
  { name: 'contact_names', get: (r) => list(r.contacts.map((a) => a.name)) },
  { name: 'note', get: (r) => r.note },
];

export const outcomeColumns = ({ url }: Ctx): Column<Outcome, OutcomeColumn>[] => [
  { name: 'kind', get: (o) => o.kind },
  { name: 'ref', get: (o) => o.ref },
  { name: 'status', get: (o) => o.status },
  { name: 'figure', get: (o) => o.figure },
  { name: 'unit', get: (o) => o.unit },
  { name: 'period', get: (o) => o.period },
  { name: 'comparability', get: (o) => o.comparability },
  { name: 'action', get: (o) => o.action },
  { name: 'source_url', get: (o) => o.source?.url ?? '' },
  { name: 'source_publisher', get: (o) => o.source?.publisher ?? '' },
  { name: 'source_original_publisher', get: (o) => o.source?.original_publisher ?? '' },
  { name: 'source_published', get: (o) => o.source?.published ?? '' },
  { name: 'source_title', get: (o) => o.source?.title ?? '' },
  { name: 'quote', get: (o) => o.quote },
  { name: 'queries', get: (o) => list(o.queries) },
  { name: 'checked', get: (o) => o.checked },
  { name: 'page', get: (o) => url(o.measure ? paths.measure(o.measure) : '/targets/') },
];
