import { Worker } from 'node:worker_threads';
import { DeliveryError } from '../delivery-error.ts';
import type { DeliveredRow } from '../read-delivery-file.ts';
import { type XlsxLimits, xlsxLimits, xlsxWorkerHeapMb } from './xlsx-limits.ts';
import type { XlsxWorkerData, XlsxWorkerMessage } from './xlsx-worker.ts';

export type XlsxReadOptions = {
  /** Told the header's column names before any row (it may throw to stop reading). */
  readonly onHeader?: (columns: readonly string[]) => void;
  readonly limits?: XlsxLimits;
  /** The worker's heap limit in MB. */
  readonly heapMb?: number;
};

const workerEntry = new URL('./xlsx-worker-entry.js', import.meta.url);

/**
 * Reads a workbook's rows in a worker thread with a heap limit of its own: unpacking and parsing
 * never block the server's event loop, and a workbook that needs more memory than the limit ends
 * the worker — as a `DeliveryError` that says so — instead of the process. The worker reads ahead
 * at most two batches, so a slow consumer holds little.
 */
export async function* readXlsxInWorker(path: string, options: XlsxReadOptions = {}): AsyncGenerator<DeliveredRow> {
  // one workbook at a time in this process: each worker may take its whole heap limit
  const release = await takeWorkbookTurn();
  try {
    yield* readInWorker(path, options);
  } finally {
    release();
  }
}

let lastTurn: Promise<void> = Promise.resolve();
/** Waits until the workbooks read before this one are done; returns how to let the next one go. */
async function takeWorkbookTurn(): Promise<() => void> {
  const before = lastTurn;
  let release = () => {};
  lastTurn = new Promise<void>((resolve) => {
    release = resolve;
  });
  await before;
  return release;
}

async function* readInWorker(path: string, options: XlsxReadOptions): AsyncGenerator<DeliveredRow> {
  const heapMb = options.heapMb ?? xlsxWorkerHeapMb;
  const workerData: XlsxWorkerData = { path, limits: options.limits ?? xlsxLimits };
  const worker = new Worker(workerEntry, {
    workerData,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
  });
  const messages: XlsxWorkerMessage[] = [];
  let failure: (Error & { code?: string }) | null = null;
  let exited = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: XlsxWorkerMessage) => {
    messages.push(message);
    notify();
  });
  worker.on('error', (error: Error) => {
    failure = error;
    notify();
  });
  worker.on('exit', () => {
    exited = true;
    notify();
  });
  try {
    for (;;) {
      const message = messages.shift();
      if (!message) {
        if (failure) throw workerFailure(failure, heapMb);
        if (exited) throw new Error(`the XLSX worker for ${path} stopped without saying why`);
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      switch (message.kind) {
        case 'header':
          options.onHeader?.(message.columns);
          break;
        case 'rows':
          worker.postMessage('more');
          yield* message.rows;
          break;
        case 'done':
          return;
        case 'refused':
          throw new DeliveryError(message.message, 'file', message.value);
        case 'failed':
          throw new Error(`reading ${path} failed in the XLSX worker: ${message.message}`);
      }
    }
  } finally {
    await worker.terminate();
  }
}

function workerFailure(error: Error & { code?: string }, heapMb: number): Error {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new DeliveryError(
      `Reading this workbook needs more than the ${heapMb} MB of memory one delivery may use: deliver it as CSV UTF-8 (in Excel: Save as, "CSV UTF-8 (comma delimited)") instead.`,
      'file',
      heapMb,
    );
  }
  return error;
}
