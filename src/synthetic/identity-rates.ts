import type { SourceCode } from '../contract/index.ts';
import type { AsylumOrigin } from './asylum-names.ts';

/**
 * The hard cases of linkage, each at a documented rate (docs/synthetic-chain.md, "Identities and
 * the hard cases of linkage", gives the reasoning). Real deliveries have all of them, so they are on
 * in every simulation.
 */
export const familyRates = {
  /** share of children who are a twin: 1.6–1.7 % of Dutch births are multiple births, so ≈ 3.3 % of children */
  twin: 0.033,
  /** P(the twin is abused by the same suspect too): family suspect / other offline suspect */
  twinAlsoVictim: { family: 0.5, other: 0.15 },
  /** P(a brother or sister is abused by the same suspect too): family suspect / other offline suspect */
  siblingAlsoVictim: { family: 0.15, other: 0.02 },
  /** twins: one in three monozygotic (same sex) and half the others of one sex */
  twinSameSex: 2 / 3,
  /** age gap between siblings (whole years, both ends included) */
  siblingGapYears: [1, 6] as const,
} as const;

export const identityRates = {
  /** share of child victims' families that came to the Netherlands seeking asylum */
  asylum: 0.04,
  asylumOrigin: [
    ['syria', 45],
    ['eritrea', 30],
    ['afghanistan', 25],
  ] as const satisfies readonly (readonly [AsylumOrigin, number])[],
  /** P(no BSN yet at the first incident): the child is still waiting for registration in the BRP */
  asylumBsnLater: 0.5,
  /** median days from the first incident to the BSN, when it comes later (lognormal, σ 0.7) */
  asylumBsnDelayMedianDays: 180,
  /** P(a partner records no BSN for an asylum child that has one): found under another spelling, or a V-number instead */
  asylumBsnNotFound: 0.5,
  /** P(the birth date is unknown and the official one an estimate, 1 January), by origin */
  asylumEstimatedBirth: { syria: 0.2, eritrea: 0.6, afghanistan: 0.6 } as Record<AsylumOrigin, number>,
  /** P(the estimate's year is one off the true year), split evenly between earlier and later */
  asylumEstimateYearOff: 0.3,
  /** share of children known under a double surname (father's and mother's: Jansen-de Vries) */
  doubleSurname: 0.04,
  /** share of children whose surname changes after their first incident (recognition, adoption) */
  changedSurname: 0.02,
  /** the change comes within this many days of the first incident (uniform) */
  changedSurnameWithinDays: 3 * 365,
  /** share of children (and adults) whose official first name is a traditional one with a call name */
  callName: 0.08,
  /** share of CSG victim contacts that are anonymous: a first name only */
  anonymousCsg: 0.15,
} as const;

/** How a partner writes names: the BRP-fed justice partners keep official forms, help services write what they hear. */
export type RecordingStyle = {
  /** P(the call name instead of the official first names) */
  callName: number;
  /** weights of the particle forms: own column, inside the surname, capitalised inside, joined, abbreviated */
  particle: readonly [number, number, number, number, number];
  /** weights of a double surname written whole, as the first part only, as the second part only */
  doubleSurname: readonly [number, number, number];
  /** P(the official spelling of an asylum child's names) */
  officialSpelling: number;
  /** P(the official surname of an asylum child; else another name of the family's, e.g. the grandfather's) */
  officialSurname: number;
  /** P(the official estimated birth date of an asylum child; else the true date the child gives) */
  officialBirthDate: number;
};

const justice: RecordingStyle = {
  callName: 0.02,
  particle: [92, 4, 2, 1, 1],
  doubleSurname: [30, 70, 0],
  officialSpelling: 0.7,
  officialSurname: 0.8,
  officialBirthDate: 0.85,
};
const help: RecordingStyle = {
  callName: 0.85,
  particle: [60, 18, 12, 5, 5],
  doubleSurname: [40, 30, 30],
  officialSpelling: 0.4,
  officialSurname: 0.5,
  officialBirthDate: 0.4,
};

export const recordingStyle: Record<SourceCode, RecordingStyle> = {
  police: { ...justice, callName: 0.15, officialSpelling: 0.6, officialSurname: 0.7, officialBirthDate: 0.7 },
  om: justice,
  courts: justice,
  probation: justice,
  csg: help,
  veilig_thuis: { ...help, callName: 0.4, particle: [75, 12, 8, 3, 2], officialSpelling: 0.5 },
  victim_support: help,
};
