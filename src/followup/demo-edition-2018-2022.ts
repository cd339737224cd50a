import type { CommitmentInput } from './commitment-changes.ts';
import type { Edition, Recommendation, RecommendationResponse } from './followup-model.ts';

/**
 * Facts from the cabinet's response to the monitor 2018–2022 (Kamerstuk 31 015, nr. 275), retold in
 * our own words. The letter's exact date is not in the seed; 28 June 2024 is an approximation (it
 * cites 19 June 2024 and speaks of 1 July 2024 as still to come). Civil servants are fictitious.
 */
const id = '2018-2022';
const letterDate = '2024-06-28';
const OCW = 'Onderwijs, Cultuur en Wetenschap';
const JENV = 'Justitie en Veiligheid';
const VWS = 'Volksgezondheid, Welzijn en Sport';
const kst = (citation: string) => ({ citation });

export const edition2018: Edition = {
  id,
  title: 'Monitor seksueel geweld tegen kinderen 2018–2022',
  yearFrom: 2018,
  yearTo: 2022,
  letter: {
    kamerstuk: 'Kamerstukken II 2023/24, 31 015, nr. 275',
    date: letterDate,
    opening:
      'Hierbij ontvangt u, ook namens de Minister van Justitie en Veiligheid en de Minister voor Primair en Voortgezet Onderwijs, onze reactie op de monitor 2018–2022 van de Nationaal Rapporteur. Wij danken de Rapporteur voor de bruikbare aanknopingspunten voor preventie en bescherming.',
    generalResponse: [
      'Politie en Centrum Seksueel Geweld kregen in 2018–2022 meer meldingen binnen. Dat meer slachtoffers zich melden zien wij als winst: vroege hulp vergroot de kans op herstel.',
      'Het aantal geregistreerde verdachten groeide in 2022 minder hard dan het aantal incidenten. Een deel van de zedenincidenten leidt niet tot aangifte, en eind 2023 waren de zedenteams tijdelijk onderbezet; hoeveel elk bijdraagt is niet vast te stellen.',
      'Zorgwekkend is de stijging van grensoverschrijdend gedrag onder 16- tot 18-jarigen (van 24% in 2020 naar 30% in 2022) en dat 38% van de verdachten jonger is dan 21.',
      'Ruim de helft (58%) van de politiemeldingen betreft geweld in een woning, vaak door iemand uit de eigen kring. Het Nationaal Actieprogramma legt daarom de verbinding met de aanpak van huiselijk geweld.',
    ],
    closing:
      'Het kabinet blijft samen met maatschappelijke partners werken aan de bescherming van kinderen tegen seksueel geweld.',
    signatories: [
      { title: 'De Staatssecretaris van Volksgezondheid, Welzijn en Sport', name: 'M. van Ooijen' },
      { title: 'De Minister voor Rechtsbescherming', name: 'F.M. Weerwind' },
    ],
  },
  nota: {
    date: '2024-06-14',
    reference: 'DEMO-2018-2022',
    addressedTo: ['Minister voor Rechtsbescherming', 'Staatssecretaris van Volksgezondheid, Welzijn en Sport'],
    sender: 'Directoraat-Generaal Straffen en Beschermen (demo)',
    aanleiding: [
      'De Nationaal Rapporteur heeft de monitor 2018–2022 uitgebracht; bijgaand het voorstel voor de beleidsreactie.',
    ],
    geadviseerdBesluit: ['Instemmen met de beleidsreactie.', 'De beleidsreactie aan de Tweede Kamer zenden.'],
    kernpunten: ['Zes aanbevelingen; vier worden omarmd, aan één wordt al voldaan, één gedeeltelijk.'],
    toelichting: ['De reactie gaat per aanbeveling in op lopende programma’s en nieuwe afspraken met de Kamer.'],
    contacts: [
      {
        name: 'Eva Fictief-Verbeek',
        role: 'beleidsmedewerker (fictief)',
        phone: '06-12345678',
        email: 'e.verbeek@minjenv.example',
      },
    ],
  },
};

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

export const recommendations2018: Recommendation[] = [
  rec(
    1,
    'Geef kinderen op school relationele en seksuele vorming met bewezen werkzame methoden, vastgelegd in scherpere kerndoelen; digitale weerbaarheid hoort erbij.',
    ['Minister voor Primair en Voortgezet Onderwijs'],
    [OCW],
    'onderwijs-en-vorming',
  ),
  rec(
    2,
    'Blijf in het publieke debat uitdragen dat seksuele voorlichting op school geweld voorkomt, en weerleg onjuiste beelden.',
    ['Minister voor Primair en Voortgezet Onderwijs'],
    [OCW],
    'onderwijs-en-vorming',
  ),
  rec(
    3,
    'Zorg dat politie, OM en Rechtspraak genoeg geld, tijd en mensen hebben om de Wet seksuele misdrijven goed in te voeren.',
    ['Minister van Justitie en Veiligheid'],
    [JENV],
    'capaciteit-strafrechtketen',
  ),
  rec(
    4,
    'Onderzoek alternatieve afdoeningen op verschillende momenten in de keten en versterk de multidisciplinaire samenwerking, met lessen uit eerdere projecten.',
    ['Minister van Justitie en Veiligheid', 'Minister voor Rechtsbescherming'],
    [JENV],
    'regie-en-samenwerking',
  ),
  rec(
    5,
    'Versterk de samenwerking van ziekenhuizen, GGD, GGZ, politie en Slachtofferhulp rond het CSG; kijk naar buitenlandse modellen met één locatie, zoals in België.',
    ['Staatssecretaris van Volksgezondheid, Welzijn en Sport'],
    [VWS],
    'regie-en-samenwerking',
  ),
  rec(
    6,
    'Laat de reclassering zelf gegevensdragers controleren en regel daarvoor capaciteit, kennis, middelen en bevoegdheid.',
    ['Minister voor Rechtsbescherming', 'Minister van Justitie en Veiligheid'],
    [JENV],
    'toezicht-daders',
  ),
];

