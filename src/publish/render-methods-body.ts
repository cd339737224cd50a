import { sources } from '../contract/index.ts';
import { escapeHtml } from '../html/index.ts';
import { formatCell, type Lang } from './column-labels.ts';
import type { EditionTables } from './edition-table.ts';
import { renderIndicatorSection } from './render-indicator-section.ts';

type Linkage = {
  method?: string;
  records?: number;
  clusters?: { victim?: number; suspect?: number };
  threshold?: number;
  reviewQueue?: number;
  estimated?: { precision?: number; recall?: number; f1?: number };
};
/** One model family's answer as the edition froze it (loosely typed: older editions lack fields). */
type Sensitivity = {
  family?: string;
  published?: boolean;
  status?: string;
  total?: number;
  lower?: number;
  upper?: number;
  intervalMethod?: string;
  model?: string;
  warning?: string;
  reason?: string;
};
type Estimate = {
  lists?: string[];
  model?: string;
  method?: string;
  intervalMethod?: string;
  observed?: number;
  hidden?: number;
  total?: number;
  lower?: number;
  upper?: number;
  dropped?: { term?: string; reason?: string }[];
  /** Absent in editions frozen before the estimate was made under every model family. */
  sensitivity?: Sensitivity[];
  /** The estimate at the linkage's two extremes; absent in editions frozen before it was made. */
  linkageSensitivity?: LinkageExtreme[];
};
type LinkageExtreme = {
  linkage?: string;
  status?: string;
  observed?: number;
  total?: number;
  lower?: number;
  upper?: number;
  reason?: string;
};

/** HTML that is escaped already; a plain string is escaped where it is written. */
type Html = { readonly html: string };
const html = (v: string | Html) => (typeof v === 'string' ? escapeHtml(v) : v.html);

const dl = (items: readonly [string, string | Html][]) =>
  `<dl>${items.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${html(v)}</dd>`).join('')}</dl>`;

/** Sources, linkage quality, estimation assumptions and disclosure control, from what the edition froze. */
export function renderMethodsBody(tables: EditionTables, lang: Lang): string {
  const nl = lang === 'nl';
  const n = (v: number | undefined, digits = 0) =>
    v === undefined ? '–' : formatCell('n', Number(v.toFixed(digits)), lang);
  // counts of rows and persons outside the protected tables, rounded to tens: exact, two editions subtracted
  // would say how many rows a correction removed
  const tens = (v: number | undefined) => n(nearest10(v));
  const pct = (v: number | undefined) =>
    v === undefined ? '–' : `${formatCell('n', Number((v * 100).toFixed(1)), lang)}%`;
  const linkage = (tables.linkage ?? {}) as Linkage;
  const estimate = tables.estimate as Estimate | null;

  const rows = sources.codes.map((code) => {
    const own = tables.deliveries.filter((d) => d.source === code);
    const accepted = own.reduce((a, d) => a + d.rowsAccepted, 0);
    const quarantined = own.reduce((a, d) => a + d.rowsQuarantined, 0);
    return `<tr><th scope="row">${escapeHtml(sources.labels[code][lang])}</th><td class="num">${own.length}</td><td class="num">${tens(accepted)}</td><td class="num">${tens(quarantined)}</td></tr>`;
  });
  const sourcesSection = `<section aria-labelledby="sources"><h2 id="sources">${nl ? 'Bronnen' : 'Sources'}</h2>
<p>${nl ? 'De editie gebruikt per bron de leveringsversies die golden toen ze werd vastgesteld. Regels die een contractregel schonden, staan in quarantaine en tellen niet mee.' : 'For each source, the edition uses the delivery versions current when it was fixed. Rows that broke a contract rule are quarantined and do not count.'}</p>
<div class="table-scroll" role="region" aria-labelledby="sources-caption" tabindex="0"><table><caption id="sources-caption">${nl ? 'Vastgelegde leveringen per bron (regels afgerond op tientallen)' : 'Frozen deliveries per source (rows rounded to tens)'}</caption>
<thead><tr><th scope="col">${nl ? 'Bron' : 'Source'}</th><th scope="col">${nl ? 'Leveringen' : 'Deliveries'}</th><th scope="col">${nl ? 'Regels opgeslagen' : 'Rows stored'}</th><th scope="col">${nl ? 'Regels in quarantaine' : 'Rows quarantined'}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div></section>`;

  const linkageSection = `<section aria-labelledby="linkage"><h2 id="linkage">${nl ? 'Kwaliteit van de koppeling' : 'Linkage quality'}</h2>
