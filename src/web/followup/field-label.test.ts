import { describe, expect, it } from 'vitest';
import { around, fieldLabel, pathParts, textAt } from './field-label.ts';
import { officerTexts } from './officer-texts.ts';

describe('where a proposed redaction stands', () => {
  it('reads a path into names and element keys', () => {
    expect(pathParts('workflow.coordination[JenV/DGRR].comments[0]')).toEqual([
      { name: 'workflow' },
      { name: 'coordination' },
      { key: 'JenV/DGRR' },
      { name: 'comments' },
      { key: '0' },
    ]);
  });
  it('names the field in words, in Dutch and English', () => {
    expect(fieldLabel('nota.kernpunten[2]', officerTexts.nl)).toBe('Nota — kernpunten, alinea 3');
    expect(fieldLabel('nota.contacts[0].name', officerTexts.nl)).toBe('Nota — contactpersoon 1, naam');
    expect(fieldLabel('workflow.coordination[VWS].comments[0]', officerTexts.en)).toBe(
      'Coordination — party VWS, comment 1',
    );
    expect(fieldLabel('workflow.steps[3].step.reason', officerTexts.nl)).toBe('Afstemming — stap 4, reden');
    expect(fieldLabel('responses[4].text', officerTexts.nl)).toBe('Reactie op aanbeveling 4 — tekst');
    expect(fieldLabel('commitments[T-1].promised.phrase', officerTexts.nl)).toBe('Toezegging T-1 — termijn');
    expect(fieldLabel('sender.unit', officerTexts.nl)).toBe('Briefhoofd (afzender) — afdeling');
    expect(fieldLabel('something.else', officerTexts.nl)).toBe('something — else');
  });
  it('finds the text at a path, lists keyed as the server keys them, and the words around a match', () => {
    const root = {
      nota: { kernpunten: ['a', 'Overleg met Pieter Jansen van OCW.'] },
      responses: [{ recommendationNumber: 4, text: 'Reactie vier' }],
      workflow: { coordination: [{ department: 'VWS', comments: ['te defensief'] }] },
    };
    expect(textAt(root, 'nota.kernpunten[1]')).toBe('Overleg met Pieter Jansen van OCW.');
    expect(textAt(root, 'responses[4].text')).toBe('Reactie vier');
    expect(textAt(root, 'workflow.coordination[VWS].comments[0]')).toBe('te defensief');
    expect(textAt(root, 'nota.missing[0]')).toBeNull();
    expect(around('Overleg met Pieter Jansen van OCW.', 'pieter jansen', 5)).toEqual({
      before: '… met ',
      match: 'Pieter Jansen',
      after: ' van …',
    });
  });
});
