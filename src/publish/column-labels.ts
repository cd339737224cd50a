import {
  ageBandLabels,
  courtRulings,
  delayBandLabels,
  describeEstimationModel,
  funnelStepLabels,
  helpServiceLabels,
  type Label,
  normLabels,
  offenceCategories,
  offences,
  omDecisions,
  regions,
  relationships,
  sentenceTypes,
  settings,
  sexes,
  sources,
  throughputStageLabels,
} from '../contract/index.ts';
import type { CellValue } from './edition-table.ts';

export type Lang = keyof Label;

/**
 * How a column's values read: a year is a label (2018, never 2.018), a share a percentage, a count
 * a whole number, an estimate rounded to `estimatePrecision`, a model a sentence.
 */
type ColumnKind = 'year' | 'count' | 'share' | 'days' | 'years' | 'ratio' | 'estimate' | 'date' | 'model' | 'code';

const c = (nl: string, en: string, kind: ColumnKind): { readonly label: Label; readonly kind: ColumnKind } => ({
  label: { nl, en },
  kind,
});

/** Every published column: its heading in both languages and how its values are written. */
const columns: Readonly<Record<string, { readonly label: Label; readonly kind: ColumnKind }>> = {
  year: c('Jaar', 'Year', 'year'),
  cohort: c('Jaar van melding', 'Year of report', 'year'),
  year_from: c('Vanaf jaar', 'From year', 'year'),
  year_to: c('Tot en met jaar', 'To year', 'year'),
  period: c('Periode', 'Period', 'code'),
  half_year_end: c('Eind halfjaar', 'Half-year end', 'date'),
  source: c('Bron', 'Source', 'code'),
  sex: c('Geslacht', 'Sex', 'code'),
  age_band: c('Leeftijd', 'Age', 'code'),
  age_group: c('Leeftijd', 'Age', 'code'),
  setting: c('Plaats', 'Setting', 'code'),
  relationship: c('Relatie tot de verdachte', 'Relationship to the suspect', 'code'),
  category: c('Soort delict', 'Offence category', 'code'),
  offence: c('Delict', 'Offence', 'code'),
  region: c('Provincie', 'Province', 'code'),
  delay_band: c('Tijd tot de melding', 'Time to report', 'code'),
  step: c('Stap in de keten', 'Step in the chain', 'code'),
  stage: c('Traject', 'Stretch of the chain', 'code'),
  decision: c('Beslissing OM', 'Prosecution decision', 'code'),
  ruling: c('Uitspraak', 'Ruling', 'code'),
  sentence_type: c('Soort straf', 'Type of sentence', 'code'),
  norm: c('Norm', 'Norm', 'code'),
  service: c('Hulpdienst', 'Help service', 'code'),
  status: c('Status', 'Status', 'code'),
  victims: c('Slachtoffers', 'Victims', 'count'),
  registered: c('Geregistreerde kinderen', 'Registered children', 'count'),
  registrations: c('Registraties', 'Registrations', 'count'),
  suspects: c('Verdachten', 'Suspects', 'count'),
  children: c('Kinderen', 'Children', 'count'),
  children_reported: c('Kinderen met een melding', 'Children with a report', 'count'),
  cases: c('Zaken', 'Cases', 'count'),
  incidents: c('Voorvallen', 'Incidents', 'count'),
  sentences: c('Straffen', 'Sentences', 'count'),
  with_length: c('Met bekende duur', 'With known length', 'count'),
  repeat_victims: c('Opnieuw slachtoffer', 'Victimised again', 'count'),
  in_home: c('In een woning', 'In a home', 'count'),
  known_setting: c('Plaats bekend', 'Setting known', 'count'),
  online: c('Online', 'Online', 'count'),
  under_wsm: c('Onder de Wet seksuele misdrijven', 'Under the Sexual Offences Act', 'count'),
  with_complaint: c('Met aangifte', 'With a formal complaint', 'count'),
  with_contact: c('Met contact', 'With contact', 'count'),
  within_norm: c('Binnen de norm', 'Within the norm', 'count'),
  stock_start: c('Voorraad begin', 'Stock at start', 'count'),
  stock_end: c('Voorraad eind', 'Stock at end', 'count'),
  inflow: c('Instroom', 'Inflow', 'count'),
  outflow: c('Uitstroom', 'Outflow', 'count'),
  step_order: c('Volgorde', 'Order', 'count'),
  share: c('Aandeel (%)', 'Share (%)', 'share'),
  share_of_known: c('Aandeel van bekende plaatsen (%)', 'Share of known settings (%)', 'share'),
  previous_share: c('Ten opzichte van de vorige stap (%)', 'Relative to the previous step (%)', 'share'),
  share_within_norm: c('Binnen de norm (%)', 'Within the norm (%)', 'share'),
  target_share: c('Doel (%)', 'Target (%)', 'share'),
  incident_date_known: c('Datum voorval bekend (%)', 'Incident date known (%)', 'share'),
  setting_known: c('Plaats bekend (%)', 'Setting known (%)', 'share'),
  relationship_known: c('Relatie bekend (%)', 'Relationship known (%)', 'share'),
  region_known: c('Provincie bekend (%)', 'Province known (%)', 'share'),
  victim_known: c('Slachtoffer bekend (%)', 'Victim known (%)', 'share'),
  victim_sex_known: c('Geslacht slachtoffer bekend (%)', 'Victim’s sex known (%)', 'share'),
  victim_birth_known: c('Geboortedatum slachtoffer bekend (%)', 'Victim’s birth date known (%)', 'share'),
  meets_target: c('Doel gehaald', 'Target met', 'code'),
  mean_days: c('Gemiddeld (dagen)', 'Mean (days)', 'days'),
  median_days: c('Mediaan (dagen)', 'Median (days)', 'days'),
  p80_days: c('80% binnen (dagen)', '80% within (days)', 'days'),
  norm_days: c('Norm (dagen)', 'Norm (days)', 'days'),
  mean_age_days: c('Gemiddelde leeftijd (dagen)', 'Mean age (days)', 'days'),
  mean_age: c('Gemiddelde leeftijd (jaren)', 'Mean age (years)', 'years'),
  median_age: c('Mediane leeftijd (jaren)', 'Median age (years)', 'years'),
  modal_age: c('Meest voorkomende leeftijd (jaren)', 'Most common age (years)', 'years'),
  observed: c('Geregistreerd', 'Registered', 'count'),
  hidden: c('Niet geregistreerd (geschat)', 'Not registered (estimated)', 'estimate'),
  total: c('Totaal (geschat)', 'Total (estimated)', 'estimate'),
  lower: c('Ondergrens 95%-interval', 'Lower bound 95% interval', 'estimate'),
  upper: c('Bovengrens 95%-interval', 'Upper bound 95% interval', 'estimate'),
  ratio: c('Totaal per geregistreerd kind', 'Total per registered child', 'ratio'),
  model: c('Model', 'Model', 'model'),
};

