export { clusterByTokens, type LinkableRecord } from './cluster-by-tokens.ts';
export { type LinkageSummary, linkPersons } from './link-persons.ts';
