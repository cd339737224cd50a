import { combinedFamilies, sources } from '../contract/index.ts';
import type { MonitorSummary } from '../contract/monitor-summary.ts';
import type { Store } from '../store/index.ts';
import { indicatorTables } from './build-edition-tables.ts';
import type { EditionTable } from './edition-table.ts';
import { roundEstimate } from './column-labels.ts';
import { estimatePerYearTable } from './estimate-per-year-table.ts';
import { outsideAttack } from './outside-attack.ts';
import { disclosureThreshold, type ProtectEditionOptions, protectEditionTables } from './protect-edition-tables.ts';

type StageRow = { stage: string; duration_ms: number; summary: string; output: string; finished_at: string };

/** The run whose figures the monitor's first page shows: the latest that computed indicators. */
export async function latestIndicatorRun(store: Store): Promise<string | null> {
  const [latest] = await store.all<{ run_id: string }>(
    "SELECT run_id FROM pipeline_output WHERE stage = 'indicators' ORDER BY finished_at DESC LIMIT 1",
  );
  return latest?.run_id ?? null;
}

/**
 * Builds the monitor's first page from the latest complete pipeline run; null before any run. Its
 * counts go through the same disclosure control, over all indicators of the run, as an edition's:
 * a public page shows no count an edition would withhold.
 */
export async function loadMonitorSummary(
  store: Store,
  options: ProtectEditionOptions = {},
): Promise<MonitorSummary | null> {
  const latest = await latestIndicatorRun(store);
  if (!latest) return null;
  const stages = await store.all<StageRow>(
    'SELECT stage, duration_ms, summary, CAST(output AS VARCHAR) AS output, CAST(finished_at AS VARCHAR) AS finished_at FROM pipeline_output WHERE run_id = ? ORDER BY finished_at',
    [latest],
  );
  const outputOf = (stage: string): unknown => {
    const row = stages.find((s) => s.stage === stage);
    return row ? JSON.parse(row.output) : null;
  };
  const indicators = outputOf('indicators') as Record<string, Record<string, number | string>[]>;
  const perYear = estimatePerYearTable(outputOf('estimate'));
  const computed = indicatorTables(indicators);
  // the same gate as an edition's: the live page shows no count an edition would withhold
  const { tables } = await protectEditionTables(perYear ? [...computed, perYear] : computed, {
    ...options,
    attack: options.attack === undefined ? outsideAttack : options.attack,
  });
  const rowsOf = (id: string): EditionTable['rows'] => tables.find((t) => t.id === id)?.rows ?? [];
  const count = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  const withheld = (status: EditionTable['rows'][number]['status']) =>
    status === 'published' ? {} : { withheld: status };
  const estimate = outputOf('estimate') as null | {
    period: { from: number; to: number };
    lists: string[];
    observed: number;
    hidden: number;
    total: number;
    lower: number;
    upper: number;
    model: string;
    method?: string;
    sensitivity?: { family: string; published?: boolean; status?: string }[];
  };
  const years = (indicators['victims-per-year'] ?? []).map((r) => Number(r.year));
  const last = stages[stages.length - 1];
  return {
    edition: {
      yearFrom: estimate?.period.from ?? Math.min(...years),
      yearTo: estimate?.period.to ?? Math.max(...years),
      generatedAt: last ? new Date(`${last.finished_at.replace(' ', 'T')}Z`).toISOString() : new Date(0).toISOString(),
    },
    sources: sources.codes.map((code) => ({ code, label: sources.labels[code] })),
    disclosureThreshold,
    victimsPerYearBySource: rowsOf('victims-per-year-by-source').map(({ values, status }) => ({
      year: Number(values.year),
      source: String(values.source),
      victims: count(values.victims),
      ...withheld(status),
    })),
    victimsPerYear: rowsOf('victims-per-year').map(({ values, status }) => ({
      year: Number(values.year),
      registered: count(values.registered),
      ...withheld(status),
    })),
    estimate: estimate
      ? {
          // the registered number as disclosure control published it (never the true one); should its row be
          // withheld, rounded to tens as the estimates are
          observed: count(rowsOf('estimated-total-victims')[0]?.values.observed) ?? roundEstimate(estimate.observed),
          // rounded to tens as the edition publishes them: exact, total − hidden would give the registered number back
          hidden: roundEstimate(estimate.hidden),
          total: roundEstimate(estimate.total),
          lower: roundEstimate(estimate.lower),
          upper: roundEstimate(estimate.upper),
          model: estimate.model,
          ...(estimate.method ? { method: estimate.method } : {}),
          ...(estimate.sensitivity ? { families: combinedFamilies(estimate.sensitivity) } : {}),
          sources: estimate.lists,
          period: estimate.period,
        }
      : null,
    pipeline: stages.map((s) => ({ stage: s.stage, durationMs: s.duration_ms })),
  };
}
