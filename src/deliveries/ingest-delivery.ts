import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { contractVersion, type RecordType, recordColumns } from '../contract/index.ts';
import type { Store } from '../store/index.ts';
import { DeliveryError } from './delivery-error.ts';
import { type DeliveryHold, holdDelivery, holdReasonFor } from './delivery-hold.ts';
import { checkStagedReferences } from './check-staged-references.ts';
import { type DeliveryFormat, formatOfFile } from './read-delivery-file.ts';
import { idColumn, type StagingReader, scanAndLoadCsv, stageDeliveryRows } from './stage-delivery-rows.ts';

export type IngestRequest = {
  readonly file: string;
  readonly source: string;
  readonly recordType: RecordType;
  /** The period the delivery covers (e.g. 2025, 2025-H1, 2018-2025); a new file for the same period supersedes. */
  readonly period: string;
  readonly format?: DeliveryFormat;
  /** Which reader stages the rows; both give the same result (tested), `auto` is faster. */
  readonly reader?: StagingReader;
  /**
   * The steward confirms that this file may become current although it holds no accepted rows or
   * less than half of the rows of the version it replaces (otherwise it is held: see `holdReasonFor`).
   */
  readonly confirm?: boolean;
};

export type IngestEffects = {
  readonly today: string;
  readonly now: () => Date;
  readonly onProgress?: (rowsRead: number) => void;
  /** Debugging and benches: told how long each step took. */
  readonly onStep?: (step: string, ms: number) => void;
};

export type IngestResult = {
  readonly deliveryId: string;
  /**
   * stored: a new version, now current; unchanged: this exact file is already the current version;
   * reactivated: an earlier version became current again; held: stored as an attempt that is not
   * current, because it would empty or shrink its period (`hold` says why) until the steward confirms.
   */
  readonly status: 'stored' | 'unchanged' | 'reactivated' | 'held';
  readonly hold?: DeliveryHold;
  readonly supersedes: string | null;
  readonly rowsRead: number;
  readonly rowsAccepted: number;
  readonly rowsQuarantined: number;
};

export { DeliveryError };

const periodPattern = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]|\d{4}))?$/;

/**
 * Stores a delivered file: every row lands exactly once or goes to quarantine with its reasons,
 * in one transaction. The same file delivered twice changes nothing; a different file for the same
 * source, record type and period supersedes the current version, which stays in history.
 */
export async function ingestDelivery(
  store: Store,
  request: IngestRequest,
  effects: IngestEffects,
): Promise<IngestResult> {
  const { source, recordType, period } = request;
  if (!periodPattern.test(period))
    throw new DeliveryError(
      `period "${period}" is not valid: write 2025, 2025-H1, 2025-Q3, 2025-06 or 2018-2025`,
      'period',
      period,
    );
  // Staging tables are private to this connection; versions of one source, record type and period
  // are decided one delivery at a time (two uploads for the same period must not both supersede).
  return store.session(() =>
    store.serialise(versionQueueKey(source, recordType, period), () => ingestOnOwnConnection(store, request, effects)),
  );
}

/** The queue of work that changes which version of a source, record type and period is current. */
export const versionQueueKey = (source: string, recordType: string, period: string) =>
  `delivery-version:${source}:${recordType}:${period}`;

