import type { EditionRecord } from './followup-data.ts';
import { type DocumentBlock, mapDocumentText, type OfficialDocument } from './official-document.ts';
import { redactPersonalData, wooNoticeInternal, wooStatement } from './redact-personal-data.ts';
import type { CoordinationParty } from './response-workflow.ts';
import { dutchDate } from './stance-labels.ts';

const decisionText: Record<CoordinationParty['decision'], string> = {
  pending: 'nog geen reactie',
  'signed-off': 'akkoord',
  commented: 'opmerkingen',
};

function afstemming(record: EditionRecord): string[] {
  const parties = record.workflow?.coordination ?? [];
  if (parties.length === 0) return ['Er heeft nog geen afstemming plaatsgevonden.'];
  return parties.map((p) => {
    const name = p.directorate ? `${p.department}, ${p.directorate}` : p.department;
    return `${name}: ${decisionText[p.decision]}${p.comments.length ? ` (${p.comments.join('; ')})` : ''}`;
  });
}

/**
 * The nota asking the minister to approve the response: Aanleiding, Geadviseerd besluit, Kernpunten,
 * Toelichting, Afstemming (from the workflow's coordination) and Informatie die niet openbaar gemaakt
 * kan worden. The public version redacts civil servants' personal data.
 */
export function decisionMemo(record: EditionRecord, version: 'internal' | 'public'): OfficialDocument {
  const { edition } = record;
  const nota = edition.nota;
  const blocks: DocumentBlock[] = [
    {
      kind: 'meta',
      rows: [
        ['Aan', nota.addressedTo.join(', ')],
        ['Van', nota.sender],
        ['Datum', dutchDate(nota.date)],
        ['Onze referentie', nota.reference],
        ...nota.contacts.map((c): [string, string] => [
          'Contactpersoon',
          [c.name, c.role, c.phone, c.email].filter(Boolean).join(', '),
        ]),
      ],
    },
    { kind: 'heading', text: '1. Aanleiding', level: 1 },
    ...nota.aanleiding.map((text): DocumentBlock => ({ kind: 'paragraph', text })),
    { kind: 'heading', text: '2. Geadviseerd besluit', level: 1 },
    { kind: 'paragraph', text: 'U wordt geadviseerd:' },
    { kind: 'bullets', items: nota.geadviseerdBesluit.map((text) => ({ text })) },
    { kind: 'heading', text: '3. Kernpunten', level: 1 },
    { kind: 'bullets', items: nota.kernpunten.map((text) => ({ text })) },
    { kind: 'heading', text: '4. Toelichting', level: 1 },
    ...nota.toelichting.map((text): DocumentBlock => ({ kind: 'paragraph', text })),
    { kind: 'heading', text: '4.1 Afstemming', level: 2 },
    { kind: 'bullets', items: afstemming(record).map((text) => ({ text })) },
    { kind: 'heading', text: '5. Informatie die niet openbaar gemaakt kan worden', level: 1 },
    { kind: 'paragraph', text: version === 'public' ? wooStatement : wooNoticeInternal },
  ];
  const doc: OfficialDocument = { kind: 'nota', title: `Nota: beleidsreactie ${edition.title}`, version, blocks };
  return version === 'public' ? mapDocumentText(doc, (t) => redactPersonalData(t, nota.contacts)) : doc;
}