/** Estimates are published rounded to tens: more digits would claim a precision the interval denies. */
export const estimatePrecision = 10;

/** An estimate as it is published, to `estimatePrecision`. */
export const roundEstimate = (value: number): number => Math.round(value / estimatePrecision) * estimatePrecision;

/** Every column id with a label, for tests that look for raw ids in published output. */
export const labelledColumns: readonly string[] = Object.keys(columns);

/** A column's heading in the language; an unlabelled column shows its id in words (a test catches it). */
export function columnLabel(column: string, lang: Lang): string {
  const label = columns[column]?.label[lang];
  if (label) return label;
  const words = column.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Whether a column holds years or shares (for chart axes). */
export const columnKind = (column: string): ColumnKind | undefined => columns[column]?.kind;

const statusLabels: Readonly<Record<string, Label>> = {
  published: { nl: 'Gepubliceerd', en: 'Published' },
  threshold: { nl: 'Afgeschermd: aantal onder de drempel', en: 'Withheld: count below the threshold' },
  dominance: { nl: 'Afgeschermd: één bijdrager overheerst', en: 'Withheld: one contributor dominates' },
  secondary: {
    nl: 'Afgeschermd: anders uit andere cijfers terug te rekenen',
    en: 'Withheld: could otherwise be worked back from other figures',
  },
};

const all: Label = { nl: 'Alle bronnen', en: 'All sources' };

/** The labels of a coded column's values, from the contract's code lists (one place for every label). */
const codeLists: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  source: { ...sources.labels, all },
  sex: sexes.labels,
  setting: settings.labels,
  relationship: relationships.labels,
  category: offenceCategories.labels,
  offence: offences.labels,
  region: regions.labels,
  decision: omDecisions.labels,
  ruling: courtRulings.labels,
  sentence_type: sentenceTypes.labels,
  step: funnelStepLabels,
  stage: throughputStageLabels,
  norm: normLabels,
  service: helpServiceLabels,
  age_band: ageBandLabels,
  age_group: ageBandLabels,
  delay_band: delayBandLabels,
  status: statusLabels,
};

