import type { Label } from '../contract/index.ts';
import type { CellValue } from './edition-table.ts';

/** How an indicator is drawn: a line per series or stacked bars, over rows matching `where`. */
export type ChartSpec = {
  readonly mark: 'line' | 'bar';
  readonly x: string;
  readonly y: string;
  readonly z?: string;
  readonly where?: Readonly<Record<string, CellValue>>;
  /** A column whose numbers put the x values in order (a chain step by its step order). */
  readonly xOrder?: string;
  /** Small multiples add up the other breakdowns (sources) per x; say so in the summary. */
  readonly sum?: boolean;
};

export type ThemeIndicator = { readonly id: string; readonly chart?: ChartSpec };

export type SiteTheme = {
  readonly slug: Label;
  readonly title: Label;
  readonly intro: Label;
  readonly indicators: readonly ThemeIndicator[];
};

const line = (x: string, y: string, z?: string, where?: ChartSpec['where']): ChartSpec => ({
  mark: 'line',
  x,
  y,
  ...(z ? { z } : {}),
  ...(where ? { where } : {}),
});
const bar = (x: string, y: string, z?: string, where?: ChartSpec['where']): ChartSpec => ({
  mark: 'bar',
  x,
  y,
  ...(z ? { z } : {}),
  ...(where ? { where } : {}),
});

/** The published site's theme pages, in order, and the indicators each shows. */
export const siteThemes: readonly SiteTheme[] = [
  {
    slug: { nl: 'slachtoffers', en: 'victims' },
    title: { nl: 'Slachtoffers', en: 'Victims' },
    intro: {
      nl: 'Kinderen die een of meer ketenpartners als slachtoffer registreerden, na koppeling over de bronnen, en de schatting van het aantal dat geen bron zag.',
      en: 'Children one or more chain partners registered as victims, after linkage across the sources, and the estimate of the number no source saw.',
    },
    indicators: [
      { id: 'victims-per-year', chart: bar('year', 'registered') },
      { id: 'estimated-total-victims' },
      { id: 'victims-per-year-by-source', chart: line('year', 'victims', 'source') },
      { id: 'victims-by-age-band', chart: bar('year', 'victims', 'age_band') },
      { id: 'victims-by-sex', chart: bar('year', 'victims', 'sex') },
      { id: 'victim-age-summary' },
      { id: 'repeat-victimisation', chart: bar('cohort', 'repeat_victims', 'age_group') },
      { id: 'help-contact-after-report', chart: line('year', 'share', 'service') },
    ],
  },
  {
    slug: { nl: 'incidenten', en: 'incidents' },
    title: { nl: 'Incidenten en plaatsen', en: 'Incidents and settings' },
    intro: {
      nl: 'Registraties naar bron, plaats, relatie tot de verdachte, delict en de tijd tot de melding.',
      en: 'Registrations by source, setting, relationship to the suspect, offence and time to report.',
    },
    indicators: [
      { id: 'registrations-per-year-by-source', chart: line('year', 'registrations', 'source') },
      { id: 'settings-distribution', chart: { ...bar('year', 'registrations', 'setting'), sum: true } },
      { id: 'home-share', chart: line('year', 'share', 'source') },
      { id: 'online-share', chart: line('year', 'share', 'source') },
      { id: 'relationship-to-suspect', chart: { ...bar('year', 'registrations', 'relationship'), sum: true } },
      { id: 'offence-categories', chart: { ...bar('year', 'registrations', 'category'), sum: true } },
      { id: 'reporting-delay', chart: { ...bar('year', 'registrations', 'delay_band'), sum: true } },
    ],
  },
  {
    slug: { nl: 'verdachten', en: 'suspects' },
    title: { nl: 'Verdachten', en: 'Suspects' },
    intro: {
      nl: 'Geregistreerde verdachten na koppeling, naar leeftijd en geslacht.',
      en: 'Registered suspects after linkage, by age and sex.',
    },
    indicators: [
      { id: 'suspects-per-year', chart: line('year', 'suspects', 'source') },
      { id: 'suspects-by-age-band', chart: bar('year', 'suspects', 'age_band', { source: 'all' }) },
      { id: 'suspects-by-sex', chart: bar('year', 'suspects', 'sex', { source: 'all' }) },
    ],
  },
  {
    slug: { nl: 'keten', en: 'chain' },
    title: { nl: 'De strafrechtketen en doorlooptijden', en: 'The criminal justice chain and throughput' },
    intro: {
      nl: 'Wat er met meldingen gebeurt: aangifte, beslissingen van het OM, uitspraken, straffen en de tijd die elke stap kost.',
      en: 'What happens to reports: complaints, prosecution decisions, rulings, sentences and the time each step takes.',
    },
    indicators: [
      { id: 'chain-funnel', chart: { ...line('step', 'incidents', 'cohort'), xOrder: 'step_order' } },
      { id: 'complaint-share', chart: line('year', 'share') },
      { id: 'om-decisions-by-type', chart: bar('cohort', 'cases', 'decision') },
      { id: 'court-rulings', chart: bar('cohort', 'cases', 'ruling') },
      { id: 'sentence-length' },
      { id: 'throughput-times', chart: line('year', 'median_days', 'stage') },
      { id: 'norm-attainment-police', chart: line('year', 'share_within_norm') },
      { id: 'norm-attainment-om', chart: line('year', 'share_within_norm', 'norm') },
    ],
  },
  {
    slug: { nl: 'werkvoorraad', en: 'work-stock' },
    title: { nl: 'Werkvoorraad: halfjaarrapportage', en: 'Work stock (werkvoorraad): half-yearly report' },
    intro: {
      nl: 'Openstaande zaken bij het OM en de rechtspraak op 30 juni en 31 december, met instroom, uitstroom en de leeftijd van de voorraad.',
      en: 'Open cases at the prosecution service and the courts on 30 June and 31 December, with inflow, outflow and the age of the stock.',
    },
    indicators: [
      { id: 'werkvoorraad', chart: line('half_year_end', 'stock_end', 'source') },
      { id: 'werkvoorraad-age', chart: bar('half_year_end', 'cases', 'age_band', { source: 'om' }) },
    ],
  },
];

/** The methods page shows the completeness of the data too. */
export const methodsIndicators: readonly string[] = ['data-completeness'];
