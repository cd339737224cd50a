import type { Store } from '../store/index.ts';
import type { DeliveryRule, RowProblem } from './delivery-rules.ts';

/** A stored quarantine entry has the shape of the problem that put it there. */
export type QuarantinedRow = RowProblem;

/** The quarantined rows of one delivery, in file order (microdata: callers check who may see them). */
export async function listQuarantine(store: Store, deliveryId: string): Promise<QuarantinedRow[]> {
  const rows = await store.all<{
    row_number: number;
    column_name: string | null;
    value: string | null;
    rule: DeliveryRule;
    message_nl: string;
    message_en: string;
  }>(
    'SELECT row_number, column_name, value, rule, message_nl, message_en FROM quarantine WHERE delivery_id = ? ORDER BY row_number, column_name',
    [deliveryId],
  );
  return rows.map((r) => ({
    rowNumber: r.row_number,
    column: r.column_name,
    value: r.value,
    rule: r.rule,
    messageNl: r.message_nl,
    messageEn: r.message_en,
  }));
}
