import type { EditionOverview } from '../../followup/public-types.ts';

type WorkflowState = NonNullable<EditionOverview['responseState']>;

/**
 * Every text of the follow-up pages (opvolging), per language, beside the monitor's `Messages`.
 * Status and stance labels come from `src/followup/stance-labels.ts`, shared with the documents.
 * Functions take values already formatted for the language (dates, counts), as in `Messages`.
 */
export type FollowupMessages = {
  navLabel: string;
  navMonitor: string;
  navCommitments: string;
  /** The public list of editions and their follow-up (/opvolging/edities). */
  navEditions: string;
  /** Above the sign-in form at /opvolging: the public need not sign in; where their list is. */
  publicListNotice: string;
  publicListLink: string;
  footer: string;
  loading: string;
  /** Before a technical message, which is in English. */
  errorDetail: string;
  retry: string;
  noDate: string;
  /** The date a commitment is due: "uiterlijk 30 juni 2026". */
  due: (date: string) => string;
  /** After a date Zicht read from the minister's words ("na de zomer"): it is not the cabinet's own date. */
  derived: string;

  officerDocumentTitle: string;
  officerTagline: string;
  officerTitle: string;
  officerIntro: string;
  actorLabel: string;
  officerLoadFailed: string;
  publicPagesHeading: string;

  recordHeading: string;
  recordEdition: string;
  recordRecommendation: string;
  recordWhat: string;
  recordWho: string;
  recordMinistry: string;
  recordWhen: string;
  recordMadeOn: string;
  recordSubmit: string;
  /** Commitments are recorded in the words of the (Dutch) letter, whatever the page's language. */
  recordDataHint: string;
  recordNeedsActor: string;
  /** Before the server's reason, which is in English. */
  recordFailed: string;
  recorded: (p: { id: string; due: string | null; phrase: string | null }) => string;

  commitmentsHeading: string;
  commitmentsCaption: string;
  columnNumber: string;
  columnCommitment: string;
  columnMinistry: string;
  columnDue: string;
  columnStatus: string;
  columnFulfilment: string;
  recommendationRef: (n: number) => string;
  markMetForm: (id: string) => string;
  evidenceFor: (id: string) => string;
  evidencePlaceholder: string;
  markMet: string;
  /** Before the server's reason, which is in English. */
  markMetFailed: string;

  digestHeading: string;
  digestIntro: (today: string, horizon: string) => string;
  digestEmpty: string;
  digestCount: (overdue: string, dueSoon: string) => string;
  digestOverdueList: (ministry: string) => string;
  digestDueSoonList: (ministry: string) => string;
  daysLate: (days: number, formatted: string) => string;
  daysToGo: (days: number, formatted: string) => string;

  editionDocumentTitle: (editionId: string) => string;
  editionTagline: string;
  editionLoadFailed: (editionId: string) => string;
  editionNotFoundDocumentTitle: string;
  editionNotFoundTitle: string;
  editionNotFound: (editionId: string) => string;
  editionTitlePrefix: string;
  responseLabel: string;
  responseStates: Readonly<Record<WorkflowState, string>>;
  responseNotStarted: string;
  editionSummary: (p: {
    today: string;
    total: string;
    met: string;
    partlyMet: string;
    open: string;
    overdue: string;
    withdrawn: string;
    /** Empty when none is "not met": the sentence then leaves it out. */
    notMet: string | null;
  }) => string;
  /** Before the response was sent to Parliament the page shows the recommendations only, and says so. */
  embargoTitle: string;
  embargoText: string;
  /** The public letter and nota, once sent. */
  documentsHeading: string;
  documentsIntro: (sentOn: string | null) => string;
  letterPdf: string;
  letterDocx: string;
  notaPdf: string;
  notaDocx: string;
  recommendationsHeading: string;
  recommendation: (n: number) => string;
  addressedTo: string;
  cabinetStance: string;
  noStance: string;
  noCommitments: string;
  generalHeading: string;
  evidence: string;
  references: string;
  recurringHeading: string;
  recurringIntro: string;
  recurringCaption: string;
  columnTheme: string;
  columnRecurring: string;
};
