import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AttackedCell,
  type AttackReport,
  attackDifference,
  attackPublication,
  type DifferenceCell,
  monitorApiTables,
  type PublishedTable,
  readPublishedSite,
} from '../../src/attack/index.ts';
import { ingestDelivery } from '../../src/deliveries/index.ts';
import { maxNoise } from '../../src/disclosure/index.ts';
import { linkPersons } from '../../src/linkage/index.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import {
  buildEditionTables,
  computeEditionTables,
  createEdition,
  type EditionTable,
  type EditionTables,
  disclosureThreshold,
  loadMonitorSummary,
  protectionLevel,
  publishedForAttack,
  publishToSite,
  readEdition,
} from '../../src/publish/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const attackOptions = { maxNoise, protection: protectionLevel, threshold: disclosureThreshold };
const now = () => new Date(Date.UTC(2026, 6, 1));

/** What the outside attacker got out of one chain's publications: every figure docs/disclosure.md reports. */
export type EditionAttackFigures = {
  readonly seed: number;
  readonly scale: number;
  readonly disclosure: EditionTables['disclosure'];
  readonly publishSeconds: number;
  readonly auditSeconds: number;
  /** The attack on the published site and the live API: counts bounded, relations believed. */
  readonly attacked: number;
  readonly relations: number;
  /** Counts narrowed below ±protection (zeros, published as they are, left out): must be none. */
  readonly breached: readonly AttackedCell[];
  /** Counts in both of two editions, and those whose change the attacker pins to a few records (must be none). */
  readonly correction: {
    readonly compared: number;
    readonly changedTruly: number;
    readonly revealed: readonly DifferenceCell[];
    /** The same pair published with exact counts and threshold suppression only: what differencing then reveals. */
    readonly revealedWhenExact: number;
  };
  readonly overlap: { readonly compared: number; readonly revealed: readonly DifferenceCell[] };
  readonly live: { readonly compared: number; readonly revealed: readonly DifferenceCell[] };
};

const breachesOf = (report: AttackReport) => report.cells.filter((c) => c.breached && c.high > 0);

/**
 * Runs the pipeline on a synthetic chain, publishes the 2018–2025 edition as `zicht publish` does,
 * and attacks it from outside (site files and the live API); then publishes two editions for
 * overlapping periods, and the edition again after a correction delivery that removes three court
 * registrations, and attacks each pair by differencing.
 */
