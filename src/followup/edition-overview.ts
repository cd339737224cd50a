import { effectiveStatus } from './commitments/commitment-changes.ts';
import { type EditionRecord, editionRecord, type FollowupData } from './followup-data.ts';
import { type Commitment, type CommitmentStatus, commitmentStatuses, type Stance } from './followup-model.ts';
import { publicRecord } from './workflow/printed-record.ts';
import { applyConfirmedRedactions } from './redaction/redact-personal-data.ts';
import type { WorkflowState } from './workflow/response-workflow.ts';

export type PublicCommitment = {
  readonly id: string;
  readonly what: string;
  readonly who: string;
  readonly due: string | null;
  readonly phrase?: string;
  /** True when `due` is the tracker's reading of the phrase, not a date the minister gave. */
  readonly derived: boolean;
  readonly status: CommitmentStatus;
  readonly evidence?: string;
  readonly references: readonly string[];
};

export type PublicRecommendation = {
  readonly number: number;
  readonly text: string;
  readonly addressees: readonly string[];
  readonly theme: string;
  readonly stance: Stance | null;
  readonly response: string | null;
  readonly commitments: readonly PublicCommitment[];
};

/** The public page of one edition: every recommendation, the stance, and its commitments' state. */
export type EditionOverview = {
  readonly id: string;
  readonly title: string;
  readonly yearFrom: number;
  readonly yearTo: number;
  readonly kamerstuk: string | null;
  /** Null until the response was sent to Parliament: how far it is before that is not public. */
  readonly responseState: WorkflowState | null;
  /** True until the response was sent to Parliament: the page then shows the recommendations only. */
  readonly embargo: boolean;
  /** The date of the letter to Parliament, once sent. */
  readonly sentOn: string | null;
  readonly today: string;
  readonly recommendations: readonly PublicRecommendation[];
  /** Commitments of the general response, not tied to one recommendation. */
  readonly general: readonly PublicCommitment[];
  readonly counts: Readonly<Record<CommitmentStatus, number>>;
};

const zeroCounts = () => Object.fromEntries(commitmentStatuses.map((s) => [s, 0])) as Record<CommitmentStatus, number>;

/**
 * Only public fields: no coordination, no civil servants, no history actors. Before the response
 * was sent to Parliament nothing of it is public (stances, texts, commitments): the recommendations
 * only. After, the page shows the response as it was sent (the frozen record, with its confirmed
 * redactions); the commitments it made keep their live status, but no commitment made later joins them.
 */
export function editionOverview(record: EditionRecord, today: string): EditionOverview {
  const { edition } = record;
  const released = publicRecord(record);
  // every string the page prints passes the confirmed redactions, whatever field a name was typed in
  const redact = (text: string) => applyConfirmedRedactions(text, (released ?? record).redactions ?? []);
  const base = {
    id: edition.id,
    title: redact(edition.title),
    yearFrom: edition.yearFrom,
    yearTo: edition.yearTo,
    today,
  };
  if (!released) {
    return {
      ...base,
      kamerstuk: null,
      responseState: null,
      embargo: true,
      sentOn: null,
      recommendations: record.recommendations.map((r) => ({
        number: r.number,
        text: redact(r.text),
        addressees: r.addressees.map(redact),
        theme: r.theme,
        stance: null,
        response: null,
        commitments: [],
      })),
      general: [],
      counts: zeroCounts(),
    };
  }
  const live = new Map(record.commitments.map((c) => [c.id, c]));
  // the promise as the letter made it; its progress (status, evidence, a postponed date) as it is now
  const toPublic = (sent: Commitment): PublicCommitment => {
    const c = live.get(sent.id) ?? sent;
    return {
      id: sent.id,
      what: redact(sent.what),
      who: redact(sent.who),
      due: c.promised.due,
      ...(sent.promised.phrase ? { phrase: redact(sent.promised.phrase) } : {}),
      derived: c.promised.derived === true,
      status: effectiveStatus(c, today),
      ...(c.evidence ? { evidence: redact(c.evidence) } : {}),
      references: c.references.map((r) => redact(r.citation)),
    };
  };
  const counts = zeroCounts();
  for (const sent of released.commitments) counts[effectiveStatus(live.get(sent.id) ?? sent, today)]++;
  return {
    ...base,
    kamerstuk: released.edition.letter.kamerstuk ?? null,
    responseState: released.workflow?.state ?? null,
    embargo: false,
    sentOn: released.edition.letter.date ?? null,
    recommendations: released.recommendations.map((r) => {
      const response = released.responses.find((x) => x.recommendationNumber === r.number);
      return {
        number: r.number,
        text: redact(r.text),
        addressees: r.addressees.map(redact),
        theme: r.theme,
        stance: response?.stance ?? null,
        response: response ? redact(response.text) : null,
        commitments: released.commitments.filter((c) => c.recommendationNumber === r.number).map(toPublic),
      };
    }),
    general: released.commitments.filter((c) => c.recommendationNumber === undefined).map(toPublic),
    counts,
  };
}

export type RecurringTheme = {
  readonly theme: string;
  readonly editions: readonly {
    readonly editionId: string;
    readonly numbers: readonly number[];
    readonly stances: readonly (Stance | null)[];
  }[];
};

/**
 * Themes that come back in more than one edition: recommendations the Rapporteur had to repeat.
 * A stance shows only once the response was sent to Parliament (as it was sent).
 */
export function compareEditions(data: FollowupData): readonly RecurringTheme[] {
  const sentResponses = data.editions.flatMap((e) => {
    const record = editionRecord(data, e.id);
    return (record && publicRecord(record)?.responses) || [];
  });
  const byTheme = new Map<string, Map<string, { numbers: number[]; stances: (Stance | null)[] }>>();
  for (const r of data.recommendations) {
    const perEdition = byTheme.get(r.theme) ?? new Map();
    const slot = perEdition.get(r.editionId) ?? { numbers: [], stances: [] };
    slot.numbers.push(r.number);
    slot.stances.push(
      sentResponses.find((x) => x.editionId === r.editionId && x.recommendationNumber === r.number)?.stance ?? null,
    );
    perEdition.set(r.editionId, slot);
    byTheme.set(r.theme, perEdition);
  }
  const order = new Map(data.editions.map((e) => [e.id, e.yearFrom]));
  return [...byTheme.entries()]
    .filter(([, perEdition]) => perEdition.size > 1)
    .map(([theme, perEdition]) => ({
      theme,
      editions: [...perEdition.entries()]
        .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
        .map(([editionId, s]) => ({ editionId, numbers: s.numbers.sort((a, b) => a - b), stances: s.stances })),
    }))
    .sort((a, b) => a.theme.localeCompare(b.theme));
}