<p>${nl ? 'Personen worden over de bronnen gekoppeld op gepseudonimiseerde sleutels; niemand in het centrale bureau ziet een naam of BSN. De kwaliteit is door het koppelmodel zelf geschat.' : 'Persons are linked across the sources on pseudonymised keys; no one at the central office sees a name or BSN. The quality is estimated by the linkage model itself.'}</p>
${dl([
  [nl ? 'Methode' : 'Method', linkage.method ?? '–'],
  [nl ? 'Persoonsrecords (afgerond op tientallen)' : 'Person records (rounded to tens)', tens(linkage.records)],
  [nl ? 'Kinderen (clusters, afgerond)' : 'Children (clusters, rounded)', tens(linkage.clusters?.victim)],
  [nl ? 'Verdachten (clusters, afgerond)' : 'Suspects (clusters, rounded)', tens(linkage.clusters?.suspect)],
  [nl ? 'Geschatte precisie' : 'Estimated precision', pct(linkage.estimated?.precision)],
  [nl ? 'Geschatte recall' : 'Estimated recall', pct(linkage.estimated?.recall)],
  [nl ? 'Paren ter beoordeling (afgerond)' : 'Pairs queued for review (rounded)', tens(linkage.reviewQueue)],
])}</section>`;

  const estimateSection = renderEstimateSection(estimate, lang);

  const d = tables.disclosure;
  const pctOf = (part: number, whole: number) => (whole === 0 ? '–' : pct(part / whole));
  const withheldRows = d.suppressed.threshold + d.suppressed.dominance + d.suppressed.secondary;
  const decimal = (v: number) =>
    new Intl.NumberFormat(nl ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);
  const disclosureSection = `<section aria-labelledby="disclosure"><h2 id="disclosure">${nl ? 'Onthullingsbeheer' : 'Disclosure control'}</h2>
<p>${
    nl
      ? `Geen gepubliceerd aantal kinderen, verdachten, registraties of zaken is het precieze aantal. Elk aantal krijgt een kleine afwijking van hoogstens ${d.maxNoise} naar boven of beneden (de celsleutelmethode, zoals het Duitse Destatis, het Australische ABS en het Britse ONS die gebruiken). Die afwijking hangt alleen af van wie er geteld is: hetzelfde aantal staat in elke tabel, elke editie en op de actuele pagina hetzelfde, en wie twee publicaties van elkaar aftrekt, krijgt het verschil niet precies terug. Nullen blijven nul. Een aantal dat zo onder de ${d.threshold} uitkomt, wordt niet gepubliceerd, en dan de hele rij niet. Percentages, gemiddelden en medianen zijn berekend uit de gepubliceerde aantallen en afgerond. Afgeschermde cellen staan als · in de tabellen en leeg in de downloads, met de reden in de kolom Status. Voor publicatie probeert een aanvaller die alleen de gepubliceerde tabellen kent (en deze methode) elk aantal terug te rekenen, ook via sommen, percentages en andere tabellen; de editie verschijnt alleen als hij geen enkel aantal nauwkeuriger kan bepalen dan op ${d.protection} na.`
      : `No published count of children, suspects, registrations or cases is the exact count. Each count is changed by a small amount of at most ${d.maxNoise} up or down (the cell-key method, as used by Destatis in Germany, the Australian ABS and the UK ONS). The change depends only on who was counted: the same count is the same in every table, every edition and on the live page, and subtracting one publication from another does not give the difference exactly. Zeros stay zero. A count that comes out below ${d.threshold} is not published, nor is the rest of its row. Percentages, means and medians are computed from the published counts and rounded. Withheld cells show as · in the tables and are empty in the downloads, with the reason in the column Status. Before publication an attacker who knows only the published tables (and this method) tries to work every count back, also through sums, percentages and other tables; the edition appears only when no count can be pinned down closer than ${d.protection} either way.`
  }</p>
