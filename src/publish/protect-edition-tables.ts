import { maxNoise, perturbCount } from '../disclosure/index.ts';
import { cellKeyRange, indicatorRegistry } from '../indicators/index.ts';
import { columnKind, roundEstimate } from './column-labels.ts';
import { EditionError } from './edition-error.ts';
import type {
  CellValue,
  DisclosureSummary,
  EditionTable,
  EditionTableRow,
  SuppressionReason,
} from './edition-table.ts';
import { estimatePerYearTableId } from './estimate-per-year-table.ts';

/** A count published below this many persons, registrations or cases is withheld. */
export const disclosureThreshold = 10;

/** The promise the outside attack holds publication to: nobody can place a count closer than ± this to its true value. */
export const protectionLevel = 2;

/** A row of a published table the outside attack could narrow a count of too far. */
export type Breach = { readonly tableId: string; readonly row: number; readonly detail: string };

/**
 * An attacker that reads only what would be published (see src/attack) and says which rows it
 * could narrow a count of below the promise.
 */
export type OutsideAttack = (
  tables: readonly EditionTable[],
) => Promise<{ readonly audited: number; readonly breaches: readonly Breach[] }>;

export type ProtectEditionOptions = {
  /** The attack that must find nothing before anything is published; without one (or null), nothing is audited. */
  readonly attack?: OutsideAttack | null;
  /** Rounds of withholding what the attack narrows down before publication stops. Default 5. */
  readonly rounds?: number;
};

/** Columns that repeat a setting or describe the table rather than count anyone. */
const notData = new Set(['step_order', 'norm_days', 'target_share']);

/**
 * Disclosure control of an edition by the cell-key method (docs/decisions/0008): every count is
 * published with the noise its cell key gives, counts that come out below the threshold withhold
 * their row, and every share, mean and median is computed from what is published (shares from the
 * perturbed counts, summaries rounded and withheld with their count), so no published number
 * carries a true count. Nothing here knows how tables relate: the same units get the same noise
 * wherever they are counted. Then the outside attack, which knows only the published tables, must
 * not narrow any count below ±`protectionLevel`; rows it can are withheld and the attack runs again,
 * and publication stops if that does not settle.
 */
export async function protectEditionTables(
  tables: readonly EditionTable[],
  options: ProtectEditionOptions = {},
): Promise<{ tables: EditionTable[]; disclosure: DisclosureSummary; auditSeconds: number }> {
  const tally = { cells: 0, changed: 0, absoluteChange: 0, published: 0 };
  let result = tables.map((table) => perturbTable(table, tally));
  let audited = 0;
  let auditSeconds = 0;
  if (options.attack) {
    const rounds = options.rounds ?? 5;
    for (let round = 0; ; round++) {
      const started = performance.now();
      const outcome = await options.attack(result);
      auditSeconds += (performance.now() - started) / 1000;
      audited = outcome.audited;
      if (outcome.breaches.length === 0) break;
      if (round === rounds) {
        const first = outcome.breaches[0] as Breach;
        throw new EditionError(
          `disclosure: the outside attack still narrows ${outcome.breaches.length} count(s) after ${rounds} rounds of withholding, e.g. ${first.tableId} row ${first.row + 1}: ${first.detail}. Nothing is published.`,
        );
      }
      result = withhold(result, outcome.breaches, tables);
    }
  }
  const suppressed: Record<SuppressionReason, number> = { threshold: 0, dominance: 0, secondary: 0 };
  for (const table of result) for (const row of table.rows) if (row.status !== 'published') suppressed[row.status] += 1;
  return {
    tables: result,
    disclosure: {
      threshold: disclosureThreshold,
      maxNoise,
      protection: protectionLevel,
      tables: result.length,
      cells: tally.cells,
      published: tally.published,
      changed: tally.changed,
      meanAbsoluteChange: tally.published === 0 ? 0 : tally.absoluteChange / tally.published,
      suppressed,
      rows: result.reduce((n, t) => n + t.rows.length, 0),
      audited,
      safe: audited,
    },
    auditSeconds,
  };
}

