import type { Store } from '../store/index.ts';
import { DeliveryError, makeCurrent, versionQueueKey } from './ingest-delivery.ts';

export type DeliveryVersion = {
  readonly delivery_id: string;
  readonly source: string;
  readonly record_type: string;
  readonly period: string;
  readonly file_name: string;
  readonly received_at: string;
  readonly status: string;
  readonly supersedes: string | null;
  readonly rows_read: number;
  readonly rows_accepted: number;
  readonly rows_quarantined: number;
  /** Why a held delivery was not made current ('no-rows' or 'shrinks'); null otherwise. */
  readonly hold_reason: string | null;
  /** Rows of the version that was current when it was held. */
  readonly hold_current_rows: number | null;
};

/** Every version of every delivery (newest first), optionally of one source. */
export async function listDeliveryVersions(store: Store, filter: { source?: string } = {}): Promise<DeliveryVersion[]> {
  return store.all<DeliveryVersion>(
    `SELECT d.delivery_id, d.source, d.record_type, d.period, d.file_name, CAST(d.received_at AS VARCHAR) AS received_at, d.status, d.supersedes,
            d.rows_read, d.rows_accepted, d.rows_quarantined,
            CASE WHEN d.status = 'held' THEN h.reason END AS hold_reason, CASE WHEN d.status = 'held' THEN h.current_rows END AS hold_current_rows
     FROM delivery d LEFT JOIN delivery_hold h USING (delivery_id)
     WHERE (? IS NULL OR d.source = ?) ORDER BY d.source, d.record_type, d.period, d.received_at DESC, d.delivery_id`,
    [filter.source ?? null, filter.source ?? null],
  );
}

type Located = { status: string; supersedes: string | null; source: string; record_type: string; period: string };

async function findDelivery(store: Store, deliveryId: string): Promise<Located> {
  const [delivery] = await store.all<Located>(
    'SELECT status, supersedes, source, record_type, period FROM delivery WHERE delivery_id = ?',
    [deliveryId],
  );
  if (!delivery)
    throw new DeliveryError(
      `no delivery "${deliveryId}": list them with \`zicht deliveries list\``,
      'delivery_id',
      deliveryId,
    );
  return delivery;
}

/** Runs `work` in the queue and the transaction of the delivery's source, record type and period. */
async function inVersionQueue<T>(
  store: Store,
  deliveryId: string,
  work: (delivery: Located) => Promise<T>,
): Promise<T> {
  const { source, record_type, period } = await findDelivery(store, deliveryId);
  return store.serialise(versionQueueKey(source, record_type, period), () =>
    store.transaction(async () => work(await findDelivery(store, deliveryId))),
  );
}

/**
 * Rolls back the current version of a period: it is marked rolled back and the version it
 * superseded becomes current again (or the period has no current version). Nothing is deleted.
 */
export async function rollbackDelivery(
  store: Store,
  deliveryId: string,
  now: Date,
): Promise<{ current: string | null }> {
  return inVersionQueue(store, deliveryId, async (delivery) => {
    if (delivery.status !== 'active') {
      throw new DeliveryError(
        `delivery "${deliveryId}" is ${delivery.status}, not current: only the current version of a period can be rolled back`,
        'delivery_id',
        deliveryId,
      );
    }
    await store.run("UPDATE delivery SET status = 'rolled_back', status_changed_at = ? WHERE delivery_id = ?", [
      now.toISOString(),
      deliveryId,
    ]);
    if (!delivery.supersedes) return { current: null };
    await store.run("UPDATE delivery SET status = 'active', status_changed_at = ? WHERE delivery_id = ?", [
      now.toISOString(),
      delivery.supersedes,
    ]);
    return { current: delivery.supersedes };
  });
}

/**
 * The steward's confirmation that a held delivery (no accepted rows, or under half of the current
 * version's) really replaces its period: it becomes current, and who confirmed it is kept.
 */
export async function confirmDelivery(
  store: Store,
  deliveryId: string,
  confirmedBy: string,
  now: Date,
): Promise<{ supersedes: string | null }> {
  return inVersionQueue(store, deliveryId, async (delivery) => {
    if (delivery.status !== 'held') {
      throw new DeliveryError(
        `delivery "${deliveryId}" is ${delivery.status}, not held: only a held delivery waits for confirmation`,
        'delivery_id',
        deliveryId,
      );
    }
    const supersedes = await makeCurrent(store, deliveryId, now);
    await store.run('UPDATE delivery_hold SET confirmed_at = ?, confirmed_by = ? WHERE delivery_id = ?', [
      now.toISOString(),
      confirmedBy,
      deliveryId,
    ]);
    return { supersedes };
  });
}
