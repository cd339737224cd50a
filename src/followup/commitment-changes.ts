import { z } from 'zod';
import { FollowupError } from './followup-error.ts';
import {
  type ChangeContext,
  type Commitment,
  type CommitmentStatus,
  commitmentStatuses,
  type HistoryEntry,
  kamerstukReferenceSchema,
} from './followup-model.ts';
import { addMonths, resolvePromisedMoment } from './resolve-promised-moment.ts';

/** What an officer enters to record a commitment; `when` is a date or a phrase. */
export const commitmentInputSchema = z.object({
  id: z.string().min(1).optional(),
  editionId: z.string().min(1),
  recommendationNumber: z.number().int().positive().optional(),
  what: z.string().min(1, 'say what was promised'),
  who: z.string().min(1, 'say which minister promised it'),
  ministry: z.string().min(1, 'say which ministry is responsible'),
  when: z.string().min(1, 'give a date (YYYY-MM-DD) or the phrase used, e.g. "na de zomer"'),
  madeOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'madeOn: use YYYY-MM-DD'),
  references: z.array(kamerstukReferenceSchema).default([]),
  kamerNummer: z.string().optional(),
});
export type CommitmentInput = z.input<typeof commitmentInputSchema>;

export const statusChangeSchema = z.object({
  status: z.enum(commitmentStatuses),
  evidence: z.string().optional(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export type Changed<T> = { readonly value: T; readonly history: HistoryEntry };

const entry = (
  entityId: string,
  action: string,
  detail: Record<string, unknown>,
  { actor, at }: ChangeContext,
): HistoryEntry => ({
  entity: 'commitment',
  entityId,
  at,
  actor: actor.userId ? `${actor.name} (${actor.userId})` : actor.name,
  action,
  detail,
});

export function recordCommitment(
  input: CommitmentInput,
  context: ChangeContext,
  newId: () => string,
): Changed<Commitment> {
  const parsed = commitmentInputSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`);
    throw new FollowupError(`The commitment is incomplete: ${problems.join('; ')}.`, 'invalid-input', problems);
  }
  const c = parsed.data;
  const commitment: Commitment = {
    id: c.id ?? newId(),
    editionId: c.editionId,
    ...(c.recommendationNumber ? { recommendationNumber: c.recommendationNumber } : {}),
    what: c.what,
    who: c.who,
    ministry: c.ministry,
    promised: resolvePromisedMoment(c.when, c.madeOn),
    status: 'open',
    references: c.references,
    ...(c.kamerNummer ? { kamerNummer: c.kamerNummer } : {}),
    madeOn: c.madeOn,
    changedAt: context.at,
  };
  return { value: commitment, history: entry(commitment.id, 'recorded', { commitment }, context) };
}

/**
 * Changes a commitment's status. Met and partly met need evidence (the letter or act that met it);
 * withdrawn needs the reason. A recurring commitment marked met stays open with its next due date.
 * Overdue is not set by hand: it follows from the date (see `effectiveStatus`).
 */
export function changeCommitmentStatus(
  commitment: Commitment,
  change: StatusChange,
  context: ChangeContext,
): Changed<Commitment> {
  const evidence = change.evidence?.trim();
  if (change.status === 'overdue') {
    throw new FollowupError(
      'A commitment becomes overdue by itself when its date passes; choose open, met, partly-met or withdrawn.',
      'invalid-input',
    );
  }
  if ((change.status === 'met' || change.status === 'partly-met') && !evidence) {
    throw new FollowupError(
      `To mark commitment ${commitment.id} ${change.status}, give the evidence: the letter, Kamerstuk or act that meets it.`,
      'invalid-input',
    );
  }
  if (change.status === 'withdrawn' && !evidence) {
    throw new FollowupError(
      `To withdraw commitment ${commitment.id}, say why (and where Parliament was told).`,
      'invalid-input',
    );
  }
  const recurring =
    change.status === 'met' && commitment.promised.everyMonths !== undefined && commitment.promised.due !== null;
  const status: CommitmentStatus = recurring ? 'open' : change.status;
  const promised =
    recurring && commitment.promised.due && commitment.promised.everyMonths
      ? { ...commitment.promised, due: addMonths(commitment.promised.due, commitment.promised.everyMonths) }
      : commitment.promised;
  const next: Commitment = {
    ...commitment,
    status,
    promised,
    ...(evidence ? { evidence } : {}),
    changedAt: context.at,
  };
  const detail = {
    from: commitment.status,
    to: status,
    evidence,
    ...(recurring ? { metOccurrence: commitment.promised.due, nextDue: promised.due } : {}),
  };
  return {
    value: next,
    history: entry(commitment.id, recurring ? 'occurrence met' : `status ${status}`, detail, context),
  };
}

/** The status the public sees: an open commitment past its date is overdue. `today` is YYYY-MM-DD. */
export function effectiveStatus(commitment: Commitment, today: string): CommitmentStatus {
  if (commitment.status === 'open' && commitment.promised.due !== null && commitment.promised.due < today)
    return 'overdue';
  return commitment.status;
}
