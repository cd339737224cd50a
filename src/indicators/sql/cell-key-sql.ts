import type { Store } from '../../store/index.ts';

/**
 * The cell key of a count, in SQL: the sum of its units' record keys, modulo 2^31. A record key is a
 * hash of the unit's stable identity (a registration's source and id, a linked child's cluster id)
 * with the store's secret (`disclosure_secret`, bound to the session variable by
 * `prepareIndicatorTables`). The same set of units always gives the same cell key, in any table and
 * any edition, so it always gets the same noise (see src/disclosure/perturb-count.ts); a set that
 * differs by one unit gets an unrelated one. Write it beside every count, with the same filter:
 *
 *   count(*) FILTER (WHERE online) AS online, ${cellKeySql(['source', 'registration_id'], 'online')} AS online__cell_key
 */
export function cellKeySql(unit: readonly string[], filter?: string): string {
  const sum = `sum(DISTINCT hash(${unit.join(', ')}, getvariable('zicht_cell_secret')))`;
  return `CAST(coalesce(${sum}${filter ? ` FILTER (WHERE ${filter})` : ''}, 0) % 2147483648 AS INTEGER)`;
}

/** Binds the store's secret for `cellKeySql` on the current connection: call it inside `store.session`. */
export async function bindCellKeySecret(store: Store): Promise<void> {
  await store.run('SET VARIABLE zicht_cell_secret = (SELECT min(secret) FROM disclosure_secret)');
}

/** The suffix of a count's cell-key column: `online` → `online__cell_key`. */
export const cellKeySuffix = '__cell_key';

/** The divisor that turns a cell key into a number in [0, 1). */
export const cellKeyRange = 2147483648;
