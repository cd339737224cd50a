/** The model families an estimate of the hidden number can rest on, as they are shown side by side. */
export type ModelFamily = 'independence' | 'pairwise' | 'heterogeneity' | 'latent-class' | 'covariates';

/**
 * One model family's answer on a capture table, so a reader sees which assumption drives the
 * number. `published`: the published estimate is (or combines) this family's answer.
 */
export type ModelFamilyEstimate = {
  readonly family: ModelFamily;
  readonly published: boolean;
} & (
  | {
      readonly status: 'ok';
      readonly total: number;
      readonly lower: number;
      readonly upper: number;
      /**
       * How the interval was made: 'profile', 'wald', 'bootstrap' (re-selecting the model),
       * 'model-averaged' (the pairwise models' tail areas by their weights, `modelAveragedInterval`),
       * 'parametric-bootstrap' (the model held fixed) or 'posterior'.
       */
      readonly intervalMethod:
        | 'profile'
        | 'wald'
        | 'bootstrap'
        | 'model-averaged'
        | 'parametric-bootstrap'
        | 'posterior';
      /** The technical model (a formula for log-linear models, classes occupied for latent-class). */
      readonly model: string;
      /** Something a reviewer must know, e.g. MCMC chains that did not converge. */
      readonly warning?: string;
      /** The covariate model only: the estimate per combination of the values of `covariates`. */
      readonly strata?: readonly CovariateStratumEstimate[];
      readonly covariates?: readonly string[];
    }
  | { readonly status: 'not-estimable'; readonly reason: string }
);

/**
 * One combination of covariate values (e.g. girls 12–15) under the covariate model: `seen` counts
 * the children seen with those values, those with an unknown value shared out as the model has it
 * (so not a whole number); `total` adds the unseen, with the bootstrap's 95% interval.
 */
export type CovariateStratumEstimate = {
  readonly values: readonly string[];
  readonly seen: number;
  readonly total: number;
  readonly lower: number;
  readonly upper: number;
};
