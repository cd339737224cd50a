import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { migrations } from './migrations.ts';
import { type QueueState, WriteQueues } from './write-queues.ts';

export type SqlParams = readonly (string | number | boolean | null)[];
export type Row = Record<string, unknown>;

/**
 * The only door to DuckDB: every other module reads and writes through these functions.
 *
 * Safe for many callers at once (see docs/decisions/0007-one-connection-per-unit-of-work.md): a
 * statement outside `session` and `transaction` runs on a connection of its own, so nothing one
 * request does (a transaction, a TEMP table or view) is seen by another. Work that needs several
 * statements to share state runs in `session` (one connection) or `transaction` (one connection,
 * one transaction); work that must not interleave with like work runs in `serialise`.
 */
export type Store = {
  readonly path: string;
  run(sql: string, params?: SqlParams): Promise<void>;
  all<T extends Row = Row>(sql: string, params?: SqlParams): Promise<T[]>;
  /**
   * Runs `work` in one transaction on a connection of its own: all of it lands, or none of it.
   * Every statement `work` runs through this store (awaited inside it) belongs to the transaction;
   * other callers meanwhile see none of it. Nested calls join the outer transaction.
   */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Runs `work` on one connection of its own, so TEMP tables and views it makes are private to it
   * and gone afterwards. Nested calls (and transactions inside) share the same connection.
   */
  session<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Runs `work` after every earlier `serialise` call with the same key has finished: the queue for
   * what must not interleave (writes to one source and period, publishing, the audit chain).
   */
  serialise<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Runs `work` outside any session or transaction of its caller: its statements commit on their own. */
  detached<T>(work: () => Promise<T>): Promise<T>;
  /** What each queue of `serialise` holds now: its key, whether work runs, how many wait. */
  queues(): readonly QueueState[];
  /** Bulk-loads rows into a table (use a TEMP staging table in a `session`, then move it inside a transaction). */
  append(table: string, rows: Iterable<readonly (string | number | boolean | null)[]>): Promise<number>;
  close(): void;
};

export const defaultStorePath = './data/zicht.duckdb';

/** The store file is held by another process (DuckDB lets one process write a file): say which and what to do. */
export class StoreLockedError extends Error {
  constructor(
    readonly path: string,
    readonly pid: number | null,
  ) {
    super(
      `The store ${path} is in use by another Zicht process${pid ? ` (PID ${pid})` : ''}, such as a running \`zicht serve\` or \`zicht start\`: ` +
        'do this in the web app (or through its API) while the server runs, or stop the server first and run the command again.',
    );
    this.name = 'StoreLockedError';
  }
}

export async function openStore(path: string = defaultStorePath): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const instance = await DuckDBInstance.create(path).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (!/Could not set lock|Conflicting lock/i.test(message)) throw error;
    throw new StoreLockedError(path, Number(/PID (\d+)/.exec(message)?.[1]) || null);
  });
  const store = createStore(path, instance);
  await migrate(store);
  return store;
}

function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

/** The connection a unit of work holds, and whether a transaction is open on it. */
type Held = { readonly connection: DuckDBConnection; inTransaction: boolean };

function createStore(path: string, instance: DuckDBInstance): Store {
  const held = new AsyncLocalStorage<Held | null>();
  const queues = new WriteQueues();
  let closed = false;

  /** Runs one statement on the held connection, or on a connection of its own that is closed after. */
  async function onConnection<T>(use: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const current = held.getStore();
    if (current) return use(current.connection);
    if (closed) throw new Error('the store is closed');
    const connection = await instance.connect();
    try {
      return await use(connection);
    } finally {
      connection.closeSync();
    }
  }

  async function holding<T>(work: () => Promise<T>, transaction: boolean): Promise<T> {
    const current = held.getStore();
    if (current && (!transaction || current.inTransaction)) return work();
    if (current) return inTransaction(current, work);
    if (closed) throw new Error('the store is closed');
    const connection = await instance.connect();
    const unit: Held = { connection, inTransaction: false };
    try {
      return await held.run(unit, () => (transaction ? inTransaction(unit, work) : work()));
    } finally {
      connection.closeSync();
    }
  }

  async function inTransaction<T>(unit: Held, work: () => Promise<T>): Promise<T> {
    await unit.connection.run('BEGIN TRANSACTION');
    unit.inTransaction = true;
    try {
      const result = await work();
      await unit.connection.run('COMMIT');
      return result;
    } catch (error) {
      await unit.connection.run('ROLLBACK');
      throw error;
    } finally {
      unit.inTransaction = false;
    }
  }

  return {
    path,
    run: (sql, params) => onConnection((c) => c.run(sql, params as DuckDBValue[] | undefined).then(() => undefined)),
    all: <T extends Row>(sql: string, params?: SqlParams) =>
      onConnection(async (c) => {
        const reader = await c.runAndReadAll(sql, params as DuckDBValue[] | undefined);
        return reader.getRowObjectsJS().map((row) => {
          const plain: Row = {};
          for (const [k, v] of Object.entries(row)) plain[k] = toPlain(v);
          return plain as T;
        });
      }),
    transaction: (work) => holding(work, true),
    session: (work) => holding(work, false),
    serialise: (key, work) => queues.run(key, work),
    detached: (work) => held.run(null, work),
    queues: () => queues.state(),
    append: (table, rows) =>
      onConnection(async (connection) => {
        const appender = await connection.createAppender(table);
        let n = 0;
        try {
          for (const row of rows) {
            for (const v of row) {
              if (v === null) appender.appendNull();
              else if (typeof v === 'string') appender.appendVarchar(v);
              else if (typeof v === 'boolean') appender.appendBoolean(v);
              else if (Number.isInteger(v)) appender.appendBigInt(BigInt(v));
              else appender.appendDouble(v);
            }
            appender.endRow();
            n++;
          }
          appender.flushSync();
        } finally {
          appender.closeSync();
        }
        return n;
      }),
    close() {
      closed = true;
      instance.closeSync();
    },
  };
}

async function migrate(store: Store): Promise<void> {
  await store.run(
    'CREATE TABLE IF NOT EXISTS schema_migration (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)',
  );
  const done = new Set((await store.all<{ id: number }>('SELECT id FROM schema_migration')).map((r) => r.id));
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    await store.transaction(async () => {
      await store.run(migration.sql);
      if (migration.data) await migration.data(store);
      await store.run('INSERT INTO schema_migration VALUES (?, ?, now())', [migration.id, migration.name]);
    });
  }
}
