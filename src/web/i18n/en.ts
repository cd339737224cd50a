import type { Messages } from './messages.ts';

export const en: Messages = {
  documentTitle: 'Zicht — monitor of sexual violence against children',
  skipLink: 'Skip to content',
  brand: 'Zicht',
  brandTagline: 'Monitor of sexual violence against children',
  switchLanguage: { label: 'Nederlands', target: 'nl' },
  title: 'Sexual violence against children in the Netherlands',
  intro:
    'Zicht brings together the records of the police, the justice system, support services and care. This page shows how many children each organisation registers per year, how many children that is in total, and how many children are estimated never to come to anyone’s attention.',
  edition: (yearFrom, yearTo, generatedAt) => `Edition ${yearFrom}–${yearTo}, updated ${generatedAt}.`,

  loading: 'Loading the figures…',
  loaded: 'The figures have loaded.',
  loadFailed: 'The figures could not be loaded.',
  loadFailedAdvice:
    'Check your internet connection and choose ‘Try again’. If that does not help, try again in a few minutes: the problem is then on our side.',
  retry: 'Try again',
  errorDetail: (detail) => `Technical message: ${detail}`,

  victimsHeading: 'Registered victims per year',
  victimsIntro:
    'Each organisation counts a child once per year. The line ‘Any source’ counts every child once, even when several organisations registered them; that is why it is lower than the sum of the sources.',
  anySource: 'Any source',
  year: 'Year',
  registeredChildren: 'Registered children',
  victimsCaption: (period) => `Registered children per year, per source and for any source, ${period}`,
  victimsSummary: (p) =>
    `In ${p.lastYear}, at least one source registered ${p.lastRegistered} children as victims (in ${p.firstYear}: ${p.firstRegistered}). That year, most children were registered by ${p.largestSource} (${p.largestVictims}).`,
  victimsTableCaption: (period) => `Registered children per year and per source, ${period}`,

  estimateHeading: 'Estimate of the total number of victims',
  estimateUnavailable: 'No estimate of the total number of victims is available for this edition yet.',
  estimateLead: (p) =>
    `An estimated ${p.total} children were victims of sexual violence in ${p.period} (95% interval: ${p.lower} to ${p.upper}).`,
  estimateObservedHidden: (p) =>
    `Of these, ${p.observed} were registered by ${p.sources}; an estimated ${p.hidden} children appear in none of those records.`,
  estimateAssumption: (p) =>
    `The estimate (capture–recapture, model ‘${p.model}’) assumes that every victim could have been registered by every source and that, apart from the dependencies in the model, the sources register independently of each other.`,
  observed: 'Registered',
  hidden: 'Not registered (estimated)',
  total: 'Total (estimated)',
  lower: 'Lower bound of 95% interval',
  upper: 'Upper bound of 95% interval',
  interval: '95% interval of the total',
  estimateCaption: (period) => `Registered and unregistered victims, ${period}, with the 95% interval of the total`,
  estimateTableCaption: (period) => `Estimated number of child victims, ${period}`,
  quantity: 'Quantity',
  numberOfChildren: 'Number of children',

  pipelineHeading: 'How these figures were made',
  pipelineIntro: 'The figures come from a fixed series of steps. For each step: what happened and how long it took.',
  pipelineDuration: (duration) => `took ${duration}`,

  downloadCsv: 'Download this table as CSV',
  noData: 'no data',
  footerAbout:
    'Zicht is a monitor of sexual violence against children in the Netherlands. The figures are registrations and estimates; they say nothing about individual children.',
  footerHelp: 'Worried about a child?',
  footerHelpVeiligThuis: 'Call Veilig Thuis: 0800-2000 (free, day and night).',
  footerHelpKindertelefoon: 'Children and young people can talk to De Kindertelefoon: 0800-0432.',
};
