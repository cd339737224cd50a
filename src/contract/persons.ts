import { defineCodeList } from './code-list.ts';
import { personRoleLabels } from './person-role-labels.ts';

export const roles = defineCodeList('role', personRoleLabels);
export type RoleCode = (typeof roles.codes)[number];

export const sexes = defineCodeList('sex', {
  F: { nl: 'Vrouw/meisje', en: 'Female' },
  M: { nl: 'Man/jongen', en: 'Male' },
  X: { nl: 'Anders (X)', en: 'Other (X)' },
  U: { nl: 'Onbekend', en: 'Unknown' },
});
export type SexCode = (typeof sexes.codes)[number];
