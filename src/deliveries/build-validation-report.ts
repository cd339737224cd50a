import type { Store } from '../store/index.ts';
import type { DeliveryRule } from './delivery-rules.ts';
import { type DeliveryVersion, listDeliveryVersions } from './delivery-versions.ts';
import { DeliveryError } from './delivery-error.ts';

export type ReportProblem = {
  readonly column: string | null;
  readonly value: string | null;
  readonly messageNl: string;
  readonly messageEn: string;
};

export type ValidationReport = {
  readonly delivery: DeliveryVersion;
  readonly counts: { readonly read: number; readonly accepted: number; readonly quarantined: number };
  /** One group per broken rule, most frequent first, each with every row that broke it. */
  readonly rules: readonly {
    readonly rule: DeliveryRule;
    readonly rowCount: number;
    readonly rows: readonly ({ readonly rowNumber: number } & ReportProblem)[];
  }[];
};

/** Everything a partner needs to correct a delivery: counts, and each rejected row with its reasons, by rule. */
export async function buildValidationReport(store: Store, deliveryId: string): Promise<ValidationReport> {
  const delivery = (await listDeliveryVersions(store)).find((d) => d.delivery_id === deliveryId);
  if (!delivery)
    throw new DeliveryError(
      `no delivery "${deliveryId}": list them with \`zicht deliveries list\``,
      'delivery_id',
      deliveryId,
    );
  const problems = await store.all<{
    row_number: number;
    column_name: string | null;
    value: string | null;
    rule: DeliveryRule;
    message_nl: string;
    message_en: string;
  }>(
    'SELECT row_number, column_name, value, rule, message_nl, message_en FROM quarantine WHERE delivery_id = ? ORDER BY rule, row_number, column_name',
    [deliveryId],
  );
  const byRule = new Map<DeliveryRule, ({ rowNumber: number } & ReportProblem)[]>();
  for (const p of problems) {
    const list = byRule.get(p.rule) ?? [];
    list.push({
      rowNumber: p.row_number,
      column: p.column_name,
      value: p.value,
      messageNl: p.message_nl,
      messageEn: p.message_en,
    });
    byRule.set(p.rule, list);
  }
  const rules = [...byRule]
    .map(([rule, rows]) => ({ rule, rowCount: new Set(rows.map((r) => r.rowNumber)).size, rows }))
    .sort((a, b) => b.rowCount - a.rowCount || a.rule.localeCompare(b.rule));
  return {
    delivery,
    counts: { read: delivery.rows_read, accepted: delivery.rows_accepted, quarantined: delivery.rows_quarantined },
    rules,
  };
}
