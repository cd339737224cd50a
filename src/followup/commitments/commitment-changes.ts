import { z } from 'zod';
import { type Post, titleOn } from './bewindspersonen.ts';
import { FollowupError } from '../followup-error.ts';
import {
  type ChangeContext,
  type Commitment,
  type CommitmentStatus,
  commitmentStatuses,
  type HistoryEntry,
  isoDate,
  kamerstukReferenceSchema,
  type PromisedMoment,
} from '../followup-model.ts';
import { addMonths, readPromisedMoment } from './resolve-promised-moment.ts';

/**
 * What an officer enters to record a commitment; `when` is a date or the words used, `due` the
 * officer's own date for those words when known (then not derived). `postId` names the post
 * (bewindspersoon); `who` and `ministry` follow from it when not given.
 */
export const commitmentInputSchema = z.object({
  id: z.string().min(1).optional(),
  editionId: z.string().min(1),
  recommendationNumber: z.number().int().positive().optional(),
  what: z.string().min(1, 'say what was promised'),
  who: z.string().min(1, 'say which minister promised it').optional(),
  postId: z.string().min(1).optional(),
  ministry: z.string().min(1, 'say which ministry is responsible').optional(),
  when: z.string().min(1, 'give a date (YYYY-MM-DD) or the words used, e.g. "voor het zomerreces"'),
  due: isoDate.optional(),
  madeOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'madeOn: use YYYY-MM-DD'),
  references: z.array(kamerstukReferenceSchema).default([]),
  kamerNummer: z.string().optional(),
  activiteitNummer: z.string().optional(),
});
export type CommitmentInput = z.input<typeof commitmentInputSchema>;

/**
 * A status change. Met and partly met need `evidence` (the letter that met it); withdrawn and not
 * met need a `reason`; back to open from any other status is a reopening and needs a `reason`.
 * `on` is the day it took effect (the letter's date); absent: the day it is recorded.
 */
