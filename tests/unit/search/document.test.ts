import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../helpers/content';
import { loadEdition } from '../../helpers/edition';
import { englishPlan } from '../../../src/lib/i18n/i18n';
import { blockAnchors, readingOrder } from '../../../src/lib/model/reading-order';
import { docAnchor, docHit } from '../../../src/lib/search/engine/document';
import { siteSearcher } from '../../search/evaluate';

const plan = loadPlan();
const anchorsOf = (lang: 'zh' | 'en') =>
  blockAnchors(readingOrder(lang === 'en' ? englishPlan(plan, loadEdition()) : plan, lang));

describe('the document’s own sentences', () => {
  it('have the same permanent anchors in both editions, one per Chinese sentence', () => {
    const zh = anchorsOf('zh');
    expect(zh).toContain('part-1-s3');
    expect(zh).toContain('copy-to-s2');
    expect(new Set(zh).size).toBe(zh.length);
    expect(anchorsOf('en')).toEqual(zh);
  });

  it('are found by search, first, and each result links to an anchor of /plan/', () => {
    const s = siteSearcher();
    const anchors = new Set(anchorsOf('zh'));
    const first = (q: string) => {
      const r = s.search(q).results[0];
      return r?.doc ? docHit(r.doc, r.sentence) : r?.n;
    };
    expect(first('7.5%')).toBe('part-1:s3');
    expect(first('总体要求')).toBe('part-1:heading');
    expect(first('抄送')).toBe('copy-to:s1');
    expect(first('晋政办发〔2022〕35号')).toBe('number');
    for (const q of ['7.5%', '总体要求', '抄送', '请认真贯彻执行', '各民主党派', '此件公开发布', '现代服务业体系'])
      for (const r of s.search(q).results.filter((x) => x.doc))
        expect(anchors.has(docAnchor(docHit(r.doc!, r.sentence))), `${q}: ${r.doc}`).toBe(true);
  });

  it('stay out of results narrowed by a facet (they have no sector, task force or agency)', () => {
    const s = siteSearcher();
    expect(s.search('服务业', { part: plan.parts[0]!.id }).results.some((r) => r.doc)).toBe(false);
  });
});
