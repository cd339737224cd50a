import { setImmediate } from 'node:timers/promises';

/**
 * A function to await often in a long loop: every `everyMs` of work it lets the event loop run
 * (timers, other requests), otherwise it costs nothing. Reading a large file through an async
 * iterator does not do that by itself: chunks already read resolve as microtasks.
 */
export function eventLoopTurns(everyMs = 20): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    const now = performance.now();
    if (now - last < everyMs) return undefined;
    last = now;
    return setImmediate().then(() => undefined);
  };
}
