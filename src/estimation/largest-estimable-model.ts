import { checkMleExistence } from './check-mle-existence.ts';
import { findDependentColumns } from './find-dependent-columns.ts';

/** An interaction left out of the model, and why. */
export interface DroppedTerm {
  readonly term: string;
  readonly reason: string;
}

/** An interaction the model may hold: its design column, one value per observable history. */
export interface CandidateTerm {
  readonly name: string;
  readonly column: readonly number[];
}

export interface EstimableModelInput {
  readonly histories: readonly string[];
  readonly counts: readonly number[];
  /** Names of the terms always in the model: the intercept and the main effects. */
  readonly fixedNames: readonly string[];
  /** Their design, one row per history. */
  readonly fixed: readonly (readonly number[])[];
  /** The interactions, in model order. */
  readonly candidates: readonly CandidateTerm[];
  /** A permutation of the indices into `candidates`, most wanted first: the order they are added in. Default: model order. */
  readonly order?: readonly number[];
}

export type LargestEstimableModel =
  | {
      readonly estimable: true;
      /** Per candidate, in model order: whether the model holds it. */
      readonly kept: readonly boolean[];
      /** In model order. */
      readonly dropped: readonly DroppedTerm[];
    }
  | {
      /** Not even the intercept and main effects can be estimated. */
      readonly estimable: false;
      readonly message: string;
      readonly offendingTerms: readonly string[];
      readonly boundaryCells: readonly string[];
    };

const listed = (cells: readonly string[], shown = 6) =>
  cells.length <= shown ? cells.join(', ') : `${cells.slice(0, shown).join(', ')} and ${cells.length - shown} more`;

/**
 * The largest model, from the intercept, the main effects and the candidate interactions, whose
 * maximum likelihood estimate exists and is identifiable. When the model with every candidate is
 * not, the candidates are added one at a time in `order`, each kept when the model stays
 * estimable. A model that contains one without MLE has none either (Haberman 1974: the same
 * direction to infinity works), so a term left out could not be added back to the result: the
 * result is maximal, and each dropped term is named with the zero cells it would push to 0. The
 * escape direction itself is not used to choose, because it is one of many and often involves
 * nearly every term (dropping all of them throws away estimable dependence).
 */
export function largestEstimableModel(input: EstimableModelInput): LargestEstimableModel {
  const { histories, counts, fixedNames, fixed, candidates } = input;
  const check = (chosen: readonly number[]) => {
    const x = fixed.map((row, i) => [
      ...row,
      ...chosen.map((c) => (candidates[c] as CandidateTerm).column[i] as number),
    ]);
    if (findDependentColumns(x).length > 0)
      return { ok: false, identifiable: false, cells: [], direction: [] } as const;
    const existence = checkMleExistence(x, counts);
    return {
      ok: existence.exists,
      identifiable: true,
      cells: existence.boundaryRows.map((row) => histories[row] as string),
      direction: existence.direction,
    } as const;
  };
  const all = candidates.map((_, c) => c);
  if (check(all).ok) return { estimable: true, kept: candidates.map(() => true), dropped: [] };
  const base = check([]);
  if (!base.ok) {
    const offendingTerms = fixedNames.filter((_, j) => j > 0 && Math.abs(base.direction[j] as number) > 1e-7);
    return {
      estimable: false,
      message: base.identifiable
        ? `maximum likelihood estimate does not exist even without interactions: the zero cells ${listed(base.cells)} would be fitted as 0 (${offendingTerms.join(', ')} run to ±∞)`
        : 'the main effects are not identifiable from the observed cells',
      offendingTerms,
      boundaryCells: base.cells,
    };
  }
  const accepted: number[] = [];
  const reasons = new Map<number, string>();
  for (const c of input.order ?? all) {
    const result = check([...accepted, c]);
    if (result.ok) {
      accepted.push(c);
      continue;
    }
    const name = (candidates[c] as CandidateTerm).name;
    reasons.set(
      c,
      result.identifiable
        ? `with ${name} the maximum likelihood estimate does not exist: the zero cells ${listed(result.cells)} would be fitted as 0 and its coefficient runs to ±∞`
        : `${name} is not identifiable: on the observed cells it is a combination of the other terms`,
    );
  }
  return {
    estimable: true,
    kept: candidates.map((_, c) => accepted.includes(c)),
    dropped: [...reasons.entries()]
      .sort(([a], [b]) => a - b)
      .map(([c, reason]) => ({ term: (candidates[c] as CandidateTerm).name, reason })),
  };
}
