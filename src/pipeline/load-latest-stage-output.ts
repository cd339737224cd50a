import type { Store } from '../store/index.ts';

export type StageOutput = { readonly runId: string; readonly finishedAt: string; readonly output: unknown };

/** The output of a stage in the latest pipeline run that reached it, or null when no run did. */
export async function loadLatestStageOutput(store: Store, stage: string): Promise<StageOutput | null> {
  const [row] = await store.all<{ run_id: string; finished_at: string; output: string }>(
    `SELECT run_id, CAST(finished_at AS VARCHAR) AS finished_at, CAST(output AS VARCHAR) AS output
     FROM pipeline_output WHERE stage = ? ORDER BY finished_at DESC LIMIT 1`,
    [stage],
  );
  return row ? { runId: row.run_id, finishedAt: row.finished_at, output: JSON.parse(row.output) as unknown } : null;
}
