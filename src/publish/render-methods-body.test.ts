import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { SensitivityEstimate } from '../pipeline/index.ts';
import type { Lang } from './column-labels.ts';
import type { EditionTables } from './edition-table.ts';
import { renderMethodsBody } from './render-methods-body.ts';

const tooLittleOverlap =
  'the estimate is more than ten times the observed number: the lists overlap too little to say how many were missed';

const sensitivity: readonly SensitivityEstimate[] = [
  {
    family: 'latent-class',
    published: false,
    status: 'not-estimable',
    reason: tooLittleOverlap,
  },
  {
    family: 'independence',
    published: false,
    status: 'ok',
    total: 6_214.4,
    lower: 6_101,
    upper: 6_339,
    intervalMethod: 'profile',
    model: 'justice + csg + veilig_thuis + victim_support',
  },
  {
    family: 'heterogeneity',
    published: true,
    status: 'ok',
    total: 12_345.6,
    lower: 8_001,
    upper: 19_999,
    intervalMethod: 'profile',
    model: 'justice + csg + veilig_thuis + victim_support + justice:csg + C(s, 3)',
  },
  {
    family: 'pairwise',
    published: false,
    status: 'ok',
    total: 8_766,
    lower: 7_432,
    upper: 10_987,
    intervalMethod: 'bootstrap',
    model: 'justice + csg + veilig_thuis + victim_support + justice:csg',
    warning: '<b>chains</b> & more',
  },
  {
    family: 'covariates',
    published: false,
    status: 'ok',
    total: 9_104,
    lower: 8_456,
    upper: 9_871,
    intervalMethod: 'parametric-bootstrap',
    model: 'independence + justice×csg + age band×each list + sex×each list',
  },
];

const estimate = {
  period: { from: 2018, to: 2025 },
  lists: ['justice', 'csg', 'veilig_thuis', 'victim_support'],
  observed: 4_250,
  hidden: 8_095.6,
  total: 12_345.6,
  lower: 8_001,
  upper: 19_999,
  intervalMethod: 'profile',
  model: 'justice + csg + veilig_thuis + victim_support + justice:csg + C(s, 3)',
  method: 'heterogeneity',
  dropped: [{ term: 'csg:victim_support', reason: 'mle-does-not-exist' }],
  sensitivity,
};

const tablesWith = (frozen: unknown): EditionTables => ({
  edition: {
    id: '2018-2025',
    title: 'Test',
    period: { from: 2018, to: 2025 },
    createdAt: '2026-07-01T00:00:00.000Z',
    deliveryIds: [],
  },
  tables: [],
  estimate: frozen,
  linkage: null,
  disclosure: {
    threshold: 10,
    maxNoise: 3,
    protection: 2,
    tables: 0,
    cells: 0,
    published: 0,
    changed: 0,
    meanAbsoluteChange: 0,
    suppressed: { threshold: 0, dominance: 0, secondary: 0 },
    rows: 0,
    audited: 0,
    safe: 0,
  },
  deliveries: [],
});

/** The estimation section of the methods page as a document. */
function estimationSection(frozen: unknown, lang: Lang) {
  const { document } = parseHTML(
    `<!doctype html><html><body>${renderMethodsBody(tablesWith(frozen), lang)}</body></html>`,
  );
  const section = document.querySelector('section[aria-labelledby="estimation"]');
  if (!section) throw new Error('no estimation section');
  return section;
}

/** The side-by-side table's body: each row's cells as text. */
function familyRows(section: Element): string[][] {
  const table = section.querySelector('#sensitivity-caption')?.closest('table');
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
    [...row.children].map((cell) => (cell.textContent ?? '').trim()),
  );
}

// the pipeline's ids, and the underscore of list codes such as veilig_thuis
const codes = /latent-class|pairwise|independence|not-estimable|mle-does-not-exist|_/;

