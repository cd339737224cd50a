import { FollowupError } from '../followup-error.ts';
import type { WorkflowStepKind } from './response-workflow.ts';

/**
 * Who takes a workflow step: a signed-in user (role and department code from their account), or
 * the command line, which runs as the local administrator and names departments itself.
 */
export type WorkflowAuthority =
  | { readonly kind: 'local-administrator' }
  | { readonly kind: 'user'; readonly role: string; readonly department: string | null };

/**
 * The lead department's officers run the process; each party's officers sign for their own
 * department; the lead department's minister's office decides on the memo.
 */
const takenBy: Readonly<Record<WorkflowStepKind, 'lead' | 'party' | 'minister-office'>> = {
  'start-coordination': 'lead',
  'sign-off': 'party',
  comment: 'party',
  'return-to-draft': 'lead',
  'submit-memo': 'lead',
  approve: 'minister-office',
  reject: 'minister-office',
  send: 'lead',
  publish: 'lead',
};

const describe = (who: { role: string; department: string | null }) =>
  who.role === 'minister-office'
    ? `the minister's office of ${who.department ?? 'no department'}`
    : who.role === 'officer'
      ? `an officer of ${who.department ?? 'no department'}`
      : `${who.role === 'administrator' ? 'an' : 'a'} ${who.role}`;

/**
 * Why this user may not take the step (403), or null. `partyDepartment`: for a sign-off or comment,
 * the department it is for.
 */
export function whoMayRefuse(
  kind: WorkflowStepKind,
  authority: WorkflowAuthority,
  lead: string | undefined,
  partyDepartment?: string,
): FollowupError | null {
  if (authority.kind === 'local-administrator') return null;
  const who = authority;
  const refuse = (message: string) => new FollowupError(message, 'forbidden');
  switch (takenBy[kind]) {
    case 'party': {
      const party = partyDepartment ?? who.department ?? 'a department';
      if (who.role !== 'officer')
        return refuse(
          `A ${kind} for ${party} is given by an officer of ${party}; you are ${describe(who)}, who does not sign off.`,
        );
      if (!who.department)
        return refuse(
          'Your account names no department, so you cannot sign off or comment for one; ask an administrator to set your department.',
        );
      if (partyDepartment && partyDepartment !== who.department)
        return refuse(
          `You are an officer of ${who.department}; a ${kind} for ${partyDepartment} must come from an officer of ${partyDepartment}.`,
        );
      return null;
    }
    case 'minister-office': {
      if (who.role !== 'minister-office')
        return refuse(
          `Only the minister's office${lead ? ` of ${lead}, the lead department,` : ''} may ${kind} the memo; you are ${describe(who)}.`,
        );
      if (!lead)
        return new FollowupError(
          'The edition names no lead department, so no minister’s office can decide on it; set its lead department first.',
          'illegal-step',
        );
      if (who.department !== lead)
        return refuse(
          `Only the minister's office of ${lead}, the lead department, may ${kind} the memo; you are ${describe(who)}.`,
        );
      return null;
    }
    case 'lead': {
      if (who.role !== 'officer')
        return refuse(
          `"${kind}" is taken by an officer${lead ? ` of ${lead}, the lead department` : ''}; you are ${describe(who)}.`,
        );
      if (lead && who.department !== lead)
        return refuse(`"${kind}" is taken by an officer of ${lead}, the lead department; you are ${describe(who)}.`);
      return null;
    }
  }
}
