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
    `The estimate compares which children each source registered (capture–recapture). ${p.model} It rests on these assumptions:`,
  estimateRounded: 'Estimated numbers are rounded to tens.',
  estimateAssumptions: (p) => [
    {
      term: 'A fixed group of children.',
      text: `The count is of children with an incident in ${p.period}, and every one of them could have been registered by every source in that period.`,
    },
    {
      term: 'No linkage errors.',
      text: 'A child must be recognised as the same child in every source. Records are linked on pseudonymised keys and encoded names and birth dates, which also catches typing errors; on synthetic data with a known truth about 2 in 100 children are still split or merged wrongly. A child counted as two makes the estimate too high (too many children seem to have been seen by one source only); two children wrongly taken as one make it too low.',
    },
    {
      term: 'Sources that depend on each other, children who differ.',
      text: 'The police refer children to Victim Support, and a child who is visible to one organisation is often visible to others. The model allows for both: a term for every pair of sources, and one for children seen by many sources at once. That these terms are enough cannot be checked, because it concerns the children no one saw.',
    },
    {
      term: 'The 95% interval',
      text: 'is the range of totals that fits the registrations if these assumptions hold. It covers chance, not an assumption that is wrong. On simulated data with a known number of children and no linkage errors, it contained the true number in more than 9 out of 10 cases.',
    },
  ],
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
  pipelineStages: {
    simulate: { name: 'Making the data', text: 'A synthetic chain of registrations is made (no real data is used).' },
    pseudonymise: {
      name: 'Pseudonymising',
      text: 'Names and birth dates are replaced by encrypted keys at the source.',
    },
    ingest: {
      name: 'Reading in',
      text: 'The deliveries are checked and stored; faulty rows are set aside with the reason.',
    },
    validate: { name: 'Checking', text: 'Every row is checked against the data contract.' },
    link: { name: 'Linking', text: 'Registrations of the same child at different sources are brought together.' },
    estimate: { name: 'Estimating', text: 'The number of children no source saw is estimated.' },
    indicators: {
      name: 'Computing the indicators',
      text: 'The figures per year, source and characteristic are computed.',
    },
    disclosure: { name: 'Protecting', text: 'Small counts are withheld, so that no child can be recognised.' },
  },
  pipelineUnknownStage: (n) => `Step ${n}`,

  downloadCsv: 'Download this table as CSV',
  noData: 'no data',
  withheld: 'withheld',
  withheldNote: (threshold) =>
    `· = withheld: a count below ${threshold}, or a count from which a withheld count could be worked out, is not published.`,
  footerAbout:
    'Zicht is a monitor of sexual violence against children in the Netherlands. The figures are registrations and estimates; they say nothing about individual children.',
  footerHelp: 'Worried about a child?',
  footerHelpVeiligThuis: 'Call Veilig Thuis: 0800-2000 (free, day and night).',
  footerHelpKindertelefoon: 'Children and young people can talk to De Kindertelefoon: 0800-0432.',
};
