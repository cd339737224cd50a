import { parentPort, workerData } from 'node:worker_threads';
import type { DeliveredRow } from '../read-delivery-file.ts';
import { readXlsxRows } from './read-xlsx-rows.ts';
import type { XlsxLimits } from './xlsx-limits.ts';
import { XlsxRefusal } from './xlsx-refusal.ts';

/** What the worker tells the main thread. */
export type XlsxWorkerMessage =
  | { readonly kind: 'header'; readonly columns: readonly string[] }
  | { readonly kind: 'rows'; readonly rows: readonly DeliveredRow[] }
  | { readonly kind: 'done' }
  | { readonly kind: 'refused'; readonly message: string; readonly value: string | number | null }
  | { readonly kind: 'failed'; readonly message: string };

export type XlsxWorkerData = { readonly path: string; readonly limits: XlsxLimits };

/** Rows per message, and characters of text: a message is a copy, so it is kept small. */
const batchRows = 1000;
const batchText = 4 << 20;
/** Batches sent and not yet taken by the main thread: the worker waits beyond this, so a slow consumer holds little. */
const inFlight = 2;

const port = parentPort;
if (!port) throw new Error('xlsx-worker.ts runs in a worker thread');
const { path, limits } = workerData as XlsxWorkerData;

let unanswered = 0;
let wake: (() => void) | null = null;
port.on('message', () => {
  unanswered--;
  wake?.();
  wake = null;
});
const send = (message: XlsxWorkerMessage) => port.postMessage(message);

async function sendRows(rows: DeliveredRow[]): Promise<void> {
  send({ kind: 'rows', rows });
  unanswered++;
  while (unanswered >= inFlight) await new Promise<void>((resolve) => (wake = resolve));
}

const textOf = (row: DeliveredRow) => {
  if (!('fields' in row)) return 0;
  let n = 0;
  for (const v of Object.values(row.fields)) n += typeof v === 'string' ? v.length : 0;
  return n;
};

try {
  let batch: DeliveredRow[] = [];
  let text = 0;
  for await (const event of readXlsxRows(path, limits)) {
    if (event.kind === 'header') {
      send(event);
      continue;
    }
    for (const row of event.rows) {
      batch.push(row);
      text += textOf(row);
      if (batch.length >= batchRows || text >= batchText) {
        await sendRows(batch);
        batch = [];
        text = 0;
      }
    }
  }
  if (batch.length > 0) await sendRows(batch);
  send({ kind: 'done' });
} catch (error) {
  if (error instanceof XlsxRefusal) send({ kind: 'refused', message: error.message, value: error.value });
  else send({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
