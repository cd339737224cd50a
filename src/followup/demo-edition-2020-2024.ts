import type { Edition, Recommendation, RecommendationResponse } from './followup-model.ts';

/**
 * Facts from the internal memo of 19 March 2026 on the response to the monitor 2020–2024, retold in
 * our own words. The memo names the addressees of recommendations 1–3 (OCW) but not their content;
 * the demo says so instead of guessing. The sender's address is the ministry's public address; the
 * letter's reference and the civil servants with their contact details are fictitious.
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
  leadDepartment: 'JenV',
  sender: {
    department: 'JenV',
    directorateGeneral: 'Directoraat-Generaal Rechtspleging en Rechtshandhaving',
    directorate: 'Directie Rechtshandhaving en Criminaliteitsbestrijding',
    unit: 'Cybercrime en zeden',
    visitingAddress: ['Turfmarkt 147', '2511 DP  Den Haag'],
    postalAddress: ['Postbus 20301', '2500 EH  Den Haag'],
  },
  letter: {
    reference: '7244671',
    attachments: ['Monitor seksueel geweld tegen kinderen 2020–2024, Nationaal Rapporteur'],
    opening: [
      'Met deze brief informeren wij uw Kamer, mede namens de Staatssecretaris van Justitie en Veiligheid en de Minister van Onderwijs, Cultuur en Wetenschap, over de reactie van het kabinet op de Monitor seksueel geweld tegen kinderen 2020–2024 van de Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen. De monitor is als bijlage bijgevoegd.',
      'Wij reageren eerst op de bevindingen van de monitor en daarna op de vijf aanbevelingen.',
    ].join('\n\n'),
    generalResponse: [
      'Meer organisaties krijgen meldingen van seksueel geweld tegen kinderen, ook van online geweld zoals grooming en het verspreiden van naaktbeelden van minderjarigen. Steeds vaker worden minderjarigen onder druk gezet of misleid om zelf beelden te maken en te delen.',
      'Slachtoffers zijn meestal meisjes, gemiddeld 12 jaar; 15 jaar komt het vaakst voor. Bijna een kwart (23%) van de verdachten die het Openbaar Ministerie kent, is zelf minderjarig.',
      'Er wordt vaker aangifte gedaan, het Openbaar Ministerie vervolgt vaker, rechters veroordelen vaker en de opgelegde gevangenisstraffen worden langer. Tegelijk vertellen veel jongeren aan niemand wat hun is overkomen, en is de werkelijke omvang van het probleem nog niet volledig in beeld.',
      'De afgelopen jaren zijn stappen gezet tegen geweld achter de voordeur en online. Die moeten worden voortgezet: de aanpak van seksueel geweld tegen kinderen vraagt blijvend aandacht.',
    ],
    sections: [
      { heading: 'Onderwijs (aanbeveling 1 tot en met 3)', recommendations: [1, 2, 3] },
      { heading: 'Gedragskundige rapportage in zedenzaken (aanbeveling 4)', recommendations: [4] },
      { heading: 'Regie op de aanpak (aanbeveling 5)', recommendations: [5] },
    ],
    closing: 'Wij blijven stappen zetten, ook achter de voordeur en online, en informeren uw Kamer over de voortgang.',
    // The signatories' names are not in the seed; a draft prints their titles only.
    signatories: [
      { title: 'De Minister van Justitie en Veiligheid' },
      { title: 'De Minister van Langdurige Zorg, Jeugd en Sport' },
      { title: 'De Staatssecretaris van Onderwijs en Emancipatie' },
    ],
  },
  nota: {
    date: '2026-03-19',
    reference: '7244668',
    addressedTo: ['Minister van Justitie en Veiligheid', 'Staatssecretaris van Justitie en Veiligheid'],
    sender: 'DGRR, Directie Rechtshandhaving en Criminaliteitsbestrijding, Cybercrime en zeden',
    bijlagen: [
      'Concept-beleidsreactie op de Monitor seksueel geweld tegen kinderen 2020–2024',
      'Monitor seksueel geweld tegen kinderen 2020–2024',
    ],
    aanleiding: [
      'De Nationaal Rapporteur publiceerde de monitor 2020–2024 op 11 december 2025 en bood hem aan de toenmalige Minister van JenV en de toenmalige staatssecretarissen van OCW en VWS aan.',
      'Bijgaand treft u het voorstel voor de beleidsreactie op de monitor en zijn aanbevelingen.',
    ],
    geadviseerdBesluit: [
      'In te stemmen met de bijgevoegde beleidsreactie.',
      'In te stemmen met verzending door de Minister van JenV, de Minister van LZJS en de Staatssecretaris van O&E, mede namens de Staatssecretaris van JenV en de Minister van OCW.',
      'De beleidsreactie aan de Tweede Kamer te zenden.',
    ],
    kernpunten: [
      'De brief opent met een algemene reactie en de stappen die recent zijn gezet, onder meer tegen geweld achter de voordeur en online.',
      'Vijf aanbevelingen: drie aan de bewindspersonen van OCW, één (4) aan de Staatssecretaris van JenV en één (5) aan de staatssecretarissen van JenV en VWS.',
      'Aanbeveling 4 (pro Justitia-rapportage): het OM handelt in overleg met het NIFP al grotendeels zo; alleen in uitzonderlijke gevallen niet. Het NIFP valt onder de portefeuille van de Staatssecretaris van JenV.',
      'Aanbeveling 5 (centrale coördinatie): de reactie wijst op het aanstellen van een Nationaal Coördinator Geweld tegen Vrouwen en Huiselijk Geweld. Het onderwerp viel bij het verschijnen van de monitor onder de Staatssecretaris van JenV en valt nu primair onder de Minister van JenV.',
    ],
    toelichting: ['De monitor steunt op gegevens uit de strafrechtketen en de hulpverlening.'],
    bevindingen: [
      'Bij de meeste organisaties stijgt het aantal meldingen van seksueel geweld tegen kinderen.',
      'Meldingen van online seksueel geweld – grooming, seksuele intimidatie, het verspreiden van naaktbeelden van minderjarigen – blijven toenemen; vaker maken minderjarigen onder dwang of door misleiding zelf beelden en delen die.',
      'Slachtoffers zijn overwegend meisjes, gemiddeld 12 jaar oud; 15 jaar komt het vaakst voor. Van de verdachten die bij het OM in beeld zijn, is 23% minderjarig.',
      'Het meeste seksueel geweld vindt nog altijd achter de voordeur plaats.',
      'Veel jongeren die (online) seksueel misbruik of seksuele intimidatie meemaken, vertellen dat aan niemand.',
      'Hoe groot seksueel geweld tegen kinderen van 0 tot 18 jaar werkelijk is, en hoe het zich ontwikkelt, is nog niet volledig bekend.',
      'Er wordt vaker aangifte gedaan; het OM vervolgt vaker, meer zaken eindigen in een veroordeling en gevangenisstraffen worden langer.',
    ],
    krachtenveld: [
      'De Kamer heeft eerder aangedrongen op centrale regie; verwacht wordt dat leden vragen wanneer de Nationaal Coördinator begint en welke bevoegdheden die krijgt.',
      'De Nationaal Rapporteur zal de aankondiging van een coördinator naar verwachting verwelkomen, maar kan de reactie op aanbeveling 4 als terughoudend ervaren. OM en NIFP herkennen zich in de beschrijving van de huidige praktijk.',
    ],
    communicatie: [
      'De beleidsreactie wordt na verzending op rijksoverheid.nl geplaatst, samen met deze nota. Een persbericht is niet voorzien; vragen van de pers worden beantwoord met de lijn uit de brief. De Nationaal Rapporteur ontvangt de brief gelijktijdig.',
    ],
    financieleGevolgen: [
      'De brief zelf heeft geen financiële gevolgen. Over de kosten van de Nationaal Coördinator wordt afzonderlijk besloten.',
    ],
    juridischeGevolgen: [
      'Geen. Aanbeveling 4 vraagt geen wetswijziging: het OM kan ook nu al in elke zaak een pro Justitia-rapportage vragen.',
    ],
    nietOpenbaar: [
      'De persoonsgegevens van de ambtenaren die aan deze nota hebben gewerkt, worden niet openbaar gemaakt ter bescherming van hun persoonlijke levenssfeer.',
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
    text: [
      'In vrijwel alle zaken van seksueel kindermisbruik waarin gedragskundige vragen spelen, vraagt het Openbaar Ministerie in overleg met het Nederlands Instituut voor Forensische Psychiatrie en Psychologie (NIFP) nu al een pro Justitia-rapportage.',
      'Alleen in uitzonderlijke gevallen kan er, gezien de omstandigheden van de zaak, reden zijn dat niet te doen. Het kabinet ziet daarom geen aanleiding de werkwijze te wijzigen, en blijft met het OM en het NIFP volgen of de rapportages tijdig beschikbaar zijn.',
    ].join('\n\n'),
    ministries: [JENV],
  },
  {
    editionId: id,
    recommendationNumber: 5,
    stance: 'partly',
    text: [
      'Het kabinet versterkt de coördinatie door zo snel mogelijk een Nationaal Coördinator Geweld tegen Vrouwen en Huiselijk Geweld aan te stellen. Seksueel geweld tegen kinderen valt nadrukkelijk binnen diens opdracht.',
      'Binnen het kabinet ligt het onderwerp seksuele misdrijven, inclusief seksueel kindermisbruik, nu primair bij de Minister van Justitie en Veiligheid. Een aparte coördinatie alleen voor seksueel geweld tegen kinderen, naast die van de Nationaal Coördinator, acht het kabinet niet nodig.',
    ].join('\n\n'),
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
