import type { Language } from './language.ts';

/**
 * Every text on the page, per language. Functions take values that are already formatted for the
 * language (numbers, dates, lists), so a translation only decides word order.
 */
export type Messages = {
  documentTitle: string;
  skipLink: string;
  brand: string;
  brandTagline: string;
  /** The switch offers the other language, labelled in that language. */
  switchLanguage: { label: string; target: Language };
  title: string;
  intro: string;
  edition: (yearFrom: string, yearTo: string, generatedAt: string) => string;

  loading: string;
  loaded: string;
  loadFailed: string;
  loadFailedAdvice: string;
  retry: string;
  errorDetail: (detail: string) => string;

  victimsHeading: string;
  victimsIntro: string;
  anySource: string;
  year: string;
  registeredChildren: string;
  victimsCaption: (period: string) => string;
  victimsSummary: (p: {
    firstYear: string;
    firstRegistered: string;
    lastYear: string;
    lastRegistered: string;
    largestSource: string;
    largestVictims: string;
  }) => string;
  victimsTableCaption: (period: string) => string;

  estimateHeading: string;
  estimateUnavailable: string;
  estimateLead: (p: { period: string; total: string; lower: string; upper: string }) => string;
  estimateObservedHidden: (p: { observed: string; hidden: string; sources: string }) => string;
  /** How the estimate was made; `model` is the model described in words (describeEstimationModel). */
  estimateAssumption: (p: { model: string }) => string;
  /** The precision estimates are rounded to, said once. */
  estimateRounded: string;
  /** What the estimate assumes, in plain words, one item each; the interval last. */
  estimateAssumptions: (p: { period: string }) => readonly { readonly term: string; readonly text: string }[];
  observed: string;
  hidden: string;
  total: string;
  lower: string;
  upper: string;
  interval: string;
  estimateCaption: (period: string) => string;
  estimateTableCaption: (period: string) => string;
  quantity: string;
  numberOfChildren: string;

  pipelineHeading: string;
  pipelineIntro: string;
  pipelineDuration: (duration: string) => string;
  /** Each pipeline stage's name and what it does, in words; an unknown stage is 'step n'. */
  pipelineStages: Readonly<Record<string, { readonly name: string; readonly text: string }>>;
  pipelineUnknownStage: (n: string) => string;

  downloadCsv: string;
  noData: string;
  withheld: string;
  withheldNote: (threshold: string) => string;
  footerAbout: string;
  footerHelp: string;
  footerHelpVeiligThuis: string;
  footerHelpKindertelefoon: string;
};
