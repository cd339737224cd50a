import { type CaptureTable, selectLogLinearModel } from '../estimation/index.ts';
import type { Store } from '../store/index.ts';

/**
 * The lists used for multiple systems estimation. OM and courts only register what came through
 * the police, so they are nested in it; counted apart they would create structural zeros. Together
 * they form one list, "justice".
 */
export const estimationLists = [
  { name: 'justice', sources: ['police', 'om', 'courts'] },
  { name: 'csg', sources: ['csg'] },
  { name: 'veilig_thuis', sources: ['veilig_thuis'] },
  { name: 'victim_support', sources: ['victim_support'] },
] as const;

export type HiddenVictimsEstimate = {
  readonly period: { readonly from: number; readonly to: number };
  readonly lists: readonly string[];
  readonly table: CaptureTable;
  readonly observed: number;
  readonly hidden: number;
  readonly total: number;
  readonly lower: number;
  readonly upper: number;
  readonly intervalMethod: string;
  readonly model: string;
  readonly criterion: string;
  readonly candidates: readonly { readonly interactions: readonly string[]; readonly status: string; readonly score: number | null; readonly nHat: number | null }[];
};

/** Counts linked victims by capture history over the lists, then fits and selects a log-linear model. */
export async function estimateHiddenVictims(store: Store, period: { from: number; to: number }): Promise<HiddenVictimsEstimate | null> {
  const flags = estimationLists
    .map((l) => `max(CASE WHEN r.source IN (${l.sources.map((s) => `'${s}'`).join(', ')}) THEN 1 ELSE 0 END)`)
    .join(` || '' || `);
  const rows = await store.all<{ history: string; count: number }>(
    `WITH per_child AS (
       SELECT l.cluster_id, ${flags} AS history
       FROM registration_current r
       JOIN person_link l ON l.source = r.source AND l.person_id = r.victim_person_id
       WHERE year(r.registration_date) BETWEEN ? AND ?
       GROUP BY l.cluster_id)
     SELECT history, CAST(count(*) AS INTEGER) AS count FROM per_child WHERE history LIKE '%1%' GROUP BY history ORDER BY history`,
    [period.from, period.to],
  );
  const table: CaptureTable = { sources: estimationLists.map((l) => l.name), cells: rows };
  const observed = rows.reduce((sum, r) => sum + r.count, 0);
  if (observed === 0) return null;
  const selection = selectLogLinearModel(table, { criterion: 'bic' });
  const chosen = selection.chosen;
  if (!chosen) return null;
  return {
    period,
    lists: table.sources,
    table,
    observed,
    hidden: chosen.unobserved.estimate,
    total: chosen.nHat,
    lower: chosen.interval.lower,
    upper: chosen.interval.upper,
    intervalMethod: chosen.interval.method,
    model: ['independence', ...chosen.interactions.map((i) => i.replace(':', '×'))].join(' + '),
    criterion: selection.criterion,
    candidates: selection.candidates.slice(0, 10).map((c) => ({ interactions: c.interactions, status: c.status, score: c.score, nHat: c.nHat })),
  };
}
