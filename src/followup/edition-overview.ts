import { effectiveStatus } from './commitment-changes.ts';
import type { EditionRecord, FollowupData } from './followup-data.ts';
import type { CommitmentStatus, Stance } from './followup-model.ts';
import type { WorkflowState } from './response-workflow.ts';

export type PublicCommitment = {
  readonly id: string;
  readonly what: string;
  readonly who: string;
  readonly due: string | null;
  readonly phrase?: string;
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
  readonly responseState: WorkflowState | null;
  readonly today: string;
  readonly recommendations: readonly PublicRecommendation[];
  /** Commitments of the general response, not tied to one recommendation. */
  readonly general: readonly PublicCommitment[];
  readonly counts: Readonly<Record<CommitmentStatus, number>>;
};

/** Only public fields: no coordination, no civil servants, no history actors. */
export function editionOverview(record: EditionRecord, today: string): EditionOverview {
  const { edition } = record;
  const toPublic = (c: EditionRecord['commitments'][number]): PublicCommitment => ({
    id: c.id,
    what: c.what,
    who: c.who,
    due: c.promised.due,
    ...(c.promised.phrase ? { phrase: c.promised.phrase } : {}),
    status: effectiveStatus(c, today),
    ...(c.evidence ? { evidence: c.evidence } : {}),
    references: c.references.map((r) => r.citation),
  });
  const counts: Record<CommitmentStatus, number> = { open: 0, met: 0, 'partly-met': 0, overdue: 0, withdrawn: 0 };
  for (const c of record.commitments) counts[effectiveStatus(c, today)]++;
  return {
    id: edition.id,
    title: edition.title,
    yearFrom: edition.yearFrom,
    yearTo: edition.yearTo,
    kamerstuk: record.workflow?.kamerstuk ?? edition.letter.kamerstuk ?? null,
    responseState: record.workflow?.state ?? null,
    today,
    recommendations: record.recommendations.map((r) => {
      const response = record.responses.find((x) => x.recommendationNumber === r.number);
      return {
        number: r.number,
        text: r.text,
        addressees: r.addressees,
        theme: r.theme,
        stance: response?.stance ?? null,
        response: response?.text ?? null,
        commitments: record.commitments.filter((c) => c.recommendationNumber === r.number).map(toPublic),
      };
    }),
    general: record.commitments.filter((c) => c.recommendationNumber === undefined).map(toPublic),
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

/** Themes that come back in more than one edition: recommendations the Rapporteur had to repeat. */
export function compareEditions(data: FollowupData): readonly RecurringTheme[] {
  const byTheme = new Map<string, Map<string, { numbers: number[]; stances: (Stance | null)[] }>>();
  for (const r of data.recommendations) {
    const perEdition = byTheme.get(r.theme) ?? new Map();
    const slot = perEdition.get(r.editionId) ?? { numbers: [], stances: [] };
    slot.numbers.push(r.number);
    slot.stances.push(
      data.responses.find((x) => x.editionId === r.editionId && x.recommendationNumber === r.number)?.stance ?? null,
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
