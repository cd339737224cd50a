import { defineCodeList } from './code-list.ts';

/** Relationship of the suspect to the victim, seen from the victim. */
export const relationships = defineCodeList('relationship', {
  parent: { nl: '(Stief)ouder', en: 'Parent or step-parent' },
  other_family: { nl: 'Ander familielid', en: 'Other family member' },
  acquaintance: { nl: 'Bekende', en: 'Acquaintance' },
  peer: { nl: 'Leeftijdgenoot', en: 'Peer' },
  partner: { nl: '(Ex-)partner', en: '(Ex-)partner' },
  professional: { nl: 'Professional of verzorger', en: 'Professional or caregiver' },
  stranger: { nl: 'Onbekende (vreemde)', en: 'Stranger' },
  unknown: { nl: 'Onbekend', en: 'Unknown' },
});
export type RelationshipCode = (typeof relationships.codes)[number];
