import { describe, expect, it } from 'vitest';
import { registerSubject, registerText, teInfinitive } from './register-text.ts';

describe('the register’s Tekst', () => {
  it.each([
    ['De Kamer informeren over X', 'de Kamer te informeren over X'],
    ['De Kamer voor de zomer informeren', 'de Kamer voor de zomer te informeren'],
    [
      'Rapporteren over de werkvoorraad zedenzaken en het aantal aan het OM aangeleverde verdachten',
      'te rapporteren over de werkvoorraad zedenzaken en het aantal aan het OM aangeleverde verdachten',
    ],
    [
      'Conceptkerndoelen van de overige leergebieden laten opleveren',
      'conceptkerndoelen van de overige leergebieden te laten opleveren',
    ],
    [
      'Actielijn betekenisvolle interventies van het Actieplan versterken ketenaanpak zedenzaken afronden',
      'actielijn betekenisvolle interventies van het Actieplan versterken ketenaanpak zedenzaken af te ronden',
    ],
    [
      'Het Beleidskader herstelrechtvoorzieningen samen met de ketenpartners herzien',
      'het Beleidskader herstelrechtvoorzieningen samen met de ketenpartners te herzien',
    ],
    [
      'De controle van gegevensdragers bij de reclassering beleggen en de randvoorwaarden op orde brengen',
      'de controle van gegevensdragers bij de reclassering te beleggen en de randvoorwaarden op orde te brengen',
    ],
    [
      'In de beleidsreactie terugkomen op de vraag waarom verdachten achterbleven',
      'in de beleidsreactie terug te komen op de vraag waarom verdachten achterbleven',
    ],
    ['NIFP-cijfers sturen', 'NIFP-cijfers te sturen'],
    [
      'De Kamer informeren over de plannen om de zorg te verbeteren',
      'de Kamer te informeren over de plannen om de zorg te verbeteren',
    ],
    [
      'De Kamer informeren over hoe de ketenpartners de aanpak gaan verbeteren',
      'de Kamer te informeren over hoe de ketenpartners de aanpak gaan verbeteren',
    ],
    ['Onderzoeken naar de wachttijden afronden', 'onderzoeken naar de wachttijden af te ronden'],
  ])('"%s" → "De minister zegt toe %s."', (what, clause) => {
    expect(registerText(what, 'Minister van Justitie en Veiligheid')).toBe(`De minister zegt toe ${clause}.`);
  });

  it('keeps words it cannot read as an infinitive verbatim after "zegt toe:"', () => {
    expect(teInfinitive('De Kamer wordt na de zomer geïnformeerd')).toBeUndefined();
    expect(registerText('De Kamer wordt na de zomer geïnformeerd', 'Staatssecretaris van Justitie en Veiligheid')).toBe(
      'De staatssecretaris zegt toe: De Kamer wordt na de zomer geïnformeerd.',
    );
    expect(registerText('De minister zegt toe de Kamer te informeren.', 'Minister voor Rechtsbescherming')).toBe(
      'De minister zegt toe de Kamer te informeren.',
    );
    expect(registerText('dat het kader wordt herzien', 'Minister voor Rechtsbescherming')).toBe(
      'De minister zegt toe dat het kader wordt herzien.',
    );
  });

  it('derives the subject from the post', () => {
    expect(registerSubject('Minister voor Langdurige Zorg, Jeugd en Sport')).toBe('De minister');
    expect(registerSubject('Staatssecretaris van Volksgezondheid, Welzijn en Sport')).toBe('De staatssecretaris');
    expect(registerSubject('Minister-President')).toBe('De minister-president');
  });
});
