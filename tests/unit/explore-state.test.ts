/**
 * The explorer's shared state: the reducer, its URL form, and what a selection means for every view.
 * Expected sets come from the raw measure files.
 */
import { describe, expect, it } from 'vitest';
import { loadPlan, loadPlanInput } from '../helpers/content';
import { explorerData } from '../../src/lib/explore/data';
import { announce, buildIndex, touchedBy, visibleUnder } from '../../src/lib/explore/linked';
import { initialState, parseState, reducer, toQuery, viewOfPath, type Known } from '../../src/lib/explore/state';
import { neighbourhood } from '../../src/lib/explore/neighbourhood';
import { explore as t } from '../../src/lib/i18n/dict/zh/explore';

const plan = loadPlan();
const data = explorerData(plan);
const ix = buildIndex(data);
const raw = loadPlanInput().measures.map((e) => ({
  number: e.data.number,
  part: e.data.part.id,
  sector: e.data.sector?.id,
  rows: e.data.agencies.map((a) => ({ id: a.agency.id, role: a.role })),
}));
const known: Known = {
  agencies: new Set(plan.agencies.map((a) => a.id)),
  measures: new Set(plan.measures.map((m) => m.number)),
  parts: new Set(plan.parts.map((p) => p.id)),
  sectors: new Set(plan.sectors.map((s) => s.id)),
  taskForces: new Set(plan.taskForces.map((t) => t.id)),
};

describe('reducer', () => {
  it('toggles a selection, sets and clears filters, and clears everything', () => {
    let s = initialState('graph');
    s = reducer(s, { type: 'toggle', selection: { kind: 'agency', id: 'commerce' } });
    expect(s.selection).toEqual({ kind: 'agency', id: 'commerce' });
    s = reducer(s, { type: 'toggle', selection: { kind: 'agency', id: 'commerce' } });
    expect(s.selection).toBeNull();
    s = reducer(s, { type: 'filter', key: 'role', value: 'lead' });
    s = reducer(s, { type: 'filter', key: 'part', value: '4' });
    expect(s.filters).toEqual({ role: 'lead', part: '4' });
    s = reducer(s, { type: 'filter', key: 'part', value: undefined });
    expect(s.filters).toEqual({ role: 'lead' });
    s = reducer(s, { type: 'clear' });
    expect(s).toEqual(initialState('graph'));
  });

  it('compares at most three agencies; a fourth replaces the first added', () => {
    let s = initialState();
    for (const id of ['commerce', 'finance', 'samr', 'hrss', 'samr']) s = reducer(s, { type: 'compare', id });
    expect(s.compare).toEqual(['finance', 'samr', 'hrss']);
    s = reducer(s, { type: 'uncompare', id: 'samr' });
    expect(s.compare).toEqual(['finance', 'hrss']);
  });
});

describe('URL state', () => {
  it('round-trips selection, filters and comparison', () => {
    const states = [
      '?agency=commerce&part=4&role=lead',
      '?measure=20',
      '?select=sector:finance',
      '?select=tf:finance&compare=commerce,samr',
    ];
    for (const q of states) expect(toQuery(parseState('matrix', q, known))).toBe(q);
  });

  it('reads the old graph links (?agency=, ?tf=) and drops unknown values', () => {
    expect(parseState('graph', '?tf=finance', known).filters).toEqual({ tf: 'finance' });
    const s = parseState(
      'graph',
      '?agency=%3Cscript%3E&role=boss&measure=999&compare=x,commerce&select=sector:nope',
      known,
    );
    expect(s).toEqual({ view: 'graph', selection: null, filters: {}, compare: ['commerce'] });
  });

  it('maps each explorer path to its view, under any base', () => {
    expect(viewOfPath('/explore/matrix/')).toBe('matrix');
    expect(viewOfPath('/sub/explore/sectors')).toBe('sectors');
    expect(viewOfPath('/explore/')).toBe('graph');
  });
});

describe('linked views', () => {
  it('an agency touches its measures, their sectors, and its partners', () => {
    const t = touchedBy(ix, { kind: 'agency', id: 'commerce' });
    const mine = raw.filter((m) => m.rows.some((r) => r.id === 'commerce'));
    expect([...t.measures].sort((a, b) => a - b)).toEqual(mine.map((m) => m.number));
    expect(t.agencies).toEqual(new Set(mine.flatMap((m) => m.rows.map((r) => r.id))));
    expect(t.groups).toEqual(new Set(mine.map((m) => (m.sector ? `sector:${m.sector}` : `part:${m.part}`))));
  });

  it('filters by role keep only measures and agencies with that role', () => {
    const v = visibleUnder(ix, { role: 'cooperate', part: '3' });
    const expected = raw.filter((m) => m.part === '3' && m.rows.some((r) => r.role === 'cooperate'));
    expect([...v.measures].sort((a, b) => a - b)).toEqual(expected.map((m) => m.number));
    expect(v.agencies).toEqual(
      new Set(expected.flatMap((m) => m.rows.filter((r) => r.role === 'cooperate').map((r) => r.id))),
    );
  });

  it('announces the selection with its numbers and the views that mark it', () => {
    const s = reducer(initialState(), { type: 'select', selection: { kind: 'measure', number: 57 } });
    expect(announce(ix, s, t)).toContain('9个单位');
    expect(announce(ix, s, t)).toContain('责任矩阵');
    expect(announce(ix, initialState(), t)).toBe('未选择。');
  });

  it('lays out a neighbourhood with every measure and partner on its own spot', () => {
    const ms = raw.filter((m) => m.rows.some((r) => r.id === 'finance')).map((m) => m.number);
    const n = neighbourhood(data, 'finance', ms);
    expect([...n.measures.keys()].sort((a, b) => a - b)).toEqual(ms);
    const spots = [...n.measures.values(), ...n.partners.values()].map((p) => `${p.x},${p.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });
});
