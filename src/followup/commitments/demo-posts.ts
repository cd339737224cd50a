import type { Post } from './bewindspersonen.ts';

/**
 * The posts the demo commitments name, with FICTITIOUS holders (no real politician's name): the
 * demo shows a cabinet change on 2 July 2024, so a commitment of June 2024 was made by the
 * "toenmalige" minister and is answered for now by the successor. Titles and ministries are real.
 */
const cabinetChange = '2024-07-02';
const lastDayBefore = '2024-07-01';
const previousCabinet = '2022-01-10';

export const demoPosts: readonly Post[] = [
  {
    id: 'jenv-minister',
    title: 'Minister van Justitie en Veiligheid',
    ministry: 'Justitie en Veiligheid',
    department: 'JenV',
    holders: [
      {
        name: 'Hendrik Voorbeeld',
        initials: 'H.',
        voornaam: 'Hendrik',
        achternaam: 'Voorbeeld',
        from: previousCabinet,
        to: lastDayBefore,
      },
      {
        name: 'Ingrid van Denkbeeldig',
        initials: 'I.',
        voornaam: 'Ingrid',
        tussenvoegsel: 'van',
        achternaam: 'Denkbeeldig',
        from: cabinetChange,
      },
    ],
  },
  {
    id: 'jenv-minister-rechtsbescherming',
    title: 'Minister voor Rechtsbescherming',
    ministry: 'Justitie en Veiligheid',
    department: 'JenV',
    holders: [
      {
        name: 'Karel de Verzonnen',
        initials: 'K.J.',
        voornaam: 'Karel',
        tussenvoegsel: 'de',
        achternaam: 'Verzonnen',
        from: previousCabinet,
        to: lastDayBefore,
      },
      // the portfolio went to a state secretary in the new cabinet
      {
        name: 'Saskia Fictief',
        initials: 'S.',
        voornaam: 'Saskia',
        achternaam: 'Fictief',
        from: cabinetChange,
        title: 'Staatssecretaris van Justitie en Veiligheid',
      },
    ],
  },
  {
    id: 'ocw-minister-pvo',
    title: 'Minister voor Primair en Voortgezet Onderwijs',
    ministry: 'Onderwijs, Cultuur en Wetenschap',
    department: 'OCW',
    holders: [
      {
        name: 'Dirk Proefmans',
        initials: 'D.',
        voornaam: 'Dirk',
        achternaam: 'Proefmans',
        from: previousCabinet,
        to: lastDayBefore,
      },
      {
        name: 'Marije Modelmaker',
        initials: 'M.A.',
        voornaam: 'Marije',
        achternaam: 'Modelmaker',
        from: cabinetChange,
        title: 'Staatssecretaris van Onderwijs, Cultuur en Wetenschap',
      },
    ],
  },
  {
    id: 'vws-staatssecretaris',
    title: 'Staatssecretaris van Volksgezondheid, Welzijn en Sport',
    ministry: 'Volksgezondheid, Welzijn en Sport',
    department: 'VWS',
    holders: [
      {
        name: 'Lotte van der Testhuizen',
        initials: 'L.',
        voornaam: 'Lotte',
        tussenvoegsel: 'van der',
        achternaam: 'Testhuizen',
        from: previousCabinet,
        to: lastDayBefore,
      },
      { name: 'Bram Bedenkt', initials: 'B.', voornaam: 'Bram', achternaam: 'Bedenkt', from: cabinetChange },
    ],
  },
  {
    id: 'vws-minister-lzjs',
    title: 'Minister voor Langdurige Zorg, Jeugd en Sport',
    ministry: 'Volksgezondheid, Welzijn en Sport',
    department: 'VWS',
    holders: [
      {
        name: 'Joost Fictievaart',
        initials: 'J.',
        voornaam: 'Joost',
        achternaam: 'Fictievaart',
        from: previousCabinet,
        to: lastDayBefore,
      },
    ],
  },
];
