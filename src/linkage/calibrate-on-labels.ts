import { logGamma } from '../estimation/index.ts';

/** Pairs of one comparison pattern (the label field left out) that carry the label on both records. */
export type LabelledPattern = {
  /** The pattern's levels without the label field, as a key. */
  readonly key: string;
  /** The key of the coarser group the pattern belongs to (its levels of the group fields). */
  readonly group: string;
  /** The model's log2 odds of a match for the pattern, the label field left out. */
  readonly modelBits: number;
  /** Labelled pairs of this pattern, and how many of them agree on the label (matches). */
  readonly labelled: number;
  readonly agreeing: number;
};

export type Calibration = {
  /** Per group key, the shift of the model's log2 odds the group's labelled pairs ask for. */
  readonly shifts: ReadonlyMap<string, number>;
  /** Prior strength (pseudo-pairs) of the shifted model probability within a pattern, by marginal likelihood. */
  readonly strength: number;
  /** Per pattern key, the labelled pairs and how many agree. */
  readonly counts: ReadonlyMap<string, { readonly labelled: number; readonly agreeing: number }>;
  readonly labelledPairs: number;
};

const strengths = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
/** Standard deviation (in nats) of the normal prior on a group's shift: a shift of ±6 nats (≈ ±9 bits) is not surprising. */
const shiftPriorSd = 3;
const clamp = (p: number) => Math.min(1 - 1e-12, Math.max(1e-12, p));
const sigmoid = (nats: number) => 1 / (1 + Math.exp(-nats));
const ln2 = Math.LN2;

/** The maximum a-posteriori log-odds shift (nats) of one group: logistic regression on an offset. */
function fitShift(patterns: readonly LabelledPattern[]): number {
  let shift = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    let gradient = -shift / shiftPriorSd ** 2;
    let curvature = -1 / shiftPriorSd ** 2;
    for (const p of patterns) {
      const q = sigmoid(p.modelBits * ln2 + shift);
      gradient += p.agreeing - p.labelled * q;
      curvature -= p.labelled * q * (1 - q);
    }
    const step = -gradient / curvature;
    shift += Math.max(-5, Math.min(5, step));
    if (Math.abs(step) < 1e-9) break;
  }
  return shift;
}

/**
 * Corrects the model's match probabilities with the pairs whose truth a label field tells (a BSN
 * token on both records: agree = the same person), in two steps:
 * 1. per group of patterns (the levels of the first name and surname, say), a shift of the model's
 *    log odds fitted to all labelled pairs of the group (logistic regression with the model's log
 *    odds as offset, a normal prior on the shift) — this is what teaches the linkage that a first
 *    name that disagrees next to a surname that agrees is, more often than the model's product of
 *    independent fields says, a brother or sister (twins agree on the birth date too), whatever the
 *    other fields;
 * 2. per pattern, a Beta update of the shifted probability by the pattern's own labelled pairs,
 *    with a prior strength chosen by the beta-binomial likelihood of all of them (empirical Bayes).
 *
 * Assumes that, given the comparison pattern, whether both records carry the label does not depend
 * on being a match (the BSN is missing for reasons of the partner, not of the pair).
 */
export function calibrateOnLabels(patterns: readonly LabelledPattern[]): Calibration {
  const used = patterns.filter((p) => p.labelled > 0);
  const labelledPairs = used.reduce((a, p) => a + p.labelled, 0);
  const byGroup = new Map<string, LabelledPattern[]>();
  for (const p of used) byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), p]);
  const shifts = new Map<string, number>();
  for (const [group, members] of byGroup) shifts.set(group, fitShift(members) / ln2);
  const prior = (p: LabelledPattern) => clamp(sigmoid((p.modelBits + (shifts.get(p.group) ?? 0)) * ln2));
  let best = { strength: strengths[0] as number, logLik: Number.NEGATIVE_INFINITY };
  for (const strength of strengths) {
    let logLik = 0;
    for (const p of used) {
      const alpha = strength * prior(p);
      const beta = strength * (1 - prior(p));
      logLik +=
        logGamma(p.agreeing + alpha) +
        logGamma(p.labelled - p.agreeing + beta) -
        logGamma(p.labelled + strength) -
        (logGamma(alpha) + logGamma(beta) - logGamma(strength));
    }
    if (logLik > best.logLik) best = { strength, logLik };
  }
  const counts = new Map(used.map((p) => [p.key, { labelled: p.labelled, agreeing: p.agreeing }]));
  return { shifts, strength: used.length > 0 ? best.strength : Number.POSITIVE_INFINITY, counts, labelledPairs };
}

/** A pair's calibrated probability from its own model log2 odds, its group's shift and its pattern's counts. */
export function calibratedProbability(
  modelBits: number,
  shiftBits: number,
  counts: { readonly labelled: number; readonly agreeing: number } | undefined,
  strength: number,
): number {
  const prior = clamp(sigmoid((modelBits + shiftBits) * ln2));
  if (!counts || !Number.isFinite(strength)) return prior;
  return (counts.agreeing + strength * prior) / (counts.labelled + strength);
}
