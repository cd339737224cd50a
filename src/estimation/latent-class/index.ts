// Public surface of the latent-class estimator (Manrique-Vallier 2016, as R's LCMCR), and the
// maximum-likelihood latent-class fit the published rule compares with the log-linear models' fit.
export type { LatentClassEstimate, LatentClassOptions } from './estimate-latent-class.ts';
export { convergenceThresholds, estimateLatentClass } from './estimate-latent-class.ts';
export type { LatentClassMle, LatentClassMleOptions } from './fit-latent-class-mle.ts';
export { bestLatentClassMle, fitLatentClassMle } from './fit-latent-class-mle.ts';
