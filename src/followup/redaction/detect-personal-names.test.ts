import { describe, expect, it } from 'vitest';
import { personalDataDetector, splitName } from './detect-personal-names.ts';

const detect = personalDataDetector({
  people: [
    { name: 'Pieter Jansen', role: 'beleidsmedewerker' },
    { name: 'Eva Fictief-Verbeek', phone: '06-12345678', email: 'e.verbeek@minjenv.example' },
    { name: 'Joris Fictief-de Wit' },
    { name: 'Demo Beleidsmedewerker VWS' },
    { name: 'Demo Gegevensbeheerder Politie' },
  ],
  publicNames: ['F.M. Weerwind', 'M. van Ooijen'],
});
const found = (text: string) => detect(text).map((f) => f.text);

describe('splitName', () => {
  it('keeps particles and double names with the surname', () => {
    expect(splitName('Joris Fictief-de Wit')).toEqual({ given: ['Joris'], surname: 'Fictief-de Wit' });
    expect(splitName('Anna Maria van der Berg')).toEqual({ given: ['Anna', 'Maria'], surname: 'van der Berg' });
    expect(splitName('Eva Fictief-Verbeek')).toEqual({ given: ['Eva'], surname: 'Fictief-Verbeek' });
  });
});

describe('personalDataDetector: known people', () => {
  it('finds a known person whole, by first name, surname, initials + (part of the) surname, in any case', () => {
    expect(found('Afgestemd met pieter JANSEN en Pieter; zie P. Jansen, P.J. Jansen, Jansen en E. Verbeek.')).toEqual([
      'pieter JANSEN',
      'Pieter',
      'P. Jansen',
      'P.J. Jansen',
      'Jansen',
      'E. Verbeek',
    ]);
    expect(found('Bel J. de Wit of mevrouw Fictief-Verbeek; De Wit belt terug, en JORIS ook.')).toEqual([
      'J. de Wit',
      'Fictief-Verbeek',
      'De Wit',
      'JORIS',
    ]);
  });

  it('does not take a lower-case word for a surname, nor a department code from an account name', () => {
    expect(found('de wit van de muur; jansen; VWS en Politie gaven akkoord; Demo voor de Beleidsmedewerker')).toEqual(
      [],
    );
  });

  it('finds the contact details of a known person and says whose they are', () => {
    const [phone, mail] = detect('Bel 06 1234 5678 of mail e.verbeek@minjenv.example');
    expect(phone?.reason).toContain('Eva Fictief-Verbeek');
    expect(mail).toMatchObject({ text: 'e.verbeek@minjenv.example', ground: '5.1.2e' });
  });
});

describe('personalDataDetector: people nobody listed', () => {
  it('finds names after a form of address, initials + surname, given name + surname, and sign-offs', () => {
    expect(
      found('Mevrouw De Boer-Smit belde; dhr. Bakker ook. Zie S. Voorbeeld en Karin van der Berg. Groet, Sanne'),
    ).toEqual(['De Boer-Smit', 'Bakker', 'S. Voorbeeld', 'Karin van der Berg', 'Sanne']);
  });

  it('finds a name with a department abbreviation, before or inside parentheses', () => {
    expect(found('Akkoord, Kuipers (OCW/PO). Nog een vraag (Hendriks, VWS).')).toEqual(['Kuipers', 'Hendriks']);
    expect(found('Akkoord (OCW/PO). Opmerkingen (VWS): geen.')).toEqual([]);
  });

  it('leaves public office holders, organisations, places and headings alone', () => {
    const text =
      'De Minister voor Rechtsbescherming F.M. Weerwind en de Staatssecretaris, M. van Ooijen, mede namens ' +
      'minister-president Mark Rutte; vraag van het lid Synhaeve (D66) en van Kamerlid Anne Bakker. ' +
      'Politie, Centrum Seksueel Geweld, Veilig Thuis, het Emma Kinderziekenhuis, het Openbaar Ministerie en het ' +
      'NIFP in Den Haag. A. Inleiding. De Nationaal Rapporteur (Postbus 20301, 2500 EH Den Haag).';
    expect(found(text)).toEqual([]);
  });
});

describe('personalDataDetector: phone numbers and e-mail addresses', () => {
  it('proposes mobile numbers and numbers beside a person, never a helpline or an organisation’s number', () => {
    expect(detect('Bel 06-98765432.').map((f) => [f.text, f.ground])).toEqual([['06-98765432', '5.1.2e']]);
    expect(found('Kees Bakker, doorkiesnummer 070-3705555.')).toEqual(['Kees Bakker', '070-3705555']);
    expect(
      found('Veilig Thuis: 0800-2000. Centrum Seksueel Geweld 0800-0188. Ministerie van JenV: 070 370 79 11.'),
    ).toEqual([]);
  });

  it('asks the officer (ground null) about a fixed number it cannot place', () => {
    expect(detect('Bel 030-2345678 voor vragen.')).toEqual([
      expect.objectContaining({ text: '030-2345678', ground: null }),
    ]);
  });

  it('leaves case numbers, Kamerstukken, dates and amounts alone', () => {
    const text =
      'Parketnummer 09/123456-24 en zaaknummer 0912345624; Kamerstukken II 2023/24, 31 015, nr. 275; 06-05-2024; 20 miljoen euro; referentie 7244668.';
    expect(found(text)).toEqual([]);
  });

  it('proposes personal e-mail addresses, not an organisation’s mailbox', () => {
    expect(found('Mail p.jansen@minocw.example of info@nationaalrapporteur.example.')).toEqual([
      'p.jansen@minocw.example',
    ]);
  });
});
