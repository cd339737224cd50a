// Public surface of the latent-class estimator (Manrique-Vallier 2016, as R's LCMCR).
export type { LatentClassEstimate, LatentClassOptions } from './estimate-latent-class.ts';
export { convergenceThresholds, estimateLatentClass } from './estimate-latent-class.ts';
