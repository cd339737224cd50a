// Times every indicator of the catalogue over about 1,000,000 registrations (all sources, 2018–2025):
// `node bin/run-ts.js bench/indicators.bench.ts` (or `npm run bench -- indicators`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordColumns, sources } from '../src/contract/index.ts';
import {
  computeIndicators,
  indicatorRegistry,
  prepareIndicatorTables,
  queryIndicator,
} from '../src/indicators/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { type SyntheticChain, simulateChain } from '../src/synthetic/index.ts';
import { type BenchResult, exitWith, isEntryPoint, printResults } from './bench-result.ts';

const target = Number(process.env.ZICHT_BENCH_ROWS ?? 1_000_000);
const limitSeconds = 10;
const years = { yearFrom: 2018, yearTo: 2025 };
const noFaults = { nameTypo: 0, dobSwap: 0, dobMissing: 0, dobYearOff: 0, duplicateRow: 0, malformedRow: 0 };
const seconds = (start: number) => (performance.now() - start) / 1000;
const registrationsOf = (chain: SyntheticChain) =>
  sources.codes.reduce((n, s) => n + chain.extracts[s].registration.length, 0);
type Cell = string | number | boolean | null;
const cell = (v: unknown): Cell => (v === undefined ? null : (v as Cell));

/** Writes the chain straight into the tables (no files, no validation) with truth as linkage. */
export function loadChain(store: Store, chain: SyntheticChain): Promise<void> {
  // the TEMP staging tables live on one connection (outside a session each statement has its own)
  return store.session(() => loadChainOnOneConnection(store, chain));
}

async function loadChainOnOneConnection(store: Store, chain: SyntheticChain): Promise<void> {
  const columns = { ...recordColumns, person: recordColumns.person.filter((c) => !c.startsWith('link_')) };
  for (const type of ['registration', 'person', 'case_event'] as const) {
    await store.run(
      `CREATE TEMP TABLE stage_${type} (delivery_id VARCHAR, ${columns[type].map((c) => `${c} VARCHAR`).join(', ')})`,
    );
    for (const source of sources.codes) {
      const id = `bench-${source}-${type}`;
      const rows = chain.extracts[source][type];
      await store.run(
        `INSERT INTO delivery VALUES (?, ?, ?, '2018-2025', 'bench', 'bench', ?, '1.0.0', now(), ?, ?, 0, 'active', NULL, now())`,
        [id, source, type, id, rows.length, rows.length],
      );
      await store.append(
        `stage_${type}`,
        rows.map((r) => [id, ...columns[type].map((c) => (r[c] === null || r[c] === undefined ? null : String(r[c])))]),
      );
    }
    const target = type === 'person' ? `person (delivery_id, ${columns.person.join(', ')})` : type;
    await store.run(`INSERT INTO ${target} SELECT * FROM stage_${type}`);
  }
  await store.append(
    'person_link',
    chain.truth.personLinks.map((l) => [cell(l.source), cell(l.person_id), cell(l.true_person_id), 'truth']),
  );
}

export async function main(): Promise<BenchResult[]> {
  const probeScale = 0.5;
  const probe = registrationsOf(simulateChain({ seed: 1, ...years, scale: probeScale, faults: noFaults }));
  const scale = Math.round(((probeScale * target) / probe) * 100) / 100;

  const dir = mkdtempSync(join(tmpdir(), 'zicht-bench-indicators-'));
  const store = await openStore(join(dir, 'zicht.duckdb'));
  try {
    let start = performance.now();
    // The chain lives only inside this block, so its memory is free again before the timing starts.
    const { registrations, events, links } = await (async () => {
      const chain = simulateChain({ seed: 1, ...years, scale, faults: noFaults });
      await loadChain(store, chain);
      return {
        registrations: registrationsOf(chain),
        events: sources.codes.reduce((n, s) => n + chain.extracts[s].case_event.length, 0),
        links: chain.truth.personLinks.length,
      };
    })();
    await store.run('CHECKPOINT');
    const loadSeconds = seconds(start);
    const period = { from: years.yearFrom, to: years.yearTo };

    // Baseline: one plain scan with the join every linked indicator needs (distinct children per source and year).
    start = performance.now();
    await store.all(`SELECT r.source, year(r.registration_date) AS year, count(*), count(DISTINCT l.cluster_id)
      FROM registration_current r JOIN person_link l ON l.source = r.source AND l.person_id = r.victim_person_id GROUP BY ALL`);
    const baselineSeconds = seconds(start);

    start = performance.now();
    const values = await computeIndicators(store, period);
    const totalSeconds = seconds(start);

    // Where the time goes (a second run, not counted): each shared table, then each indicator's own query.
    start = performance.now();
    const steps: { name: string; seconds: number }[] = [];
    let stepStart = start;
    // the shared tables live on one connection, held for the timed queries
    const { prepareSeconds, timings } = await store.session(async () => {
      const drop = await prepareIndicatorTables(store, (name) => {
        steps.push({ name, seconds: seconds(stepStart) });
        stepStart = performance.now();
      });
      const prepareSeconds = seconds(start);
      const timings: { id: string; seconds: number; rows: number }[] = [];
      for (const [id, definition] of indicatorRegistry) {
        const one = performance.now();
        const rows = await queryIndicator(store, definition, period);
        timings.push({ id, seconds: seconds(one), rows: rows.length });
      }
      await drop();
      return { prepareSeconds, timings };
    });

    console.log(`scale                    ${scale} (probe: ${probe} registrations at scale ${probeScale})`);
    console.log(
      `registrations            ${registrations.toLocaleString('en')} (case events ${events.toLocaleString('en')}, person links ${links.toLocaleString('en')})`,
    );
    console.log(`simulate + load          ${loadSeconds.toFixed(2)} s (not timed against the target)`);
    console.log(
      `baseline                 ${baselineSeconds.toFixed(2)} s (one scan: distinct linked children per source and year)`,
    );
    console.log(`  shared tables                        ${prepareSeconds.toFixed(2)} s`);
    for (const s of [...steps].sort((a, b) => b.seconds - a.seconds).slice(0, 5))
      console.log(`    ${s.name.padEnd(34)} ${s.seconds.toFixed(2)} s`);
    console.log(`  indicators' own queries              ${timings.reduce((n, t) => n + t.seconds, 0).toFixed(2)} s`);
    for (const t of [...timings].sort((a, b) => b.seconds - a.seconds).slice(0, 5)) {
      console.log(`  slowest ${t.id.padEnd(34)} ${t.seconds.toFixed(2)} s (${t.rows} rows)`);
    }
    console.log(
      `computeIndicators        ${totalSeconds.toFixed(2)} s for all ${Object.keys(values).length} indicators (${(totalSeconds / baselineSeconds).toFixed(1)}× baseline)`,
    );
    const results: BenchResult[] = [
      {
        name: `all ${Object.keys(values).length} indicators for ${registrations.toLocaleString('en')} registrations (computeIndicators)`,
        pass: totalSeconds <= limitSeconds,
        figure: `${totalSeconds.toFixed(2)} s`,
        target: `≤ ${limitSeconds} s for ${target.toLocaleString('en')}`,
      },
    ];
    printResults(results);
    return results;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isEntryPoint(import.meta.url)) exitWith(await main());
