import { seededRandom } from '../random/index.ts';
import { EstimationInputError } from './estimation-input-error.ts';
import { fitPoissonIrls } from './fit-poisson-irls.ts';
import { type CandidateTerm, type DroppedTerm, largestEstimableModel } from './largest-estimable-model.ts';
import type { CovariateStratumEstimate, ModelFamilyEstimate } from './model-family-estimate.ts';
import { quantile } from './quantile.ts';
import { samplePoisson } from './sample-poisson.ts';

/** Children seen with one capture history and one value per covariate (null: not known for them). */
export interface CovariateCaptureCount {
  readonly history: string;
  readonly values: readonly (string | null)[];
  readonly count: number;
}

/** A capture table split by covariates of the child (age band, sex), as registered. */
export interface CovariateCaptureTable {
  readonly sources: readonly string[];
  readonly covariates: readonly string[];
  readonly counts: readonly CovariateCaptureCount[];
}

/** The hidden number of one combination of covariate values. */
export interface HiddenByCovariates {
  readonly values: readonly string[];
  readonly observed: number;
  readonly hidden: number;
}

export type CovariateModelFit =
  | {
      readonly status: 'ok';
      readonly observed: number;
      readonly hidden: number;
      readonly total: number;
      /** Per combination of the covariates' values the model holds, most children first. */
      readonly hiddenBy: readonly HiddenByCovariates[];
      /** The covariates the model holds; one with a single known value cannot explain anything. */
      readonly covariates: readonly string[];
      /** Share of the children seen whose value of some covariate is not known. */
      readonly unknownShare: number;
      readonly model: string;
      readonly dropped: readonly DroppedTerm[];
      readonly iterations: number;
    }
  | { readonly status: 'not-estimable'; readonly observed: number; readonly reason: string };

/** The model's shape, fixed by the data's structure; the counts it is fitted to can change (bootstrap). */
interface CovariateDesign {
  readonly sources: readonly string[];
  readonly covariates: readonly string[];
  /** Combinations of known values (over `covariates`), one block of rows each. */
  readonly combos: readonly (readonly string[])[];
  /** The observable histories, one row per combination each: row = combo · histories + history. */
  readonly histories: readonly string[];
  /** Columns kept (after dropping what cannot be estimated), per row. */
  readonly x: readonly (readonly number[])[];
  /** Index of each combination's dummy column (−1 for the reference combination). */
  readonly comboColumn: readonly number[];
  readonly dropped: readonly DroppedTerm[];
  /** The model in words: the pairs, then 'covariate×each list' (or the lists it kept). */
  readonly formula: string;
}

/** Observed counts grouped as the data know them: each group is a set of rows it may belong to. */
interface Groups {
  readonly rows: readonly (readonly number[])[];
  readonly counts: readonly number[];
  /** Groups of children whose every covariate is known: their one row. */
  readonly known: readonly boolean[];
  /** Which covariates the group's children have known, e.g. '10': the first, not the second. */
  readonly mask: readonly string[];
}

const allHistories = (k: number): string[] =>
  Array.from({ length: 2 ** k - 1 }, (_, i) => (2 ** k - 1 - i).toString(2).padStart(k, '0'));

function validate(table: CovariateCaptureTable): void {
  const k = table.sources.length;
  if (k < 2) throw new EstimationInputError('at least two lists are needed', 'sources', k);
  for (const c of table.counts) {
    if (c.history.length !== k || !/^[01]+$/.test(c.history) || !c.history.includes('1'))
      throw new EstimationInputError(`a capture history is ${k} zeros and ones, at least one 1`, 'history', c.history);
    if (c.values.length !== table.covariates.length)
      throw new EstimationInputError(
        `each count needs one value per covariate (${table.covariates.join(', ')})`,
        'values',
        c.values,
      );
    if (!Number.isInteger(c.count) || c.count < 0)
      throw new EstimationInputError('a count is a whole number of at least 0', 'count', c.count);
  }
}

/** Known values of each covariate, the most frequent first (the reference level), then by name. */
function levelsOf(table: CovariateCaptureTable): string[][] {
  return table.covariates.map((_, i) => {
    const frequency = new Map<string, number>();
    for (const c of table.counts) {
      const v = c.values[i];
      if (v !== null && v !== undefined && c.count > 0) frequency.set(v, (frequency.get(v) ?? 0) + c.count);
    }
    return [...frequency.entries()].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([v]) => v);
  });
}

