import type { Store } from '../store/index.ts';

/** What every stage reports: a one-line summary for people, and its typed output for the next stage. */
export type StageReport<O> = { readonly summary: string; readonly output: O };

export type PipelineEffects = {
  readonly now: () => Date;
  readonly log: (line: string) => void;
  /** A progress line the next one overwrites (long stages: the latent-class model's iterations); optional. */
  readonly status?: (line: string) => void;
};

/** Runs one named stage, times it, prints progress and records its output in the store. */
export async function runStage<O>(
  store: Store,
  runId: string,
  stage: string,
  effects: PipelineEffects,
  work: () => Promise<StageReport<O>>,
): Promise<O> {
  effects.log(`▸ ${stage} …`);
  const started = performance.now();
  const report = await work();
  const durationMs = Math.round(performance.now() - started);
  await store.run('INSERT OR REPLACE INTO pipeline_output VALUES (?, ?, ?, ?, ?, ?)', [
    runId,
    stage,
    effects.now().toISOString(),
    durationMs,
    report.summary,
    JSON.stringify(report.output),
  ]);
  effects.log(`✓ ${stage} (${(durationMs / 1000).toFixed(1)} s): ${report.summary}`);
  return report.output;
}
