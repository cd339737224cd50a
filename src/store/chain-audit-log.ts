import { createHash } from 'node:crypto';
import type { Store } from './open-store.ts';

/**
 * The text an audit row's hash covers. It must stay equal to `auditRowText` in
 * src/access/audit-chain.ts, which chains new rows (src/access/audit-chain.test.ts checks both agree).
 */
const rowText = `json_array(seq, strftime(occurred_at, '%Y-%m-%dT%H:%M:%S.%fZ'), user_id, user_name, role, action, target, ip, outcome)::VARCHAR`;

/**
 * Migration 10's data step: chains the audit rows written before the hash column existed, in seq
 * order. In TypeScript because the chain is sequential: a recursive CTE in DuckDB took time
 * quadratic in the rows (11 s for 8,000), this is linear.
 */
export async function chainAuditLog(store: Store): Promise<void> {
  const rows = await store.all<{ seq: number; text: string }>(
    `SELECT seq, ${rowText} AS text FROM audit_log ORDER BY seq`,
  );
  if (rows.length === 0) return;
  let previous = '';
  const hashes = rows.map((r) => {
    previous = createHash('sha256')
      .update(previous + r.text, 'utf8')
      .digest('hex');
    return [r.seq, previous] as const;
  });
  // (the migration runs it in a transaction; the session keeps the staging table on one connection when called alone)
  await store.session(async () => {
    await store.run('CREATE TEMP TABLE audit_chain_backfill (seq BIGINT, row_hash VARCHAR)');
    await store.append('audit_chain_backfill', hashes);
    await store.run(
      'UPDATE audit_log SET row_hash = b.row_hash FROM audit_chain_backfill AS b WHERE audit_log.seq = b.seq',
    );
    await store.run('DROP TABLE audit_chain_backfill');
  });
}
