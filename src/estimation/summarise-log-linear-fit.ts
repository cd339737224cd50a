import type { FitLogLinearOptions, LogLinearFitOk } from './fit-log-linear.ts';
import type { fitPoissonIrls } from './fit-poisson-irls.ts';
import { logGamma } from './log-gamma.ts';
import { normalQuantile } from './normal-quantile.ts';
import { profileIntervalForN } from './profile-interval-for-n.ts';

/**
 * A converged Poisson fit of a capture table as the estimate readers use: coefficients with
 * standard errors, deviance, AIC/BIC, the unobserved cell and N-hat with its interval.
 */
export function summariseLogLinearFit(
  x: number[][],
  counts: readonly number[],
  histories: readonly string[],
  sources: readonly string[],
  names: readonly string[],
  fit: NonNullable<ReturnType<typeof fitPoissonIrls>>,
  options: FitLogLinearOptions,
): LogLinearFitOk {
  const level = options.level ?? 0.95;
  const information = fit.information;
  if (!information) throw new Error('summarise needs the Fisher information');
  const covariance = information.inverse();
  const coefficients = names.map((term, j) => ({
    term,
    estimate: fit.beta[j] as number,
    se: Math.sqrt((covariance[j] as number[])[j] as number),
  }));
  const p = names.length;
  const observedTotal = counts.reduce((s, count) => s + count, 0);
  let logLik = 0;
  counts.forEach((count, i) => {
    const m = fit.fitted[i] as number;
    logLik += (count > 0 ? count * Math.log(m) : 0) - m - logGamma(count + 1);
  });
  const intercept = coefficients[0] as (typeof coefficients)[number];
  const m0 = Math.exp(intercept.estimate);
  const z = normalQuantile(1 - (1 - level) / 2);
  const wald = {
    lower: observedTotal + m0 * Math.exp(-z * intercept.se),
    upper: observedTotal + m0 * Math.exp(z * intercept.se),
  };
  const profile =
    options.profileInterval === false
      ? null
      : profileIntervalForN({ x, y: counts, beta: fit.beta, chiSquareQuantile: z * z });
  return {
    status: 'ok',
    sources,
    interactions: names.slice(1 + sources.length),
    coefficients,
    deviance: fit.deviance,
    df: histories.length - p,
    logLik,
    aic: -2 * logLik + 2 * p,
    bic: -2 * logLik + p * Math.log(observedTotal),
    fitted: histories.map((history, i) => ({
      history,
      observed: counts[i] as number,
      fitted: fit.fitted[i] as number,
    })),
    iterations: fit.iterations,
    observedTotal,
    unobserved: { estimate: m0, se: m0 * intercept.se },
    nHat: observedTotal + m0,
    interval: { method: profile ? 'profile' : 'wald', level, ...(profile ?? wald), profile, wald },
  };
}
