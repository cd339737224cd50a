import type { LogLinearFitOk } from './fit-log-linear.ts';

/**
 * AIC of a log-linear fit on the cells of people seen, given that each was seen:
 * −2 Σ n_h log(μ_h / Σ μ) + 2 (parameters − 1). The intercept only sets how many were seen, which
 * every model fits exactly, so it is not counted; the latent-class fit (`fitLatentClassMle`) is
 * judged on the same likelihood, and the two AICs can be compared.
 */
export function seenCellsAic(fit: Pick<LogLinearFitOk, 'fitted' | 'coefficients'>): number {
  const total = fit.fitted.reduce((sum, cell) => sum + cell.fitted, 0);
  const logLik = fit.fitted.reduce(
    (sum, cell) => (cell.observed > 0 ? sum + cell.observed * Math.log(cell.fitted / total) : sum),
    0,
  );
  return -2 * logLik + 2 * (fit.coefficients.length - 1);
}