${dl([
  [nl ? 'Aantallen in de tabellen' : 'Counts in the tables', n(d.cells)],
  [nl ? 'Gepubliceerde aantallen met een afwijking' : 'Published counts with a change', pctOf(d.changed, d.published)],
  [nl ? 'Gemiddelde afwijking' : 'Mean change', decimal(d.meanAbsoluteChange)],
  [nl ? 'Afgeschermde rijen (drempel)' : 'Rows withheld (threshold)', n(d.suppressed.threshold)],
  [
    nl ? 'Afgeschermde rijen (anders terug te rekenen)' : 'Rows withheld (could be worked back)',
    n(d.suppressed.secondary),
  ],
  [nl ? 'Afgeschermde rijen, van alle rijen' : 'Rows withheld, of all rows', pctOf(withheldRows, d.rows)],
  [nl ? 'Aantallen aangevallen: veilig' : 'Counts attacked: safe', `${n(d.safe)} / ${n(d.audited)}`],
])}</section>`;

  const completeness = tables.tables.find((t) => t.id === 'data-completeness');
  return `<h1>${nl ? 'Methode' : 'Methods'}</h1>
${sourcesSection}
${linkageSection}
${estimateSection}
${disclosureSection}
${completeness ? renderIndicatorSection(completeness, undefined, lang, { threshold: d.threshold }) : ''}`;
}

const families = ['independence', 'pairwise', 'covariates', 'heterogeneity', 'latent-class'] as const;
type Family = (typeof families)[number];
const isFamily = (f: string | undefined): f is Family => (families as readonly string[]).includes(f ?? '');

/** Kinds of reason the estimation module gives, as codes or as its English sentences. */
const reasonKinds = [
  { kind: 'not-identifiable', test: /not-identifiable|not identifiable/ },
  { kind: 'no-mle', test: /mle-does-not-exist|maximum likelihood estimate does not exist/ },
  { kind: 'not-converged', test: /not-converged|did not converge|not converge/ },
  { kind: 'too-little-overlap', test: /too-little-overlap|times the observed number/ },
  { kind: 'empty-list', test: /saw nobody/ },
] as const;
type ReasonKind = (typeof reasonKinds)[number]['kind'];

/** The estimate's words for the public page: model families, what each assumes, intervals and reasons. */
const words: Record<
  Lang,
  {
    families: Record<Family, { name: string; assumes: string }>;
    methods: Record<string, string>;
    intervals: Record<string, string>;
    reasons: Record<ReasonKind, string>;
    justice: string;
    otherFamily: string;
  }
> = {
  nl: {
    families: {
      independence: {
        name: 'Onafhankelijke lijsten',
        assumes:
          'Of een kind op de ene lijst staat, zegt niets over de kans dat het op een andere staat, en elk kind is even goed te zien. Doorverwijzingen tussen organisaties en kinderen die overal opvallen, maken deze schatting te laag.',
      },
      pairwise: {
        name: 'Afhankelijke paren van lijsten',
        assumes:
          'Twee lijsten kunnen van elkaar afhangen, bijvoorbeeld doordat de ene naar de andere doorverwijst; welke paren, kiezen de gegevens (op AIC). Verder is elk kind even goed te zien.',
      },
      heterogeneity: {
        name: 'Heterogeniteit',
        assumes:
          'Elk paar lijsten mag van elkaar afhangen, en één gemeenschappelijke term vangt kinderen op die voor elke lijst makkelijker te zien zijn (Darroch e.a., 1993). Een samenhang van alle lijsten tegelijk wordt uitgesloten.',
      },
      'latent-class': {
        name: 'Latente klassen',
        assumes:
          'Kinderen vallen in ten hoogste tien groepen die niemand ziet en die verschillen in hoe zichtbaar ze zijn; binnen een groep hangen de lijsten niet van elkaar af (Manrique-Vallier, 2016). Doorverwijzingen binnen een groep worden niet gemodelleerd.',
      },
      covariates: {
        name: 'Leeftijd en geslacht',
        assumes:
          'Elk paar lijsten mag van elkaar afhangen, en kinderen van verschillende leeftijd en geslacht mogen verschillend goed te zien zijn voor elke lijst (van der Heijden e.a., 2012). Verschillen in zichtbaarheid die leeftijd en geslacht niet verklaren, vangt dit model niet op.',
      },
    },
    methods: {
      pairwise:
        'paarsgewijze log-lineaire modellen, gekozen op AIC (op BIC bij drie lijsten of wanneer het model van AIC meer dan tien keer het aantal geziene kinderen zou geven), met een bootstrap die het model telkens opnieuw kiest, twee keer (getrokken uit het gekozen model en uit het model met alle schatbare paren; het interval omvat beide); de gegevens wijzen niet op heterogeniteit (de toets op de drieweg-term slaat niet aan, niet elk paar lijsten is positief afhankelijk en latente klassen beschrijven de tabel duidelijk slechter dan de gekozen paren: AIC meer dan 2 hoger)',
      'pairwise-and-heterogeneity':
        'de gegevens wijzen op heterogeniteit (een toets op de gemeenschappelijke term, elk paar lijsten positief afhankelijk, of latente klassen die de tabel minstens ongeveer even goed beschrijven als de gekozen paren: AIC hoogstens 2 hoger): de schatting is het meetkundig gemiddelde van de paarsgewijze modellen, het heterogeniteitsmodel en latente klassen (als de toets aanslaat, of als klassen de tabel ongeveer even goed beschrijven; een model dat de tabel veel slechter beschrijft dan latente klassen, met een AIC meer dan 10 hoger, telt niet mee; een model met een schatting boven tien keer het aantal geregistreerde kinderen maakt de tabel alleen onschatbaar als het die bijna even goed beschrijft als het beste, met een AIC hoogstens 2 hoger, en wordt anders weggelaten); het interval weegt hun intervallen even zwaar (het 2,5%- en 97,5%-punt van hun mengsel)',
      heterogeneity: 'alle paren van lijsten plus een gemeenschappelijke term voor heterogeniteit (Darroch e.a., 1993)',
      bic: 'paarsgewijs model gekozen op BIC (de terugval wanneer het heterogeniteitsmodel niet te schatten is)',
    },
    intervals: {
      profile: 'profiel-likelihood: alleen de toevalsonzekerheid binnen dit model',
      wald: 'Wald op logschaal: alleen de toevalsonzekerheid binnen dit model',
      bootstrap: 'bootstrap die het model telkens opnieuw kiest: ook de onzekerheid van de modelkeuze',
      'model-averaged':
        'gemiddeld over de paarsgewijze modellen, gewogen naar hoe goed elk de tabel beschrijft: ook de onzekerheid van de modelkeuze',
      'parametric-bootstrap': 'parametrische bootstrap: alleen de toevalsonzekerheid binnen dit model',
      posterior: 'Bayesiaans geloofwaardigheidsinterval (posterior)',
      combined: 'de gecombineerde modelfamilies, even zwaar gewogen: ook de onzekerheid over het model',
    },
    reasons: {
      'not-identifiable': 'niet identificeerbaar: op de waargenomen cellen is de term een combinatie van andere termen',
      'no-mle': 'geen meest aannemelijke schatting: lege cellen sturen de coëfficiënt naar oneindig',
      'not-converged': 'de berekening convergeerde niet',
      'too-little-overlap':
        'de schatting zou meer dan tien keer het aantal geregistreerde kinderen zijn: de lijsten overlappen te weinig om te zeggen hoeveel er gemist zijn',
      'empty-list': 'een lijst zag niemand en is weggelaten',
    },
    justice: 'justitie (politie, Openbaar Ministerie en rechtspraak samen)',
    otherFamily: 'Ander model',
  },
  en: {
    families: {
      independence: {
        name: 'Independent lists',
        assumes:
          'Being on one list says nothing about the chance of being on another, and every child is equally visible. Referrals between organisations, and children who stand out everywhere, make this estimate too low.',
      },
      pairwise: {
        name: 'Dependent pairs of lists',
        assumes:
          'Two lists may depend on each other, for example because one refers children to the other; the data choose which pairs (by AIC). Beyond that, every child is equally visible.',
      },
      heterogeneity: {
        name: 'Heterogeneity',
        assumes:
          'Every pair of lists may depend on each other, and one common term absorbs children who are easier to see for every list (Darroch et al., 1993). A dependence of all lists at once is ruled out.',
      },
      'latent-class': {
        name: 'Latent classes',
        assumes:
          'Children fall into at most ten groups nobody sees, which differ in how visible they are; within a group the lists are independent (Manrique-Vallier, 2016). Referrals within a group are not modelled.',
      },
      covariates: {
        name: 'Age and sex',
        assumes:
          'Every pair of lists may depend on each other, and children of different age and sex may be differently visible to each list (van der Heijden et al., 2012). Differences in visibility that age and sex do not explain are not captured.',
      },
    },
    methods: {
      pairwise:
        'pairwise log-linear models chosen by AIC (by BIC with three lists or when AIC’s model would give more than ten times the number of children seen), with a bootstrap that re-selects the model each time, run twice (drawn from the chosen model and from the model with every estimable pair; the interval spans both); the data do not point to heterogeneity (the test of the three-way term does not fire, not every pair of lists is positively dependent, and latent classes describe the table clearly worse than the chosen pairs: AIC more than 2 higher)',
      'pairwise-and-heterogeneity':
        'the data point to heterogeneity (a test of the common term, every pair of lists positively dependent, or latent classes describing the table about as well as the chosen pairs or better: AIC at most 2 higher): the estimate is the geometric mean of the pairwise models, the heterogeneity model and latent classes (when the test fires, or when classes describe the table about as well; a model that describes the table far worse than latent classes, with an AIC more than 10 higher, does not count; a model whose estimate exceeds ten times the number of children registered makes the table not estimable only if it describes it nearly as well as the best, with an AIC at most 2 higher, and is otherwise left out); the interval weighs their intervals alike (the 2.5% and 97.5% points of their mixture)',
      heterogeneity: 'every pair of lists plus a common term for heterogeneity (Darroch et al., 1993)',
      bic: 'pairwise model chosen by BIC (the fallback when the heterogeneity model cannot be estimated)',
    },
    intervals: {
      profile: 'profile likelihood: chance variation within this model only',
      wald: 'Wald on the log scale: chance variation within this model only',
      bootstrap: 'bootstrap that chooses the model anew each time: includes the uncertainty of the model choice',
      'model-averaged':
        'averaged over the pairwise models, weighted by how well each describes the table: includes the uncertainty of the model choice',
      'parametric-bootstrap': 'parametric bootstrap: chance variation within this model only',
      combined: 'the families combined, weighed alike: includes the uncertainty about the model',
      posterior: 'Bayesian credible interval (posterior)',
    },
    reasons: {
      'not-identifiable': 'not identifiable: on the observed cells the term is a combination of other terms',
      'no-mle': 'no maximum likelihood estimate: empty cells drive its coefficient to infinity',
      'not-converged': 'the computation did not converge',
      'too-little-overlap':
        'the estimate would be more than ten times the number of children registered: the lists overlap too little to say how many were missed',
      'empty-list': 'a list saw nobody and was left out',
    },
    justice: 'justice (police, Public Prosecution Service and courts together)',
    otherFamily: 'Other model',
  },
};

const count = (v: number | undefined, lang: Lang) => (v === undefined ? '–' : formatCell('n', Math.round(v), lang));

/** A reason from the estimation module in words; one it does not know stays as it is, marked English on the Dutch page. */
function reasonInWords(reason: string | undefined, lang: Lang): Html {
  if (!reason) return { html: '–' };
  const known = reasonKinds.find((k) => k.test.test(reason));
  if (known) return { html: escapeHtml(words[lang].reasons[known.kind]) };
  return { html: lang === 'nl' ? `<span lang="en">${escapeHtml(reason)}</span>` : escapeHtml(reason) };
}

/** A list of the estimate by name: one source, or justice for police, prosecution and courts together. */
function listName(list: string, lang: Lang): string {
  if (list === 'justice') return words[lang].justice;
  return (sources.labels as Record<string, { nl: string; en: string } | undefined>)[list]?.[lang] ?? list;
}

const familyWords = (family: string | undefined, lang: Lang) =>
  isFamily(family) ? words[lang].families[family] : { name: words[lang].otherFamily, assumes: '–' };

/** The estimate, its model in words and in formula, the same estimate under every model family, and the assumptions. */
function renderEstimateSection(estimate: Estimate | null, lang: Lang): string {
  const nl = lang === 'nl';
  const w = words[lang];
  const assumptions = nl
    ? [
        'De populatie is binnen de periode gesloten: kinderen komen niet bij of vallen niet weg op een manier die met registratie samenhangt.',
        'De koppeling is vrijwel foutloos: gemiste koppelingen maken de schatting te hoog, valse te laag.',
        'Afhankelijkheid tussen bronnen wordt gemodelleerd met paarsgewijze interacties; waar de gegevens erop wijzen dat sommige kinderen voor alle bronnen beter zichtbaar zijn (heterogeniteit: een toets op een gemeenschappelijke term, elk paar bronnen positief afhankelijk, of latente klassen die de tabel minstens ongeveer even goed beschrijven als paren), telt het interval modellen daarvan mee (een gedeelde heterogeniteitsterm en latente klassen; een model dat de geregistreerde tabel veel slechter beschrijft dan een ander, telt niet mee). Een samenhang die de gegevens niet laten zien, kan geen model zien.',
        'Politie, OM en rechtspraak tellen als één justitielijst, omdat OM en rechtspraak alleen zien wat via de politie binnenkwam.',
      ]
    : [
        'The population is closed within the period: children do not enter or leave in a way related to being registered.',
        'Linkage is nearly error-free: missed links inflate the estimate, false links deflate it.',
        'Dependence between sources is modelled by pairwise interactions; where the data suggest that some children are more visible to every source (heterogeneity: a test of a common term, every pair of sources positively dependent, or latent classes describing the table about as well as pairs or better), the interval takes in models of it (a shared heterogeneity term and latent classes; a model that describes the registered table far worse than another does not count). A dependence the data do not show cannot be seen by any model.',
        'Police, prosecution and courts count as one justice list, since prosecution and courts only see what came through the police.',
      ];
  const dropped = (estimate?.dropped ?? []).map(
    (d) => `${escapeHtml(d.term ?? '')}: ${reasonInWords(d.reason, lang).html}`,
  );
  return `<section aria-labelledby="estimation"><h2 id="estimation">${nl ? 'Schatting en aannames' : 'Estimation and assumptions'}</h2>
