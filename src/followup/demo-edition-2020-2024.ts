import type { Edition, Recommendation, RecommendationResponse } from './followup-model.ts';

/**
 * Facts from the internal memo of 19 March 2026 on the response to the monitor 2020–2024, retold in
 * our own words. The memo names the addressees of recommendations 1–3 (OCW) but not their content;
 * the demo says so instead of guessing. Civil servants and their contact details are fictitious.
 */
const id = '2020-2024';
const OCW = 'Onderwijs, Cultuur en Wetenschap';
const JENV = 'Justitie en Veiligheid';
const VWS = 'Volksgezondheid, Welzijn en Sport';

export const edition2020: Edition = {
  id,
  title: 'Monitor seksueel geweld tegen kinderen 2020–2024',
  yearFrom: 2020,
  yearTo: 2024,
  publishedOn: '2025-12-11',
  letter: {
    opening:
      'Met deze brief reageren wij op de monitor 2020–2024 van de Nationaal Rapporteur, mede namens de Staatssecretaris van Justitie en Veiligheid en de Minister van Onderwijs, Cultuur en Wetenschap.',
    generalResponse: [
      'Meer organisaties krijgen meldingen van seksueel geweld tegen kinderen, ook van online geweld zoals grooming en het verspreiden van naaktbeelden van minderjarigen.',
      'Slachtoffers zijn meestal meisjes, gemiddeld 12 jaar; 15 jaar komt het vaakst voor. Bijna een kwart (23%) van de verdachten die het OM kent is zelf minderjarig.',
      'Er worden vaker aangiften gedaan, het OM vervolgt vaker, rechters veroordelen vaker en straffen worden langer. Hoe groot het probleem werkelijk is, weet niemand volledig.',
    ],
    closing: 'Wij blijven stappen zetten, ook achter de voordeur en online, en informeren uw Kamer over de voortgang.',
    signatories: [
      { title: 'De Minister van Justitie en Veiligheid', name: '[naam]' },
      { title: 'De Minister van Langdurige Zorg, Jeugd en Sport', name: '[naam]' },
      { title: 'De Staatssecretaris van Onderwijs en Emancipatie', name: '[naam]' },
    ],
  },
  nota: {
    date: '2026-03-19',
    reference: '7244668',
    addressedTo: ['Minister van Justitie en Veiligheid', 'Staatssecretaris van Justitie en Veiligheid'],
    sender: 'DGRR, Directie Rechtshandhaving en Criminaliteitsbestrijding, Cybercrime en zeden',
    aanleiding: [
      'De Nationaal Rapporteur publiceerde de monitor 2020–2024 op 11 december 2025 en bood hem aan de toenmalige Minister van JenV en de staatssecretarissen van OCW en VWS aan.',
      'Bijgaand treft u het voorstel voor de beleidsreactie op de monitor en zijn aanbevelingen.',
    ],
    geadviseerdBesluit: [
      'Instemmen met de bijgevoegde beleidsreactie.',
      'Instemmen met verzending door de Minister van JenV, de Minister van LZJS en de Staatssecretaris van O&E, mede namens de Staatssecretaris van JenV en de Minister van OCW.',
      'De beleidsreactie aan de Tweede Kamer zenden.',
    ],
    kernpunten: [
      'De brief opent met een algemene reactie en de stappen die recent zijn gezet, onder meer tegen geweld achter de voordeur en online.',
      'Vijf aanbevelingen: drie aan de bewindspersonen van OCW, één (4) aan de Staatssecretaris van JenV en één (5) aan de staatssecretarissen van JenV en VWS.',
      'Aanbeveling 4 (pro Justitia-rapportage): het OM handelt in overleg met het NIFP al grotendeels zo; alleen in uitzonderlijke gevallen niet.',
      'Aanbeveling 5 (centrale coördinatie): de reactie wijst op het aanstellen van een Nationaal Coördinator Geweld tegen Vrouwen en Huiselijk Geweld; het onderwerp valt nu primair onder de Minister van JenV.',
    ],
    toelichting: [
      'De monitor steunt op gegevens uit de strafrechtketen en de hulpverlening. Een volledig beeld van de werkelijke omvang van seksueel geweld tegen kinderen ontbreekt nog.',
      'Veel jongeren vertellen niemand over (online) misbruik of intimidatie; het geweld vindt nog vooral achter de voordeur plaats.',
    ],
    contacts: [
      {
        name: 'Joris Fictief-de Wit',
        role: 'senior beleidsmedewerker Cybercrime en zeden (fictief)',
        phone: '070-3701234',
        email: 'j.dewit@minjenv.example',
      },
      {
        name: 'Sanne Voorbeeld',
        role: 'coördinator afstemming DGRR (fictief)',
        phone: '+31 6 98765432',
        email: 's.voorbeeld@minjenv.example',
      },
    ],
  },
};

const ocwText = 'Aanbeveling aan de bewindspersonen van OCW; de inhoud staat niet in de bron van de demodata.';
const rec = (
  number: number,
  text: string,
  addressees: string[],
  ministries: string[],
  theme: string,
): Recommendation => ({
  editionId: id,
  number,
  text,
  addressees,
  ministries,
  theme,
});

export const recommendations2020: Recommendation[] = [
  rec(1, ocwText, ['Staatssecretaris van Onderwijs, Cultuur en Wetenschap'], [OCW], 'onderwijs-en-vorming'),
  rec(2, ocwText, ['Staatssecretaris van Onderwijs, Cultuur en Wetenschap'], [OCW], 'onderwijs-en-vorming'),
  rec(3, ocwText, ['Staatssecretaris van Onderwijs, Cultuur en Wetenschap'], [OCW], 'onderwijs-en-vorming'),
  rec(
    4,
    'Laat in alle zaken van seksueel kindermisbruik waarin gedragskundige vragen spelen een pro Justitia-rapportage opstellen.',
    ['Staatssecretaris van Justitie en Veiligheid'],
    [JENV],
    'gedragskundige-rapportage',
  ),
  rec(
    5,
    'Zorg voor centrale coördinatie en duurzame aansturing van de aanpak van seksueel geweld tegen kinderen.',
    ['Staatssecretaris van Justitie en Veiligheid', 'Staatssecretaris van Volksgezondheid, Welzijn en Sport'],
    [JENV, VWS],
    'regie-en-samenwerking',
  ),
];

export const responses2020: RecommendationResponse[] = [
  {
    editionId: id,
    recommendationNumber: 4,
    stance: 'already-met',
    text: 'Het OM vraagt in overleg met het NIFP in vrijwel al deze zaken al een pro Justitia-rapportage; alleen bij uitzondering niet.',
    ministries: [JENV],
  },
  {
    editionId: id,
    recommendationNumber: 5,
    stance: 'partly',
    text: 'Het kabinet versterkt de coördinatie door zo snel mogelijk een Nationaal Coördinator Geweld tegen Vrouwen en Huiselijk Geweld aan te stellen.',
    ministries: [JENV, VWS],
  },
];

/** Where the response stood on the memo's date: coordinated and put to the minister. */
export const coordination2020 = {
  startedAt: '2026-02-16T09:00:00Z',
  parties: [
    { department: 'JenV', directorate: 'DGRR' },
    { department: 'JenV', directorate: 'DGSenB' },
    { department: 'JenV', directorate: 'DGPenV' },
    { department: 'VWS' },
    { department: 'OCW' },
  ],
  memoAt: '2026-03-19T12:00:00Z',
} as const;
