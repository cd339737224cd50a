import { isDraft } from './document-letterhead.ts';
import type { EditionRecord } from '../followup-data.ts';
import type { DocumentBlock } from './official-document.ts';
import { responseFingerprint } from '../workflow/response-fingerprint.ts';
import type { CoordinationParty, RecordedStep } from '../workflow/response-workflow.ts';
import { dutchDate, dutchList } from '../stance-labels.ts';

/** A coordination party as the nota reads it; the sign-off details are absent in older records. */
type Party = Omit<CoordinationParty, 'decision'> & {
  readonly decision: string;
  readonly signedBy?: string;
  readonly signedAt?: string;
  readonly fingerprint?: string;
};

const stateText: Readonly<Record<string, string>> = {
  pending: 'nog niet geparafeerd',
  'signed-off': 'akkoord',
  commented: 'opmerkingen',
  voided: 'vervallen: tekst gewijzigd na paraaf',
};

const partyName = (p: { department: string; directorate?: string | undefined }) =>
  p.directorate ? `${p.department}/${p.directorate}` : p.department;

const isStepFor = (s: RecordedStep, p: Party) => {
  const step = s.step as { kind: string; department?: string; directorate?: string };
  return (
    (step.kind === 'sign-off' || step.kind === 'comment') &&
    step.department === p.department &&
    (step.directorate ?? '') === (p.directorate ?? '')
  );
};

/** The day a party last acted: its stored sign-off time, else the last step recorded for it. */
function actedOn(p: Party, steps: readonly RecordedStep[]): string | undefined {
  const at = p.signedAt ?? steps.filter((s) => isStepFor(s, p)).at(-1)?.at;
  return at ? dutchDate(at.slice(0, 10)) : undefined;
}

/** "JenV (DGRR, DGSenB), VWS en OCW": the departments that agreed, as the public nota names them. */
function departmentsAgreed(parties: readonly Party[]): string {
  const byDepartment = new Map<string, string[]>();
  for (const p of parties) {
    const list = byDepartment.get(p.department) ?? [];
    if (p.directorate) list.push(p.directorate);
    byDepartment.set(p.department, list);
  }
  return dutchList([...byDepartment].map(([d, dirs]) => (dirs.length ? `${d} (${dutchList(dirs)})` : d)));
}

/**
 * 4.1 Afstemming: who was consulted and where each stands, as the parafenroute (routing of
 * initials). The internal version names who signed; the public one shows departments only. A
 * sign-off voided by a later change of the text is shown as such.
 */
export function afstemmingBlocks(record: EditionRecord, version: 'internal' | 'public'): DocumentBlock[] {
  // Before approval a sign-off on an earlier text is void; afterwards the route is history as it was.
  const current = isDraft(record) ? responseFingerprint(record) : undefined;
  const parties = ((record.workflow?.coordination ?? []) as readonly Party[]).map(
    (p): Party =>
      current && p.decision === 'signed-off' && p.fingerprint && p.fingerprint !== current
        ? { ...p, decision: 'voided' }
        : p,
  );
  const steps = record.workflow?.steps ?? [];
  if (parties.length === 0)
    return [{ kind: 'paragraph', text: 'De afstemming met andere departementen is nog niet begonnen.' }];
  const signed = parties.filter((p) => p.decision === 'signed-off');
  const summary =
    signed.length === parties.length
      ? `De beleidsreactie is afgestemd met ${departmentsAgreed(parties)}; alle partijen zijn akkoord.`
      : `De beleidsreactie wordt afgestemd met ${departmentsAgreed(parties)}; ${signed.length} van de ${parties.length} partijen ${signed.length === 1 ? 'is' : 'zijn'} akkoord.`;
  const header = version === 'internal' ? ['Partij', 'Naam', 'Datum', 'Stand'] : ['Partij', 'Datum', 'Stand'];
  const rows = parties.map((p) => {
    const state = stateText[p.decision] ?? p.decision;
    const date = p.decision === 'pending' ? '' : (actedOn(p, steps) ?? '');
    return version === 'internal' ? [partyName(p), p.signedBy ?? '', date, state] : [partyName(p), date, state];
  });
  const comments = parties.flatMap((p) => p.comments.map((text) => ({ text: `${partyName(p)}: ${text}` })));
  return [
    { kind: 'paragraph', text: summary },
    {
      kind: 'table',
      caption: 'Parafenroute',
      header,
      rows,
      widths: version === 'internal' ? [24, 30, 20, 26] : [34, 26, 40],
      keepTogether: true,
    },
    ...(comments.length
      ? [
          { kind: 'paragraph', text: 'Opmerkingen uit de afstemming:' } as const,
          { kind: 'bullets', items: comments } as const,
        ]
      : []),
  ];
}

/** The minister's decision on the nota: the last approve or reject after the nota was last submitted. */
export function decisionBox(record: EditionRecord): DocumentBlock {
  const steps = record.workflow?.steps ?? [];
  const lastSubmit = steps.map((s) => s.step.kind).lastIndexOf('submit-memo');
  const decision = steps
    .slice(Math.max(lastSubmit, 0))
    .filter((s) => s.step.kind === 'approve' || s.step.kind === 'reject')
    .at(-1);
  const mark = (on: boolean) => (on ? '☒' : '☐');
  const approved = decision?.step.kind === 'approve';
  const rejected = decision?.step.kind === 'reject';
  const rows: string[][] = [
    ['Akkoord', mark(approved)],
    ['Niet akkoord', mark(rejected)],
    ['Datum', decision ? dutchDate(decision.at.slice(0, 10)) : ''],
  ];
  if (decision?.step.kind === 'reject') rows.push(['Toelichting', decision.step.reason]);
  return { kind: 'table', caption: 'Besluit minister', rows, widths: [35, 65], keepTogether: true, bodyType: true };
}
