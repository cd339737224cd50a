import { beforeAll, describe, expect, it } from 'vitest';
import { offenceCategoryOf, type OffenceCode, offenceDefinitions, regimeOnDate } from '../contract/index.ts';
import { type CalibrationFigures, measureCalibration } from '../../test/support/measure-calibration.ts';
import { simulateChain } from './simulate-chain.ts';
import type { SyntheticChain } from './synthetic-chain.ts';

// Targets from the seeds (Kamerstuk 31 015, nr. 275 and the 2026 nota) as summarised in docs/domain.md;
// tolerances are a few standard errors at scale 0.5, 2018–2025 (≈ 20,000 police registrations).
let chain: SyntheticChain;
let figures: CalibrationFigures;
beforeAll(() => {
  chain = simulateChain({ seed: 2018, yearFrom: 2018, yearTo: 2025, scale: 0.5 });
  figures = measureCalibration(chain);
});

describe('calibration against the seeds', () => {
  it('victims are mostly girls: ≈ 80 % F ± 3 points (distinct police-registered victims)', () => {
    expect(Math.abs(figures.victimShareFemale - 0.8)).toBeLessThan(0.03);
  });

  it('victims are on average 12 (± 0.5) and most often 15 at the incident', () => {
    expect(Math.abs(figures.victimMeanAge - 12)).toBeLessThan(0.5);
    expect(figures.victimModalAge).toBe(15);
  });

  it('58 % (± 3 points) of police registrations concern violence in a home', () => {
    expect(Math.abs(figures.policeHomeShare - 0.58)).toBeLessThan(0.03);
  });

  it('38 % (± 3 points) of distinct police-registered suspects are younger than 21', () => {
    expect(Math.abs(figures.policeSuspectsUnder21 - 0.38)).toBeLessThan(0.03);
  });

  it('23 % (± 3 points) of distinct suspects known to the OM are minors', () => {
    expect(Math.abs(figures.omSuspectsMinor - 0.23)).toBeLessThan(0.03);
  });

  it('police reports rise year on year', () => {
    const counts = figures.policeReportsPerYear.map((y) => y.count);
    expect(counts).toHaveLength(8);
    for (let k = 1; k < counts.length; k++) expect(counts[k]).toBeGreaterThan(counts[k - 1] as number);
  });

  it('the online share of police registrations rises year on year, and online is mostly sexual approach or CSAM', () => {
    const shares = figures.onlineSharePerYear.map((y) => y.share);
    for (let k = 1; k < shares.length; k++) expect(shares[k]).toBeGreaterThan(shares[k - 1] as number);
    expect(figures.onlineApproachOrCsamShare).toBeGreaterThan(0.8);
  });

  it('about 20,000 true incidents at scale 1 in 2018 (± 2 %), growing ≈ 5 % a year; most victims never registered', () => {
    const perYear = chain.truth.incidentsPerYear;
    expect(Math.abs((perYear[0]?.total ?? 0) / 10_000 - 1)).toBeLessThan(0.02);
    expect(Math.abs((perYear[7]?.total ?? 0) / (perYear[0]?.total ?? 1) - 1.05 ** 7)).toBeLessThan(0.04);
    const registered = chain.truth.victims.filter((v) => v.registered).length;
    expect(registered / chain.truth.victims.length).toBeLessThan(0.5);
    expect(chain.truth.victims.some((v) => v.incident_years.length > 1)).toBe(true);
  });

  it('codes follow the law in force on the incident date, with a realistic mix of offences', () => {
    const faulty = new Set(chain.truth.faults.map((f) => `${f.source}|${f.recordType}|${f.rowIndex}`));
    const categoryCount = new Map<string, number>();
    let checked = 0;
    for (const [source, extract] of Object.entries(chain.extracts)) {
      extract.registration.forEach((r, k) => {
        if (faulty.has(`${source}|registration|${k}`) || typeof r.incident_date_from !== 'string') return;
        const code = r.offence_code as OffenceCode;
        expect(offenceDefinitions[code].regime).toBe(regimeOnDate(r.incident_date_from));
        checked++;
        if (source === 'police')
          categoryCount.set(offenceCategoryOf(code), (categoryCount.get(offenceCategoryOf(code)) ?? 0) + 1);
      });
    }
    expect(checked).toBeGreaterThan(50_000);
    const total = chain.extracts.police.registration.length;
    for (const category of ['rape', 'sexual_assault', 'sexual_approach', 'csam']) {
      expect((categoryCount.get(category) ?? 0) / total).toBeGreaterThan(0.05);
    }
    const codes = new Set(chain.extracts.police.registration.map((r) => String(r.offence_code)));
    expect([...codes].some((c) => c.startsWith('SR'))).toBe(true);
    expect([...codes].some((c) => c.startsWith('WSM-'))).toBe(true);
  });
});
