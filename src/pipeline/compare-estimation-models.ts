import { type CaptureTable, type PopulationSizeEstimate, searchPairwiseModels } from '../estimation/index.ts';

/** One model the estimate was compared with, by the same likelihood on the same observed cells. */
export type EstimationCandidate = {
  /** Readable model: 'independence + A×B + …'. */
  readonly model: string;
  readonly family: 'heterogeneity' | 'pairwise';
  readonly parameters: number;
  readonly df: number;
  readonly deviance: number;
  readonly aic: number;
  readonly bic: number;
  readonly total: number;
  /** The model the estimate uses. */
  readonly chosen: boolean;
};

export type ModelComparison = {
  readonly criterion: 'bic';
  /** Models tried in the pairwise search, estimable or not. */
  readonly tried: number;
  /** Of those, the ones that could not be estimated (no MLE, not identifiable, not converged). */
  readonly excluded: number;
  /** The chosen model and the best pairwise models by BIC, lowest BIC first. */
  readonly candidates: readonly EstimationCandidate[];
  /**
   * The chosen model's fit per observable pattern of lists: children seen and the number the model
   * expects, most lists first (absent in outputs stored before it was added).
   */
  readonly cells?: readonly PatternFit[];
};

/** One pattern of lists ('1010': the first and third), seen and as the chosen model fits it. */
export type PatternFit = { readonly history: string; readonly observed: number; readonly fitted: number };

const readable = (interactions: readonly string[]) =>
  ['independence', ...interactions.map((term) => term.replaceAll(':', '×'))].join(' + ');

/**
 * Puts the estimate's model beside the pairwise models a BIC search over all subsets would weigh,
 * so an analyst sees how much the total depends on the choice. Keeps the `keep` best pairwise
 * models (and the chosen one, wherever it ranks).
 */
export function compareEstimationModels(
  table: CaptureTable,
  estimate: PopulationSizeEstimate,
  keep = 10,
): ModelComparison {
  const cells = 2 ** table.sources.length - 1;
  const search = searchPairwiseModels(table, {
    search: table.sources.length <= 6 ? 'all-subsets' : 'forward',
    criterion: 'bic',
  });
  const pairwise: EstimationCandidate[] = search.models.flatMap((m) =>
    m.status === 'ok' && m.deviance !== null && m.aic !== null && m.bic !== null && m.nHat !== null
      ? [
          {
            model: readable(m.interactions),
            family: 'pairwise' as const,
            parameters: m.parameters,
            df: cells - m.parameters,
            deviance: m.deviance,
            aic: m.aic,
            bic: m.bic,
            total: m.nHat,
            chosen: false,
          },
        ]
      : [],
  );
  const { fit } = estimate;
  const chosen: EstimationCandidate = {
    model: estimate.model,
    family: 'pairwise',
    parameters: fit.coefficients.length,
    df: fit.df,
    deviance: fit.deviance,
    aic: fit.aic,
    bic: fit.bic,
    total: fit.nHat,
    chosen: true,
  };
  const others = pairwise
    .filter((c) => c.model !== chosen.model)
    .sort((a, b) => a.bic - b.bic)
    .slice(0, keep);
  return {
    criterion: 'bic',
    tried: search.models.length,
    excluded: search.models.length - pairwise.length,
    candidates: [chosen, ...others].sort((a, b) => a.bic - b.bic),
    cells: fit.fitted.map(({ history, observed, fitted }) => ({ history, observed, fitted })),
  };
}
