import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordColumns } from '../src/contract/index.ts';
import { ingestDelivery } from '../src/deliveries/index.ts';
import { openStore } from '../src/store/index.ts';
import { type BenchResult, exitWith, isEntryPoint, printResults } from './bench-result.ts';

const rows = Number(process.env.ZICHT_BENCH_ROWS ?? 1_000_000);
const settings = ['home_victim', 'home_suspect', 'school', 'online', 'public_space'];
const offences = ['SR242', 'SR246', 'SR247', 'SR240B', 'SR248E'];

/** Writes lines in 64 KB pieces, so generating the delivery does not itself hold a million strings. */
function writeLines(path: string, header: string, line: (i: number) => string, count: number): void {
  const fd = openSync(path, 'w');
  let chunk = `${header}\n`;
  for (let i = 0; i < count; i++) {
    chunk += `${line(i)}\n`;
    if (chunk.length > 1 << 16) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

/** A delivery of `rows` registrations referencing `rows / 2` persons, with a few bad rows. */
function writeDelivery(dir: string): { registrations: string; persons: string } {
  const persons = join(dir, 'person.csv');
  writeLines(
    persons,
    recordColumns.person.join(','),
    (i) => `police,V${i},victim,${i % 5 ? 'F' : 'M'},20${String(5 + (i % 10)).padStart(2, '0')}-0${(i % 9) + 1},,,,`,
    rows / 2,
  );
  const registrations = join(dir, 'registration.csv');
  writeLines(
    registrations,
    recordColumns.registration.join(','),
    (i) => {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      const date = i % 1000 === 7 ? '2023-13-45' : `2023-${month}-${day}`;
      return `police,R${i},${date},2022-${month}-${day},,${offences[i % 5]},${settings[i % 5]},${i % 5 === 3},PV2${i % 10},V${i % (rows / 2)},,acquaintance`;
    },
    rows,
  );
  return { registrations, persons };
}

export async function main(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'zicht-bench-ingest-'));
  try {
    const { registrations, persons } = writeDelivery(dir);
    const effects = { today: '2026-01-01', now: () => new Date() };

    const baselineStore = await openStore(join(dir, 'baseline.duckdb'));
    let started = performance.now();
    await baselineStore.run(`CREATE TABLE plain AS SELECT * FROM read_csv('${registrations}', header = true)`);
    const baseline = (performance.now() - started) / 1000;
    baselineStore.close();

    const store = await openStore(join(dir, 'zicht.duckdb'));
    await ingestDelivery(store, { file: persons, source: 'police', recordType: 'person', period: '2023' }, effects);
    const rssBefore = process.memoryUsage().rss;
    started = performance.now();
    const steps: string[] = [];
    const result = await ingestDelivery(
      store,
      { file: registrations, source: 'police', recordType: 'registration', period: '2023' },
      {
        ...effects,
        onStep: (step, ms) => steps.push(`${step} ${(ms / 1000).toFixed(2)} s`),
      },
    );
    const ingest = (performance.now() - started) / 1000;
    store.close();
    const peakMb = process.resourceUsage().maxRSS / 1024;

    const ratio = ingest / baseline;
    console.log(
      `rows                      ${rows.toLocaleString('en')} registrations (${result.rowsAccepted.toLocaleString('en')} stored, ${result.rowsQuarantined.toLocaleString('en')} quarantined)`,
    );
    console.log(`DuckDB read_csv baseline  ${baseline.toFixed(2)} s`);
    console.log(`zicht ingest + validate   ${ingest.toFixed(2)} s`);
    console.log(`  steps                   ${steps.join(' · ')}`);
    console.log(`ratio                     ${ratio.toFixed(2)}×`);
    console.log(`peak RSS                  ${peakMb.toFixed(0)} MB (before ingest ${(rssBefore / 1e6).toFixed(0)} MB)`);
    const results: BenchResult[] = [
      {
        name: `ingest + validate ${rows.toLocaleString('en')} rows, against DuckDB read_csv`,
        pass: ratio <= 2,
        figure: `${ratio.toFixed(2)}×`,
        target: '≤ 2.0×',
      },
      {
        name: 'peak memory (max RSS of the process)',
        pass: peakMb <= 1536,
        figure: `${peakMb.toFixed(0)} MB`,
        target: '≤ 1.5 GB (1,536 MB)',
      },
    ];
    printResults(results);
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isEntryPoint(import.meta.url)) exitWith(await main());