describe('renderMethodsBody: the estimate under every model family', () => {
  it('shows every family in Dutch, in words, in a fixed order, the published one marked, rounded to tens', () => {
    const rows = familyRows(estimationSection(estimate, 'nl'));
    expect(rows.map((r) => r[0])).toEqual([
      'Onafhankelijke lijsten',
      'Afhankelijke paren van lijsten',
      'Leeftijd en geslacht',
      'Heterogeniteit (gepubliceerd)',
      'Latente klassen',
    ]);
    // estimate to the nearest ten, the interval outwards to tens
    expect(rows[0]?.slice(2, 4)).toEqual(['6.210', '6.100\u2060–\u20606.340']);
    expect(rows[3]?.slice(2, 4)).toEqual(['12.350', '8.000\u2060–\u206020.000']);
    expect(rows[1]?.[4]).toBe('bootstrap die het model telkens opnieuw kiest: ook de onzekerheid van de modelkeuze');
    expect(rows[2]?.[4]).toBe('parametrische bootstrap: alleen de toevalsonzekerheid binnen dit model');
    expect(rows[2]?.[1]).toMatch(/leeftijd en geslacht/);
    expect(rows[3]?.[4]).toBe('profiel-likelihood: alleen de toevalsonzekerheid binnen dit model');
    expect(rows[4]?.[1]).toMatch(/^Kinderen vallen in ten hoogste tien groepen/);
    // the not-estimable family says why, in Dutch
    expect(rows[4]?.slice(2)).toEqual([
      'niet te schatten',
      '–',
      '–',
      'de schatting zou meer dan tien keer het aantal geregistreerde kinderen zijn: de lijsten overlappen te weinig om te zeggen hoeveel er gemist zijn',
    ]);
    for (const row of rows) expect(row.join(' ')).not.toMatch(codes);
  });

  it('shows every family in English, and says which one the published figure uses and what the spread means', () => {
    const section = estimationSection(estimate, 'en');
    const rows = familyRows(section);
    expect(rows.map((r) => r[0])).toEqual([
      'Independent lists',
      'Dependent pairs of lists',
      'Age and sex',
      'Heterogeneity (published)',
      'Latent classes',
    ]);
    expect(rows[2]?.[4]).toBe('parametric bootstrap: chance variation within this model only');
    expect(rows[3]?.slice(2, 4)).toEqual(['12,350', '8,000\u2060–\u206020,000']);
    expect(rows[4]?.[2]).toBe('not estimable');
    expect(rows[4]?.[5]).toMatch(/^the estimate would be more than ten times the number of children registered/);
    const text = section.textContent ?? '';
    expect(text).toContain('The published figure above uses ‘Heterogeneity’.');
    expect(text).toContain('The spread between the rows is model uncertainty the data cannot settle');
    expect(text).toContain('rounded to the nearest ten');
    for (const row of rows) expect(row.join(' ')).not.toMatch(codes);
  });

  it('names every published family when the published figure combines several', () => {
    const both = {
      ...estimate,
      sensitivity: sensitivity.map((s) => ({
        ...s,
        published: ['pairwise', 'heterogeneity'].includes(s.family) && s.status === 'ok',
      })),
    };
    const text = estimationSection(both, 'nl').textContent ?? '';
    expect(text).toContain(
      'Het gepubliceerde cijfer hierboven combineert ‘Afhankelijke paren van lijsten’ en ‘Heterogeniteit’.',
    );
  });

  it('escapes a warning and marks an untranslated one as English on the Dutch page', () => {
    const section = estimationSection(estimate, 'nl');
    const note = section.querySelector('tbody tr:nth-child(2) td:last-child');
    expect(note?.innerHTML).toBe('Let op: <span lang="en">&lt;b&gt;chains&lt;/b&gt; &amp; more</span>');
    expect(section.querySelector('tbody b')).toBeNull();
  });

  it('says in words how the published model was chosen, its interval, its lists and why a term was left out', () => {
    const section = estimationSection(estimate, 'en');
    const facts = Object.fromEntries(
      [...section.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(facts['Model choice']).toBe(
      'every pair of lists plus a common term for heterogeneity (Darroch et al., 1993)',
    );
    expect(facts.Interval).toBe('profile likelihood: chance variation within this model only');
    expect(facts.Lists).toBe(
      'justice (police, Public Prosecution Service and courts together); Centre for Sexual Violence; Veilig Thuis (domestic violence and child abuse advice); Victim Support Netherlands',
    );
    // the formula stays: the methods page is where the technical model belongs
    expect(facts['Pairwise model (formula)']).toBe(estimate.model);
    expect(facts['Terms left out']).toBe(
      'csg:victim_support: no maximum likelihood estimate: empty cells drive its coefficient to infinity',
    );
  });

  it('says the families were not stored for an edition frozen before they were, and still shows the estimate', () => {
    const { sensitivity: _, ...old } = estimate;
    for (const lang of ['nl', 'en'] as const) {
      const section = estimationSection(old, lang);
      expect(familyRows(section)).toEqual([]);
      expect(section.querySelector('h3#sensitivity + p')?.textContent).toBe(
        lang === 'nl'
          ? 'Voor deze editie is de schatting per modelfamilie niet bewaard.'
          : 'The estimate per model family was not stored for this edition.',
      );
      expect(section.querySelector('dl')?.textContent).toContain(lang === 'nl' ? '12.346' : '12,346');
    }
  });

  it('sets the estimate beside the same estimate at the linkage’s two extremes, in words, rounded to tens', () => {
    const withExtremes = {
      ...estimate,
      linkageSensitivity: [
        {
          linkage: 'review-apart',
          status: 'ok',
          observed: 4_314,
          total: 12_904.4,
          lower: 8_501,
          upper: 20_799,
          model: 'justice + csg',
          method: 'pairwise',
        },
        { linkage: 'review-together', status: 'not-estimable', observed: 4_021, reason: tooLittleOverlap },
      ],
    };
    const rows = (section: Element) =>
      [
        ...(section.querySelector('#linkage-sensitivity-caption')?.closest('table')?.querySelectorAll('tbody tr') ??
          []),
      ].map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim()));
    const nl = estimationSection(withExtremes, 'nl');
    expect(rows(nl)).toEqual([
      ['Zoals gekozen (gepubliceerd)', '4.250', '12.350', '8.000\u2060–\u206020.000'],
      ['Alle twijfelgevallen verschillende kinderen', '4.310', '12.900', '8.500\u2060–\u206020.800'],
      [
        'Alle twijfelgevallen hetzelfde kind',
        '4.020',
        'niet te schatten',
        'de schatting zou meer dan tien keer het aantal geregistreerde kinderen zijn: de lijsten overlappen te weinig om te zeggen hoeveel er gemist zijn',
      ],
    ]);
    const en = estimationSection(withExtremes, 'en');
    expect(en.querySelector('h3#linkage-sensitivity')?.textContent).toBe('The same estimate under another linkage');
    expect(rows(en).map((r) => r[0])).toEqual([
      'As chosen (published)',
      'Every uncertain pair two children',
      'Every uncertain pair one child',
    ]);
    for (const section of [nl, en]) expect(section.textContent).not.toMatch(/review-apart|review-together/);
    // an edition frozen before, or linked on exact keys: no such section
    expect(estimationSection(estimate, 'en').querySelector('#linkage-sensitivity')).toBeNull();
  });

  it('says no estimate was possible when the edition froze none', () => {
    const section = estimationSection(null, 'en');
    expect(section.textContent).toContain('No estimate was possible for this period.');
    expect(section.querySelector('#sensitivity')).toBeNull();
  });
});
