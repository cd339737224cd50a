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
};

const dl = (items: readonly [string, string][]) =>
  `<dl>${items.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;

/** Sources, linkage quality, estimation assumptions and disclosure control, from what the edition froze. */
export function renderMethodsBody(tables: EditionTables, lang: Lang): string {
  const nl = lang === 'nl';
  const n = (v: number | undefined, digits = 0) =>
    v === undefined ? '–' : formatCell('n', Number(v.toFixed(digits)), lang);
  const pct = (v: number | undefined) =>
    v === undefined ? '–' : `${formatCell('n', Number((v * 100).toFixed(1)), lang)}%`;
  const linkage = (tables.linkage ?? {}) as Linkage;
  const estimate = tables.estimate as Estimate | null;

  const rows = sources.codes.map((code) => {
    const own = tables.deliveries.filter((d) => d.source === code);
    const accepted = own.reduce((a, d) => a + d.rowsAccepted, 0);
    const quarantined = own.reduce((a, d) => a + d.rowsQuarantined, 0);
    return `<tr><th scope="row">${escapeHtml(sources.labels[code][lang])}</th><td class="num">${own.length}</td><td class="num">${n(accepted)}</td><td class="num">${n(quarantined)}</td></tr>`;
  });
  const sourcesSection = `<section aria-labelledby="sources"><h2 id="sources">${nl ? 'Bronnen' : 'Sources'}</h2>
<p>${nl ? 'De editie gebruikt per bron de leveringsversies die golden toen ze werd vastgesteld. Regels die een contractregel schonden, staan in quarantaine en tellen niet mee.' : 'For each source, the edition uses the delivery versions current when it was fixed. Rows that broke a contract rule are quarantined and do not count.'}</p>
<div class="table-scroll" role="region" aria-labelledby="sources-caption" tabindex="0"><table><caption id="sources-caption">${nl ? 'Vastgelegde leveringen per bron' : 'Frozen deliveries per source'}</caption>
<thead><tr><th scope="col">${nl ? 'Bron' : 'Source'}</th><th scope="col">${nl ? 'Leveringen' : 'Deliveries'}</th><th scope="col">${nl ? 'Regels opgeslagen' : 'Rows stored'}</th><th scope="col">${nl ? 'Regels in quarantaine' : 'Rows quarantined'}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div></section>`;

  const linkageSection = `<section aria-labelledby="linkage"><h2 id="linkage">${nl ? 'Kwaliteit van de koppeling' : 'Linkage quality'}</h2>
<p>${nl ? 'Personen worden over de bronnen gekoppeld op gepseudonimiseerde sleutels; niemand in het centrale bureau ziet een naam of BSN. De kwaliteit is door het koppelmodel zelf geschat.' : 'Persons are linked across the sources on pseudonymised keys; no one at the central office sees a name or BSN. The quality is estimated by the linkage model itself.'}</p>
${dl([
  [nl ? 'Methode' : 'Method', linkage.method ?? '–'],
  [nl ? 'Persoonsrecords' : 'Person records', n(linkage.records)],
  [nl ? 'Kinderen (clusters)' : 'Children (clusters)', n(linkage.clusters?.victim)],
  [nl ? 'Verdachten (clusters)' : 'Suspects (clusters)', n(linkage.clusters?.suspect)],
  [nl ? 'Geschatte precisie' : 'Estimated precision', pct(linkage.estimated?.precision)],
  [nl ? 'Geschatte recall' : 'Estimated recall', pct(linkage.estimated?.recall)],
  [nl ? 'Paren ter beoordeling' : 'Pairs queued for review', n(linkage.reviewQueue)],
])}</section>`;

  const assumptions = nl
    ? [
        'De populatie is binnen de periode gesloten: kinderen komen niet bij of vallen niet weg op een manier die met registratie samenhangt.',
        'De koppeling is vrijwel foutloos: gemiste koppelingen maken de schatting te hoog, valse te laag.',
        'Afhankelijkheid tussen bronnen wordt gemodelleerd met paarsgewijze interacties en een gedeelde heterogeniteitsterm; een afhankelijkheid die alle bronnen samen raakt, kan het model niet zien.',
        'Politie, OM en rechtspraak tellen als één justitielijst, omdat OM en rechtspraak alleen zien wat via de politie binnenkwam.',
      ]
    : [
        'The population is closed within the period: children do not enter or leave in a way related to being registered.',
        'Linkage is nearly error-free: missed links inflate the estimate, false links deflate it.',
        'Dependence between sources is modelled by pairwise interactions and a shared heterogeneity term; a dependence that affects all sources together cannot be seen by the model.',
        'Police, prosecution and courts count as one justice list, since prosecution and courts only see what came through the police.',
      ];
  const estimateSection = `<section aria-labelledby="estimation"><h2 id="estimation">${nl ? 'Schatting en aannames' : 'Estimation and assumptions'}</h2>
