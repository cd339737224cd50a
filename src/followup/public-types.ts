/**
 * The types the web pages need, without the server-side modules (store, docx, node:crypto) that
 * `index.ts` also exports: the browser bundle imports from here.
 */
export type { CommitmentDigest, DigestItem, MinistryDigest } from './commitments/commitment-digest.ts';
export type { EditionOverview, PublicCommitment, PublicRecommendation, RecurringTheme } from './edition-overview.ts';
export type { Commitment, CommitmentStatus, Stance } from './followup-model.ts';
export { stanceLabels, statusLabels, dutchDate } from './stance-labels.ts';
