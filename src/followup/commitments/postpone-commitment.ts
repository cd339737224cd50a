import { z } from 'zod';
import { type Changed, commitmentHistory, invalidInput, promisedFrom } from './commitment-changes.ts';
import { FollowupError } from '../followup-error.ts';
import { type ChangeContext, type Commitment, isoDate, type Postponement } from '../followup-model.ts';

/**
 * Uitstel: the cabinet tells the Kamer it needs more time. The new term (`when`, words or a date)
 * is read from the day it was announced (`on`); the old date is kept in `postponements` with the
 * reason and the letter that announced it.
 */
export const postponementInputSchema = z.object({
  when: z.string().trim().min(1, 'give the new term: a date (YYYY-MM-DD) or the words used'),
  due: isoDate.optional(),
  reason: z.string().trim().min(1, 'say why it is postponed'),
  announcedIn: z.string().trim().min(1).optional(),
  on: isoDate.optional(),
});
export type PostponementInput = z.infer<typeof postponementInputSchema>;

export function postponeCommitment(
  commitment: Commitment,
  input: PostponementInput,
  context: ChangeContext,
): Changed<Commitment> {
  const parsed = postponementInputSchema.safeParse(input);
  if (!parsed.success)
    throw invalidInput(
      'The postponement is incomplete',
      parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`),
    );
  const p = parsed.data;
  if (commitment.status !== 'open' && commitment.status !== 'partly-met')
    throw new FollowupError(
      `Commitment ${commitment.id} is ${commitment.status}; only an open or partly met commitment can be postponed (reopen it first).`,
      'conflict',
    );
  const on = p.on ?? context.at.slice(0, 10);
  const { promised, warnings } = promisedFrom(p.when, p.due, on);
  const from = commitment.promised.due;
  if (from !== null && promised.due !== null && promised.due <= from)
    throw invalidInput('The postponement is not valid', [
      `when: "${p.when}" gives ${promised.due}, not after the present date ${from}; to correct the date, edit the commitment`,
    ]);
  const postponement: Postponement = {
    from,
    to: promised.due,
    ...(promised.phrase ? { phrase: promised.phrase } : {}),
    reason: p.reason,
    ...(p.announcedIn ? { announcedIn: p.announcedIn } : {}),
    on,
    at: context.at,
  };
  const everyMonths = promised.everyMonths ?? commitment.promised.everyMonths;
  const value: Commitment = {
    ...commitment,
    promised: { ...promised, ...(everyMonths ? { everyMonths } : {}) },
    postponements: [...(commitment.postponements ?? []), postponement],
    changedAt: context.at,
  };
  const { at: _at, ...detail } = postponement;
  return { value, history: commitmentHistory(commitment.id, 'postponed', detail, context), warnings };
}
