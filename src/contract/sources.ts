import { defineCodeList } from './code-list.ts';

/** The chain partners that deliver registrations. */
export const sources = defineCodeList('source', {
  police: { nl: 'Politie', en: 'Police' },
  om: { nl: 'Openbaar Ministerie', en: 'Public Prosecution Service' },
  courts: { nl: 'Rechtspraak', en: 'Courts' },
  csg: { nl: 'Centrum Seksueel Geweld', en: 'Centre for Sexual Violence' },
  veilig_thuis: { nl: 'Veilig Thuis', en: 'Veilig Thuis (domestic violence and child abuse advice)' },
  victim_support: { nl: 'Slachtofferhulp Nederland', en: 'Victim Support Netherlands' },
  probation: { nl: 'Reclassering', en: 'Probation service' },
});
export type SourceCode = (typeof sources.codes)[number];