export async function attackEditions(seed: number, scale: number, dir: string): Promise<EditionAttackFigures> {
  const store = await openStore(join(dir, 'zicht.duckdb'));
  try {
    await runPipeline(
      store,
      {
        seed,
        yearFrom: 2018,
        yearTo: 2025,
        scale,
        workDir: join(dir, 'work'),
        secret: 'attack-editions-secret',
        today: '2026-06-30',
      },
      { now: () => new Date(Date.UTC(2026, 5, 30)), log: () => {} },
    );
    const site = join(dir, 'site');
    await createEdition(store, { id: '2018-2025', period: { from: 2018, to: 2025 }, title: '2018–2025' }, now);
    let started = performance.now();
    const manifest = await publishToSite(store, '2018-2025', site, now);
    const publishSeconds = (performance.now() - started) / 1000;
    const { disclosure } = await buildEditionTables(store, '2018-2025');
    const liveBefore = monitorApiTables(await loadMonitorSummary(store));
    const published = [...(await readPublishedSite(site)), ...liveBefore];
    const report = await attackPublication(published, attackOptions);
    const before = join(dir, 'site-before-correction');
    cpSync(site, before, { recursive: true });

    const overlap = await overlappingEditions(store, dir);

    // a correction delivery of the courts: the same file without three registrations of the period
    const lines = readFileSync(join(dir, 'work', 'synthetic', 'extracts', 'courts', 'registration.csv'), 'utf8').split(
      '\n',
    );
    const header = lines[0] as string;
    const rows = lines.slice(1).filter((l) => l.trim() !== '');
    const dropped = new Set([
      Math.floor(rows.length / 4),
      Math.floor(rows.length / 2),
      Math.floor((3 * rows.length) / 4),
    ]);
    const corrected = join(dir, 'courts-registration-correction.csv');
    writeFileSync(corrected, [header, ...rows.filter((_, i) => !dropped.has(i))].join('\n'));
    await ingestDelivery(
      store,
      { file: corrected, source: 'courts', recordType: 'registration', period: '2018-2025' },
      { today: '2026-06-30', now: () => new Date(Date.UTC(2026, 6, 2)) },
    );
    await linkPersons(store);
    await createEdition(
      store,
      { id: '2018-2025-r1', period: { from: 2018, to: 2025 }, title: '2018–2025 (herzien)' },
      now,
    );
    started = performance.now();
    await publishToSite(store, '2018-2025-r1', site, now); // refuses itself when differencing reveals a count
    const correction = await attackDifference(
      await readPublishedSite(before),
      await readPublishedSite(site),
      attackOptions,
    );
    const { before: truthBefore, after: truthAfter } = await trueCourtCounts(store);
    // the same two editions published the old way: exact counts, small ones withheld
    const exact = async (id: string) =>
      publishedForAttack(thresholdOnly(await computeEditionTables(store, await readEdition(store, id))));
    const exactCorrection = await attackDifference(await exact('2018-2025'), await exact('2018-2025-r1'), {
      ...attackOptions,
      maxNoise: 0,
    });
    const live = await attackDifference(liveBefore, monitorApiTables(await loadMonitorSummary(store)), attackOptions);
    return {
      seed,
      scale,
      disclosure,
      publishSeconds,
      auditSeconds: manifest.audit?.seconds ?? Number.NaN,
      attacked: report.cells.length,
      relations: report.relations.length,
      breached: breachesOf(report),
      correction: {
        compared: correction.compared,
        changedTruly: truthBefore - truthAfter,
        revealed: correction.revealed,
        revealedWhenExact: exactCorrection.revealed.length,
      },
      overlap,
      live: { compared: live.compared, revealed: live.revealed },
    };
  } finally {
    store.close();
  }
}

/** Editions 2018–2022 and 2020–2024, published each to a site of its own, attacked together. */
async function overlappingEditions(store: Store, dir: string) {
  const sites: PublishedTable[][] = [];
  for (const [from, to] of [
    [2018, 2022],
    [2020, 2024],
  ] as const) {
    const id = `${from}-${to}`;
    await createEdition(store, { id, period: { from, to }, title: `${from}–${to}` }, now);
    await publishToSite(store, id, join(dir, `site-${id}`), now);
    sites.push(await readPublishedSite(join(dir, `site-${id}`)));
  }
  const report = await attackDifference(sites[0] ?? [], sites[1] ?? [], attackOptions);
  return { compared: report.compared, revealed: report.revealed };
}

/** Court registrations of the period in the two editions: the correction removed this many. */
async function trueCourtCounts(store: Store): Promise<{ before: number; after: number }> {
  const count = async (edition: string) => {
    const [row] = await store.all<{ n: number }>(
      `SELECT CAST(count(*) AS INTEGER) AS n FROM registration r
       JOIN edition_delivery e ON e.delivery_id = r.delivery_id AND e.edition_id = ?
       WHERE r.source = 'courts'`,
      [edition],
    );
    return row?.n ?? 0;
  };
  return { before: await count('2018-2025'), after: await count('2018-2025-r1') };
}

/**
 * An edition's tables published the old way, for contrast: exact counts, and a row with a count of
 * 1–9 withheld, nothing else.
 */
export function thresholdOnly(tables: readonly EditionTable[]): EditionTable[] {
  return tables.map((table) => ({
    ...table,
    rows: table.rows.map(({ values, cellKeys }) => {
      const small = Object.keys(cellKeys ?? {}).some(
        (c) => Number(values[c]) > 0 && Number(values[c]) < disclosureThreshold,
      );
      const shown = Object.fromEntries(
        [...table.dimensions, ...table.measures].map((c) => [
          c,
          small && table.measures.includes(c) ? null : (values[c] ?? null),
        ]),
      );
      return { values: shown, status: small ? ('threshold' as const) : ('published' as const) };
    }),
  }));
}