async function ingestOnOwnConnection(
  store: Store,
  request: IngestRequest,
  effects: IngestEffects,
): Promise<IngestResult> {
  const { file, source, recordType, period } = request;
  const format = request.format ?? formatOfFile(file);
  let mark = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    effects.onStep?.(name, now - mark);
    mark = now;
  };
  const reader = request.reader ?? 'auto';
  // a CSV for the fast reader is scanned once (its structure, and the hash on the way) while DuckDB reads it
  const csv =
    format === 'csv' && reader === 'auto' ? await scanAndLoadCsv(store, file, recordType, effects.onProgress) : null;
  const contentHash = csv?.structure.contentHash ?? (await hashFile(file));
  step(csv ? 'scan and read' : 'hash');
  const deliveryId = `${source}:${recordType}:${period}:${contentHash.slice(0, 16)}`;
  const [existing] = await store.all<{
    status: string;
    rows_read: number;
    rows_accepted: number;
    rows_quarantined: number;
  }>('SELECT status, rows_read, rows_accepted, rows_quarantined FROM delivery WHERE delivery_id = ?', [deliveryId]);
  if (existing) {
    if (csv?.loaded) await store.run('DROP TABLE IF EXISTS stage_file');
    const counts = {
      rowsRead: existing.rows_read,
      rowsAccepted: existing.rows_accepted,
      rowsQuarantined: existing.rows_quarantined,
    };
    if (existing.status === 'active') return { deliveryId, status: 'unchanged', supersedes: null, ...counts };
    return store.transaction(async () => {
      const outcome = await makeCurrentOrHold(store, deliveryId, request.confirm === true, effects.now());
      return 'hold' in outcome
        ? { deliveryId, status: 'held' as const, supersedes: null, hold: outcome.hold, ...counts }
        : { deliveryId, status: 'reactivated' as const, supersedes: outcome.supersedes, ...counts };
    });
  }

  const { rowsRead } = await stageDeliveryRows(store, file, format, recordType, {
    source,
    today: effects.today,
    onProgress: effects.onProgress,
    csv,
    onStep: effects.onStep,
  });
  step('stage and validate');
  const columns = recordColumns[recordType];
  const fileName = basename(file);
  const result = await store.transaction(async () => {
    await checkStagedReferences(store, recordType, period);
    step('references');
    await store.run(
      `INSERT INTO ${recordType} (delivery_id, ${columns.map((c) => `"${c}"`).join(', ')})
       SELECT ?, ${columns.map((c) => `s."${c}"`).join(', ')} FROM stage_${recordType} s
       WHERE s.row_number NOT IN (SELECT row_number FROM stage_quarantine)`,
      [deliveryId],
    );
    await store.run(
      'INSERT INTO quarantine SELECT ?, ?, ?, ?, row_number, column_name, value, rule, message_nl, message_en FROM stage_quarantine',
      [deliveryId, source, recordType, fileName],
    );
    // the record tables have no key index (migration 9): this is the check that each id is stored once
    const [counts] = await store.all<{ accepted: number; ids: number; quarantined: number }>(
      `SELECT count(*) AS accepted, count(DISTINCT "${idColumn[recordType]}") AS ids,
              (SELECT count(DISTINCT row_number) FROM stage_quarantine) AS quarantined
       FROM ${recordType} WHERE delivery_id = ?`,
      [deliveryId],
    );
    if (counts?.accepted !== counts?.ids)
      throw new Error(
        `delivery ${deliveryId} would store ${counts?.accepted} ${recordType} rows for ${counts?.ids} ids`,
      );
    const rowsAccepted = counts?.accepted ?? 0;
    const rowsQuarantined = counts?.quarantined ?? 0;
    const now = effects.now().toISOString();
    await store.run("INSERT INTO delivery VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', NULL, ?)", [
      deliveryId,
      source,
      recordType,
      period,
      fileName,
      format,
      contentHash,
      contractVersion,
      now,
      rowsRead,
      rowsAccepted,
      rowsQuarantined,
      now,
    ]);
    const counted = { rowsRead, rowsAccepted, rowsQuarantined };
    const outcome = await makeCurrentOrHold(store, deliveryId, request.confirm === true, effects.now());
    step('store');
    return 'hold' in outcome
      ? { deliveryId, status: 'held' as const, supersedes: null, hold: outcome.hold, ...counted }
      : { deliveryId, status: 'stored' as const, supersedes: outcome.supersedes, ...counted };
  });
  step('commit');
  return result;
}

/**
 * Makes a delivery current, unless it would empty or more than halve its period and the steward has
 * not confirmed that: then it is held (`holdReasonFor`). Inside the caller's transaction.
 */
async function makeCurrentOrHold(
  store: Store,
  deliveryId: string,
  confirmed: boolean,
  now: Date,
): Promise<{ readonly hold: DeliveryHold } | { readonly supersedes: string | null }> {
  const hold = confirmed ? null : await holdReasonFor(store, deliveryId);
  if (hold) {
    await holdDelivery(store, deliveryId, hold, now);
    return { hold };
  }
  return { supersedes: await makeCurrent(store, deliveryId, now) };
}

/** Makes a delivery the current version of its source, record type and period; returns the one it replaced. */
export async function makeCurrent(store: Store, deliveryId: string, now: Date): Promise<string | null> {
  const [current] = await store.all<{ delivery_id: string }>(
    `SELECT c.delivery_id FROM delivery c JOIN delivery n ON n.source = c.source AND n.record_type = c.record_type AND n.period = c.period
     WHERE n.delivery_id = ? AND c.status = 'active' AND c.delivery_id <> n.delivery_id`,
    [deliveryId],
  );
  const at = now.toISOString();
  if (current)
    await store.run("UPDATE delivery SET status = 'superseded', status_changed_at = ? WHERE delivery_id = ?", [
      at,
      current.delivery_id,
    ]);
  await store.run(
    "UPDATE delivery SET status = 'active', supersedes = ?, status_changed_at = ? WHERE delivery_id = ?",
    [current?.delivery_id ?? null, at, deliveryId],
  );
  return current?.delivery_id ?? null;
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
