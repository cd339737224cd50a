import { formatCsv } from '../csv/index.ts';
import type { Store } from '../store/index.ts';
import { chainedHash } from './audit-chain.ts';
import type { Principal } from './roles.ts';

/** One line of the audit trail: who, in which role, did what to what, when, from where, with what outcome. */
export type AuditEntry = {
  readonly seq: number;
  readonly at: string;
  readonly userId: string | null;
  readonly userName: string | null;
  readonly role: string | null;
  readonly action: string;
  readonly target: string;
  readonly ip: string;
  readonly outcome: number;
};

export type AuditEvent = {
  readonly who: Principal | null;
  readonly action: string;
  readonly target: string;
  readonly ip: string;
  readonly outcome: number;
  readonly at: Date;
};

/**
 * Appends to the audit trail. There is deliberately no function to change or delete an entry:
 * the table is append-only for the application, and each row's hash chains it to the row before,
 * so an edit made outside the application shows in `verifyAuditChain` (see docs/security.md).
 * One statement takes the next seq, reads the last hash and inserts; it commits on its own (never
 * inside a caller's transaction, whose commit could come after a later row) and waits in the
 * 'audit' queue, so two requests auditing at once cannot chain to the same row.
 */
export async function recordAudit(store: Store, e: AuditEvent): Promise<void> {
  await store.serialise('audit', () =>
    store.detached(() =>
      store.run(
        `INSERT INTO audit_log (seq, occurred_at, user_id, user_name, role, action, target, ip, outcome, row_hash)
     SELECT e.*, ${chainedHash('(SELECT row_hash FROM audit_log ORDER BY seq DESC LIMIT 1)', 'e')}
     FROM (SELECT nextval('audit_log_seq') AS seq, ?::TIMESTAMP AS occurred_at, ?::VARCHAR AS user_id, ?::VARCHAR AS user_name,
                  ?::VARCHAR AS role, ?::VARCHAR AS action, ?::VARCHAR AS target, ?::VARCHAR AS ip, ?::INTEGER AS outcome) AS e`,
        [
          e.at.toISOString(),
          e.who?.userId ?? null,
          e.who?.name ?? null,
          e.who?.role ?? null,
          e.action,
          e.target,
          e.ip,
          e.outcome,
        ],
      ),
    ),
  );
}

export type AuditQuery = { readonly limit?: number; readonly userId?: string; readonly action?: string };

/** Newest first. */
export async function listAudit(store: Store, query: AuditQuery = {}): Promise<AuditEntry[]> {
  const rows = await store.all<{
    seq: number;
    at: string;
    user_id: string | null;
    user_name: string | null;
    role: string | null;
    action: string;
    target: string;
    ip: string;
    outcome: number;
  }>(
    `SELECT seq, CAST(occurred_at AS VARCHAR) AS at, user_id, user_name, role, action, target, ip, outcome FROM audit_log
     WHERE (? IS NULL OR user_id = ?) AND (? IS NULL OR action = ?) ORDER BY seq DESC LIMIT ?`,
    [query.userId ?? null, query.userId ?? null, query.action ?? null, query.action ?? null, query.limit ?? 1000],
  );
  return rows.map((r) => ({
    seq: r.seq,
    at: `${r.at.replace(' ', 'T')}Z`,
    userId: r.user_id,
    userName: r.user_name,
    role: r.role,
    action: r.action,
    target: r.target,
    ip: r.ip,
    outcome: r.outcome,
  }));
}

const auditColumns = ['seq', 'at', 'userId', 'userName', 'role', 'action', 'target', 'ip', 'outcome'] as const;

/** LF line ends; a spreadsheet must not run a logged value (a target, a name) as a formula, so text cells are neutralised. */
export function auditToCsv(entries: readonly AuditEntry[]): string {
  return formatCsv([auditColumns, ...entries.map((e) => auditColumns.map((c) => e[c]))], { lineEnd: '\n' });
}