/**
 * Builds the model: intercept, list main effects, one effect per combination of covariate values
 * (their joint distribution left free), every pair of lists, and each covariate value × list (the
 * chance of being on a list differs by covariate value). Terms whose MLE does not exist are
 * dropped, the covariate terms last.
 */
function covariateDesign(
  table: CovariateCaptureTable,
): { design: CovariateDesign; groups: Groups } | { reason: string; observed: number } {
  const k = table.sources.length;
  const levels = levelsOf(table);
  const used = table.covariates.flatMap((_, i) => ((levels[i] as string[]).length >= 2 ? [i] : []));
  const observed = table.counts.reduce((s, c) => s + c.count, 0);
  const project = (values: readonly (string | null)[]) => used.map((i) => values[i] ?? null);
  const comboKeys = new Map<string, string[]>();
  for (const c of table.counts) {
    const values = project(c.values);
    if (c.count > 0 && values.every((v) => v !== null)) comboKeys.set(JSON.stringify(values), values as string[]);
  }
  const rank = (values: readonly string[]) => values.map((v, j) => (levels[used[j] as number] as string[]).indexOf(v));
  const combos = [...comboKeys.values()].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra.reduce((order, r, j) => order || r - (rb[j] as number), 0);
  });
  if (combos.length === 0)
    return { observed, reason: 'no child seen has every covariate known, so the covariates explain nothing' };
  const histories = allHistories(k);
  const h = histories.length;
  // A value never seen with the other covariates known has no combination to hold its children:
  // they are shared out as if it were unknown, and the model says so.
  const inCombos = used.map((_, j) => new Set(combos.map((combo) => combo[j])));
  const unplaced = new Map<string, number>();
  const groupOf = new Map<string, number>();
  const rowCount = combos.length * h;
  const groupRows: number[][] = [];
  const groupCounts: number[] = [];
  const known: boolean[] = [];
  const mask: string[] = [];
  for (const c of table.counts) {
    if (c.count === 0) continue;
    const values = project(c.values).map((v, j) => {
      if (v === null || inCombos[j]?.has(v)) return v;
      const term = `${table.covariates[used[j] as number]}=${v}`;
      unplaced.set(term, (unplaced.get(term) ?? 0) + c.count);
      return null;
    });
    const key = `${c.history}|${JSON.stringify(values)}`;
    let g = groupOf.get(key);
    if (g === undefined) {
      const history = histories.indexOf(c.history);
      g = groupRows.length;
      groupOf.set(key, g);
      groupRows.push(
        combos.flatMap((combo, ci) =>
          combo.every((v, j) => values[j] === null || values[j] === v) ? [ci * h + history] : [],
        ),
      );
      groupCounts.push(0);
      known.push(values.every((v) => v !== null));
      mask.push(values.map((v) => (v === null ? '0' : '1')).join(''));
    }
    groupCounts[g] = (groupCounts[g] as number) + c.count;
  }
  const notPlaced: DroppedTerm[] = [...unplaced].map(([term, count]) => ({
    term,
    reason: `never seen with the other covariates known: its ${count} ${count === 1 ? 'child is' : 'children are'} shared out as if the value were unknown`,
  }));
  // Which cells hold children: a group's children may be in any of its rows. (The exact check for
  // counts known only as sums of cells is not this one; where it errs, EM drifts and says so.)
  const held = new Array<number>(rowCount).fill(0);
  groupRows.forEach((rows, g) => {
    for (const r of rows) held[r] = (held[r] as number) + (groupCounts[g] as number) / rows.length;
  });
  const rowHistory = (r: number) => histories[r % h] as string;
  const rowCombo = (r: number) => combos[Math.floor(r / h)] as string[];
  const fixedNames = [
    '(Intercept)',
    ...table.sources,
    ...combos.slice(1).map((combo) => combo.map((v, j) => `${table.covariates[used[j] as number]}=${v}`).join(':')),
  ];
  const fixed = Array.from({ length: rowCount }, (_, r) => [
    1,
    ...table.sources.map((_, j) => (rowHistory(r)[j] === '1' ? 1 : 0)),
    ...combos.slice(1).map((_, ci) => (Math.floor(r / h) === ci + 1 ? 1 : 0)),
  ]);
  const candidates: CandidateTerm[] = [];
  for (let a = 0; a < k; a++)
    for (let b = a + 1; b < k; b++)
      candidates.push({
        name: `${table.sources[a]}×${table.sources[b]}`,
        column: Array.from({ length: rowCount }, (_, r) =>
          rowHistory(r)[a] === '1' && rowHistory(r)[b] === '1' ? 1 : 0,
        ),
      });
  used.forEach((i, j) => {
    for (const level of (levels[i] as string[]).filter((v) => inCombos[j]?.has(v)).slice(1))
      table.sources.forEach((source, s) => {
        candidates.push({
          name: `${table.covariates[i]}=${level}×${source}`,
          column: Array.from({ length: rowCount }, (_, r) =>
            rowCombo(r)[j] === level && rowHistory(r)[s] === '1' ? 1 : 0,
          ),
        });
      });
  });
  const pairs = (k * (k - 1)) / 2;
  // Covariate terms first: they are the point of the model; a pair goes before one of them does.
  const order = [...candidates.keys()].sort((a, b) => Number(a < pairs) - Number(b < pairs) || a - b);
  const estimable = largestEstimableModel({
    histories: Array.from({ length: rowCount }, (_, r) => `${rowCombo(r).join('/')} ${rowHistory(r)}`),
    counts: held,
    fixedNames,
    fixed,
    candidates,
    order,
  });
  if (!estimable.estimable) return { observed, reason: estimable.message };
  const keptCandidates = candidates.filter((_, c) => estimable.kept[c]);
  const keptPairs = candidates.filter((_, c) => c < pairs && estimable.kept[c]);
  const covariateTerms = used.map((i) => {
    const name = table.covariates[i] as string;
    const lists = table.sources.filter((source) =>
      keptCandidates.some((c) => c.name.startsWith(`${name}=`) && c.name.endsWith(`×${source}`)),
    );
    return lists.length === k ? [`${name}×each list`] : lists.map((source) => `${name}×${source}`);
  });
  const formula = ['independence', ...keptPairs.map((c) => c.name), ...covariateTerms.flat()].join(' + ');
  const x = fixed.map((row, r) => [...row, ...keptCandidates.map((c) => c.column[r] as number)]);
  return {
    design: {
      sources: table.sources,
      covariates: used.map((i) => table.covariates[i] as string),
      combos,
      histories,
      x,
      comboColumn: combos.map((_, ci) => (ci === 0 ? -1 : k + ci)),
      dropped: [...notPlaced, ...estimable.dropped],
      formula,
    },
    groups: { rows: groupRows, counts: groupCounts, known, mask },
  };
}

