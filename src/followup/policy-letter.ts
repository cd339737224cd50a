import type { EditionRecord } from './followup-data.ts';
import type { Commitment } from './followup-model.ts';
import { type DocumentBlock, mapDocumentText, type OfficialDocument } from './official-document.ts';
import { redactPersonalData, wooStatement } from './redact-personal-data.ts';
import { dutchDate, stanceLabels } from './stance-labels.ts';

const promiseText = (c: Commitment) => {
  const when = c.promised.phrase
    ? `${c.promised.phrase}${c.promised.due ? ` (uiterlijk ${dutchDate(c.promised.due)})` : ''}`
    : c.promised.due
      ? `uiterlijk ${dutchDate(c.promised.due)}`
      : 'zonder datum';
  return { text: `Toezegging: ${c.what} — ${c.who}, ${when}.`, footnotes: c.references.map((r) => r.citation) };
};

/**
 * The policy response letter (beleidsreactie) to the Tweede Kamer: opening, general response, a
 * section per recommendation with the stance and the commitments, closing, signatories, and the
 * Kamerstuk references as footnotes. The internal version carries the contact persons and the
 * state of the workflow; the public version redacts civil servants' personal data and says why.
 */
export function policyLetter(record: EditionRecord, version: 'internal' | 'public'): OfficialDocument {
  const { edition } = record;
  const letter = edition.letter;
  const blocks: DocumentBlock[] = [];
  const meta: [string, string][] = [
    ['Aan', 'De Voorzitter van de Tweede Kamer der Staten-Generaal'],
    ['Onderwerp', `Beleidsreactie op de ${edition.title}`],
  ];
  if (letter.date) meta.push(['Datum', dutchDate(letter.date)]);
  if (letter.kamerstuk) meta.push(['Kamerstuk', letter.kamerstuk]);
  if (version === 'internal') meta.push(['Status', `intern — ${record.workflow?.state ?? 'draft'}`]);
  // The public version keeps the contact rows, redacted, as a Woo publication does.
  for (const c of edition.nota.contacts)
    meta.push(['Contactpersoon', [c.name, c.role, c.phone, c.email].filter(Boolean).join(', ')]);
  blocks.push({ kind: 'meta', rows: meta });
  blocks.push({ kind: 'paragraph', text: letter.opening });

  blocks.push({ kind: 'heading', text: 'Algemene reactie', level: 1 });
  for (const text of letter.generalResponse) blocks.push({ kind: 'paragraph', text });
  const general = record.commitments.filter((c) => c.recommendationNumber === undefined);
  if (general.length) blocks.push({ kind: 'bullets', items: general.map(promiseText) });

  blocks.push({ kind: 'heading', text: 'Reactie op de aanbevelingen', level: 1 });
  for (const r of record.recommendations) {
    blocks.push({ kind: 'heading', text: `Aanbeveling ${r.number}`, level: 2 });
    blocks.push({
      kind: 'paragraph',
      text: `De Nationaal Rapporteur richt zich tot ${r.addressees.join(' en ')}: ${r.text}`,
    });
    const response = record.responses.find((x) => x.recommendationNumber === r.number);
    blocks.push({
      kind: 'paragraph',
      text: response
        ? `Standpunt: ${stanceLabels[response.stance].nl}. ${response.text}`
        : 'Standpunt: nog niet bepaald.',
    });
    const commitments = record.commitments.filter((c) => c.recommendationNumber === r.number);
    if (commitments.length) blocks.push({ kind: 'bullets', items: commitments.map(promiseText) });
  }

  blocks.push({ kind: 'heading', text: 'Tot slot', level: 1 });
  blocks.push({ kind: 'paragraph', text: letter.closing });
  blocks.push({ kind: 'signatures', signatories: letter.signatories });
  if (version === 'public') blocks.push({ kind: 'paragraph', text: wooStatement });

  const doc: OfficialDocument = { kind: 'letter', title: `Beleidsreactie ${edition.title}`, version, blocks };
  return version === 'public' ? mapDocumentText(doc, (t) => redactPersonalData(t, edition.nota.contacts)) : doc;
}
