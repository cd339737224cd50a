import { z } from 'zod';
import type { Store } from '../../store/index.ts';
import { FollowupError } from '../followup-error.ts';
import type { ChangeContext } from '../followup-model.ts';
import { addHistory, loadEditionRecord } from '../followup-store.ts';
import { isReleased } from '../workflow/printed-record.ts';
import { type KnownPerson, type RedactionDecision, redactionState } from './redaction-decisions.ts';

export { redactionState } from './redaction-decisions.ts';

/** The officer's decision on one proposal; `ground` overrides the proposed one (required where none was proposed). */
export const redactionDecisionInputSchema = z
  .object({ decision: z.enum(['redact', 'keep']), ground: z.enum(['5.1.2e', '5.2']).optional() })
  .strict();
export type RedactionDecisionInput = z.infer<typeof redactionDecisionInputSchema>;

export async function loadRedactionDecisions(store: Store, editionId: string): Promise<RedactionDecision[]> {
  const rows = await store.all<{
    proposal_id: string;
    decision: 'redact' | 'keep';
    ground: RedactionDecision['ground'];
    decided_by: string;
    decided_at: string;
  }>(
    'SELECT proposal_id, decision, ground, decided_by, decided_at FROM followup_redaction WHERE edition_id = ? ORDER BY proposal_id',
    [editionId],
  );
  return rows.map((r) => ({
    proposalId: r.proposal_id,
    decision: r.decision,
    ground: r.ground,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  }));
}

/**
 * Records (or changes) the decision on a proposed redaction of an edition that has not been sent:
 * what was sent is final, with the redactions it was sent with.
 */
export async function storeRedactionDecision(
  store: Store,
  editionId: string,
  proposalId: string,
  input: RedactionDecisionInput,
  context: ChangeContext,
  people: readonly KnownPerson[],
): Promise<RedactionDecision> {
  // one change to the tracker at a time: each reads what it changes, so two officers cannot overwrite each other
  return store.serialise('followup', async () => {
    const record = await loadEditionRecord(store, editionId);
    if (isReleased(record.workflow))
      throw new FollowupError(
        `The letter for edition ${editionId} was sent to Parliament with the redactions decided then; its public versions are final.`,
        'illegal-step',
      );
    const proposal = redactionState(record, people, []).proposals.find((p) => p.id === proposalId);
    if (!proposal)
      throw new FollowupError(
        `Edition ${editionId} has no proposed redaction "${proposalId}" (the text may have changed); reload the proposals.`,
        'not-found',
      );
    const ground = input.decision === 'redact' ? (input.ground ?? proposal.ground) : null;
    if (input.decision === 'redact' && !ground)
      throw new FollowupError(
        `Choose the ground to redact "${proposal.text}" on: 5.1.2e (personal data) or 5.2 (personal policy opinions).`,
        'invalid-input',
        ['ground: required for this proposal'],
      );
    const decision: RedactionDecision = {
      proposalId,
      decision: input.decision,
      ground,
      decidedBy: context.actor.name,
      decidedAt: context.at,
    };
    await store.transaction(async () => {
      await store.run('DELETE FROM followup_redaction WHERE edition_id = ? AND proposal_id = ?', [
        editionId,
        proposalId,
      ]);
      await store.run(
        'INSERT INTO followup_redaction (edition_id, proposal_id, decision, ground, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)',
        [editionId, proposalId, decision.decision, decision.ground, decision.decidedBy, decision.decidedAt],
      );
      await addHistory(store, {
        entity: 'workflow',
        entityId: editionId,
        at: context.at,
        actor: context.actor.name,
        action: `redaction ${input.decision}`,
        detail: { proposalId, field: proposal.field, ground },
      });
    });
    return decision;
  });
}