<p>${nl ? 'Het aantal kinderen dat geen bron registreerde, is geschat met log-lineaire multiple systems estimation over de lijsten hieronder.' : 'The number of children no source registered is estimated by log-linear multiple systems estimation over the lists below.'}</p>
${
  estimate
    ? dl([
        [nl ? 'Lijsten' : 'Lists', (estimate.lists ?? []).join(', ')],
        [nl ? 'Model' : 'Model', estimate.model ?? '–'],
        [nl ? 'Modelkeuze' : 'Model choice', estimate.method ?? '–'],
        [nl ? 'Interval' : 'Interval', estimate.intervalMethod ?? '–'],
        [nl ? 'Geregistreerd' : 'Registered', n(estimate.observed)],
        [nl ? 'Geschat niet gezien' : 'Estimated unseen', n(estimate.hidden)],
        [
          nl ? 'Geschat totaal (95%-interval)' : 'Estimated total (95% interval)',
          `${n(estimate.total)} (${n(estimate.lower)}–${n(estimate.upper)})`,
        ],
        [
          nl ? 'Weggelaten termen' : 'Terms left out',
          (estimate.dropped ?? []).map((d) => `${d.term ?? ''}: ${d.reason ?? ''}`).join('; ') ||
            (nl ? 'geen' : 'none'),
        ],
      ])
    : `<p>${nl ? 'Voor deze periode was geen schatting mogelijk.' : 'No estimate was possible for this period.'}</p>`
}
<h3>${nl ? 'Aannames' : 'Assumptions'}</h3>
<ul>${assumptions.map((a) => `<li>${a}</li>`).join('')}</ul></section>`;

  const d = tables.disclosure;
  const disclosureSection = `<section aria-labelledby="disclosure"><h2 id="disclosure">${nl ? 'Onthullingsbeheer' : 'Disclosure control'}</h2>
<p>${nl ? `Elk aantal kinderen, verdachten, registraties of zaken is voor publicatie beschermd, over alle tabellen van de editie samen: aantallen van minder dan ${d.threshold} worden niet gepubliceerd (drempel), en waar een afgeschermde cel uit andere cijfers terug te rekenen is — ook uit een andere tabel, zoals leeftijdsgroepen die samen het jaartotaal vormen, of de werkvoorraad aan het eind van het ene halfjaar die het begin van het volgende is — wordt ook een andere cel afgeschermd (secundair). Een afgeschermd aantal schermt de hele rij af. Afgeschermde cellen staan als · in de tabellen en leeg in de downloads, met de reden in de kolom <code>status</code>. Een controle rekent met lineaire programmering per afgeschermde cel uit welke waarden ze gezien alles wat gepubliceerd is nog kan hebben; de editie wordt alleen gepubliceerd als geen enkele cel dichter dan ${d.threshold} bij haar ware waarde te bepalen is.` : `Every count of children, suspects, registrations or cases is protected before publication, across all tables of the edition together: counts below ${d.threshold} are not published (threshold), and where a withheld cell could be recovered from other figures — also from another table, such as age bands that add up to the year's total, or the work stock at the end of one half-year that opens the next — another cell is withheld too (secondary). A withheld count withholds its whole row. Withheld cells show as · in the tables and are empty in the downloads, with the reason in the column <code>status</code>. An audit works out by linear programming, for each withheld cell, which values it can still take given everything published; the edition is published only when no cell can be pinned down closer than ${d.threshold} to its true value.`}</p>
${dl([
  [nl ? 'Teltabellen (een per kolom met aantallen)' : 'Count tables (one per column of counts)', n(d.tables)],
  [nl ? 'Cellen in die teltabellen' : 'Cells in those count tables', n(d.cells)],
  [nl ? 'Afgeschermde rijen (drempel)' : 'Rows withheld (threshold)', n(d.suppressed.threshold)],
  [nl ? 'Afgeschermde rijen (secundair)' : 'Rows withheld (secondary)', n(d.suppressed.secondary)],
  [nl ? 'Afgeschermde cellen gecontroleerd: veilig' : 'Withheld cells audited: safe', `${n(d.safe)} / ${n(d.audited)}`],
])}</section>`;

  const completeness = tables.tables.find((t) => t.id === 'data-completeness');
  return `<h1>${nl ? 'Methode' : 'Methods'}</h1>
${sourcesSection}
${linkageSection}
${estimateSection}
${disclosureSection}
${completeness ? renderIndicatorSection(completeness, undefined, lang, { threshold: d.threshold }) : ''}`;
}
