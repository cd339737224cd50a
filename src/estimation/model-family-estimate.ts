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
       * 'parametric-bootstrap' (the model held fixed) or 'posterior'.
       */
      readonly intervalMethod: 'profile' | 'wald' | 'bootstrap' | 'parametric-bootstrap' | 'posterior';
      /** The technical model (a formula for log-linear models, classes occupied for latent-class). */
      readonly model: string;
      /** Something a reviewer must know, e.g. MCMC chains that did not converge. */
      readonly warning?: string;
    }
  | { readonly status: 'not-estimable'; readonly reason: string }
);