export const statusChangeSchema = z.object({
  status: z.enum(commitmentStatuses),
  evidence: z.string().optional(),
  reason: z.string().optional(),
  on: isoDate.optional(),
  /** The number of changes the officer saw; a status change on a stale view is refused. */
  expectedVersion: z.number().int().nonnegative().optional(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export type Changed<T> = {
  readonly value: T;
  readonly history: HistoryEntry;
  /** What the officer should know: a term not understood, a date before the promise. */
  readonly warnings?: readonly string[];
};

export const commitmentHistory = (
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

export const invalidInput = (what: string, problems: readonly string[]) =>
  new FollowupError(`${what}: ${problems.join('; ')}.`, 'invalid-input', problems);

/** The promised moment for `when` read on `referenceDate`; an officer's `due` wins and is not derived. */
export function promisedFrom(
  when: string,
  due: string | undefined,
  referenceDate: string,
): { promised: PromisedMoment; warnings: readonly string[] } {
  const reading = readPromisedMoment(when, referenceDate);
  if (due === undefined) return reading;
  const { undated: _undated, ...words } = reading.promised;
  return { promised: { ...words, due, derived: false }, warnings: [] };
}

export function recordCommitment(
  input: CommitmentInput,
  context: ChangeContext,
  newId: () => string,
  posts: readonly Post[] = [],
): Changed<Commitment> {
  const parsed = commitmentInputSchema.safeParse(input);
  if (!parsed.success)
    throw invalidInput(
      'The commitment is incomplete',
      parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`),
    );
  const c = parsed.data;
  const post = c.postId ? posts.find((p) => p.id === c.postId) : undefined;
  const problems: string[] = [];
  if (c.postId && !post && posts.length > 0)
    problems.push(`postId: no post "${c.postId}"; known posts: ${posts.map((p) => p.id).join(', ')}`);
  const who = c.who ?? (post ? titleOn(post, c.madeOn) : undefined);
  const ministry = c.ministry ?? post?.ministry;
  if (!who) problems.push('who: say which minister promised it (or give postId)');
  if (!ministry) problems.push('ministry: say which ministry is responsible');
  if (problems.length || !who || !ministry) throw invalidInput('The commitment is incomplete', problems);
  const { promised, warnings } = promisedFrom(c.when, c.due, c.madeOn);
  const commitment: Commitment = {
    id: c.id ?? newId(),
    editionId: c.editionId,
    ...(c.recommendationNumber ? { recommendationNumber: c.recommendationNumber } : {}),
    what: c.what,
    who,
    ...(c.postId ? { postId: c.postId } : {}),
    ministry,
    promised,
    status: 'open',
    references: c.references,
    ...(c.kamerNummer ? { kamerNummer: c.kamerNummer } : {}),
    ...(c.activiteitNummer ? { activiteitNummer: c.activiteitNummer } : {}),
    madeOn: c.madeOn,
    changedAt: context.at,
  };
  return {
    value: commitment,
    history: commitmentHistory(commitment.id, 'recorded', { commitment }, context),
    warnings,
  };
}

const settled: readonly CommitmentStatus[] = ['met', 'partly-met', 'withdrawn', 'not-met'];

/**
 * Changes a commitment's status (see `statusChangeSchema`). A recurring commitment marked met
 * records the occurrence and stays open with its next date, counted from the date that was due
 * (not from the day it was met): a half-yearly report sent late does not move the next one.
 * Overdue is never set by hand: it follows from the date (see `effectiveStatus`).
 */
export function changeCommitmentStatus(
  commitment: Commitment,
  change: StatusChange,
  context: ChangeContext,
): Changed<Commitment> {
  const evidence = change.evidence?.trim() || undefined;
  const reason = change.reason?.trim() || undefined;
  const on = change.on ?? context.at.slice(0, 10);
  const { id, status: current } = commitment;
  if (change.status === 'overdue')
    throw new FollowupError(
      'A commitment becomes overdue by itself when its date passes; choose open, met, partly-met, withdrawn or not-met.',
      'invalid-input',
    );
  if ((change.status === 'met' || change.status === 'partly-met') && !evidence)
    throw new FollowupError(
      `To mark commitment ${id} ${change.status}, give the evidence: the letter, Kamerstuk or act that meets it.`,
      'invalid-input',
    );
  // older clients send the reason for a withdrawal as `evidence`
  const why = reason ?? (change.status === 'withdrawn' || change.status === 'not-met' ? evidence : undefined);
  if (change.status === 'withdrawn' && !why)
    throw new FollowupError(`To withdraw commitment ${id}, say why (and where Parliament was told).`, 'invalid-input');
  if (change.status === 'not-met' && !why)
    throw new FollowupError(`To record commitment ${id} as not met, say why.`, 'invalid-input');
  const reopening = change.status === 'open' && settled.includes(current);
  if (change.status === 'open' && !reopening) throw new FollowupError(`Commitment ${id} is open already.`, 'conflict');
  if (reopening && !reason)
    throw new FollowupError(`To reopen commitment ${id} (now ${current}), say why.`, 'invalid-input');
  const { everyMonths, due } = commitment.promised;
  const recurring = change.status === 'met' && everyMonths !== undefined && due !== null;
  if (change.status === current && change.status !== 'partly-met' && !recurring)
    throw new FollowupError(`Commitment ${id} is ${current} already.`, 'conflict');

  let next: Commitment;
  if (recurring && everyMonths !== undefined && due !== null && evidence) {
    next = {
      ...commitment,
      status: 'open',
      promised: { ...commitment.promised, due: addMonths(due, everyMonths) },
      occurrences: [...(commitment.occurrences ?? []), { due, metOn: on, evidence }],
      evidence,
      changedAt: context.at,
    };
  } else {
    const { evidence: _e, statusReason: _r, ...rest } = commitment;
    const keepEvidence = change.status === 'met' || change.status === 'partly-met' ? evidence : commitment.evidence;
    next = {
      ...rest,
      status: change.status,
      ...(keepEvidence && !reopening ? { evidence: keepEvidence } : {}),
      statusOn: on,
      ...(reopening ? { statusReason: reason } : why ? { statusReason: why } : {}),
      changedAt: context.at,
    };
  }
  const detail = {
    from: current,
    to: next.status,
    on,
    ...(evidence ? { evidence } : {}),
    ...(why || reason ? { reason: why ?? reason } : {}),
    ...(recurring ? { metOccurrence: due, nextDue: next.promised.due } : {}),
  };
  const action = recurring ? 'occurrence met' : reopening ? 'reopened' : `status ${next.status}`;
  return { value: next, history: commitmentHistory(id, action, detail, context) };
}

/**
 * Each commitment's version: the number of changes in its history. An edit, postponement or status
 * change names the version it was made on, so a change on a stale view is refused.
 */
export function commitmentVersions(history: readonly HistoryEntry[]): ReadonlyMap<string, number> {
  const versions = new Map<string, number>();
  for (const h of history) if (h.entity === 'commitment') versions.set(h.entityId, (versions.get(h.entityId) ?? 0) + 1);
  return versions;
}

/**
 * The status the public sees: an open commitment past its date is overdue. A recurring one whose
 * occurrence passed unmet stays overdue for that occurrence until it is met. `today` is YYYY-MM-DD.
 */
export function effectiveStatus(commitment: Commitment, today: string): CommitmentStatus {
  if (commitment.status === 'open' && commitment.promised.due !== null && commitment.promised.due < today)
    return 'overdue';
  return commitment.status;
}

/** Warnings about a recorded commitment's term, e.g. for the answer to the officer who recorded it. */
export function commitmentWarnings(commitment: Commitment): readonly string[] {
  const { phrase, derived, due } = commitment.promised;
  if (!phrase || (derived === false && due !== null) || !commitment.madeOn) return [];
  return readPromisedMoment(phrase, commitment.madeOn).warnings;
}