/** log μ of the unseen cell of each combination: intercept + its combination effect. */
const hiddenOf = (design: CovariateDesign, beta: readonly number[]) =>
  design.combos.map((_, ci) => {
    const column = design.comboColumn[ci] as number;
    return Math.exp((beta[0] as number) + (column >= 0 ? (beta[column] as number) : 0));
  });

/** An EM fit: coefficients, fitted counts per row, the unseen count of each combination. */
type EmFit = {
  readonly beta: number[];
  readonly fitted: number[];
  readonly hidden: number[];
  readonly iterations: number;
};

/**
 * EM (Dempster, Laird & Rubin 1977) for a Poisson log-linear model when some children's covariates
 * are not known: the E-step shares each such group over the combinations it may belong to in
 * proportion to the fitted counts, the M-step fits the model to the completed table. Assumes that
 * whether a value is known depends on which lists saw the child, not on the value itself (missing
 * at random given the capture history; Zwane & van der Heijden 2007).
 */
function fitEm(design: CovariateDesign, groups: Groups, start?: readonly number[]): EmFit | null {
  const rowCount = design.x.length;
  const y = new Array<number>(rowCount).fill(0);
  const allocate = (weights: readonly number[]) => {
    y.fill(0);
    groups.rows.forEach((rows, g) => {
      const count = groups.counts[g] as number;
      const sum = rows.reduce((s, r) => s + (weights[r] as number), 0);
      for (const r of rows)
        y[r] = (y[r] as number) + (sum > 0 ? (count * (weights[r] as number)) / sum : count / rows.length);
    });
  };
  // Start: unknown values shared as the known ones of the same history are.
  if (start) {
    const eta = design.x.map((row) => row.reduce((s, v, j) => s + v * (start[j] as number), 0));
    allocate(eta.map(Math.exp));
  } else {
    const knownAt = new Array<number>(rowCount).fill(0.5);
    groups.rows.forEach((rows, g) => {
      if (groups.known[g])
        knownAt[rows[0] as number] = (knownAt[rows[0] as number] as number) + (groups.counts[g] as number);
    });
    allocate(knownAt);
  }
  let beta = start ? [...start] : undefined;
  let previous = Number.NaN;
  for (let iteration = 1; iteration <= 2000; iteration++) {
    const fit = fitPoissonIrls(design.x, y, beta ? { start: beta } : {});
    if (!fit?.converged) return null;
    beta = fit.beta;
    const hiddenPerCombo = hiddenOf(design, beta);
    const hidden = hiddenPerCombo.reduce((s, v) => s + v, 0);
    if (Math.abs(hidden - previous) <= 1e-9 * (hidden + 1))
      return { beta, fitted: fit.fitted, hidden: hiddenPerCombo, iterations: iteration };
    previous = hidden;
    allocate(fit.fitted);
  }
  return null;
}