<p>${nl ? 'Het aantal kinderen dat geen bron registreerde, is geschat met log-lineaire multiple systems estimation over de lijsten hieronder.' : 'The number of children no source registered is estimated by log-linear multiple systems estimation over the lists below.'}</p>
${
  estimate
    ? dl([
        [nl ? 'Lijsten' : 'Lists', (estimate.lists ?? []).map((l) => listName(l, lang)).join('; ')],
        [nl ? 'Paarsgewijs model (formule)' : 'Pairwise model (formula)', estimate.model ?? '–'],
        [nl ? 'Modelkeuze' : 'Model choice', w.methods[estimate.method ?? ''] ?? estimate.method ?? '–'],
        [nl ? 'Interval' : 'Interval', w.intervals[estimate.intervalMethod ?? ''] ?? estimate.intervalMethod ?? '–'],
        [nl ? 'Geregistreerd' : 'Registered', count(estimate.observed, lang)],
        [nl ? 'Geschat niet gezien' : 'Estimated unseen', count(estimate.hidden, lang)],
        [
          nl ? 'Geschat totaal (95%-interval)' : 'Estimated total (95% interval)',
          `${count(estimate.total, lang)} (${count(estimate.lower, lang)}–${count(estimate.upper, lang)})`,
        ],
        [nl ? 'Weggelaten termen' : 'Terms left out', { html: dropped.join('; ') || (nl ? 'geen' : 'none') }],
      ]) +
      renderSensitivity(estimate.sensitivity, lang) +
      renderLinkageSensitivity(estimate, lang)
    : `<p>${nl ? 'Voor deze periode was geen schatting mogelijk.' : 'No estimate was possible for this period.'}</p>`
}
<h3>${nl ? 'Aannames' : 'Assumptions'}</h3>
<ul>${assumptions.map((a) => `<li>${a}</li>`).join('')}</ul></section>`;
}

const down10 = (v: number | undefined) => (v === undefined ? undefined : Math.floor(v / 10) * 10);
const up10 = (v: number | undefined) => (v === undefined ? undefined : Math.ceil(v / 10) * 10);
const nearest10 = (v: number | undefined) => (v === undefined ? undefined : Math.round(v / 10) * 10);

/**
 * The published estimate beside the same estimate had every pair the linkage was unsure of been two
 * children, or one: how far the linkage's doubt reaches. Nothing for editions frozen before it was made
 * or linked on exact keys (no pairs in doubt).
 */
function renderLinkageSensitivity(estimate: Estimate, lang: Lang): string {
  const extremes = estimate.linkageSensitivity ?? [];
  if (extremes.length === 0) return '';
  const nl = lang === 'nl';
  const names: Record<string, string> = nl
    ? {
        chosen: 'Zoals gekozen (gepubliceerd)',
        'review-apart': 'Alle twijfelgevallen verschillende kinderen',
        'review-together': 'Alle twijfelgevallen hetzelfde kind',
      }
    : {
        chosen: 'As chosen (published)',
        'review-apart': 'Every uncertain pair two children',
        'review-together': 'Every uncertain pair one child',
      };
  const rows = [{ ...estimate, linkage: 'chosen', status: 'ok' }, ...extremes].map((r) => {
    const cells =
      r.status === 'ok'
        ? [
            `<td class="num">${count(nearest10(r.observed), lang)}</td>`,
            `<td class="num">${count(nearest10(r.total), lang)}</td>`,
            `<td class="num">${count(down10(r.lower), lang)}\u2060–\u2060${count(up10(r.upper), lang)}</td>`,
          ]
        : [
            `<td class="num">${count(nearest10(r.observed), lang)}</td>`,
            `<td class="num">${nl ? 'niet te schatten' : 'not estimable'}</td>`,
            `<td>${reasonInWords(r.reason, lang).html}</td>`,
          ];
    const name = names[r.linkage ?? ''] ?? r.linkage ?? '–';
    return `<tr${r.linkage === 'chosen' ? ' class="published"' : ''}><th scope="row">${escapeHtml(name)}</th>${cells.join('')}</tr>`;
  });
  const columns = nl
    ? ['Koppeling', 'Geregistreerde kinderen', 'Geschat totaal', '95%-interval']
    : ['Linkage', 'Children registered', 'Estimated total', '95% interval'];
  const intro = nl
    ? 'De schatting telt kinderen zoals de koppeling hun registraties samenvoegt. Een gemiste koppeling telt één kind twee keer en maakt de schatting te hoog, een foute koppeling maakt haar te laag. Over sommige paren registraties twijfelde de koppeling (kans op hetzelfde kind tussen 5% en 95%, niet door een analist beoordeeld). De tabel geeft dezelfde schatting als al die paren verschillende kinderen waren, en als ze allemaal hetzelfde kind waren: de twee uitersten, niet een interval. Aantallen afgerond op tientallen.'
    : 'The estimate counts children as the linkage joins their registrations. A missed link counts one child twice and makes the estimate too high, a false link makes it too low. Some pairs of registrations the linkage was unsure of (a chance of one child between 5% and 95%, not reviewed by an analyst). The table gives the same estimate had all those pairs been different children, and had they all been the same child: the two extremes, not an interval. Counts rounded to the nearest ten.';
  return `