/** The columns a table must declare, so a new indicator cannot publish a number protection does not know. */
function declarations(table: EditionTable) {
  const definition = indicatorRegistry.get(table.id);
  const ratios = definition?.ratios ?? {};
  const summaries = definition?.summaries ?? {};
  const keyed = new Set(table.rows.flatMap((r) => Object.keys(r.cellKeys ?? {})));
  for (const column of table.measures) {
    if (notData.has(column) || column === 'meets_target') continue;
    const kind = columnKind(column);
    const declared =
      kind === 'count'
        ? keyed.has(column) || table.rows.length === 0
        : kind === 'share'
          ? column in ratios
          : kind === 'days' || kind === 'years'
            ? column in summaries
            : // labels (a period's years, a date, a code), and estimates, which are model output rounded to tens
              kind === 'year' ||
              kind === 'date' ||
              kind === 'code' ||
              kind === 'model' ||
              kind === 'estimate' ||
              kind === 'ratio';
    if (!declared)
      throw new Error(
        `${table.id}: the column ${column} (${kind ?? 'no kind'}) is not known to disclosure control: give a count a cell key in its SQL, declare a share in \`ratios\` and a mean or median in \`summaries\` of the indicator's definition`,
      );
  }
  return { ratios, summaries, counts: [...keyed] };
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function perturbTable(
  table: EditionTable,
  tally: { cells: number; changed: number; absoluteChange: number; published: number },
): EditionTable {
  const { ratios, summaries, counts } = declarations(table);
  const rows = table.rows.map((row): { values: Record<string, CellValue>; status: EditionTableRow['status'] } => {
    const values: Record<string, CellValue> = { ...row.values };
    let small = false;
    for (const column of counts) {
      const value = row.values[column];
      const key = row.cellKeys?.[column];
      if (value === null || value === undefined) continue;
      if (key === undefined) throw new Error(`${table.id}: ${column} has no cell key in one of its rows`);
      const published = perturbCount(Number(value), key / cellKeyRange);
      values[column] = published;
      if (published > 0 && published < disclosureThreshold) small = true;
    }
    return { values, status: small ? 'threshold' : row.status };
  });
  for (const [i, row] of rows.entries())
    for (const column of counts) {
      if (column.startsWith('n_') || row.values[column] === null || row.values[column] === undefined) continue;
      tally.cells += 1;
      if (row.status !== 'published') continue;
      const change = Math.abs(Number(row.values[column]) - Number(table.rows[i]?.values[column]));
      tally.published += 1;
      tally.absoluteChange += change;
      if (change > 0) tally.changed += 1;
    }
  const previous = previousRows(table, ratios);
  return {
    ...table,
    rows: rows.map(({ values, status }, i) => {
      if (status !== 'published') return { values: publishedColumns(table, values, () => null), status };
      const derived: Record<string, CellValue> = { ...values };
      for (const [column, ratio] of Object.entries(ratios)) {
        if (!(column in values)) continue;
        const before = ratio.previousRow ? previous.get(column)?.[i] : i;
        const denominatorRow = before === undefined ? undefined : rows[before];
        const numerator = values[ratio.numerator];
        const denominator = denominatorRow?.status === 'published' ? denominatorRow.values[ratio.denominator] : null;
        derived[column] =
          values[column] === null || numerator == null || denominator == null || Number(denominator) === 0
            ? null
            : round(Number(numerator) / Number(denominator), 3);
      }
      for (const column of Object.keys(summaries))
        if (typeof values[column] === 'number')
          derived[column] = round(values[column] as number, columnKind(column) === 'years' ? 1 : 0);
      if ('meets_target' in values) {
        const share = derived.share_within_norm;
        derived.meets_target = typeof share === 'number' ? share >= Number(values.target_share) : null;
      }
      // estimates are model output, published to tens: total − hidden would otherwise give the registered number back
      for (const column of table.measures)
        if (columnKind(column) === 'estimate' && typeof values[column] === 'number')
          derived[column] = roundEstimate(values[column] as number);
      if (table.id === estimatePerYearTableId || table.id === 'estimated-total-victims') {
        const observed = Number(derived.observed);
        if ('ratio' in derived && typeof derived.total === 'number' && observed > 0)
          derived.ratio = round(derived.total / observed, 2);
      }
      return { values: publishedColumns(table, derived, (v) => v), status };
    }),
  };
}

/** The row before each row in its ratio's partition (ordered), for ratios to the previous row. */
function previousRows(
  table: EditionTable,
  ratios: Readonly<
    Record<string, { readonly previousRow?: { readonly partition: readonly string[]; readonly order: string } }>
  >,
): Map<string, (number | undefined)[]> {
  const result = new Map<string, (number | undefined)[]>();
  for (const [column, ratio] of Object.entries(ratios)) {
    if (!ratio.previousRow) continue;
    const { partition, order } = ratio.previousRow;
    const groupOf = (i: number) => JSON.stringify(partition.map((p) => table.rows[i]?.values[p]));
    const sorted = table.rows
      .map((_, i) => i)
      .sort((a, b) => {
        const [x, y] = [groupOf(a), groupOf(b)];
        return x < y ? -1 : x > y ? 1 : Number(table.rows[a]?.values[order]) - Number(table.rows[b]?.values[order]);
      });
    const before: (number | undefined)[] = table.rows.map(() => undefined);
    sorted.forEach((row, n) => {
      const prior = sorted[n - 1];
      if (prior !== undefined && groupOf(prior) === groupOf(row)) before[row] = prior;
    });
    result.set(column, before);
  }
  return result;
}

/** The row's dimensions and measures only (counts that fed a ratio are dropped), measures through `value`. */
function publishedColumns(
  table: EditionTable,
  values: Readonly<Record<string, CellValue>>,
  value: (v: CellValue) => CellValue,
): Record<string, CellValue> {
  return Object.fromEntries([
    ...table.dimensions.map((d) => [d, values[d] ?? null]),
    ...table.measures.map((m) => [m, value(values[m] ?? null)]),
  ]);
}

/**
 * Withholds the rows the attack narrowed down, and every ratio that divides by a withheld row's
 * count (the next step of the chain relative to a withheld one). `original` gives the ratios'
 * partitions.
 */
function withhold(
  tables: readonly EditionTable[],
  breaches: readonly Breach[],
  original: readonly EditionTable[],
): EditionTable[] {
  const rowsOf = new Map<string, Set<number>>();
  for (const b of breaches) rowsOf.set(b.tableId, (rowsOf.get(b.tableId) ?? new Set()).add(b.row));
  return tables.map((table, t) => {
    const hide = rowsOf.get(table.id);
    if (!hide) return table;
    const ratios = indicatorRegistry.get(table.id)?.ratios ?? {};
    const previous = previousRows(original[t] ?? table, ratios);
    return {
      ...table,
      rows: table.rows.map((row, i) => {
        if (hide.has(i))
          return row.status === 'published'
            ? { values: publishedColumns(table, row.values, () => null), status: 'secondary' as const }
            : row;
        const cleared = [...previous].filter(([, before]) => {
          const prior = before[i];
          return prior !== undefined && hide.has(prior);
        });
        if (cleared.length === 0) return row;
        return { ...row, values: { ...row.values, ...Object.fromEntries(cleared.map(([c]) => [c, null])) } };
      }),
    };
  });
}
