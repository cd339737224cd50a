import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HiddenVictimsEstimate, SensitivityEstimate, StageOutput } from '../../src/pipeline/index.ts';
import { axeViolations } from './axe-violations.ts';
import { launchChromium } from './launch-chromium.ts';
import { serveWebApp } from './serve-web-app.ts';

// The analyst's estimate page with the estimate under every model family, on a fixed estimate: the
// built web app with the session and the estimate answered by stubs, so the page is tested on its own.
const screenshots = fileURLToPath(new URL('../../test-results/', import.meta.url));

const sensitivity: readonly SensitivityEstimate[] = [
  {
    family: 'independence',
    published: false,
    status: 'ok',
    total: 6_214,
    lower: 6_101,
    upper: 6_339,
    intervalMethod: 'profile',
    model: 'justice + csg + veilig_thuis + victim_support',
  },
  {
    family: 'pairwise',
    published: false,
    status: 'ok',
    total: 8_766,
    lower: 7_432,
    upper: 10_987,
    intervalMethod: 'bootstrap',
    model: 'justice + csg + veilig_thuis + victim_support + justice:veilig_thuis',
  },
  {
    family: 'heterogeneity',
    published: true,
    status: 'ok',
    total: 12_346,
    lower: 8_001,
    upper: 19_999,
    intervalMethod: 'profile',
    model: 'justice + csg + veilig_thuis + victim_support + justice:csg + C(s, 3)',
  },
  { family: 'latent-class', published: false, status: 'not-estimable', reason: 'the chains did not converge' },
];

const estimate = {
  period: { from: 2018, to: 2025 },
  lists: ['justice', 'csg', 'veilig_thuis', 'victim_support'],
  table: {},
  observed: 4_250,
  hidden: 8_096,
  total: 12_346,
  lower: 8_001,
  upper: 19_999,
  intervalMethod: 'profile',
  model: 'justice + csg + veilig_thuis + victim_support + justice:csg + C(s, 3)',
  method: 'heterogeneity',
  dropped: [],
  perYear: [
    { year: 2024, observed: 610, hidden: 900, total: 1_510, lower: 1_100, upper: 2_400, model: 'justice + csg' },
    { year: 2025, observed: 640, hidden: 950, total: 1_590, lower: 1_150, upper: 2_500, model: 'justice + csg' },
  ],
  captureCounts: [],
  sensitivity,
  linkageSensitivity: [
    {
      linkage: 'review-apart',
      status: 'ok',
      observed: 4_310,
      total: 12_904.4,
      lower: 8_500,
      upper: 20_800,
      model: 'justice + csg + veilig_thuis + victim_support + justice:csg',
      method: 'pairwise-and-heterogeneity',
    },
    {
      linkage: 'review-together',
      status: 'not-estimable',
      observed: 4_020,
      reason: 'the lists overlap too little to say how many were missed',
    },
  ],
} as unknown as HiddenVictimsEstimate;

let stored: HiddenVictimsEstimate = estimate;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;
let site: Awaited<ReturnType<typeof serveWebApp>>;
let setupError: unknown;

beforeAll(async () => {
  try {
    site = await serveWebApp((app) => {
      app.get('/werk/*', (_request, reply) => reply.sendFile('index.html'));
      app.get('/api/session', async () => ({
        user: {
          userId: 'u-analyst',
          name: 'Ana Analist',
          email: 'analist@example.org',
          role: 'analyst',
          organisation: null,
        },
        csrfToken: 'token',
        mustChangePassword: false,
      }));
      app.get(
        '/api/estimates',
        async (): Promise<StageOutput> => ({
          runId: '2026-06-30T11:58:00.000Z',
          finishedAt: '2026-06-30 12:00:00',
          output: stored,
        }),
      );
    });
    browser = await launchChromium();
    context = browser.context;
    await mkdir(screenshots, { recursive: true });
  } catch (error) {
    setupError = error;
  }
});

