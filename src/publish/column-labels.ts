import { type Label, relationships, settings, sexes, sources } from '../contract/index.ts';
import type { CellValue } from './edition-table.ts';

export type Lang = keyof Label;

const columns: Readonly<Record<string, Label>> = {
  year: { nl: 'Jaar', en: 'Year' },
  cohort: { nl: 'Cohort', en: 'Cohort' },
  source: { nl: 'Bron', en: 'Source' },
  victims: { nl: 'Slachtoffers', en: 'Victims' },
  registered: { nl: 'Geregistreerd', en: 'Registered' },
  registrations: { nl: 'Registraties', en: 'Registrations' },
  suspects: { nl: 'Verdachten', en: 'Suspects' },
  children: { nl: 'Kinderen', en: 'Children' },
  cases: { nl: 'Zaken', en: 'Cases' },
  incidents: { nl: 'Incidenten', en: 'Incidents' },
  share: { nl: 'Aandeel', en: 'Share' },
  sex: { nl: 'Geslacht', en: 'Sex' },
  age_band: { nl: 'Leeftijdsklasse', en: 'Age band' },
  age_group: { nl: 'Leeftijdsgroep', en: 'Age group' },
  setting: { nl: 'Plaats', en: 'Setting' },
  relationship: { nl: 'Relatie', en: 'Relationship' },
  category: { nl: 'Categorie', en: 'Category' },
  step: { nl: 'Stap', en: 'Step' },
  stage: { nl: 'Fase', en: 'Stage' },
  half_year_end: { nl: 'Eind halfjaar', en: 'Half-year end' },
  stock_start: { nl: 'Voorraad begin', en: 'Stock at start' },
  stock_end: { nl: 'Voorraad eind', en: 'Stock at end' },
  inflow: { nl: 'Instroom', en: 'Inflow' },
  outflow: { nl: 'Uitstroom', en: 'Outflow' },
  mean_age_days: { nl: 'Gem. leeftijd (dagen)', en: 'Mean age (days)' },
  mean_days: { nl: 'Gemiddeld (dagen)', en: 'Mean (days)' },
  median_days: { nl: 'Mediaan (dagen)', en: 'Median (days)' },
  share_within_norm: { nl: 'Aandeel binnen norm', en: 'Share within norm' },
  status: { nl: 'Status', en: 'Status' },
};

/** A column's heading in the language; an unlabelled column shows its id with spaces. */
export function columnLabel(column: string, lang: Lang): string {
  return columns[column]?.[lang] ?? column.replaceAll('_', ' ');
}

const codeLists: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  source: sources.labels,
  sex: sexes.labels,
  setting: settings.labels,
  relationship: relationships.labels,
};
const all: Label = { nl: 'alle bronnen', en: 'all sources' };

const numberFormat: Readonly<Record<Lang, Intl.NumberFormat>> = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** A cell as readers see it: code labels for coded columns, numbers in the language's format. */
export function formatCell(column: string, value: CellValue, lang: Lang): string {
  if (value === null) return '–';
  // years and half-years are labels, not quantities: 2024, never 2.024
  if (typeof value === 'number' && /(^|_)(year|cohort)$/.test(column)) return String(value);
  if (typeof value === 'number') return numberFormat[lang].format(value);
  if (typeof value === 'boolean') return value ? (lang === 'nl' ? 'ja' : 'yes') : lang === 'nl' ? 'nee' : 'no';
  if (value === 'all') return all[lang];
  return codeLists[column]?.[value]?.[lang] ?? value;
}
