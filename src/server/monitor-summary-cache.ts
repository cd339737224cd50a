import { loadMonitorSummary } from '../publish/index.ts';
import type { Store } from '../store/index.ts';

/**
 * The public dashboard's page data, serialised once and kept for `ttlMs`: it only changes when a
 * pipeline run finishes, and rebuilding it per request would queue every reader on the one DuckDB
 * connection. Concurrent misses share one load.
 */
export function monitorSummaryCache(store: Store, clock: () => number, ttlMs = 5_000): () => Promise<string | null> {
  let cached: { at: number; json: string | null } | null = null;
  let loading: Promise<string | null> | null = null;
  return async () => {
    if (cached && clock() - cached.at < ttlMs) return cached.json;
    loading ??= loadMonitorSummary(store)
      .then((summary) => {
        const json = summary ? JSON.stringify(summary) : null;
        if (json) cached = { at: clock(), json };
        return json;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  };
}
