import { latestIndicatorRun, loadMonitorSummary } from '../publish/index.ts';
import type { Store } from '../store/index.ts';

/**
 * The public dashboard's page data, serialised once: it only changes when a pipeline run finishes,
 * and rebuilding it (disclosure control included) per request would cost every reader seconds of
 * database work. After `ttlMs` one cheap query asks whether a newer run finished; only then is
 * it rebuilt. Concurrent misses share one load.
 */
export function monitorSummaryCache(store: Store, clock: () => number, ttlMs = 5_000): () => Promise<string | null> {
  let cached: { at: number; run: string; json: string } | null = null;
  let loading: Promise<string | null> | null = null;
  const load = async (): Promise<string | null> => {
    const run = await latestIndicatorRun(store);
    if (run === null) return null;
    let json = cached?.run === run ? cached.json : null;
    if (json === null) {
      const summary = await loadMonitorSummary(store);
      if (!summary) return null;
      json = JSON.stringify(summary);
    }
    cached = { at: clock(), run, json };
    return json;
  };
  return async () => {
    if (cached && clock() - cached.at < ttlMs) return cached.json;
    loading ??= load().finally(() => {
      loading = null;
    });
    return loading;
  };
}