/** The children seen per combination: the fitted counts of its rows (the unknown ones shared out). */
function seenPerCombo(design: CovariateDesign, fitted: readonly number[]): number[] {
  const h = design.histories.length;
  return design.combos.map((_, ci) => fitted.slice(ci * h, (ci + 1) * h).reduce((s, v) => s + v, 0));
}

const tenTimes = (observed: number) =>
  `the estimate is more than ten times the observed number (${observed}): the lists overlap too little to say how many were missed`;

type Prepared = {
  readonly design: CovariateDesign;
  readonly groups: Groups;
  readonly fit: EmFit;
  readonly result: CovariateModelFit & { status: 'ok' };
};

function prepareAndFit(table: CovariateCaptureTable): Prepared | (CovariateModelFit & { status: 'not-estimable' }) {
  validate(table);
  const prepared = covariateDesign(table);
  if ('reason' in prepared) return { status: 'not-estimable', observed: prepared.observed, reason: prepared.reason };
  const { design, groups } = prepared;
  const observed = groups.counts.reduce((s, c) => s + c, 0);
  const fit = fitEm(design, groups);
  if (!fit) return { status: 'not-estimable', observed, reason: 'the model did not converge' };
  const hidden = fit.hidden.reduce((s, v) => s + v, 0);
  if (observed + hidden > 10 * observed) return { status: 'not-estimable', observed, reason: tenTimes(observed) };
  const unknown = groups.counts.reduce((s, c, g) => s + (groups.known[g] ? 0 : c), 0);
  const seen = seenPerCombo(design, fit.fitted);
  const result = {
    status: 'ok',
    observed,
    hidden,
    total: observed + hidden,
    hiddenBy: design.combos
      .map((values, ci) => ({
        values,
        observed: seen[ci] as number,
        hidden: fit.hidden[ci] as number,
      }))
      .sort((a, b) => b.observed - a.observed),
    covariates: design.covariates,
    unknownShare: observed > 0 ? unknown / observed : 0,
    model: design.formula,
    dropped: design.dropped,
    iterations: fit.iterations,
  } as const;
  return { design, groups, fit, result };
}

/**
 * Log-linear model with covariates (van der Heijden et al. 2012; as in the Dutch estimates of
 * human-trafficking victims): every pair of lists dependent, the same in every stratum, and the
 * chance of being on each list different by each covariate value — heterogeneity that the
 * registered covariates explain. Children whose value is not known are shared over the values by
 * EM. N̂ = observed + the unseen cell of every combination of values; above ten times the observed
 * number it is not returned.
 */
export function fitCovariateModel(table: CovariateCaptureTable): CovariateModelFit {
  const prepared = prepareAndFit(table);
  return 'result' in prepared ? prepared.result : prepared;
}

