import type { Language } from '../i18n/index.ts';

/** A count with its noun in the singular for one: "1 afgeschermde rij", "3 afgeschermde rijen". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const nl = {
  nav: { label: 'Werk van de analist', review: 'Koppeling beoordelen', estimation: 'Schatting', editions: 'Edities' },
  estimation: {
    title: 'Schatting van het aantal kinderen',
    intro:
      'De uitkomst van de laatste schattingsstap van de pijplijn: het totaal met zijn 95%-interval, het gekozen model naast de modellen waarmee het is vergeleken, en de schatting per jaar.',
    run: (startedAt: string, finishedAt: string) => `Pijplijnrun van ${startedAt}, schatting klaar op ${finishedAt}.`,
    none: 'Er is nog geen schatting: draai eerst de pijplijn (`npx zicht pipeline`).',
    notEstimable: 'De laatste run vond geen schatbaar model.',
    lead: (p: { period: string; total: string; lower: string; upper: string; observed: string; hidden: string }) =>
      `Voor ${p.period} schat het model ${p.total} kinderen (95%-interval ${p.lower} tot ${p.upper}): ${p.observed} door minstens één lijst gezien, naar schatting ${p.hidden} door geen enkele.`,
    total: 'Geschat totaal',
    interval: '95%-interval',
    observed: 'Geregistreerd',
    hidden: 'Niet geregistreerd (geschat)',
    model: 'Gekozen model',
    method: 'Methode',
    methods: {
      pairwise:
        'paarsgewijze log-lineaire modellen (AIC bij vier of meer lijsten, BIC bij drie of wanneer het model van AIC meer dan tien keer het aantal geziene kinderen zou geven), bootstrap die het model telkens opnieuw kiest, twee keer (getrokken uit het gekozen model en uit het model met alle schatbare paren; het interval omvat beide); de gegevens wijzen niet op heterogeniteit (de toets op de drieweg-term slaat niet aan, niet elk paar lijsten is positief afhankelijk en latente klassen beschrijven de tabel duidelijk slechter dan de gekozen paren: AIC meer dan 2 hoger)',
      'pairwise-and-heterogeneity':
        'de gegevens wijzen op heterogeniteit (de toets op de drieweg-term, elk paar lijsten positief afhankelijk, of latente klassen die de tabel minstens ongeveer even goed beschrijven als de gekozen paren: AIC hoogstens 2 hoger): de schatting is het meetkundig gemiddelde van paarsgewijze modellen, het heterogeniteitsmodel en latente klassen (als de toets aanslaat, of als klassen de tabel ongeveer even goed beschrijven); een familie die de tabel veel slechter beschrijft dan latente klassen (AIC meer dan 10 hoger) telt niet mee, en een familie met een schatting boven tien keer het aantal geziene kinderen maakt de tabel alleen onschatbaar als ze die bijna even goed beschrijft als de beste (AIC hoogstens 2 hoger), en wordt anders weggelaten; het interval dat van hun even zwaar gewogen mengsel',
      heterogeneity: 'alle paren plus een gemeenschappelijke drieweg-term (heterogeniteit; eerdere runs)',
      bic: 'paarsgewijs model gekozen op BIC (terugvaloptie; eerdere runs)',
    } as Record<string, string>,
    intervalMethod: 'Interval',
    intervalMethods: {
      profile: 'profiel-likelihood',
      wald: 'Wald',
      bootstrap: 'bootstrap die het model opnieuw kiest (met modelkeuze)',
      combined: 'mengsel van de gecombineerde modelfamilies, even zwaar gewogen (met modelonzekerheid)',
    } as Record<string, string>,
    lists: 'Lijsten',
    dropped: 'Weggelaten termen (niet schatbaar)',
    noneDropped: 'geen',
    upperBeyondBound:
      'De bovengrens ligt boven tien keer het aantal geziene kinderen: de lijsten overlappen zo weinig dat ze het aantal van onderen begrenzen, nauwelijks van boven.',
    perYear: 'Schatting per jaar',
    chartCaption: (period: string) =>
      `Geschat aantal kinderen per jaar met 95%-interval, en het aantal geregistreerde kinderen, ${period} (logaritmische schaal)`,
    chartSummary: (p: { first: string; last: string; widest: string }) =>
      `Per jaar loopt de schatting van ${p.first} tot ${p.last}. Het breedste interval heeft ${p.widest}. De tabel hieronder geeft alle getallen.`,
    yearTable: (period: string) => `Geschat aantal kinderen per jaar, ${period}`,
    notEstimableYears: 'Jaren zonder schatting',
    refusedInSummary: (years: string) => `Zonder schatting, en dus niet in de grafiek: ${years} (zie onder de tabel).`,
    yearNotEstimable: (p: { year: string; observed: string; reason: string }) =>
      `${p.year} (${p.observed} geregistreerd): ${p.reason}`,
    yearReasons: {
      tooLittleOverlap:
        'de schatting zou meer dan tien keer het aantal geregistreerde kinderen zijn; de lijsten overlappen te weinig om te zeggen hoeveel er gemist zijn',
      noModel: 'geen log-lineair model is uit de tabel van dat jaar te schatten',
    },
    year: 'Jaar',
    estimate: 'Geschat totaal',
    lower: 'Ondergrens 95%',
    upper: 'Bovengrens 95%',
    legendEstimate: 'Geschat totaal (punt) met 95%-interval (lijn)',
    legendObserved: 'Geregistreerd (streepje)',
    candidates: 'Vergeleken modellen',
    candidatesIntro: (tried: number, excluded: number) =>
      `Hetzelfde aantal kinderen volgens het gekozen model en de beste paarsgewijze modellen naar BIC (lager is beter). De zoektocht probeerde ${tried} paarsgewijze modellen, waarvan ${excluded} niet schatbaar.`,
    candidatesTable: 'Gekozen model en de beste alternatieven naar BIC',
    beyondBound: 'meer dan tien keer het aantal geziene kinderen: de regel publiceert dit model niet',
    beyondBoundIntro: (count: number) =>
      `${count === 1 ? 'Eén model geeft' : `${count} modellen geven`} meer dan tien keer het aantal geziene kinderen. Daar overlappen de lijsten te weinig om te zeggen hoeveel er gemist zijn; de regel kiest zo’n model niet (zie de methode).`,
    candidatesMissing: 'Deze run bewaarde de vergeleken modellen nog niet; draai de pijplijn opnieuw om ze te zien.',
    family: 'Familie',
    families: { heterogeneity: 'heterogeniteit', pairwise: 'paarsgewijs' } as Record<string, string>,
    parameters: 'Parameters',
    df: 'Vrijheidsgraden',
    deviance: 'Deviantie',
    aic: 'AIC',
    bic: 'BIC',
    deltaBic: 'ΔBIC',
    chosen: '(gekozen)',
    fit: {
      intro: (p: { chi2: string; df: number; worst: string | null }) =>
        `Hoe goed het gekozen model past bij wat de lijsten samen zagen, per combinatie van lijsten. Het Pearson-residu is (waargenomen − verwacht) / √verwacht; bij een passend model ligt het meestal tussen −2 en 2. Samen: χ² = ${p.chi2} bij ${p.df} vrijheidsgraden.${p.worst ? ` De grootste afwijking: ${p.worst}.` : ''}`,
      worst: (pattern: string, residual: string) => `gezien door ${pattern} (residu ${residual})`,
      table: (period: string) =>
        `Waargenomen en door het gekozen model verwacht aantal kinderen per combinatie van lijsten, ${period}`,
      pattern: 'Gezien door (alleen deze lijsten)',
      observed: 'Waargenomen',
      expected: 'Verwacht',
      residual: 'Pearson-residu',
      csvName: 'model-fit-per-patroon',
    },
    yearModel: 'Model',
    sensitivity: {
      title: 'Schatting per modelfamilie',
      intro:
        'Hetzelfde aantal kinderen op dezelfde tabel van lijsten, onder elke aannemelijke modelfamilie. Elke familie neemt iets anders aan over hoe kinderen gezien worden; de spreiding tussen de rijen is de modelonzekerheid die de gegevens zelf niet beslechten.',
      missing: 'Deze run bewaarde de schatting per modelfamilie nog niet; draai de pijplijn opnieuw om haar te zien.',
      chartCaption: (period: string) =>
        `Geschat totaal aantal kinderen per modelfamilie met interval, en het aantal geregistreerde kinderen, ${period}`,
      legendPublished: 'Gepubliceerde familie (gevulde punt, dikke lijn)',
      legendOther: 'Andere familie (open punt) met interval (lijn)',
      legendRegistered: 'Geregistreerd (stippellijn)',
      summary: (p: {
        lowest: string;
        highest: string;
        registered: string;
        published: string | null;
        notEstimable: string | null;
      }) =>
        `De schatting loopt van ${p.lowest} tot ${p.highest}; geregistreerd zijn ${p.registered} kinderen.${p.published ? ` De gepubliceerde schatting komt van ${p.published}.` : ''}${p.notEstimable ? ` Niet te schatten: ${p.notEstimable}.` : ''} De tabel hieronder geeft alle getallen.`,
      summaryNone: (registered: string) =>
        `Geen enkele modelfamilie gaf een schatting; geregistreerd zijn ${registered} kinderen. De tabel hieronder zegt waarom.`,
      table: (period: string) => `Geschat aantal kinderen per modelfamilie, ${period}`,
      family: 'Modelfamilie',
      intervalMethod: 'Soort interval',
      assumes: 'Wat ze aanneemt',
      model: 'Technisch model',
      note: 'Opmerking',
      published: '(gepubliceerd)',
      notEstimable: 'niet te schatten',
      notEstimableReason: (reason: string) => `Niet te schatten: ${reason}`,
      warning: (warning: string) => `Let op: ${warning}`,
      fitComparison: (fits: string, leftOut: string | null, beyondBound: string | null) =>
        `Hoe goed elke familie de geregistreerde tabel beschrijft, in AIC-punten boven de beste (lager is beter): ${fits}. Meer dan 10 punten betekent vrijwel geen steun in de gegevens. ${leftOut ? `Daarom weggelaten uit de schatting: ${leftOut}.` : 'Geen familie is daarom weggelaten.'}${beyondBound ? ` Ook weggelaten: ${beyondBound}, met een schatting van meer dan tien keer het geregistreerde aantal terwijl de tabel er meer dan 2 punten slechter mee beschreven wordt dan met de beste.` : ''}`,
      fitBest: 'beste',
      csvName: 'schatting-per-modelfamilie',
      families: {
        independence: {
          name: 'Onafhankelijke lijsten',
          assumes:
            'De lijsten zijn onafhankelijk en elk kind is even zichtbaar. Doorverwijzingen tussen lijsten en kinderen die overal opvallen maken deze schatting te laag.',
        },
        pairwise: {
          name: 'Afhankelijke paren van lijsten',
          assumes:
            'Log-lineair model met afhankelijkheid tussen paren van lijsten, de paren gekozen op AIC; verder is elk kind even zichtbaar. Het interval kiest het model in elke bootstrap opnieuw.',
        },
        heterogeneity: {
          name: 'Heterogeniteit',
          assumes:
            'Log-lineair model met alle paren plus één gemeenschappelijke drieweg-term voor kinderen die voor elke lijst makkelijker te zien zijn (Darroch e.a., 1993); de hoogste interactie wordt uitgesloten.',
        },
        'latent-class': {
          name: 'Latente klassen',
          assumes:
            'Bayesiaans niet-parametrisch latente-klassenmodel (Manrique-Vallier, 2016, als LCMCR): tot tien klassen kinderen die verschillen in zichtbaarheid, de lijsten onafhankelijk binnen een klasse.',
        },
        covariates: {
          name: 'Leeftijd en geslacht',
          assumes:
            'Log-lineair model met alle paren van lijsten en, per leeftijdsgroep en geslacht, een eigen kans om op elke lijst te staan (van der Heijden e.a., 2012): heterogeniteit die de geregistreerde leeftijd en het geslacht verklaren. Kinderen van wie die onbekend zijn, worden met EM verdeeld; aangenomen is dat of ze bekend zijn alleen afhangt van welke lijsten het kind zagen. Het interval houdt het model vast.',
        },
      },
      otherFamily: 'Ander model',
      intervalMethods: {
        profile: 'profiel-likelihood (alleen binnen dit model)',
        wald: 'Wald op logschaal (alleen binnen dit model)',
        bootstrap: 'bootstrap die het model opnieuw kiest (met modelkeuze)',
        'model-averaged':
          'gemiddeld over de paarsgewijze modellen, gewogen naar hoe goed elk de tabel beschrijft (met modelkeuze)',
        'parametric-bootstrap': 'parametrische bootstrap (alleen binnen dit model)',
        posterior: 'Bayesiaans geloofwaardigheidsinterval',
      } as Record<string, string>,
    },
    linkage: {
      title: 'Gevoeligheid voor de koppeling',
      intro:
        'De schatting telt kinderen zoals de koppeling ze samenvoegt. Een gemiste koppeling telt één kind twee keer en maakt de overlap tussen lijsten kleiner (de schatting te hoog); een foute koppeling doet het omgekeerde. Hieronder dezelfde schatting als alle paren waarover de koppeling twijfelde (kans op hetzelfde kind 5% tot 95%, nog niet beoordeeld) verschillende kinderen waren, of allemaal hetzelfde kind: dat zijn de twee uitersten van wat het beoordelen van de hele wachtrij kan uitmaken.',
      missing:
        'Deze run bewaarde de schatting bij de uitersten van de koppeling niet (een oudere run, of koppeling op exacte sleutels, die geen twijfelgevallen kent).',
      summary: (p: { apart: string; together: string; chosen: string }) =>
        `Met de koppeling zoals gekozen ${p.chosen}; als alle twijfelgevallen verschillende kinderen zijn ${p.apart}, als ze allemaal hetzelfde kind zijn ${p.together}.`,
      table: (period: string) =>
        `Geschat aantal kinderen bij de gekozen koppeling en bij haar twee uitersten, ${period}`,
      linkage: 'Koppeling',
      variants: {
        chosen: 'Zoals gekozen (gepubliceerd)',
        'review-apart': 'Alle twijfelgevallen verschillende kinderen',
        'review-together': 'Alle twijfelgevallen hetzelfde kind',
      },
      note: 'Opmerking',
      outside: (which: string, many: boolean) =>
        `${many ? 'De schattingen bij' : 'De schatting bij'} ${which} ${many ? 'vallen' : 'valt'} buiten het 95%-interval van de gepubliceerde schatting: de twijfel van de koppeling kan de schatting verder verschuiven dan het interval zegt. Het beoordelen van de wachtrij (Koppeling beoordelen) verkleint die twijfel.`,
      withHeterogeneity: 'met heterogeniteit in het interval',
      notEstimable: 'niet te schatten',
      csvName: 'schatting-bij-uitersten-koppeling',
    },
    strata: {
      title: 'Schatting per leeftijdsgroep en geslacht',
      intro:
        'Volgens het model met leeftijd en geslacht (zie hierboven): hoeveel kinderen er per leeftijdsgroep en geslacht zijn, gezien of niet. Kinderen van wie de leeftijd of het geslacht onbekend is, zijn over de groepen verdeeld zoals het model verwacht; daarom is het aantal gezien per groep geen heel getal. Dit is geen gepubliceerd cijfer: het geldt alleen als verschillen in zichtbaarheid samenhangen met leeftijd en geslacht.',
      missing:
        'Deze run bewaarde geen schatting per leeftijdsgroep en geslacht (een oudere run, of het model was niet te schatten).',
      table: (period: string) => `Geschat aantal kinderen per leeftijdsgroep en geslacht, ${period}`,
      group: 'Geslacht en leeftijd bij het eerste voorval',
      sexes: { F: 'Meisjes', M: 'Jongens', X: 'Anders (X)' } as Record<string, string>,
      seen: 'Geregistreerd (onbekenden verdeeld)',
      unseenShare: 'Niet geregistreerd (aandeel)',
      csvName: 'schatting-per-leeftijd-en-geslacht',
    },
  },
  editions: {
    title: 'Edities',
    intro:
      'Een editie legt een periode vast met de leveringsversies, koppeling en schatting van nu. Bekijk de tabellen na onthullingscontrole en publiceer de editie als statische site.',
    list: 'Alle edities (nieuwste eerst)',
    none: 'Er zijn nog geen edities.',
    id: 'Kenmerk',
    name: 'Titel',
    period: 'Periode',
    created: 'Gemaakt',
    deliveries: 'Bevroren leveringen',
    published: 'Op de openbare site',
    publishedSince: (at: string) => `ja, sinds ${at}`,
    notPublished: 'nee',
    actions: 'Acties',
    preview: 'Tabellen bekijken',
    publish: 'Publiceren',
    previewLabel: (id: string) => `Tabellen van editie ${id} bekijken`,
    publishLabel: (id: string) => `Editie ${id} publiceren`,
    create: 'Nieuwe editie',
    idHint: 'Kleine letters, cijfers en streepjes, bijv. 2018-2025',
    from: 'Van jaar',
    to: 'Tot en met jaar',
    submit: 'Editie vastleggen',
    created_: (id: string, n: number) =>
      `Editie ${id} vastgelegd met ${count(n, 'leveringsversie', 'leveringsversies')}.`,
    building: (id: string) =>
      `Tabellen van editie ${id} worden opgebouwd en door de onthullingscontrole gehaald; dit kan enkele seconden duren…`,
    built: (id: string, tables: number, suppressed: number) =>
      `Tabellen van editie ${id} klaar: ${count(tables, 'tabel', 'tabellen')}, ${count(suppressed, 'afgeschermde rij', 'afgeschermde rijen')}.`,
    publishing: (id: string) => `Editie ${id} wordt gepubliceerd; dit kan enkele seconden duren…`,
    publishedDone: (id: string, files: number) => `Editie ${id} is gepubliceerd (${files} bestanden).`,
    openSite: 'Open de gepubliceerde site',
    progress: 'Voortgang',
    previewTitle: (id: string) => `Voorbeeld van editie ${id} na onthullingscontrole`,
    disclosure: 'Onthullingscontrole',
    threshold: 'Drempel (aantal)',
    tables: 'Tabellen',
    cells: 'Aantallen (gepubliceerd of afgeschermd)',
    noise: 'Afwijking per aantal (celsleutel)',
    noiseValue: (max: number) => `hoogstens ${max} naar boven of beneden`,
    changed: 'Gepubliceerde aantallen met een afwijking',
    meanChange: 'Gemiddelde afwijking',
    suppressedBy: 'Afgeschermd per reden',
    audited: 'Aantallen aangevallen (aanvaller van buiten, LP)',
    safe: 'Niet terug te rekenen (binnen ±2)',
    reasons: {
      published: 'gepubliceerd',
      threshold: 'afgeschermd: onder de drempel',
      dominance: 'afgeschermd: dominantie',
      secondary: 'afgeschermd: anders terug te rekenen',
    } as Record<string, string>,
    reasonsShort: { threshold: 'onder de drempel', dominance: 'dominantie', secondary: 'anders terug te rekenen' },
    status: 'Status',
    rows: (n: number, suppressed: number) => `${n} rijen, ${suppressed} afgeschermd`,
    withheld: 'achtergehouden',
  },
};
export type AnalystTexts = typeof nl;

const en: AnalystTexts = {
  nav: { label: 'Analyst’s work', review: 'Linkage review', estimation: 'Estimate', editions: 'Editions' },
  estimation: {
    title: 'Estimate of the number of children',
    intro:
      'The result of the pipeline’s latest estimation stage: the total with its 95% interval, the chosen model beside the models it was compared with, and the estimate per year.',
    run: (startedAt, finishedAt) => `Pipeline run of ${startedAt}, estimate finished at ${finishedAt}.`,
    none: 'There is no estimate yet: run the pipeline first (`npx zicht pipeline`).',
    notEstimable: 'The latest run found no estimable model.',
    lead: (p) =>
      `For ${p.period} the model estimates ${p.total} children (95% interval ${p.lower} to ${p.upper}): ${p.observed} seen by at least one list, an estimated ${p.hidden} by none.`,
    total: 'Estimated total',
    interval: '95% interval',
    observed: 'Registered',
    hidden: 'Not registered (estimated)',
    model: 'Chosen model',
    method: 'Method',
    methods: {
      pairwise:
        'pairwise log-linear models (AIC with four or more lists, BIC with three or when AIC’s model would give more than ten times the number of children seen), a bootstrap that re-selects the model, run twice (drawn from the chosen model and from the model with every estimable pair; the interval spans both); the data do not point to heterogeneity (the test of the three-way term does not fire, not every pair of lists is positively dependent, and latent classes describe the table clearly worse than the chosen pairs: AIC more than 2 higher)',
      'pairwise-and-heterogeneity':
        'the data point to heterogeneity (the test of the three-way term, every pair of lists positively dependent, or latent classes describing the table about as well as the chosen pairs or better: AIC at most 2 higher): the estimate is the geometric mean of pairwise models, the heterogeneity model and latent classes (when the test fires, or when classes describe the table about as well); a family that describes the table far worse than latent classes (AIC more than 10 higher) does not count, and a family whose estimate exceeds ten times the number of children seen makes the table not estimable only if it describes it nearly as well as the best (AIC at most 2 higher), and is otherwise left out; the interval that of their equally weighted mixture',
      heterogeneity: 'every pair plus a common three-way term (heterogeneity; earlier runs)',
      bic: 'pairwise model chosen by BIC (the fallback; earlier runs)',
    },
    intervalMethod: 'Interval',
    intervalMethods: {
      profile: 'profile likelihood',
      wald: 'Wald',
      bootstrap: 'bootstrap re-selecting the model (with model choice)',
      combined: 'mixture of the families combined, weighed alike (with model uncertainty)',
    },
    lists: 'Lists',
    dropped: 'Terms left out (not estimable)',
    noneDropped: 'none',
    upperBeyondBound:
      'The upper limit is above ten times the number of children seen: the lists overlap so little that they bound the number from below, hardly from above.',
    perYear: 'Estimate per year',
    chartCaption: (period) =>
      `Estimated number of children per year with 95% interval, and the number registered, ${period} (logarithmic scale)`,
    chartSummary: (p) =>
      `Per year the estimate runs from ${p.first} to ${p.last}. The widest interval is ${p.widest}. The table below gives every number.`,
    yearTable: (period) => `Estimated number of children per year, ${period}`,
    notEstimableYears: 'Years without an estimate',
    refusedInSummary: (years) => `Without an estimate, and so not in the chart: ${years} (see below the table).`,
    yearNotEstimable: (p) => `${p.year} (${p.observed} registered): ${p.reason}`,
    yearReasons: {
      tooLittleOverlap:
        'the estimate would be more than ten times the number of children registered; the lists overlap too little to say how many were missed',
      noModel: 'no log-linear model can be estimated from that year’s table',
    },
    year: 'Year',
    estimate: 'Estimated total',
    lower: 'Lower 95%',
    upper: 'Upper 95%',
    legendEstimate: 'Estimated total (dot) with 95% interval (line)',
    legendObserved: 'Registered (tick)',
    candidates: 'Models compared',
    candidatesIntro: (tried, excluded) =>
      `The same number of children by the chosen model and by the best pairwise models by BIC (lower is better). The search tried ${tried} pairwise models, ${excluded} of them not estimable.`,
    candidatesTable: 'Chosen model and the best alternatives by BIC',
    beyondBound: 'more than ten times the number of children seen: the rule does not publish this model',
    beyondBoundIntro: (count: number) =>
      `${count === 1 ? 'One model gives' : `${count} models give`} more than ten times the number of children seen. There the lists overlap too little to say how many were missed; the rule does not choose such a model (see the method).`,
    candidatesMissing: 'This run did not store the models compared yet; run the pipeline again to see them.',
    family: 'Family',
    families: { heterogeneity: 'heterogeneity', pairwise: 'pairwise' },
    parameters: 'Parameters',
    df: 'Degrees of freedom',
    deviance: 'Deviance',
    aic: 'AIC',
    bic: 'BIC',
    deltaBic: 'ΔBIC',
    chosen: '(chosen)',
    fit: {
      intro: (p) =>
        `How well the chosen model fits what the lists saw together, per combination of lists. The Pearson residual is (observed − expected) / √expected; for a model that fits it mostly lies between −2 and 2. Together: χ² = ${p.chi2} on ${p.df} degrees of freedom.${p.worst ? ` The largest departure: ${p.worst}.` : ''}`,
      worst: (pattern, residual) => `seen by ${pattern} (residual ${residual})`,
      table: (period) =>
        `Observed and expected number of children per combination of lists under the chosen model, ${period}`,
      pattern: 'Seen by (these lists only)',
      observed: 'Observed',
      expected: 'Expected',
      residual: 'Pearson residual',
      csvName: 'model-fit-per-pattern',
    },
    yearModel: 'Model',
    sensitivity: {
      title: 'Estimate per model family',
      intro:
        'The same number of children on the same table of lists, under each plausible model family. Each family assumes something different about how children are seen; the spread between the rows is the model uncertainty the data themselves do not settle.',
      missing: 'This run did not store the estimate per model family yet; run the pipeline again to see it.',
      chartCaption: (period) =>
        `Estimated total number of children per model family with interval, and the number of children registered, ${period}`,
      legendPublished: 'Published family (filled dot, thick line)',
      legendOther: 'Other family (open dot) with interval (line)',
      legendRegistered: 'Registered (dashed line)',
      summary: (p) =>
        `The estimate runs from ${p.lowest} to ${p.highest}; ${p.registered} children are registered.${p.published ? ` The published estimate comes from ${p.published}.` : ''}${p.notEstimable ? ` Not estimable: ${p.notEstimable}.` : ''} The table below gives every number.`,
      summaryNone: (registered) =>
        `No model family gave an estimate; ${registered} children are registered. The table below says why.`,
      table: (period) => `Estimated number of children per model family, ${period}`,
      family: 'Model family',
      intervalMethod: 'Kind of interval',
      assumes: 'What it assumes',
      model: 'Technical model',
      note: 'Note',
      published: '(published)',
      notEstimable: 'not estimable',
      notEstimableReason: (reason) => `Not estimable: ${reason}`,
      warning: (warning) => `Caution: ${warning}`,
      fitComparison: (fits, leftOut, beyondBound) =>
        `How well each family describes the registered table, in AIC points above the best (lower is better): ${fits}. More than 10 points means essentially no support in the data. ${leftOut ? `Left out of the estimate for that reason: ${leftOut}.` : 'No family was left out for it.'}${beyondBound ? ` Also left out: ${beyondBound}, whose estimate is more than ten times the registered number while it describes the table more than 2 points worse than the best.` : ''}`,
      fitBest: 'best',
      csvName: 'estimate-per-model-family',
      families: {
        independence: {
          name: 'Independent lists',
          assumes:
            'The lists are independent and every child is equally visible. Referrals between lists, and children who stand out everywhere, make this estimate too low.',
        },
        pairwise: {
          name: 'Dependent pairs of lists',
          assumes:
            'Log-linear model with dependence between pairs of lists, the pairs chosen by AIC; beyond that every child is equally visible. The interval chooses the model anew in every bootstrap replicate.',
        },
        heterogeneity: {
          name: 'Heterogeneity',
          assumes:
            'Log-linear model with every pair plus one common three-way term for children who are easier to see for every list (Darroch et al., 1993); the highest interaction is ruled out.',
        },
        'latent-class': {
          name: 'Latent classes',
          assumes:
            'Bayesian non-parametric latent class model (Manrique-Vallier, 2016, as LCMCR): up to ten classes of children that differ in visibility, the lists independent within a class.',
        },
        covariates: {
          name: 'Age and sex',
          assumes:
            'Log-linear model with every pair of lists and, per age band and sex, its own chance of being on each list (van der Heijden et al., 2012): heterogeneity that the registered age and sex explain. Children whose age or sex is unknown are shared out by EM, assuming that whether they are known depends only on which lists saw the child. The interval holds the model fixed.',
        },
      },
      otherFamily: 'Other model',
      intervalMethods: {
        profile: 'profile likelihood (within this model only)',
        wald: 'Wald on the log scale (within this model only)',
        bootstrap: 'bootstrap re-selecting the model (with model choice)',
        'model-averaged':
          'averaged over the pairwise models, weighted by how well each describes the table (with model choice)',
        'parametric-bootstrap': 'parametric bootstrap (within this model only)',
        posterior: 'Bayesian credible interval',
      },
    },
    linkage: {
      title: 'Sensitivity to the linkage',
      intro:
        'The estimate counts children as the linkage joins them. A missed link counts one child twice and makes the overlap between lists smaller (the estimate too high); a false link does the opposite. Below, the same estimate had every pair the linkage was unsure of (chance of one child 5% to 95%, not yet reviewed) been different children, or all the same child: these are the two extremes of what reviewing the whole queue can do.',
      missing:
        'This run did not store the estimate at the linkage’s extremes (an older run, or linkage on exact keys, which has no uncertain pairs).',
      summary: (p) =>
        `With the linkage as chosen ${p.chosen}; if every uncertain pair is two children ${p.apart}, if every one is one child ${p.together}.`,
      table: (period) => `Estimated number of children with the linkage as chosen and at its two extremes, ${period}`,
      linkage: 'Linkage',
      variants: {
        chosen: 'As chosen (published)',
        'review-apart': 'Every uncertain pair two children',
        'review-together': 'Every uncertain pair one child',
      },
      note: 'Note',
      outside: (which, many) =>
        `The ${many ? 'estimates' : 'estimate'} at ${which} ${many ? 'lie' : 'lies'} outside the published estimate’s 95% interval: the linkage’s doubt can move the estimate further than the interval says. Reviewing the queue (Linkage review) narrows that doubt.`,
      withHeterogeneity: 'with heterogeneity in the interval',
      notEstimable: 'not estimable',
      csvName: 'estimate-at-linkage-extremes',
    },
    strata: {
      title: 'Estimate per age band and sex',
      intro:
        'By the model with age and sex (see above): how many children there are per age band and sex, seen or not. Children whose age or sex is unknown are shared over the groups as the model expects, which is why the number seen per group is not a whole number. This is not a published figure: it holds only if differences in visibility go with age and sex.',
      missing:
        'This run did not store an estimate per age band and sex (an older run, or the model could not be estimated).',
      table: (period: string) => `Estimated number of children per age band and sex, ${period}`,
      group: 'Sex and age at the first incident',
      sexes: { F: 'Girls', M: 'Boys', X: 'Other (X)' } as Record<string, string>,
      seen: 'Registered (unknowns shared out)',
      unseenShare: 'Not registered (share)',
      csvName: 'estimate-per-age-and-sex',
    },
  },
  editions: {
    title: 'Editions',
    intro:
      'An edition fixes a period with the delivery versions, linkage and estimate of now. Preview its tables after disclosure control and publish it as a static site.',
    list: 'All editions (newest first)',
    none: 'There are no editions yet.',
    id: 'Id',
    name: 'Title',
    period: 'Period',
    created: 'Created',
    deliveries: 'Frozen deliveries',
    published: 'On the public site',
    publishedSince: (at) => `yes, since ${at}`,
    notPublished: 'no',
    actions: 'Actions',
    preview: 'Preview tables',
    publish: 'Publish',
    previewLabel: (id) => `Preview the tables of edition ${id}`,
    publishLabel: (id) => `Publish edition ${id}`,
    create: 'New edition',
    idHint: 'Lower-case letters, digits and hyphens, e.g. 2018-2025',
    from: 'From year',
    to: 'To year (inclusive)',
    submit: 'Fix the edition',
    created_: (id, n) => `Edition ${id} fixed with ${count(n, 'delivery version', 'delivery versions')}.`,
    building: (id) =>
      `Building the tables of edition ${id} and putting them through disclosure control; this can take a few seconds…`,
    built: (id, tables, suppressed) =>
      `Tables of edition ${id} ready: ${count(tables, 'table', 'tables')}, ${count(suppressed, 'withheld row', 'withheld rows')}.`,
    publishing: (id) => `Publishing edition ${id}; this can take a few seconds…`,
    publishedDone: (id, files) => `Edition ${id} is published (${files} files).`,
    openSite: 'Open the published site',
    progress: 'Progress',
    previewTitle: (id) => `Preview of edition ${id} after disclosure control`,
    disclosure: 'Disclosure control',
    threshold: 'Threshold (count)',
    tables: 'Tables',
    cells: 'Counts (published or withheld)',
    noise: 'Change per count (cell key)',
    noiseValue: (max) => `at most ${max} up or down`,
    changed: 'Published counts with a change',
    meanChange: 'Mean change',
    suppressedBy: 'Suppressed by reason',
    audited: 'Counts attacked (outside attacker, LP)',
    safe: 'Not worked back (within ±2)',
    reasons: {
      published: 'published',
      threshold: 'suppressed: below the threshold',
      dominance: 'suppressed: dominance',
      secondary: 'suppressed: could otherwise be worked back',
    },
    reasonsShort: { threshold: 'below the threshold', dominance: 'dominance', secondary: 'could be worked back' },
    status: 'Status',
    rows: (n, suppressed) => `${n} rows, ${suppressed} suppressed`,
    withheld: 'withheld',
  },
};

export const analystTexts: Readonly<Record<Language, AnalystTexts>> = { nl, en };