// A missing Chromium or an unbuilt front end fails every test with its message.
beforeEach(() => {
  if (setupError) throw setupError;
  stored = estimate;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the estimate page and waits for the figure of the model families; script errors must stay empty. */
async function openEstimate(search: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`${site.url}werk/schatting${search}`);
  await page.locator('h2', { hasText: /model family|modelfamilie/ }).waitFor();
  return { page, problems };
}

const sensitivityFigure = (page: Page) => page.locator('figure.sensitivity-figure');

describe('the estimate at the linkage’s two extremes, on the analyst’s page', () => {
  it('says in one sentence and a table how far the uncertain pairs could move the estimate (English)', async () => {
    const { page, problems } = await openEstimate('?lang=en');
    const section = page.locator('section', { has: page.locator('h2', { hasText: 'Sensitivity to the linkage' }) });
    await expect(section.locator('p').nth(1).textContent()).resolves.toBe(
      'With the linkage as chosen 12,346 (95% 8,001–19,999); if every uncertain pair is two children 12,904 (95% 8,500–20,800), if every one is one child not estimable.',
    );
    const rows = await section
      .locator('table tbody tr')
      .evaluateAll((all) => all.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
    expect(rows).toEqual([
      ['As chosen (published)', '4,250', '12,346', '8,001', '19,999', ''],
      ['Every uncertain pair two children', '4,310', '12,904', '8,500', '20,800', 'with heterogeneity in the interval'],
      [
        'Every uncertain pair one child',
        '4,020',
        // an empty cell is a dash, and "no data" for a screen reader
        '—no data',
        '—no data',
        '—no data',
        'not estimable: the lists overlap too little to say how many were missed',
      ],
    ]);
    await expect(section.locator('a[download]').getAttribute('download')).resolves.toBe(
      'zicht-estimate-at-linkage-extremes-2018-2025.csv',
    );
    await expect(section.textContent()).resolves.not.toMatch(/review-apart|review-together|pairwise/);
    // the one extreme with an estimate lies inside the published interval: no warning
    await expect(section.textContent()).resolves.not.toMatch(/outside the published/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('warns when an extreme falls outside the published interval, and says what narrows the doubt', async () => {
    const [apart] = estimate.linkageSensitivity ?? [];
    stored = {
      ...estimate,
      linkageSensitivity: [
        apart,
        { ...apart, linkage: 'review-together', observed: 4_020, total: 7_400.2, lower: 6_100, upper: 9_900 },
      ],
    } as HiddenVictimsEstimate;
    const { page, problems } = await openEstimate('?lang=en');
    const section = page.locator('section', { has: page.locator('h2', { hasText: 'Sensitivity to the linkage' }) });
    await expect(section.locator('p').nth(2).textContent()).resolves.toBe(
      'The estimate at ‘Every uncertain pair one child’ lies outside the published estimate’s 95% interval: the linkage’s doubt can move the estimate further than the interval says. Reviewing the queue (Linkage review) narrows that doubt.',
    );
    expect(problems).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('reads in Dutch, and says so when the run did not store the extremes', async () => {
    let { page } = await openEstimate('?lang=nl');
    const heading = page.locator('h2', { hasText: 'Gevoeligheid voor de koppeling' });
    await expect(heading.count()).resolves.toBe(1);
    await expect(
      page.locator('section', { has: heading }).locator('table tbody tr th').allTextContents(),
    ).resolves.toEqual([
      'Zoals gekozen (gepubliceerd)',
      'Alle twijfelgevallen verschillende kinderen',
      'Alle twijfelgevallen hetzelfde kind',
    ]);
    await page.close();
    const { linkageSensitivity: _, ...old } = estimate;
    stored = old as HiddenVictimsEstimate;
    ({ page } = await openEstimate('?lang=nl'));
    await expect(
      page
        .locator('section', { has: page.locator('h2', { hasText: 'Gevoeligheid voor de koppeling' }) })
        .locator('p')
        .textContent(),
    ).resolves.toMatch(/^Deze run bewaarde de schatting bij de uitersten van de koppeling niet/);
    await page.close();
  });
});

describe('the estimate under every model family, on the analyst’s page', () => {
  it('shows a chart that is one described image, the published family filled, and a table in words (English)', async () => {
    const { page, problems } = await openEstimate('?lang=en');
    // the run is named by when it started, as a date and time in Amsterdam, not as its ISO id
    const run = (await page.locator('p.edition').textContent()) ?? '';
    expect(run).toMatch(/^Pipeline run of 30 June 2026,? at 13:58, estimate finished at 30 June 2026,? at 14:00\.$/);
    const figure = sensitivityFigure(page);
    const chart = figure.locator('svg[role="img"]');
    await chart.waitFor();
    await expect(chart.getAttribute('aria-label')).resolves.toBe(
      'Estimated total number of children per model family with interval, and the number of children registered, 2018–2025',
    );
    const summaryId = (await chart.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${summaryId}"]`).textContent()).resolves.toBe(
      'The estimate runs from 6,214 (Independent lists) to 12,346 (Heterogeneity); 4,250 children are registered. The published estimate comes from Heterogeneity. Not estimable: Latent classes. The table below gives every number.',
    );
    // one filled dot (the published family), two open ones; the registered number is one dashed line
    await expect(chart.locator('g[fill="#1a1a1a"] circle').count()).resolves.toBe(1);
    await expect(chart.locator('g[fill="white"] circle').count()).resolves.toBe(2);
    await expect(chart.locator('g[stroke-dasharray] line').count()).resolves.toBe(1);
    // every family named in words on the chart, none by its id
    const chartText = (await chart.textContent()) ?? '';
    for (const name of [
      'Independent lists',
      'Dependent pairs of lists',
      'Heterogeneity (published)',
      'Latent classes',
      'not estimable',
    ])
      expect(chartText).toContain(name);
    expect(chartText).not.toMatch(/latent-class|pairwise|independence/);
    // and drawn in ink, not only present in the markup
    const inks = await chart
      .locator('text')
      .evaluateAll((texts) => [...new Set(texts.map((t) => getComputedStyle(t).fill))]);
    expect(inks).not.toContain('none');

    const rows = await figure
      .locator('table tbody tr')
      .evaluateAll((all) => all.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
    expect(rows.map((r) => r[0])).toEqual([
      'Independent lists',
      'Dependent pairs of lists',
      'Heterogeneity (published)',
      'Latent classes',
    ]);
    expect(rows[1]?.slice(1, 5)).toEqual([
      '8,766',
      '7,432',
      '10,987',
      'bootstrap re-selecting the model (with model choice)',
    ]);
    expect(rows[3]?.[7]).toBe('Not estimable: the chains did not converge');
    // models name the lists as a reader knows them, never by their code
    expect(rows[1]?.[6]).toBe(
      'police and justice + Centre for Sexual Violence + Veilig Thuis + Victim Support Netherlands + police and justice × Veilig Thuis',
    );
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/veilig_thuis|victim_support|justice:/);
    // the table scrolls sideways by keyboard, and its numbers download as CSV
    await figure.locator('.table-scroll').focus();
    await expect(figure.locator('.table-scroll').evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await expect(figure.locator('a[download]').getAttribute('download')).resolves.toBe(
      'zicht-estimate-per-model-family-2018-2025.csv',
    );
    // the per-year figure stays the only figure.chart-figure (roles.test.ts finds its chart and table by it)
    await expect(page.locator('figure.chart-figure svg[role="img"]').count()).resolves.toBe(1);
    await expect(page.locator('figure.chart-figure a[download$=".csv"]').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.screenshot({ path: `${screenshots}analyst-sensitivity-en.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('reads in Dutch, and the figure fits a 320 px wide screen (the wide table scrolls inside its own region)', async () => {
    const { page, problems } = await openEstimate('');
    await page.setViewportSize({ width: 320, height: 800 });
    const chart = sensitivityFigure(page).locator('svg[role="img"]');
    await chart.waitFor();
    await page.waitForFunction(
      () => (document.querySelector('figure.sensitivity-figure svg')?.getBoundingClientRect().width ?? 999) <= 320,
    );
    await expect(page.locator('h1').textContent()).resolves.toBe('Schatting van het aantal kinderen');
    await expect(sensitivityFigure(page).locator('table tbody tr th').allTextContents()).resolves.toEqual([
      'Onafhankelijke lijsten',
      'Afhankelijke paren van lijsten',
      'Heterogeniteit (gepubliceerd)',
      'Latente klassen',
    ]);
    // nothing of the figure sticks out on the right, except inside the table's scrolling region
    const sticksOut = await sensitivityFigure(page).evaluate((figure) =>
      [figure, ...figure.querySelectorAll('*')]
        .filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > 320)
        .map((e) => e.tagName),
    );
    expect(sticksOut).toEqual([]);
    expect(problems).toEqual([]);
    await sensitivityFigure(page).screenshot({ path: `${screenshots}analyst-sensitivity-nl-320.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.close();
  });

  it('says the run did not store the families when the stored estimate is older than them', async () => {
    const { sensitivity: _, ...old } = estimate;
    stored = old as HiddenVictimsEstimate;
    const { page, problems } = await openEstimate('?lang=en');
    const section = page.locator('section', { has: page.locator('h2', { hasText: 'Estimate per model family' }) });
    await expect(section.locator('p').textContent()).resolves.toBe(
      'This run did not store the estimate per model family yet; run the pipeline again to see it.',
    );
    await expect(sensitivityFigure(page).count()).resolves.toBe(0);
    // the rest of the page is still there
    await page.locator('figure.chart-figure svg[role="img"]').waitFor();
    expect(problems).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the estimate with age band and sex, on the analyst’s page', () => {
  const byAgeAndSex: SensitivityEstimate = {
    family: 'covariates',
    published: false,
    status: 'ok',
    total: 9_104,
    lower: 8_456,
    upper: 9_871,
    intervalMethod: 'parametric-bootstrap',
    model: 'independence + justice×csg + age band×each list + sex×each list',
    covariates: ['age band', 'sex'],
    strata: [
      { values: ['12-15', 'F'], seen: 2_010.6, total: 4_020.2, lower: 3_700, upper: 4_400.7 },
      { values: ['0-11', 'M'], seen: 640.4, total: 1_601, lower: 1_300.2, upper: 1_999.9 },
    ],
  };

  it('places it among the families and gives the estimate per age band and sex, in words (Dutch and English)', async () => {
    stored = { ...estimate, sensitivity: [...sensitivity, byAgeAndSex] } as HiddenVictimsEstimate;
    const { page, problems } = await openEstimate('?lang=nl');
    await expect(sensitivityFigure(page).locator('table tbody tr th').allTextContents()).resolves.toEqual([
      'Onafhankelijke lijsten',
      'Afhankelijke paren van lijsten',
      'Leeftijd en geslacht',
      'Heterogeniteit (gepubliceerd)',
      'Latente klassen',
    ]);
    // a dot on the chart for it too (open: it is not published)
    await expect(sensitivityFigure(page).locator('svg g[fill="white"] circle').count()).resolves.toBe(3);
    const section = page.locator('section', {
      has: page.locator('h2', { hasText: 'Schatting per leeftijdsgroep en geslacht' }),
    });
    const rows = await section
      .locator('table tbody tr')
      .evaluateAll((all) => all.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
    expect(rows).toEqual([
      ['Meisjes, 12 t/m 15 jaar', '2.011', '4.020', '3.700', '4.401', '50%'],
      ['Jongens, 0 t/m 11 jaar', '640', '1.601', '1.300', '2.000', '60%'],
    ]);
    await expect(section.textContent()).resolves.not.toMatch(/age band|covariates|parametric-bootstrap|12-15/);
    expect(problems).toEqual([]);
    await section.screenshot({ path: `${screenshots}analyst-covariate-strata-nl.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();

    const english = await openEstimate('?lang=en');
    const en = english.page.locator('section', {
      has: english.page.locator('h2', { hasText: 'Estimate per age band and sex' }),
    });
    await expect(en.locator('table tbody tr').first().locator('th, td').allTextContents()).resolves.toEqual([
      'Girls, 12–15 years',
      '2,011',
      '4,020',
      '3,700',
      '4,401',
      '50%',
    ]);
    expect(english.problems).toEqual([]);
    expect(await axeViolations(english.page)).toEqual([]);
    await english.page.close();
  });
});
