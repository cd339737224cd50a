import type { Messages } from './messages.ts';

export const nl: Messages = {
  documentTitle: 'Zicht — monitor seksueel geweld tegen kinderen',
  skipLink: 'Direct naar de inhoud',
  brand: 'Zicht',
  brandTagline: 'Monitor seksueel geweld tegen kinderen',
  switchLanguage: { label: 'English', target: 'en' },
  title: 'Seksueel geweld tegen kinderen in Nederland',
  intro:
    'Zicht brengt de registraties van politie, justitie, hulpverlening en zorg samen. Deze pagina laat zien hoeveel kinderen elke organisatie per jaar registreert, hoeveel kinderen dat samen zijn, en hoeveel kinderen naar schatting nergens in beeld komen.',
  edition: (yearFrom, yearTo, generatedAt) => `Editie ${yearFrom}–${yearTo}, bijgewerkt op ${generatedAt}.`,

  loading: 'De cijfers worden geladen…',
  loaded: 'De cijfers zijn geladen.',
  loadFailed: 'De cijfers konden niet worden geladen.',
  loadFailedAdvice:
    'Controleer uw internetverbinding en kies ‘Opnieuw proberen’. Lukt het dan nog niet, probeer het over een paar minuten opnieuw: de storing ligt dan bij ons.',
  retry: 'Opnieuw proberen',
  errorDetail: (detail) => `Technische melding: ${detail}`,

  victimsHeading: 'Geregistreerde slachtoffers per jaar',
  victimsIntro:
    'Elke organisatie telt een kind één keer per jaar. De lijn ‘Alle bronnen samen’ telt elk kind één keer, ook als meerdere organisaties het registreerden; daarom is die lijn lager dan de optelsom van de bronnen.',
  anySource: 'Alle bronnen samen',
  year: 'Jaar',
  registeredChildren: 'Geregistreerde kinderen',
  victimsCaption: (period) => `Geregistreerde kinderen per jaar, per bron en voor alle bronnen samen, ${period}`,
  victimsSummary: (p) =>
    `In ${p.lastYear} registreerde ten minste één bron ${p.lastRegistered} kinderen als slachtoffer (in ${p.firstYear}: ${p.firstRegistered}). De meeste kinderen werden dat jaar geregistreerd door ${p.largestSource} (${p.largestVictims}).`,
  victimsTableCaption: (period) => `Geregistreerde kinderen per jaar en per bron, ${period}`,

  estimateHeading: 'Schatting van het totale aantal slachtoffers',
  estimateUnavailable: 'Voor deze editie is nog geen schatting van het totale aantal slachtoffers beschikbaar.',
  estimateLead: (p) =>
    `Naar schatting waren in ${p.period} ${p.total} kinderen slachtoffer van seksueel geweld (95%-interval: ${p.lower} tot ${p.upper}).`,
  estimateObservedHidden: (p) =>
    `Van hen zijn er ${p.observed} geregistreerd door ${p.sources}; naar schatting ${p.hidden} kinderen komen in geen van die registraties voor.`,
  estimateAssumption: (p) =>
    `De schatting vergelijkt welke kinderen elke bron registreerde (capture-recapture). ${p.model} Ze gaat uit van het volgende:`,
  estimateRounded: 'Geschatte aantallen zijn afgerond op tientallen.',
  estimateAssumptions: (p) => [
    {
      term: 'Een vaste groep kinderen.',
      text: `Geteld worden kinderen met een voorval in ${p.period}, en elk van hen had in die periode door elke bron geregistreerd kunnen worden.`,
    },
    {
      term: 'Geen koppelfouten.',
      text: 'Een kind moet in elke bron als hetzelfde kind worden herkend. Registraties worden gekoppeld op gepseudonimiseerde sleutels en versleutelde namen en geboortedata, zodat ook tikfouten worden herkend; op synthetische gegevens waarvan de waarheid bekend is, wordt nog ongeveer 2 op de 100 kinderen ten onrechte gesplitst of samengevoegd. Een kind dat als twee telt, maakt de schatting te hoog (te veel kinderen lijken door maar één bron gezien); twee kinderen die ten onrechte als één worden gezien, maken haar te laag.',
    },
    {
      term: 'Bronnen die van elkaar afhangen, kinderen die verschillen.',
      text: 'De politie verwijst kinderen door naar Slachtofferhulp, en een kind dat voor de ene organisatie zichtbaar is, is dat vaak ook voor andere. Het model houdt met beide rekening: een term voor elk paar bronnen, en één voor kinderen die door veel bronnen tegelijk worden gezien. Of die termen volstaan, is niet te controleren, want het gaat om de kinderen die niemand zag.',
    },
    {
      term: 'Het 95%-interval',
      text: 'is de reeks totalen die bij de registraties past als deze aannames kloppen. Het dekt toeval, geen aanname die niet klopt. Op gesimuleerde gegevens met een bekend aantal kinderen en zonder koppelfouten bevatte het in meer dan 9 van de 10 gevallen het werkelijke aantal.',
    },
  ],
  observed: 'Geregistreerd',
  hidden: 'Niet geregistreerd (geschat)',
  total: 'Totaal (geschat)',
  lower: 'Ondergrens 95%-interval',
  upper: 'Bovengrens 95%-interval',
  interval: '95%-interval van het totaal',
  estimateCaption: (period) =>
    `Geregistreerde en niet-geregistreerde slachtoffers, ${period}, met het 95%-interval van het totaal`,
  estimateTableCaption: (period) => `Schatting van het aantal kinderen dat slachtoffer was, ${period}`,
  quantity: 'Grootheid',
  numberOfChildren: 'Aantal kinderen',

  pipelineHeading: 'Hoe deze cijfers zijn gemaakt',
  pipelineIntro: 'De cijfers komen uit een vaste reeks stappen. Per stap staat wat er gebeurde en hoe lang het duurde.',
  pipelineDuration: (duration) => `duur ${duration}`,
  pipelineStages: {
    simulate: {
      name: 'Gegevens maken',
      text: 'Een synthetische keten van registraties wordt gemaakt (er worden geen echte gegevens gebruikt).',
    },
    pseudonymise: {
      name: 'Pseudonimiseren',
      text: 'Namen en geboortedata worden bij de bron vervangen door versleutelde sleutels.',
    },
    ingest: {
      name: 'Inlezen',
      text: 'De leveringen worden gecontroleerd en opgeslagen; onjuiste regels worden met de reden apart gezet.',
    },
    validate: { name: 'Controleren', text: 'Elke regel wordt getoetst aan het gegevenscontract.' },
    link: { name: 'Koppelen', text: 'Registraties van hetzelfde kind bij verschillende bronnen worden samengebracht.' },
    estimate: { name: 'Schatten', text: 'Het aantal kinderen dat geen enkele bron zag, wordt geschat.' },
    indicators: { name: 'Indicatoren berekenen', text: 'De cijfers per jaar, bron en kenmerk worden berekend.' },
    disclosure: { name: 'Afschermen', text: 'Kleine aantallen worden afgeschermd, zodat geen kind herkenbaar is.' },
  },
  pipelineUnknownStage: (n) => `Stap ${n}`,

  downloadCsv: 'Download deze tabel als CSV (puntkomma’s, voor Excel in het Nederlands)',
  noData: 'geen gegevens',
  withheld: 'afgeschermd',
  withheldNote: (threshold) =>
    `· = afgeschermd: een aantal onder de ${threshold}, of een aantal waaruit een afgeschermd aantal terug te rekenen zou zijn, wordt niet gepubliceerd.`,
  footerAbout:
    'Zicht is een monitor van seksueel geweld tegen kinderen in Nederland. De cijfers zijn registraties en schattingen; ze zeggen niets over individuele kinderen.',
  footerHelp: 'Zorgen over een kind?',
  footerHelpVeiligThuis: 'Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht).',
  footerHelpKindertelefoon: 'Kinderen en jongeren kunnen praten met De Kindertelefoon: 0800-0432.',
};
