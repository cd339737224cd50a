import type { Store } from '../store/index.ts';

/** Why a delivery was kept as an attempt instead of becoming current. */
export type DeliveryHold = {
  readonly reason: 'no-rows' | 'shrinks';
  /** Rows the held delivery would make current. */
  readonly rowsAccepted: number;
  /** Rows of the version it would replace (0 when the period has none). */
  readonly currentRows: number;
  readonly currentDeliveryId: string | null;
  readonly message: string;
};

/**
 * A delivery replacing less than this share of the current version's rows is held: far more
 * often a wrong or truncated file than a real correction, and making it current would take the
 * difference out of every count until someone noticed.
 */
export const shrinkLimit = 0.5;

/**
 * Whether making `deliveryId` current needs the steward's confirmation: it holds no accepted rows,
 * or fewer than half the rows of the current version of its source, record type and period.
 */
export async function holdReasonFor(store: Store, deliveryId: string): Promise<DeliveryHold | null> {
  const [row] = await store.all<{ rows_accepted: number; current_id: string | null; current_rows: number | null }>(
    `SELECT n.rows_accepted, c.delivery_id AS current_id, c.rows_accepted AS current_rows
     FROM delivery n LEFT JOIN delivery c
       ON c.source = n.source AND c.record_type = n.record_type AND c.period = n.period AND c.status = 'active' AND c.delivery_id <> n.delivery_id
     WHERE n.delivery_id = ?`,
    [deliveryId],
  );
  if (!row) return null;
  const currentRows = row.current_rows ?? 0;
  const base = { rowsAccepted: row.rows_accepted, currentRows, currentDeliveryId: row.current_id };
  if (row.rows_accepted === 0) {
    return {
      ...base,
      reason: 'no-rows',
      message: `No row of this file was accepted, so it was not made current${row.current_id ? ` (the current version keeps its ${currentRows} rows)` : ''}. Look at the quarantine to see why; confirm only if the period really has no records.`,
    };
  }
  if (row.current_id && row.rows_accepted < currentRows * shrinkLimit) {
    return {
      ...base,
      reason: 'shrinks',
      message: `This file has ${row.rows_accepted} accepted rows where the current version has ${currentRows}: fewer than half, so it was not made current. Confirm if it really replaces the whole period; otherwise deliver the complete file.`,
    };
  }
  return null;
}

/** Marks a delivery as held: stored with its rows and quarantine, not current, awaiting confirmation. */
export async function holdDelivery(store: Store, deliveryId: string, hold: DeliveryHold, now: Date): Promise<void> {
  const at = now.toISOString();
  await store.run("UPDATE delivery SET status = 'held', status_changed_at = ? WHERE delivery_id = ?", [at, deliveryId]);
  await store.run(
    `INSERT INTO delivery_hold (delivery_id, reason, rows_accepted, current_rows, held_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (delivery_id) DO UPDATE SET reason = excluded.reason, rows_accepted = excluded.rows_accepted, current_rows = excluded.current_rows, held_at = excluded.held_at,
       confirmed_at = NULL, confirmed_by = NULL`,
    [deliveryId, hold.reason, hold.rowsAccepted, hold.currentRows, at],
  );
}
