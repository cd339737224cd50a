import type { ConfirmedRedaction, EditionRecord } from '../followup-data.ts';
import { proposeRedactions, type RedactionProposal } from './propose-redactions.ts';

/** Someone whose name the redaction proposals look for (the users of Zicht, by name and role). */
export type KnownPerson = { readonly name: string; readonly role?: string };
export type WooGround = ConfirmedRedaction['ground'];

/** An officer's decision on one proposed redaction, as stored. */
export type RedactionDecision = {
  readonly proposalId: string;
  readonly decision: 'redact' | 'keep';
  /** The ground it is redacted on; null for 'keep'. */
  readonly ground: WooGround | null;
  readonly decidedBy: string;
  readonly decidedAt: string;
};

/** A decision with the edition it belongs to, as an export of the whole tracker carries it. */
export type EditionRedactionDecision = RedactionDecision & { readonly editionId: string };

/** A proposal with its decision, if one was taken; a redacted one shows the ground it was decided on. */
export type RedactionView = RedactionProposal & {
  readonly decision?: 'redact' | 'keep';
  readonly decidedBy?: string;
  readonly decidedAt?: string;
};

export type RedactionState = {
  readonly proposals: readonly RedactionProposal[];
  readonly views: readonly RedactionView[];
  readonly undecided: readonly RedactionProposal[];
  /** The texts to withhold in public versions, each with its ground. */
  readonly confirmed: readonly ConfirmedRedaction[];
};

/**
 * The redactions proposed for the record now (from all its free text), merged with the decisions
 * taken. A decision on text that has since changed belongs to a proposal that no longer exists and
 * is left out: the new text needs a decision of its own.
 */
export function redactionState(
  record: EditionRecord,
  people: readonly KnownPerson[],
  decisions: readonly RedactionDecision[],
): RedactionState {
  const proposals = proposeRedactions(record, people);
  const byId = new Map(decisions.map((d) => [d.proposalId, d]));
  const views = proposals.map((p): RedactionView => {
    const d = byId.get(p.id);
    if (!d) return p;
    return {
      ...p,
      ...(d.decision === 'redact' && d.ground ? { ground: d.ground } : {}),
      decision: d.decision,
      decidedBy: d.decidedBy,
      decidedAt: d.decidedAt,
    };
  });
  const confirmed: ConfirmedRedaction[] = [];
  for (const v of views)
    if (v.decision === 'redact' && v.ground && !confirmed.some((c) => c.text === v.text && c.ground === v.ground))
      confirmed.push({ text: v.text, ground: v.ground });
  return { proposals, views, undecided: proposals.filter((p) => !byId.has(p.id)), confirmed };
}
