import type { EditionRecord } from '../followup-data.ts';
import type { Commitment, Edition, Recommendation, RecommendationResponse } from '../followup-model.ts';
import type { RedactionState, RedactionView } from '../redaction/redaction-decisions.ts';
import { responseFingerprint } from './response-fingerprint.ts';
import {
  editingRefusal,
  newResponseWorkflow,
  type PartyStatus,
  partyStatus,
  type RecordedStep,
  stepsAllowedFor,
  type WorkflowAuthority,
  type WorkflowState,
  type WorkflowStepKind,
} from './response-workflow.ts';

export type CoordinationView = {
  readonly department: string;
  readonly directorate?: string;
  /** 'voided': signed off on a text that has changed since. */
  readonly decision: PartyStatus;
  readonly signedBy?: string;
  readonly signedAt?: string;
  readonly comments: readonly string[];
};

export type WorkflowView = {
  readonly state: WorkflowState;
  readonly coordination: readonly CoordinationView[];
  readonly steps: readonly RecordedStep[];
  readonly approvedOn?: string;
  readonly sentOn?: string;
  readonly kamerstuk?: string;
};

/** Everything the officer's screen of one edition shows, and what the signed-in user may do with it. */
export type EditionWorkspace = {
  readonly edition: Edition;
  readonly editionVersion: number;
  readonly recommendations: readonly (Recommendation & { readonly version: number })[];
  readonly responses: readonly (RecommendationResponse & { readonly version: number })[];
  readonly commitments: readonly Commitment[];
  readonly workflow: WorkflowView;
  readonly fingerprint: string;
  /** Whether the texts may change now (draft or coordination). */
  readonly editable: boolean;
  /** Why not, when they may not: what to do first. */
  readonly editRefusal?: string;
  readonly allowedSteps: readonly WorkflowStepKind[];
  readonly redactions: readonly RedactionView[];
};

export type WorkspaceInput = {
  readonly record: EditionRecord;
  readonly versions: {
    readonly edition: number;
    readonly recommendations: ReadonlyMap<number, number>;
    readonly responses: ReadonlyMap<number, number>;
  };
  readonly redactions: RedactionState;
  readonly authority: WorkflowAuthority;
};

export function editionWorkspace({ record, versions, redactions, authority }: WorkspaceInput): EditionWorkspace {
  const workflow = record.workflow ?? newResponseWorkflow(record.edition.id);
  const fingerprint = responseFingerprint(record);
  const { workflow: _live, ...printed } = record;
  const refusal = editingRefusal(workflow, 'The texts');
  // once approved, the parafen route is history as it was: only before that can a change void a sign-off
  const beforeApproval = ['draft', 'coordination', 'memo-for-decision'].includes(workflow.state);
  return {
    edition: record.edition,
    editionVersion: versions.edition,
    recommendations: record.recommendations.map((r) => ({
      ...r,
      version: versions.recommendations.get(r.number) ?? 0,
    })),
    responses: record.responses.map((r) => ({ ...r, version: versions.responses.get(r.recommendationNumber) ?? 0 })),
    commitments: record.commitments,
    workflow: {
      state: workflow.state,
      coordination: workflow.coordination.map((party) => {
        const { fingerprint: _signedText, ...shown } = party;
        return { ...shown, decision: beforeApproval ? partyStatus(party, fingerprint) : party.decision };
      }),
      steps: workflow.steps,
      ...(workflow.approvedOn ? { approvedOn: workflow.approvedOn } : {}),
      ...(workflow.sentOn ? { sentOn: workflow.sentOn } : {}),
      ...(workflow.kamerstuk ? { kamerstuk: workflow.kamerstuk } : {}),
    },
    fingerprint,
    editable: refusal === null,
    ...(refusal ? { editRefusal: refusal.message } : {}),
    allowedSteps: stepsAllowedFor(workflow, {
      authority,
      leadDepartment: record.edition.leadDepartment,
      fingerprint,
      undecidedRedactions: redactions.undecided.map((p) => p.id),
      printed: { ...printed, redactions: redactions.confirmed },
    }),
    redactions: redactions.views,
  };
}
