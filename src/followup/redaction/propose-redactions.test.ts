import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../build-demo-data.ts';
import { type EditionRecord, editionRecord } from '../followup-data.ts';
import { freeTextFields } from './free-text-fields.ts';
import { proposalId, proposeRedactions } from './propose-redactions.ts';

const data = buildDemoData();
const record = (id: string): EditionRecord => {
  const r = editionRecord(data, id);
  if (!r) throw new Error(`demo lacks ${id}`);
  return r;
};
const accounts = [
  'Demo Beheerder',
  'Demo Beleidsmedewerker',
  'Demo Beleidsmedewerker VWS',
  'Demo Bewindspersoonsstaf',
].map((name) => ({ name, role: 'account' }));

describe('freeTextFields', () => {
  it('names each text where it sits, by number, id or department, and skips codes, dates, signatories and who initialled', () => {
    const fields = freeTextFields(record('2018-2022')).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'letter.opening',
        'nota.kernpunten[2]',
        'nota.contacts[0].email',
        'recommendations[4].text',
        'responses[4].text',
        'commitments[2018-2022-T3].what',
      ]),
    );
    expect(fields.filter((f) => /signatories|signedBy|\.id$|stance|changedAt|fingerprint|\.state$/i.test(f))).toEqual(
      [],
    );
  });
});

describe('proposeRedactions', () => {
  it('proposes only the fictitious contacts on the demo editions, all under 5.1.2e', () => {
    for (const id of ['2018-2022', '2020-2024']) {
      const proposals = proposeRedactions(record(id), accounts);
      const contacts = record(id).edition.nota.contacts.flatMap((c) => [c.name, c.phone, c.email]);
      expect(proposals.map((p) => p.text).sort()).toEqual(contacts.filter((x): x is string => !!x).sort());
      expect(proposals.every((p) => p.ground === '5.1.2e' && p.field.startsWith('nota.contacts['))).toBe(true);
    }
  });

  it('finds names and opinions in workflow comments and reasons, once per text and field, with stable ids', () => {
    const base = record('2020-2024');
    const workflow = base.workflow;
    if (!workflow) throw new Error('the demo edition has a workflow');
    const comment =
      'Akkoord, Pieter Jansen (OCW/PO). Wij vinden de toon te defensief. Nogmaals: Pieter Jansen (OCW/PO).';
    const withComment: EditionRecord = {
      ...base,
      workflow: {
        ...workflow,
        coordination: workflow.coordination.map((p) => (p.department === 'VWS' ? { ...p, comments: [comment] } : p)),
        steps: [
          {
            step: { kind: 'comment', department: 'VWS', text: comment },
            from: 'coordination',
            to: 'coordination',
            actor: 'x',
            at: '2026-03-01T09:00:00Z',
          },
          {
            step: { kind: 'reject', reason: 'Naar mijn mening te mager.' },
            from: 'memo-for-decision',
            to: 'draft',
            actor: 'x',
            at: '2026-03-02T09:00:00Z',
          },
        ],
      },
    };
    const proposals = proposeRedactions(withComment, []).filter((p) => p.field.startsWith('workflow'));
    expect(proposals.map((p) => [p.field, p.text, p.ground])).toEqual([
      ['workflow.coordination[VWS].comments[0]', 'Pieter Jansen', '5.1.2e'],
      ['workflow.coordination[VWS].comments[0]', 'Wij vinden de toon te defensief.', '5.2'],
      ['workflow.steps[1].step.reason', 'Naar mijn mening te mager.', '5.2'],
    ]);
    expect(proposals[0]?.id).toBe(proposalId('workflow.coordination[VWS].comments[0]', 'Pieter Jansen'));
    expect(proposeRedactions(withComment, [])).toEqual(proposeRedactions(withComment, []));
  });
});
