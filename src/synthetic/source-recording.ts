import type { SourceCode } from '../contract/index.ts';

/** How each partner records what it learns: its id formats and how often fields stay empty. */
export type SourceRecording = {
  registrationId: (seq: number, year: number, regionNumber: number) => string;
  personPrefix: string;
  eventPrefix: string;
  /** P(no BSN) for a victim / a suspect */
  bsnMissing: readonly [number, number];
  /** P(no date of birth) for a victim / a suspect */
  dobMissing: readonly [number, number];
  /** help services often note only the call name */
  allFirstNames: boolean;
  /** P(a known person gets a second local id) */
  duplicatePerson: number;
  incidentDateMissing: number;
  settingUnknown: number;
  relationshipUnknown: number;
  regionUnknown: number;
  sexUnknown: number;
  postcodeMissing: number;
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const justice = {
  bsnMissing: [0.02, 0.01],
  dobMissing: [0.01, 0.01],
  allFirstNames: true,
  duplicatePerson: 0.01,
  incidentDateMissing: 0,
  settingUnknown: 0.02,
  relationshipUnknown: 0.02,
  regionUnknown: 0,
  sexUnknown: 0,
  postcodeMissing: 0.01,
} as const;

export const sourceRecording: Record<SourceCode, SourceRecording> = {
  police: {
    ...justice,
    registrationId: (seq, year) => `PL${year}-${pad(seq, 7)}`,
    personPrefix: 'PP',
    eventPrefix: 'PE',
    bsnMissing: [0.1, 0.15],
    dobMissing: [0.02, 0.05],
    duplicatePerson: 0.03,
    settingUnknown: 0.03,
  },
  om: {
    ...justice,
    registrationId: (seq, year, region) => `${pad(region, 2)}/${pad(seq, 6)}-${pad(year % 100, 2)}`,
    personPrefix: 'OV',
    eventPrefix: 'OE',
  },
  courts: {
    ...justice,
    registrationId: (seq, year) => `RB-${year}-${pad(seq, 6)}`,
    personPrefix: 'RP',
    eventPrefix: 'RE',
  },
  probation: {
    ...justice,
    registrationId: (seq) => `RN${pad(seq, 7)}`,
    personPrefix: 'RK',
    eventPrefix: 'RKE',
    incidentDateMissing: 0.3,
    settingUnknown: 0.2,
  },
  csg: {
    registrationId: (seq) => `CSG-${pad(seq, 7)}`,
    personPrefix: 'CC',
    eventPrefix: 'CE',
    bsnMissing: [0.7, 0.9],
    dobMissing: [0.25, 0.5],
    allFirstNames: false,
    duplicatePerson: 0.06,
    incidentDateMissing: 0.1,
    settingUnknown: 0.1,
    relationshipUnknown: 0.3,
    regionUnknown: 0.03,
    sexUnknown: 0.03,
    postcodeMissing: 0.3,
  },
  veilig_thuis: {
    registrationId: (seq, year) => `VT-${year}-${pad(seq, 6)}`,
    personPrefix: 'VK',
    eventPrefix: 'VE',
    bsnMissing: [0.1, 0.2],
    dobMissing: [0.05, 0.15],
    allFirstNames: true,
    duplicatePerson: 0.04,
    incidentDateMissing: 0.15,
    settingUnknown: 0.05,
    relationshipUnknown: 0.1,
    regionUnknown: 0.01,
    sexUnknown: 0.01,
    postcodeMissing: 0.05,
  },
  victim_support: {
    registrationId: (seq) => `SHN${pad(seq, 7)}`,
    personPrefix: 'SC',
    eventPrefix: 'SE',
    bsnMissing: [0.6, 0.9],
    dobMissing: [0.1, 0.3],
    allFirstNames: false,
    duplicatePerson: 0.05,
    incidentDateMissing: 0.1,
    settingUnknown: 0.15,
    relationshipUnknown: 0.3,
    regionUnknown: 0.02,
    sexUnknown: 0.02,
    postcodeMissing: 0.1,
  },
};
