import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { maxNoise } from '../../src/disclosure/index.ts';
import { type PipelineResult, runPipeline } from '../../src/pipeline/index.ts';
import type { MonitorSummary } from '../../src/publish/index.ts';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { launchChromium } from './launch-chromium.ts';

// The whole path a user takes with `npm start`: a real pipeline run, the real server, the built page.
const webRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));
const screenshots = fileURLToPath(new URL('../../test-results/', import.meta.url));
let dir: string;
let store: Store;
let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let result: PipelineResult;
let setupError: unknown;

beforeAll(async () => {
  try {
    dir = mkdtempSync(join(tmpdir(), 'zicht-page-'));
    store = await openStore(join(dir, 'zicht.duckdb'));
    // a fixed cell-key secret: a fresh store's random one could let the outside attack withhold the year shown
    await store.run("UPDATE disclosure_secret SET secret = 'page-test-cell-key-secret-0001'");
    result = await runPipeline(
      store,
      {
        seed: 3,
        yearFrom: 2018,
        yearTo: 2025,
        scale: 0.03,
        workDir: join(dir, 'work'),
        secret: 'browser-test-secret-long',
        today: '2026-06-30',
      },
      { now: () => new Date(), log: () => {} },
    );
    server = await startServer({ store, webRoot, port: 0 });
    browser = await launchChromium();
    await mkdir(screenshots, { recursive: true });
  } catch (error) {
    setupError = error;
  }
});
beforeEach(() => {
  if (setupError) throw setupError;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the page served after a real pipeline run', () => {
  it('shows the registered victims per year and the estimate the pipeline computed', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.locator('svg g.series-source').first().waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    const nl = new Intl.NumberFormat('nl-NL');
    const body = await page.locator('main').textContent();
    const lastYear = result.indicators['victims-per-year']?.at(-1) as { year: number; registered: number };
    expect(body).toContain(String(lastYear.year));
    // the page shows the count disclosure control published: the true one within the cell-key noise
    const summary = (await (await fetch(new URL('/api/monitor', server.url))).json()) as MonitorSummary;
    const shown = summary.victimsPerYear.find((d) => d.year === lastYear.year)?.registered ?? Number.NaN;
    expect(Math.abs(shown - lastYear.registered)).toBeLessThanOrEqual(maxNoise);
    expect(body).toContain(nl.format(shown));
    const estimate = result.estimate;
    expect(estimate).not.toBeNull();
    // estimates are shown rounded to tens
    expect(body).toContain(nl.format(Math.round((estimate?.total ?? 0) / 10) * 10));
    await page.screenshot({ path: join(screenshots, 'real-pipeline-page.png'), fullPage: true });
    await page.close();
  });
});
