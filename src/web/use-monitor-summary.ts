import { useCallback, useEffect, useState } from 'react';
import { type MonitorSummary, parseMonitorSummary } from '../contract/monitor-summary.ts';

export type MonitorSummaryState =
  | { status: 'loading' }
  | { status: 'error'; detail: string }
  | { status: 'ready'; summary: MonitorSummary };

/** Loads GET /api/monitor (relative, so it works below any path prefix); `reload` tries again. */
export function useMonitorSummary(url = 'api/monitor'): { state: MonitorSummaryState; reload: () => void } {
  const [state, setState] = useState<MonitorSummaryState>({ status: 'loading' });
  // A new request object (same URL) is what makes reload() fetch again.
  const [request, setRequest] = useState({ url });
  if (request.url !== url) setRequest({ url });

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchSummary(request.url, controller.signal).then(
      (next) => setState(next),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', detail: String(error) });
      },
    );
    return () => controller.abort();
  }, [request]);

  const reload = useCallback(() => setRequest((current) => ({ url: current.url })), []);
  return { state, reload };
}

async function fetchSummary(url: string, signal: AbortSignal): Promise<MonitorSummaryState> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) return { status: 'error', detail: `HTTP ${response.status} ${response.statusText}`.trim() };
  const parsed = parseMonitorSummary(await response.json());
  if (!parsed.ok) return { status: 'error', detail: `unexpected data: ${parsed.errors.slice(0, 3).join('; ')}` };
  return { status: 'ready', summary: parsed.summary };
}
