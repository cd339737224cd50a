import { describe, expect, it } from 'vitest';
import { readReferenceTable } from '../../test/support/estimation-reference/read-reference-table.ts';
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

  it('searches all 2^15 models for six sources, forward above six, and honours BIC', () => {
    const aic = selectLogLinearModel(readReferenceTable('UKdat'));
    expect(aic.search).toBe('all-subsets');
    expect(aic.candidates).toHaveLength(32_768);
    expect(aic.chosen?.nHat).toBeGreaterThan(10_000);
    expect(aic.chosen?.nHat).toBeLessThan(13_000);
    const independence = aic.candidates.find((candidate) => candidate.interactions.length === 0);
    expect(independence?.score).toBeGreaterThan(aic.chosen?.aic ?? Number.POSITIVE_INFINITY);
    // Over the same exhaustive set, BIC's heavier penalty (log 2744 > 2) never picks a larger model.
    const bestByBic = aic.candidates
      .filter((candidate) => candidate.bic !== null)
      .sort((a, b) => (a.bic as number) - (b.bic as number))[0];
    expect(bestByBic?.interactions.length).toBeLessThanOrEqual(aic.chosen?.interactions.length ?? 0);
    const bic = selectLogLinearModel(readReferenceTable('UKdat_5'), { criterion: 'bic' });
    expect(bic.criterion).toBe('bic');
    expect(bic.chosen?.bic).toBeCloseTo(
      Math.min(...bic.candidates.flatMap((c) => (c.bic === null ? [] : [c.bic]))),
      10,
    );
    expect(selectLogLinearModel(readReferenceTable('NewOrl'), { criterion: 'bic' }).search).toBe('forward');
  });
});
