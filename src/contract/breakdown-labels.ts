import type { Label } from './code-list.ts';

// Codes the published tables break down by that are not delivered by partners but made by the
// indicators (age bands, delay bands, chain stages) or the estimate (its lists). No zod here: the
// web app imports this file directly, as it does monitor-summary.ts.

type Labels = Readonly<Record<string, Label>>;

/** Age at the incident, in years (victims), or of a case in the work stock, in months. */
export const ageBandLabels: Labels = {
  '0-11': { nl: '0 t/m 11 jaar', en: '0–11 years' },
  '12-15': { nl: '12 t/m 15 jaar', en: '12–15 years' },
  '16-17': { nl: '16 en 17 jaar', en: '16–17 years' },
  '12-17': { nl: '12 t/m 17 jaar', en: '12–17 years' },
  '<18': { nl: 'Jonger dan 18 jaar', en: 'Under 18' },
  '18-20': { nl: '18 t/m 20 jaar', en: '18–20 years' },
  '>=21': { nl: '21 jaar of ouder', en: '21 and over' },
  '0-3m': { nl: 'Korter dan 3 maanden', en: 'Under 3 months' },
  '3-6m': { nl: '3 tot 6 maanden', en: '3 to 6 months' },
  '6-12m': { nl: '6 tot 12 maanden', en: '6 to 12 months' },
  '>=12m': { nl: '12 maanden of langer', en: '12 months or more' },
  unknown: { nl: 'Onbekend', en: 'Unknown' },
};

/** Time from the incident to the report. */
export const delayBandLabels: Labels = {
  '0-3d': { nl: '0 tot 3 dagen', en: '0 to 3 days' },
  '4-14d': { nl: '4 tot 14 dagen', en: '4 to 14 days' },
  '15-30d': { nl: '15 tot 30 dagen', en: '15 to 30 days' },
  '31-91d': { nl: '1 tot 3 maanden', en: '1 to 3 months' },
  '3-12m': { nl: '3 tot 12 maanden', en: '3 to 12 months' },
  '1-5y': { nl: '1 tot 5 jaar', en: '1 to 5 years' },
  '>5y': { nl: 'Meer dan 5 jaar', en: 'More than 5 years' },
  unknown: { nl: 'Onbekend', en: 'Unknown' },
};

/** The steps of the chain funnel, in order (conviction is a ruling, counted as its own step). */
export const funnelStepLabels: Labels = {
  report: { nl: 'Melding', en: 'Report' },
  complaint: { nl: 'Aangifte', en: 'Complaint' },
  suspect_registered: { nl: 'Verdachte bekend', en: 'Suspect known' },
  om_inflow: { nl: 'Bij het OM', en: 'At prosecution' },
  om_decision: { nl: 'Beslissing OM', en: 'Prosecution decision' },
  court_ruling: { nl: 'Uitspraak', en: 'Court ruling' },
  conviction: { nl: 'Veroordeling', en: 'Conviction' },
  sentence: { nl: 'Straf', en: 'Sentence' },
};

/** The stretches of the chain whose duration is measured. */
export const throughputStageLabels: Labels = {
  incident_to_report: { nl: 'Voorval tot melding', en: 'Incident to report' },
  report_to_complaint: { nl: 'Melding tot aangifte', en: 'Report to complaint' },
  report_to_suspect: { nl: 'Melding tot verdachte bekend', en: 'Report to suspect known' },
  complaint_to_om_inflow: { nl: 'Aangifte tot instroom OM', en: 'Complaint to prosecution inflow' },
  om_inflow_to_decision: { nl: 'Instroom OM tot beslissing', en: 'Prosecution inflow to decision' },
  om_inflow_to_ruling: { nl: 'Instroom OM tot uitspraak', en: 'Prosecution inflow to ruling' },
  court_registration_to_ruling: { nl: 'Inschrijving rechtbank tot uitspraak', en: 'Court registration to ruling' },
};

/** The prosecution service's norms. */
export const normLabels: Labels = {
  assessment: { nl: 'Beoordelingsnorm (beslissing)', en: 'Assessment norm (decision)' },
  hearing: { nl: 'Zittingsnorm (uitspraak)', en: 'Hearing norm (ruling)' },
};

/** The help services of 'help contact after a report', 'any' being at least one of them. */
export const helpServiceLabels: Labels = {
  any: { nl: 'Ten minste één hulpdienst', en: 'At least one help service' },
  csg: { nl: 'Centrum Seksueel Geweld', en: 'Centre for Sexual Violence' },
  veilig_thuis: { nl: 'Veilig Thuis', en: 'Veilig Thuis' },
  victim_support: { nl: 'Slachtofferhulp Nederland', en: 'Victim Support Netherlands' },
};

/** The lists of the estimate: police, prosecution and courts count as one ('justice'). */
export const estimationListLabels: Labels = {
  justice: { nl: 'politie en justitie', en: 'police and justice' },
  csg: { nl: 'Centrum Seksueel Geweld', en: 'Centre for Sexual Violence' },
  veilig_thuis: { nl: 'Veilig Thuis', en: 'Veilig Thuis' },
  victim_support: { nl: 'Slachtofferhulp Nederland', en: 'Victim Support Netherlands' },
  police: { nl: 'Politie', en: 'Police' },
  om: { nl: 'Openbaar Ministerie', en: 'Public Prosecution Service' },
  courts: { nl: 'Rechtspraak', en: 'Courts' },
};