const answer = (
  recommendationNumber: number,
  stance: RecommendationResponse['stance'],
  text: string,
  ministries: string[],
): RecommendationResponse => ({
  editionId: id,
  recommendationNumber,
  stance,
  text,
  ministries,
});

export const responses2018: RecommendationResponse[] = [
  answer(
    1,
    'embraced',
    'OCW financiert onderzoek naar een kwaliteitskader voor lesmateriaal; de kerndoelen worden herzien en relationele en seksuele vorming is al verplicht.',
    [OCW],
  ),
  answer(
    2,
    'embraced',
    'VWS en OCW hebben met onder meer Rutgers en de sectorraden feitelijke informatie voor het debat verzameld; later wordt bezien of meer nodig is.',
    [OCW, VWS],
  ),
  answer(
    3,
    'already-met',
    'Voor de invoering is structureel 20 miljoen euro en incidenteel 3,6 miljoen euro (2022–2024) beschikbaar gesteld; de wet treedt op 1 juli 2024 in werking.',
    [JENV],
  ),
  answer(
    4,
    'partly',
    'Binnen het Actieplan versterken ketenaanpak zedenzaken loopt een project naar betekenisvolle interventies; het beleidskader herstelrecht wordt herzien.',
    [JENV],
  ),
  answer(
    5,
    'embraced',
    'Het traject voor een goed georganiseerd landschap van steun-, hulp- en meldpunten betrekt inlooplocaties en het Belgische model.',
    [VWS, JENV],
  ),
  answer(
    6,
    'embraced',
    'Sinds het tweede kwartaal van 2024 ligt de controle van gegevensdragers bij de reclassering; de randvoorwaarden worden ingericht.',
    [JENV],
  ),
];

const c = (n: number, input: Omit<CommitmentInput, 'editionId' | 'id'>): CommitmentInput => ({
  id: `${id}-T${n}`,
  editionId: id,
  ...input,
});

export const commitments2018: CommitmentInput[] = [
  c(1, {
    what: 'In de beleidsreactie terugkomen op de vraag (lid Synhaeve, D66) waarom verdachten in 2022 achterbleven bij incidenten',
    who: 'Minister van Justitie en Veiligheid',
    ministry: JENV,
    when: letterDate,
    madeOn: '2024-03-06',
    references: [kst('Kamerstukken II 2023/24, 31 015, nr. 275')],
  }),
  c(2, {
    what: 'Rapporteren over de werkvoorraad zedenzaken en het aantal aan het OM aangeleverde verdachten',
    who: 'Minister van Justitie en Veiligheid',
    ministry: JENV,
    when: 'halfjaarlijks',
    madeOn: '2024-06-19',
    references: [kst('Kamerstukken II 2023/24, 29 628, nr. 1217')],
  }),
  c(3, {
    recommendationNumber: 1,
    what: 'De Kamer informeren over de uitkomsten van het onderzoek naar een kwaliteitskader voor leermiddelen en eventuele vervolgstappen',
    who: 'Minister voor Primair en Voortgezet Onderwijs',
    ministry: OCW,
    when: 'na de zomer',
    madeOn: letterDate,
    references: [kst('Kamerstukken II 2023/24, 31 015, nr. 275')],
  }),
  c(4, {
    recommendationNumber: 1,
    what: 'Conceptkerndoelen van de overige leergebieden laten opleveren',
    who: 'Minister voor Primair en Voortgezet Onderwijs',
    ministry: OCW,
    when: 'in het najaar',
    madeOn: letterDate,
    references: [kst('Kamerstukken II 2023/24, 31 015, nr. 275')],
  }),
  c(5, {
    recommendationNumber: 4,
    what: 'Actielijn betekenisvolle interventies van het Actieplan versterken ketenaanpak zedenzaken afronden',
    who: 'Minister van Justitie en Veiligheid',
    ministry: JENV,
    when: 'eind 2024',
    madeOn: letterDate,
    references: [kst('Kamerstukken II 2022/23, 34 843, nr. 86')],
  }),
  c(6, {
    recommendationNumber: 4,
    what: 'Het Beleidskader herstelrechtvoorzieningen samen met de ketenpartners herzien',
    who: 'Minister voor Rechtsbescherming',
    ministry: JENV,
    when: 'in 2024',
    madeOn: letterDate,
    references: [kst('Kamerstukken II 2023/24, 31 015, nr. 275')],
  }),
  c(7, {
    recommendationNumber: 5,
    what: 'De Kamer informeren over de verbeterinitiatieven uit het traject goed georganiseerd hulplandschap, met de ervaringen van inlooplocaties en het Belgische model',
    who: 'Staatssecretaris van Volksgezondheid, Welzijn en Sport',
    ministry: VWS,
    when: 'in het najaar',
    madeOn: letterDate,
    references: [kst('Kamerstukken II 2023/24, 31 015, nr. 275')],
  }),
  c(8, {
    recommendationNumber: 6,
    what: 'De controle van gegevensdragers bij de reclassering beleggen en de randvoorwaarden op orde brengen',
    who: 'Minister voor Rechtsbescherming',
    ministry: JENV,
    when: 'tweede kwartaal 2024',
    madeOn: '2024-02-09',
    references: [kst('Kamerstukken II 2023/24, 29 270, nr. 156')],
  }),
];
