import { describe, expect, it } from 'vitest';
import { readReferenceTable } from './reference/read-reference-table.ts';
import { selectLogLinearModel } from './select-log-linear-model.ts';

describe('selectLogLinearModel', () => {
  it('never chooses a model whose MLE does not exist (Artificial_3)', () => {
    const selection = selectLogLinearModel(readReferenceTable('Artificial_3'));
    expect(selection.search).toBe('all-subsets');
    expect(selection.candidates).toHaveLength(8);
    // Only four cells are positive: every model with a pairwise term has more parameters than the
    // data can pin down and must be flagged, not ranked.
    const excluded = selection.candidates.filter((candidate) => candidate.status !== 'ok');
    expect(excluded).toHaveLength(7);
    for (const candidate of excluded) {
      expect(candidate.status).toBe('mle-does-not-exist');
      expect(candidate.score).toBeNull();
      expect(candidate.nHat).toBeNull();
    }
    expect(selection.chosen?.interactions).toEqual([]);
  });

  it('flags the all-two-way model of Cormack4 and ranks only estimable ones', () => {
    const selection = selectLogLinearModel(readReferenceTable('Cormack4'));
    const allTwoWay = selection.candidates.find((candidate) => candidate.interactions.length === 6);
    expect(allTwoWay?.status).toBe('mle-does-not-exist');
    const flagged = selection.candidates.filter((candidate) => candidate.status !== 'ok');
    // Cells 0010, 0011, 0110, 0111 are empty: every model with c1:c3 runs off to infinity.
    expect(flagged.every((candidate) => candidate.interactions.includes('c1:c3'))).toBe(true);
    expect(flagged).toHaveLength(32);
  });

  it('chooses the estimable candidate with the lowest AIC, with its profile interval', () => {
    const selection = selectLogLinearModel(readReferenceTable('Kosovo'));
    const scores = selection.candidates.flatMap((candidate) => (candidate.score === null ? [] : [candidate.score]));
    expect(scores).toHaveLength(64);
    expect(selection.chosen?.aic).toBeCloseTo(Math.min(...scores), 10);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(selection.chosen?.interval.method).toBe('profile');
  });

  it('reproduces the published UK estimate (Home Office 2014: 10,000 to 13,000; 2,744 observed)', () => {
    const selection = selectLogLinearModel(readReferenceTable('UKdat_5'));
    expect(selection.candidates).toHaveLength(1024);
    const chosen = selection.chosen;
    expect(chosen?.observedTotal).toBe(2744);
    expect(chosen?.nHat).toBeGreaterThan(10_000);
    expect(chosen?.nHat).toBeLessThan(13_000);
  });

  it('uses forward stepwise search above five sources and honours BIC', () => {
    const aic = selectLogLinearModel(readReferenceTable('UKdat'));
    const bic = selectLogLinearModel(readReferenceTable('UKdat'), { criterion: 'bic' });
    expect(aic.search).toBe('forward');
    expect(bic.criterion).toBe('bic');
    // BIC's heavier penalty never picks a larger model than AIC along the same forward path.
    expect(bic.chosen?.interactions.length ?? 0).toBeLessThanOrEqual(aic.chosen?.interactions.length ?? 0);
    expect(aic.chosen?.nHat).toBeGreaterThan(10_000);
    expect(aic.chosen?.nHat).toBeLessThan(13_000);
    const independence = aic.candidates.find((candidate) => candidate.interactions.length === 0);
    expect(independence?.score).toBeGreaterThan(aic.chosen?.aic ?? Number.POSITIVE_INFINITY);
  });
});