export interface CovariateFamilyOptions {
  readonly seed?: number;
  /** Simulated tables of the parametric bootstrap; default 1000. */
  readonly replicates?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Each group's mean under the fitted model: the fitted counts of the combinations its children may
 * belong to, times the share of their history's children known as the group's are (what is known
 * depends on the history only, as the EM assumes).
 */
function groupMeans(design: CovariateDesign, groups: Groups, fitted: readonly number[]): number[] {
  const h = design.histories.length;
  const historyOf = groups.rows.map((rows) => (rows[0] as number) % h);
  const seen = new Array<number>(h).fill(0);
  const seenAs = new Map<string, number>();
  groups.counts.forEach((c, g) => {
    const history = historyOf[g] as number;
    seen[history] = (seen[history] as number) + c;
    const key = `${history}|${groups.mask[g]}`;
    seenAs.set(key, (seenAs.get(key) ?? 0) + c);
  });
  return groups.rows.map((rows, g) => {
    const history = historyOf[g] as number;
    const share = (seenAs.get(`${history}|${groups.mask[g]}`) ?? 0) / (seen[history] as number);
    return share * rows.reduce((s, r) => s + (fitted[r] as number), 0);
  });
}

/**
 * The covariate model as one model family beside the others, with a parametric bootstrap 95%
 * interval: every group of children is drawn as Poisson with its mean under the fit
 * (`groupMeans`) and the model fitted again. The terms are held fixed, so the interval leaves
 * their choice out; the replicates' N̂ are the seen plus the fitted unseen.
 */
export function covariateFamily(
  table: CovariateCaptureTable,
  options: CovariateFamilyOptions = {},
): ModelFamilyEstimate {
  return covariateFitAndFamily(table, options).family;
}

/** The fit (`fitCovariateModel`) and the family (`covariateFamily`) from one fit of the model. */
export function covariateFitAndFamily(
  table: CovariateCaptureTable,
  options: CovariateFamilyOptions = {},
): { readonly fit: CovariateModelFit; readonly family: ModelFamilyEstimate } {
  const prepared = prepareAndFit(table);
  if (!('result' in prepared))
    return {
      fit: prepared,
      family: { family: 'covariates', published: false, status: 'not-estimable', reason: prepared.reason },
    };
  return { fit: prepared.result, family: familyOf(prepared, options) };
}

function familyOf(prepared: Prepared, options: CovariateFamilyOptions): ModelFamilyEstimate {
  const family = 'covariates' as const;
  const { design, groups, fit, result } = prepared;
  const replicates = options.replicates ?? 1000;
  if (!Number.isInteger(replicates) || replicates < 2)
    throw new EstimationInputError('replicates must be a whole number of at least 2', 'replicates', replicates);
  const means = groupMeans(design, groups, fit.fitted);
  const random = seededRandom(options.seed ?? 1);
  // Per combination: its children seen (the unknown ones shared out) + its unseen.
  const perCombo = (f: EmFit) => seenPerCombo(design, f.fitted).map((seen, ci) => seen + (f.hidden[ci] as number));
  const estimates: number[] = [];
  const comboEstimates: number[][] = design.combos.map(() => []);
  let failed = 0;
  for (let b = 0; b < replicates; b++) {
    const counts = means.map((m) => samplePoisson(m, random));
    const refit = fitEm(design, { ...groups, counts }, fit.beta);
    if (refit) {
      estimates.push(counts.reduce((s, c) => s + c, 0) + refit.hidden.reduce((s, v) => s + v, 0));
      perCombo(refit).forEach((total, ci) => {
        comboEstimates[ci]?.push(total);
      });
    } else failed++;
    options.onProgress?.(b + 1, replicates);
  }
  if (estimates.length < 2)
    return { family, published: false, status: 'not-estimable', reason: 'the bootstrap tables could not be fitted' };
  estimates.sort((a, b) => a - b);
  const warnings = [
    ...result.dropped.map((d) => `${d.term} left out: ${d.reason}`),
    ...(failed > 0 ? [`${failed} of ${replicates} bootstrap tables could not be fitted`] : []),
  ];
  const totals = perCombo(fit);
  const strata: CovariateStratumEstimate[] = design.combos
    .map((values, ci) => {
      const sorted = (comboEstimates[ci] as number[]).sort((a, b) => a - b);
      const total = totals[ci] as number;
      const hidden = fit.hidden[ci] as number;
      return { values, seen: total - hidden, total, lower: quantile(sorted, 0.025), upper: quantile(sorted, 0.975) };
    })
    .sort((a, b) => b.seen - a.seen);
  return {
    family,
    published: false,
    status: 'ok',
    total: result.total,
    lower: quantile(estimates, 0.025),
    upper: quantile(estimates, 0.975),
    intervalMethod: 'parametric-bootstrap',
    model: result.model,
    ...(design.covariates.length > 0 ? { strata, covariates: design.covariates } : {}),
    ...(warnings.length > 0 ? { warning: warnings.join('; ') } : {}),
  };
}
