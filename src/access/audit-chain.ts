import type { Store } from '../store/index.ts';

/**
 * The text a row's hash covers, as a DuckDB expression over the row alias `t`. Store migration 10
 * (src/store/chain-audit-log.ts) spells out the same text to chain the rows written before it:
 * change neither.
 */
export const auditRowText = (t: string) =>
  `json_array(${t}.seq, strftime(${t}.occurred_at, '%Y-%m-%dT%H:%M:%S.%fZ'), ${t}.user_id, ${t}.user_name, ${t}.role, ${t}.action, ${t}.target, ${t}.ip, ${t}.outcome)::VARCHAR`;

/** A row's hash: SHA-256 of the previous row's hash followed by the row's own text ('' before the first row). */
export const chainedHash = (previousHash: string, t: string) =>
  `sha256(coalesce(${previousHash}, '') || ${auditRowText(t)})`;

export type AuditChainReport =
  | { readonly ok: true; readonly rows: number; readonly head: { readonly seq: number; readonly hash: string } | null }
  | {
      readonly ok: false;
      readonly rows: number;
      readonly firstBroken: { readonly seq: number; readonly previousSeq: number | null };
      readonly problem: string;
    };

/**
 * Recomputes every row's hash from its content and the row before it. The first row whose stored
 * hash differs is where the log was edited, or where rows before it were removed. Removing the
 * newest rows leaves a valid shorter chain: compare `head` with a copy kept elsewhere to see that.
 */
export async function verifyAuditChain(store: Store): Promise<AuditChainReport> {
  const [broken] = await store.all<{ seq: number; previous_seq: number | null; missing: boolean }>(
    `WITH checked AS (
       SELECT seq, row_hash, lag(seq) OVER w AS previous_seq, ${chainedHash('lag(row_hash) OVER w', 'audit_log')} AS expected
       FROM audit_log WINDOW w AS (ORDER BY seq)
     )
     SELECT seq, previous_seq, row_hash IS NULL AS missing FROM checked WHERE row_hash IS DISTINCT FROM expected ORDER BY seq LIMIT 1`,
  );
  const [count] = await store.all<{ rows: number }>('SELECT count(*) AS rows FROM audit_log');
  const rows = count?.rows ?? 0;
  if (broken) {
    const since =
      broken.previous_seq === null
        ? 'it is the first row, so it was changed or rows before it were removed'
        : `it or row ${broken.previous_seq} before it was changed, or rows between them were removed`;
    return {
      ok: false,
      rows,
      firstBroken: { seq: broken.seq, previousSeq: broken.previous_seq },
      problem: `The audit log was tampered with: row ${broken.seq} ${broken.missing ? 'has no hash' : 'does not match its hash'}; ${since}.`,
    };
  }
  const [head] = await store.all<{ seq: number; hash: string }>(
    'SELECT seq, row_hash AS hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  );
  return { ok: true, rows, head: head ?? null };
}
