import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../../followup/index.ts';
import { letterDraftOf, letterPatch } from './letter-draft.ts';
import { notaDraftOf, notaPatch } from './nota-draft.ts';

const edition = buildDemoData().editions.find((e) => e.id === '2018-2022');
if (!edition) throw new Error('the demo has edition 2018-2022');

describe('the letter and nota forms and the patches they send', () => {
  it('an untouched form sends back the letter and nota as they are', () => {
    const { letter } = letterPatch(edition, letterDraftOf(edition));
    for (const key of ['opening', 'generalResponse', 'closing', 'signatories'] as const)
      expect(letter[key], key).toEqual(edition.letter[key]);
    const { nota } = notaPatch(notaDraftOf(edition.nota));
    for (const key of [
      'aanleiding',
      'geadviseerdBesluit',
      'kernpunten',
      'toelichting',
      'contacts',
      'sender',
      'date',
    ] as const)
      expect(nota[key], key).toEqual(edition.nota[key]);
  });

  it('a field the officer emptied is sent as null, so the server (which merges key by key) removes it', () => {
    const draft = { ...letterDraftOf(edition), reference: '  ', attachments: '', sections: [], unit: '' };
    const patch = letterPatch(edition, draft);
    expect(patch.letter.reference).toBeNull();
    expect(patch.letter.attachments).toBeNull();
    expect(patch.letter.sections).toBeNull();
    expect(patch.sender.unit).toBeNull();
    const nota = notaPatch({ ...notaDraftOf(edition.nota), krachtenveld: '\n\n', bijlagen: '' }).nota;
    expect(nota.krachtenveld).toBeNull();
    expect(nota.bijlagen).toBeNull();
  });

  it('paragraphs and grouped recommendations become lists; a signatory without a name keeps only the title', () => {
    const draft = {
      ...letterDraftOf(edition),
      generalResponse: 'Eerste alinea.\n\nTweede alinea.',
      sections: [{ heading: ' Hulp ', recommendations: [3, 1], intro: '' }],
      signatories: [{ title: 'De Minister van Justitie en Veiligheid', name: ' ' }],
    };
    const { letter } = letterPatch(edition, draft);
    expect(letter.generalResponse).toEqual(['Eerste alinea.', 'Tweede alinea.']);
    expect(letter.sections).toEqual([{ heading: 'Hulp', recommendations: [1, 3] }]);
    expect(letter.signatories).toEqual([{ title: 'De Minister van Justitie en Veiligheid' }]);
  });
});
