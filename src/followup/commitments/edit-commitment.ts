import { z } from 'zod';
import { type Post, titleOn } from './bewindspersonen.ts';
import { commitmentHistory, invalidInput, promisedFrom } from './commitment-changes.ts';
import {
  type ChangeContext,
  type Commitment,
  type HistoryEntry,
  isoDate,
  kamerstukReferenceSchema,
} from '../followup-model.ts';

/**
 * A correction of a recorded commitment: what, who (or its post), ministry, the words of the term
 * (`when`) and the officer's own date for them (`due`; null: derive it again), the day it was made,
 * the Kamer's numbers. A null clears an optional field. Moving the date because the cabinet asks for
 * more time is not a correction but a postponement (`postponeCommitment`).
 */
export const commitmentEditSchema = z.object({
  /** The version the officer edited (the number of changes so far); a stale one is refused. */
  expectedVersion: z.number().int().nonnegative().optional(),
  what: z.string().trim().min(1, 'say what was promised').optional(),
  who: z.string().trim().min(1).optional(),
  postId: z.string().min(1).nullable().optional(),
  ministry: z.string().trim().min(1).optional(),
  when: z.string().trim().min(1).optional(),
  due: isoDate.nullable().optional(),
  madeOn: isoDate.optional(),
  recommendationNumber: z.number().int().positive().nullable().optional(),
  kamerNummer: z.string().trim().min(1).nullable().optional(),
  activiteitNummer: z.string().trim().min(1).nullable().optional(),
  references: z.array(kamerstukReferenceSchema).optional(),
});
export type CommitmentEdit = z.infer<typeof commitmentEditSchema>;

export type Edited = {
  readonly value: Commitment;
  /** Null when nothing changed. */
  readonly history: HistoryEntry | null;
  readonly warnings: readonly string[];
};

const optionalFields = ['recommendationNumber', 'kamerNummer', 'activiteitNummer', 'postId'] as const;

export function editCommitment(
  commitment: Commitment,
  edit: CommitmentEdit,
  context: ChangeContext,
  posts: readonly Post[] = [],
): Edited {
  const next: Record<string, unknown> = { ...commitment };
  for (const key of ['what', 'who', 'ministry', 'madeOn', 'references'] as const)
    if (edit[key] !== undefined) next[key] = edit[key];
  for (const key of optionalFields) {
    if (edit[key] === null) delete next[key];
    else if (edit[key] !== undefined) next[key] = edit[key];
  }
  const madeOn = edit.madeOn ?? commitment.madeOn ?? context.at.slice(0, 10);
  if (edit.postId) {
    const post = posts.find((p) => p.id === edit.postId);
    if (!post && posts.length > 0)
      throw invalidInput('The change is not valid', [
        `postId: no post "${edit.postId}"; known posts: ${posts.map((p) => p.id).join(', ')}`,
      ]);
    if (post && edit.who === undefined) next.who = titleOn(post, madeOn);
    if (post && edit.ministry === undefined) next.ministry = post.ministry;
  }

  let warnings: readonly string[] = [];
  if (edit.when !== undefined || edit.due !== undefined || edit.madeOn !== undefined) {
    const { phrase, due, derived } = commitment.promised;
    const words = edit.when ?? phrase ?? due;
    if (words === null || words === undefined) throw invalidInput('The change is not valid', ['when: give the term']);
    // a term moved by a postponement is read from the day it was announced
    const from = commitment.postponements?.at(-1)?.on ?? madeOn;
    const keptOwnDate =
      edit.when === undefined && phrase !== undefined && derived === false ? (due ?? undefined) : undefined;
    const officerDate = edit.due === undefined ? keptOwnDate : (edit.due ?? undefined);
    const reading = promisedFrom(words, officerDate, from);
    next.promised = reading.promised;
    warnings = reading.warnings;
  }
  const value = { ...next, changedAt: commitment.changedAt } as Commitment;
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of new Set([...Object.keys(commitment), ...Object.keys(value)]) as Set<keyof Commitment>)
    if (JSON.stringify(commitment[key]) !== JSON.stringify(value[key]))
      changes[key] = { before: commitment[key] ?? null, after: value[key] ?? null };
  if (Object.keys(changes).length === 0) return { value: commitment, history: null, warnings };
  return {
    value: { ...value, changedAt: context.at },
    history: commitmentHistory(commitment.id, 'edited', { changes }, context),
    warnings,
  };
}
