import { defineCodeList } from './code-list.ts';

export const roles = defineCodeList('role', {
  victim: { nl: 'Slachtoffer', en: 'Victim' },
  suspect: { nl: 'Verdachte', en: 'Suspect' },
});
export type RoleCode = (typeof roles.codes)[number];

export const sexes = defineCodeList('sex', {
  F: { nl: 'Vrouw/meisje', en: 'Female' },
  M: { nl: 'Man/jongen', en: 'Male' },
  X: { nl: 'Anders (X)', en: 'Other (X)' },
  U: { nl: 'Onbekend', en: 'Unknown' },
});
export type SexCode = (typeof sexes.codes)[number];
