import { defineCodeList } from './code-list.ts';

/** One step of the chain from report to sentence, plus contacts with help services. */
export const caseSteps = defineCodeList('case_step', {
  report: { nl: 'Melding', en: 'Report' },
  complaint: { nl: 'Aangifte', en: 'Formal complaint' },
  suspect_registered: { nl: 'Verdachte geregistreerd', en: 'Suspect registered' },
  om_inflow: { nl: 'Instroom OM', en: 'Inflow at the Public Prosecution Service' },
  om_decision: { nl: 'Beslissing OM', en: 'Prosecution decision' },
  court_ruling: { nl: 'Uitspraak rechter', en: 'Court ruling' },
  sentence: { nl: 'Straf of maatregel', en: 'Sentence or measure' },
  probation_start: { nl: 'Start reclasseringstoezicht', en: 'Probation start' },
  probation_end: { nl: 'Einde reclasseringstoezicht', en: 'Probation end' },
  csg_contact: { nl: 'Contact Centrum Seksueel Geweld', en: 'Contact with Centre for Sexual Violence' },
  victim_support_contact: { nl: 'Contact Slachtofferhulp', en: 'Contact with Victim Support' },
  veilig_thuis_contact: { nl: 'Contact Veilig Thuis', en: 'Contact with Veilig Thuis' },
});
export type CaseStepCode = (typeof caseSteps.codes)[number];

export const omDecisions = defineCodeList('om_decision', {
  summons: { nl: 'Dagvaarding', en: 'Summons' },
  dismissal_technical: { nl: 'Technisch sepot', en: 'Dismissal (technical)' },
  dismissal_policy: { nl: 'Beleidssepot', en: 'Dismissal (policy)' },
  penal_order: { nl: 'Strafbeschikking', en: 'Penal order' },
  transaction: { nl: 'Transactie', en: 'Transaction' },
  joinder: { nl: 'Voeging', en: 'Joinder' },
});
export type OmDecisionCode = (typeof omDecisions.codes)[number];

export const courtRulings = defineCodeList('court_ruling', {
  conviction: { nl: 'Veroordeling', en: 'Conviction' },
  acquittal: { nl: 'Vrijspraak', en: 'Acquittal' },
  other: { nl: 'Anders (ontslag van rechtsvervolging, niet-ontvankelijk)', en: 'Other (discharge, inadmissible)' },
});
export type CourtRulingCode = (typeof courtRulings.codes)[number];

export const sentenceTypes = defineCodeList('sentence_type', {
  prison: { nl: 'Onvoorwaardelijke gevangenisstraf', en: 'Prison (unconditional)' },
  suspended_prison: { nl: 'Voorwaardelijke gevangenisstraf', en: 'Suspended prison sentence' },
  youth_detention: { nl: 'Jeugddetentie', en: 'Youth detention' },
  community_service: { nl: 'Taakstraf', en: 'Community service' },
  fine: { nl: 'Geldboete', en: 'Fine' },
  tbs: { nl: 'Tbs of PIJ-maatregel', en: 'Hospital or youth-institution order (TBS/PIJ)' },
  other: { nl: 'Anders', en: 'Other' },
});
export type SentenceTypeCode = (typeof sentenceTypes.codes)[number];

/** Which outcome code list belongs to a step, if any. */
export const outcomeListOfStep: Partial<Record<CaseStepCode, 'om_decision' | 'court_ruling'>> = {
  om_decision: 'om_decision',
  court_ruling: 'court_ruling',
};