<h3 id="linkage-sensitivity">${nl ? 'Dezelfde schatting bij een andere koppeling' : 'The same estimate under another linkage'}</h3>
<p>${intro}</p>
<div class="table-scroll table-whole" role="region" aria-labelledby="linkage-sensitivity-caption" tabindex="0"><table><caption id="linkage-sensitivity-caption">${nl ? 'Geschat totaal aantal kinderen bij de gekozen koppeling en haar twee uitersten (afgerond op tientallen)' : 'Estimated total number of children with the linkage as chosen and at its two extremes (rounded to tens)'}</caption>
<thead><tr>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`;
}

/** The estimate under each model family side by side, so a reader sees which assumption drives the number. */
function renderSensitivity(rows: readonly Sensitivity[] | undefined, lang: Lang): string {
  const nl = lang === 'nl';
  const heading = `<h3 id="sensitivity">${nl ? 'Dezelfde schatting onder andere aannames' : 'The same estimate under other assumptions'}</h3>`;
  if (!rows || rows.length === 0)
    return `${heading}\n<p>${nl ? 'Voor deze editie is de schatting per modelfamilie niet bewaard.' : 'The estimate per model family was not stored for this edition.'}</p>`;
  const order = (r: Sensitivity) => (isFamily(r.family) ? families.indexOf(r.family) : families.length);
  const sorted = [...rows].sort((a, b) => order(a) - order(b));
  const quoted = (r: Sensitivity) => `‘${familyWords(r.family, lang).name}’`;
  const published = sorted.filter((r) => r.published === true).map(quoted);
  const and = nl ? ' en ' : ' and ';
  const joined = published.length > 1 ? `${published.slice(0, -1).join(', ')}${and}${published.at(-1)}` : published[0];
  const uses =
    published.length === 0
      ? ''
      : nl
        ? `Het gepubliceerde cijfer hierboven ${published.length > 1 ? 'combineert' : 'gebruikt'} ${joined}. `
        : `The published figure above ${published.length > 1 ? 'combines' : 'uses'} ${joined}. `;
  const intro = nl
    ? `Hoeveel kinderen geen bron zag, hangt af van wat het model aanneemt over hoe kinderen gezien worden. De tabel geeft de schatting op dezelfde gegevens onder elke aannemelijke modelfamilie. ${uses}Het verschil tussen de rijen is modelonzekerheid die de gegevens niet kunnen beslechten: welke aanname klopt, is met deze gegevens niet te toetsen. Alle families nemen daarnaast de aannames hieronder aan. Aantallen zijn afgerond op tientallen, de grenzen van het interval naar buiten.`
    : `How many children no source saw depends on what the model assumes about how children are seen. The table gives the estimate on the same data under each plausible model family. ${uses}The spread between the rows is model uncertainty the data cannot settle: which assumption holds cannot be tested with these data. Every family also makes the assumptions below. Counts are rounded to the nearest ten, the interval's limits outwards.`;
  const body = sorted.map((r) => {
    const family = familyWords(r.family, lang);
    const mark = r.published === true ? ` <strong>${nl ? '(gepubliceerd)' : '(published)'}</strong>` : '';
    const cells =
      r.status === 'ok'
        ? [
            `<td class="num">${count(nearest10(r.total), lang)}</td>`,
            // word joiners keep the interval on one line
            `<td class="num">${count(down10(r.lower), lang)}\u2060–\u2060${count(up10(r.upper), lang)}</td>`,
            `<td>${escapeHtml(words[lang].intervals[r.intervalMethod ?? ''] ?? r.intervalMethod ?? '–')}</td>`,
            `<td>${r.warning ? `${nl ? 'Let op: ' : 'Note: '}${reasonInWords(r.warning, lang).html}` : '–'}</td>`,
          ]
        : [
            `<td class="num">${nl ? 'niet te schatten' : 'not estimable'}</td>`,
            '<td class="num">–</td>',
            '<td>–</td>',
            `<td>${reasonInWords(r.reason, lang).html}</td>`,
          ];
    return `<tr${r.published === true ? ' class="published"' : ''}><th scope="row">${escapeHtml(family.name)}${mark}</th><td>${escapeHtml(family.assumes)}</td>${cells.join('')}</tr>`;
  });
  const columns = nl
    ? ['Modelfamilie', 'Wat ze aanneemt', 'Geschat totaal', '95%-interval', 'Soort interval', 'Opmerking']
    : ['Model family', 'What it assumes', 'Estimated total', '95% interval', 'Kind of interval', 'Note'];
  return `${heading}
<p>${intro}</p>
<div class="table-scroll table-whole" role="region" aria-labelledby="sensitivity-caption" tabindex="0"><table><caption id="sensitivity-caption">${nl ? 'Geschat totaal aantal kinderen per modelfamilie (afgerond op tientallen)' : 'Estimated total number of children per model family (rounded to tens)'}</caption>
<thead><tr>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>
<tbody>${body.join('\n')}</tbody></table></div>`;
}
