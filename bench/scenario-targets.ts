// The bars issue 16 sets the published estimator on the capture scenarios, judged on the scored
// cells: where N is identifiable, a 95% interval that covers it in ≥ 90% of tables in every cell and
// is at most 0.5 N wide on average at N = 2,000; under two-class and logit-normal heterogeneity with
// four or more lists, coverage ≥ 80%. A bar with no scored cell (a filtered run) is left out.
import type { BenchResult } from './bench-result.ts';
import type { EstimatorCellScore, ScenarioCellScore } from './scenario-coverage.ts';

type CoverageBar = {
  readonly kind: 'coverage';
  readonly scenarios: (cell: ScenarioCellScore) => boolean;
  readonly where: string;
  readonly minLists: number;
  readonly target: number;
};
type WidthBar = {
  readonly kind: 'width';
  readonly scenarios: (cell: ScenarioCellScore) => boolean;
  readonly where: string;
  readonly size: number;
  readonly target: number;
};

const identifiable = (cell: ScenarioCellScore) => cell.scenario.kind === 'identifiable';
const latentOrLogitNormal = (cell: ScenarioCellScore) =>
  ['two-class', 'two-class-rare', 'two-class-equal', 'logit-normal'].includes(cell.scenario.id);

const bars: readonly (CoverageBar | WidthBar)[] = [
  { kind: 'coverage', scenarios: identifiable, where: 'every cell', minLists: 2, target: 0.9 },
  { kind: 'width', scenarios: identifiable, where: 'N = 2,000', size: 2000, target: 0.5 },
  { kind: 'coverage', scenarios: latentOrLogitNormal, where: 'every cell with K ≥ 4', minLists: 4, target: 0.8 },
];

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const at = (cell: ScenarioCellScore) => `K = ${cell.lists}, N = ${cell.size.toLocaleString('en')}`;

/** P(X ≤ x) for X ~ Binomial(n, p): how often an interval with true coverage p does this badly or worse. */
export function binomialAtMost(x: number, n: number, p: number): number {
  let term = (1 - p) ** n;
  let sum = term;
  for (let k = 1; k <= x; k++) {
    term *= ((n - k + 1) / k) * (p / (1 - p));
    sum += term;
  }
  return Math.min(1, sum);
}

function coverageResult(bar: CoverageBar, scenario: string, cells: readonly [ScenarioCellScore, EstimatorCellScore][]) {
  const judged = cells.filter(([cell]) => cell.lists >= bar.minLists);
  if (judged.length === 0) return null;
  const share = ([, s]: [ScenarioCellScore, EstimatorCellScore]) => s.covered / s.replicates;
  const below = judged.filter((c) => share(c) < bar.target);
  const [worstCell, worst] = judged.reduce((a, b) => (share(b) < share(a) ? b : a));
  // Monte Carlo noise, so a reader can tell a real miss from a few unlucky tables.
  const chance = binomialAtMost(worst.covered, worst.replicates, 0.95);
  const noise =
    below.length > 0
      ? `; an interval that covers 95% does this badly in ${chance < 0.001 ? '< 0.1%' : pct(chance)} of cells`
      : '';
  return {
    name: `capture scenarios, ${scenario}: the published 95% interval covers N in ${bar.where}`,
    pass: below.length === 0,
    figure: `lowest ${pct(share([worstCell, worst]))} (${worst.covered}/${worst.replicates} at ${at(worstCell)}${noise}), ${below.length} of ${judged.length} cells below`,
    target: `≥ ${pct(bar.target)}`,
  };
}

function widthResult(bar: WidthBar, scenario: string, cells: readonly [ScenarioCellScore, EstimatorCellScore][]) {
  const judged = cells.filter(([cell]) => cell.size === bar.size);
  if (judged.length === 0) return null;
  // a cell where nothing was estimated has no width: it counts as a miss
  const width = ([, s]: [ScenarioCellScore, EstimatorCellScore]) =>
    Number.isNaN(s.meanWidthOverN) ? Number.POSITIVE_INFINITY : s.meanWidthOverN;
  const above = judged.filter((c) => !(width(c) <= bar.target));
  const [widestCell, widest] = judged.reduce((a, b) => (width(b) > width(a) ? b : a));
  // what the data allow there: the interval of the model that generated the table, when it was scored
  const truth = widestCell.scores.find((s) => s.estimator.id === 'true-model');
  const allowed =
    truth && !Number.isNaN(truth.meanWidthOverN)
      ? `; the true model's own interval there: ${truth.meanWidthOverN.toFixed(2)} N`
      : '';
  const median = Number.isNaN(widest.medianWidthOverN) ? '' : `; median ${widest.medianWidthOverN.toFixed(2)} N`;
  return {
    name: `capture scenarios, ${scenario}: the published interval's mean width at ${bar.where}`,
    pass: above.length === 0,
    figure: `widest ${width([widestCell, widest]).toFixed(2)} N (K = ${widestCell.lists}${median}${allowed}), ${above.length} of ${judged.length} cells above`,
    target: `≤ ${bar.target} N`,
  };
}

/** One PASS/FAIL per bar and scenario, judged on the published estimator's scores. */
export function scenarioTargets(cells: readonly ScenarioCellScore[]): BenchResult[] {
  const results: BenchResult[] = [];
  for (const bar of bars) {
    const scenarios = [...new Set(cells.filter(bar.scenarios).map((c) => c.scenario.id))];
    for (const scenario of scenarios) {
      const scored = cells
        .filter((c) => c.scenario.id === scenario)
        .flatMap((c) => {
          const s = c.scores.find((x) => x.estimator.published);
          return s ? [[c, s] as [ScenarioCellScore, EstimatorCellScore]] : [];
        });
      const result =
        bar.kind === 'coverage' ? coverageResult(bar, scenario, scored) : widthResult(bar, scenario, scored);
      if (result) results.push(result);
    }
  }
  return results;
}
