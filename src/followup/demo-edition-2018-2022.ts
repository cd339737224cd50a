import type { CommitmentInput } from './commitments/commitment-changes.ts';
import type { Edition, Recommendation, RecommendationResponse } from './followup-model.ts';

/**
 * Facts from the cabinet's response to the monitor 2018–2022 (Kamerstuk 31 015, nr. 275, dated
 * 25 June 2024), retold in our own words. The sender's address is the ministry's public address;
 * the reference numbers and the civil servants are fictitious.
 */
const id = '2018-2022';
export const letterDate2018 = '2024-06-25';
const letterDate = letterDate2018;
const OCW = 'Onderwijs, Cultuur en Wetenschap';
const JENV = 'Justitie en Veiligheid';
const VWS = 'Volksgezondheid, Welzijn en Sport';
const kst = (citation: string) => ({ citation });

export const edition2018: Edition = {
  id,
  title: 'Monitor seksueel geweld tegen kinderen 2018–2022',
  yearFrom: 2018,
  yearTo: 2022,
  leadDepartment: 'JenV',
  sender: {
    department: 'JenV',
    directorateGeneral: 'Directoraat-Generaal Straffen en Beschermen',
    directorate: 'Directie Justitieel Jeugdbeleid',
    visitingAddress: ['Turfmarkt 147', '2511 DP  Den Haag'],
    postalAddress: ['Postbus 20301', '2500 EH  Den Haag'],
  },
  letter: {
    kamerstuk: 'Kamerstukken II 2023/24, 31 015, nr. 275',
    date: letterDate,
    reference: '5523817',
    attachments: ['Monitor seksueel geweld tegen kinderen 2018–2022, Nationaal Rapporteur'],
    opening: [
      'Met deze brief informeren wij uw Kamer, mede namens de Minister van Justitie en Veiligheid en de Minister voor Primair en Voortgezet Onderwijs, over de reactie van het kabinet op de Monitor seksueel geweld tegen kinderen 2018–2022 van de Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen. De monitor is als bijlage bijgevoegd. Wij danken de Nationaal Rapporteur voor een monitor die concrete aanknopingspunten biedt om kinderen beter te beschermen en geweld te voorkomen.',
      'Hieronder reageren wij eerst op de monitor als geheel en daarna op de zes aanbevelingen.',
    ].join('\n\n'),
    generalResponse: [
      'Politie en Centrum Seksueel Geweld kregen in 2018–2022 meer meldingen van seksueel geweld tegen kinderen, ook van geweld dat lang geleden plaatsvond. Vooral tieners maakten vaker gebruik van de chatdienst van het Centrum. Dat meer slachtoffers en omstanders zich melden, zien wij als winst: hoe eerder hulp komt, hoe groter de kans op herstel.',
      'Het aantal geregistreerde verdachten groeide in 2022 minder hard dan het aantal incidenten en slachtoffers. Niet elk zedenincident leidt tot een aangifte tegen een verdachte: een registratie kan ook een adviesvraag zijn, of een melding waarbij nog geen aangifte is gedaan. Daarnaast waren de zedenteams eind 2023 tijdelijk onderbezet door uitstroom en door de groei van de formatie. Hoeveel elk van deze factoren bijdraagt, is niet vast te stellen.',
      'Zorgwekkend is dat grensoverschrijdend gedrag onder jongeren toenam: bij 16- tot 18-jarigen van 24% in 2020 naar 30% in 2022. Bovendien is 38% van de verdachten jonger dan 21 jaar; zij maken vaak leeftijdsgenoten tot slachtoffer.',
      'Ruim de helft (58%) van de meldingen bij de politie betreft geweld in een woning, vaak door een familielid of bekende. Dat maakt praten voor een kind extra moeilijk. Het Nationaal Actieprogramma Aanpak seksueel grensoverschrijdend gedrag en seksueel geweld legt daarom de verbinding met de aanpak van huiselijk geweld en kindermishandeling, de Hervormingsagenda Jeugd en het Toekomstscenario Jeugd- en Gezinsbescherming.',
    ],
    sections: [
      { heading: 'Relationele en seksuele vorming (aanbeveling 1 en 2)', recommendations: [1, 2] },
      { heading: 'Invoering van de Wet seksuele misdrijven (aanbeveling 3)', recommendations: [3] },
      {
        heading: 'Samenwerking in de keten en rond slachtoffers (aanbeveling 4 en 5)',
        recommendations: [4, 5],
        intro: [
          'De Ministers van Justitie en Veiligheid en voor Rechtsbescherming en de Staatssecretaris van Volksgezondheid, Welzijn en Sport zien deze twee aanbevelingen als steun voor de koers die met het Actieplan versterken ketenaanpak zedenzaken, het traject voor een goed georganiseerd landschap van hulp- en meldpunten en de aanpak Veiligheid Voorop al is ingezet.',
        ],
      },
    ],
    closing:
      'Het kabinet blijft zich onverminderd inzetten tegen seksueel geweld tegen kinderen. Het beschermen van kinderen is een gedeelde verantwoordelijkheid, die wij elke dag met een groot aantal maatschappelijke partners waarmaken.',
    signatories: [
      { title: 'De Staatssecretaris van Volksgezondheid, Welzijn en Sport', name: 'M. van Ooijen' },
      { title: 'De Minister voor Rechtsbescherming', name: 'F.M. Weerwind' },
    ],
  },
  nota: {
    date: '2024-06-14',
    reference: '5523790',
    addressedTo: ['Minister voor Rechtsbescherming', 'Staatssecretaris van Volksgezondheid, Welzijn en Sport'],
    sender: 'Directoraat-Generaal Straffen en Beschermen, Directie Justitieel Jeugdbeleid',
    bijlagen: [
      'Concept-beleidsreactie op de Monitor seksueel geweld tegen kinderen 2018–2022',
      'Monitor seksueel geweld tegen kinderen 2018–2022',
    ],
    aanleiding: [
      'De Nationaal Rapporteur heeft de Monitor seksueel geweld tegen kinderen 2018–2022 uitgebracht. In het commissiedebat Seksueel geweld en kindermisbruik van 6 maart 2024 is toegezegd in de beleidsreactie in te gaan op de vraag waarom het aantal geregistreerde verdachten achterbleef.',
      'Bijgaand treft u het voorstel voor de beleidsreactie op de monitor en de zes aanbevelingen.',
    ],
    geadviseerdBesluit: [
      'In te stemmen met de bijgevoegde beleidsreactie.',
      'In te stemmen met verzending door de Minister voor Rechtsbescherming en de Staatssecretaris van VWS, mede namens de Minister van JenV en de Minister voor PVO.',
      'De beleidsreactie aan de Tweede Kamer te zenden, bij voorkeur voor het zomerreces.',
    ],
    kernpunten: [
      'De brief geeft eerst een algemene reactie: meer meldingen, verdachten die achterblijven bij incidenten, en de zorg over geweld achter de voordeur.',
      'Zes aanbevelingen: twee aan de Minister voor PVO (onderwijs), één aan de Minister van JenV (Wet seksuele misdrijven), twee aan JenV en VWS samen (samenwerking) en één aan de Minister voor Rechtsbescherming (controle van gegevensdragers).',
      'Aan aanbeveling 3 wordt al voldaan: de invoering van de Wet seksuele misdrijven is voorbereid en gefinancierd. Aanbeveling 4 wordt deels overgenomen; de overige worden overgenomen.',
    ],
    toelichting: [
      'De monitor beschrijft de periode 2018–2022 op basis van gegevens van politie, OM, Rechtspraak en hulpverlening.',
    ],
    bevindingen: [
      'Het aantal meldingen bij de politie en het Centrum Seksueel Geweld steeg; meer minderjarigen, vooral tieners, gebruikten de chatdienst.',
      'Het aantal geregistreerde verdachten bleef in 2022 achter bij het aantal incidenten en slachtoffers.',
      '58% van de meldingen bij de politie betreft seksueel geweld in een woning.',
      '38% van de verdachten is jonger dan 21 jaar.',
      'Grensoverschrijdend gedrag onder 16- tot 18-jarigen nam toe van 24% (2020) naar 30% (2022).',
    ],
    krachtenveld: [
      'De Kamer vroeg in het commissiedebat van 6 maart 2024 naar de achterblijvende registratie van verdachten en naar één fysiek loket voor slachtoffers; meerdere moties vragen om inloopvoorzieningen naar Belgisch model.',
      'De Nationaal Rapporteur zal naar verwachting de steun voor de Wet seksuele misdrijven verwelkomen en blijven aandringen op voldoende capaciteit in de strafrechtketen.',
    ],
    communicatie: [
      'De beleidsreactie wordt na verzending op rijksoverheid.nl geplaatst. Een persbericht is niet voorzien; de woordvoering volgt de brief. De Nationaal Rapporteur ontvangt de brief gelijktijdig.',
    ],
    financieleGevolgen: [
      'De brief kondigt geen nieuwe uitgaven aan. De middelen voor de invoering van de Wet seksuele misdrijven (structureel 20 miljoen euro, incidenteel 3,6 miljoen euro in 2022–2024) zijn al toegekend.',
    ],
    juridischeGevolgen: [
      'Geen. De Wet seksuele misdrijven treedt op 1 juli 2024 in werking; de brief verandert daar niets aan.',
    ],
    nietOpenbaar: [
      'De persoonsgegevens van de ambtenaren die aan deze nota hebben gewerkt, worden niet openbaar gemaakt ter bescherming van hun persoonlijke levenssfeer.',
    ],
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
  paragraphs: string[],
  ministries: string[],
): RecommendationResponse => ({
  editionId: id,
  recommendationNumber,
  stance,
  text: paragraphs.join('\n\n'),
  ministries,
});

export const responses2018: RecommendationResponse[] = [
  answer(
    1,
    'embraced',
    [
      'Goede lessen vragen goed lesmateriaal, en kennis over wat werkt voor welke leerling. Daarom financiert het Ministerie van OCW een onderzoeksprogramma dat met een kwaliteitskader het onderbouwd gebruik van leermiddelen bevordert.',
      'De landelijke kerndoelen voor het funderend onderwijs worden op dit moment geactualiseerd. De eerste conceptkerndoelen noemen onder meer ethische en morele oordeelsvorming en respectvol communiceren; zij worden nu in de praktijk beproefd.',
      'Scholen zijn nu al verplicht aandacht te besteden aan relationele en seksuele vorming, op een manier die past bij hun onderwijskundige of levensbeschouwelijke visie. De online wereld hoort daar nadrukkelijk bij: die is een groot deel van de leefwereld van jongeren, met kansen en met risico’s, ook rond seksualiteit.',
    ],
    [OCW],
  ),
  answer(
    2,
    'embraced',
    [
      'Rond de Week van de Lentekriebels in 2023 bleek dat het debat over relationele en seksuele vorming niet altijd op basis van volledige en feitelijke informatie wordt gevoerd.',
      'De Ministeries van VWS en OCW hebben daarom met onder meer Stichting School en Veiligheid, de sectorraden en kenniscentrum Rutgers besproken hoe feitelijke informatie het debat kan bereiken. Dat leverde een overzicht van veelgestelde vragen en antwoorden op; Rutgers en de GGD’en hielpen scholen ouders te betrekken en te informeren.',
      'De Minister voor Primair en Voortgezet Onderwijs heeft ook zelf het belang van een open gesprek tussen school en ouders uitgedragen. Wij bezien of en wanneer meer nodig is.',
    ],
    [OCW, VWS],
  ),
  answer(
    3,
    'already-met',
    [
      'De Wet seksuele misdrijven treedt op 1 juli 2024 in werking. De invoering is met politie, OM, Rechtspraak en de andere uitvoeringsorganisaties voorbereid, met de tijd die zij zelf nodig zeiden te hebben om hun medewerkers op te leiden.',
      'Bij de berekening van de gevolgen is uitgegaan van meer meldingen en aangiften. Daarvoor is structureel 20 miljoen euro beschikbaar gesteld aan de uitvoerende organisaties, onder meer voor extra capaciteit, en daarnaast incidenteel 3,6 miljoen euro voor de invoering in 2022–2024.',
      'De Minister van Justitie en Veiligheid blijft met de betrokken organisaties in gesprek om de ontwikkelingen te volgen en tijdig bij te sturen als dat nodig is.',
    ],
    [JENV],
  ),
  answer(
    4,
    'partly',
    [
      'Binnen het Actieplan versterken ketenaanpak zedenzaken onderzoekt een project hoe betekenisvolle interventies naast of in plaats van een strafrechtelijke afdoening kunnen worden ingezet. Het belang en de veiligheid van het slachtoffer gaan daarbij altijd voor.',
      'Ketenpartners brachten in kaart wanneer slachtoffer en verdachte worden gewezen op bijvoorbeeld herstelbemiddeling of mediation. De aanpak die daaruit volgt, wordt nu met de ketenpartners voorbereid en deels al ingevoerd; niet alles kan tegelijk, gezien de capaciteit.',
      'Daarnaast werkt de Minister voor Rechtsbescherming met de ketenpartners aan een nieuwe versie van het Beleidskader herstelrechtvoorzieningen.',
    ],
    [JENV],
  ),
  answer(
    5,
    'embraced',
    [
      'Met alle betrokken organisaties is een traject gestart dat de hulp aan slachtoffers van seksueel misbruik en geweld opnieuw doorloopt, van de eerste hulpvraag tot de hulp zelf. Per doelgroep en per fase worden knelpunten verzameld en oplossingen getoetst aan casussen van ervaringsdeskundigen.',
      'De ervaringen met fysieke inlooplocaties, onder meer in Amsterdam en Rotterdam, en de bruikbare elementen van het Belgische model worden in dat traject betrokken, zoals in de debatten van maart is toegezegd. Het traject loopt door in 2025.',
    ],
    [VWS, JENV],
  ),
  answer(
    6,
    'embraced',
    [
      'Vanaf het tweede kwartaal van 2024 controleert de reclassering, in het kader van bijzondere voorwaarden, zelf digitale gegevensdragers op beeldmateriaal van online seksueel kindermisbruik.',
      'Capaciteit, expertise, technische middelen en de benodigde toestemming worden op dit moment ingericht.',
    ],
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