/** The label of a code in a coded column; a code without a label stays as it is (a test catches it). */
export function codeLabel(column: string, code: string, lang: Lang): string {
  return codeLists[column]?.[code]?.[lang] ?? code;
}

/** The codes of a coded column in the code list's order (for a stable legend and colour order). */
export const codeOrder = (column: string): readonly string[] => Object.keys(codeLists[column] ?? {});

/**
 * A number as readers get it, in tables and downloads alike: shares as percentages with one
 * decimal, days and counts whole, ages with one decimal, estimates rounded to `estimatePrecision`.
 */
export function readerNumber(column: string, value: number): number {
  switch (columns[column]?.kind) {
    case 'share':
      return Math.round(value * 1000) / 10;
    case 'count':
    case 'days':
      return Math.round(value);
    case 'estimate':
      return roundEstimate(value);
    case 'years':
      return Math.round(value * 10) / 10;
    case 'ratio':
      return Math.round(value * 100) / 100;
    default:
      return value;
  }
}

const locales: Readonly<Record<Lang, string>> = { nl: 'nl-NL', en: 'en-GB' };
const numberFormat: Readonly<Record<Lang, Intl.NumberFormat>> = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};
const dateFormat: Readonly<Record<Lang, Intl.DateTimeFormat>> = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** A calendar date (YYYY-MM-DD) in words: 30 jun 2018. */
export function formatDate(iso: string, lang: Lang): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? dateFormat[lang].format(new Date(`${iso}T00:00:00Z`)) : iso;
}

/** A number in the language's format, with grouping (12.345) unless it is a year. */
export const formatNumber = (value: number, lang: Lang, digits?: number): string =>
  digits === undefined
    ? numberFormat[lang].format(value)
    : new Intl.NumberFormat(locales[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        value,
      );

/** A cell as readers see it: code labels for coded columns, numbers rounded and in the language's format. */
export function formatCell(column: string, value: CellValue, lang: Lang): string {
  if (value === null) return '–';
  const kind = columns[column]?.kind;
  if (typeof value === 'number' && kind === 'year') return String(value);
  if (typeof value === 'number') {
    const shown = readerNumber(column, value);
    return kind === 'share' || kind === 'years' ? formatNumber(shown, lang, 1) : formatNumber(shown, lang);
  }
  if (typeof value === 'boolean') return value ? (lang === 'nl' ? 'ja' : 'yes') : lang === 'nl' ? 'nee' : 'no';
  if (kind === 'date') return formatDate(value, lang);
  if (kind === 'model') return describeEstimationModel(value, lang);
  return codeLabel(column, value, lang);
}
