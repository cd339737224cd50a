import type { Store } from '../store/index.ts';
import { DeliveryError } from './ingest-delivery.ts';

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
};

/** Every version of every delivery (newest first), optionally of one source. */
export async function listDeliveryVersions(store: Store, filter: { source?: string } = {}): Promise<DeliveryVersion[]> {
  return store.all<DeliveryVersion>(
    `SELECT delivery_id, source, record_type, period, file_name, CAST(received_at AS VARCHAR) AS received_at, status, supersedes,
            rows_read, rows_accepted, rows_quarantined
     FROM delivery WHERE (? IS NULL OR source = ?) ORDER BY source, record_type, period, received_at DESC, delivery_id`,
    [filter.source ?? null, filter.source ?? null],
  );
}

/**
 * Rolls back the current version of a period: it is marked rolled back and the version it
 * superseded becomes current again (or the period has no current version). Nothing is deleted.
 */
export async function rollbackDelivery(store: Store, deliveryId: string, now: Date): Promise<{ current: string | null }> {
  return store.transaction(async () => {
    const [delivery] = await store.all<{ status: string; supersedes: string | null }>('SELECT status, supersedes FROM delivery WHERE delivery_id = ?', [deliveryId]);
    if (!delivery) throw new DeliveryError(`no delivery "${deliveryId}": list them with \`zicht deliveries list\``, 'delivery_id', deliveryId);
    if (delivery.status !== 'active') {
      throw new DeliveryError(`delivery "${deliveryId}" is ${delivery.status}, not current: only the current version of a period can be rolled back`, 'delivery_id', deliveryId);
    }
    await store.run("UPDATE delivery SET status = 'rolled_back', status_changed_at = ? WHERE delivery_id = ?", [now.toISOString(), deliveryId]);
    if (!delivery.supersedes) return { current: null };
    await store.run("UPDATE delivery SET status = 'active', status_changed_at = ? WHERE delivery_id = ?", [now.toISOString(), delivery.supersedes]);
    return { current: delivery.supersedes };
  });
}
