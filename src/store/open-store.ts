import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { migrations } from './migrations.ts';

export type SqlParams = readonly (string | number | boolean | null)[];
export type Row = Record<string, unknown>;

/** The only door to DuckDB: every other module reads and writes through these functions. */
export type Store = {
  readonly path: string;
  run(sql: string, params?: SqlParams): Promise<void>;
  all<T extends Row = Row>(sql: string, params?: SqlParams): Promise<T[]>;
  /** Runs `work` in one transaction: all of it lands, or none of it. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** Bulk-loads rows into a table (use a TEMP staging table, then move it inside a transaction). */
  append(table: string, rows: Iterable<readonly (string | number | boolean | null)[]>): Promise<number>;
  close(): void;
};

export const defaultStorePath = './data/zicht.duckdb';

export async function openStore(path: string = defaultStorePath): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  const store = createStore(path, instance, connection);
  await migrate(store);
  return store;
}

function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

function createStore(path: string, instance: DuckDBInstance, connection: DuckDBConnection): Store {
  let inTransaction = false;
  const store: Store = {
    path,
    async run(sql, params) {
      await connection.run(sql, params as DuckDBValue[] | undefined);
    },
    async all<T extends Row>(sql: string, params?: SqlParams) {
      const reader = await connection.runAndReadAll(sql, params as DuckDBValue[] | undefined);
      return reader.getRowObjectsJS().map((row) => {
        const plain: Row = {};
        for (const [k, v] of Object.entries(row)) plain[k] = toPlain(v);
        return plain as T;
      });
    },
    async transaction(work) {
      if (inTransaction) return work();
      await connection.run('BEGIN TRANSACTION');
      inTransaction = true;
      try {
        const result = await work();
        await connection.run('COMMIT');
        return result;
      } catch (error) {
        await connection.run('ROLLBACK');
        throw error;
      } finally {
        inTransaction = false;
      }
    },
    async append(table, rows) {
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
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
  return store;
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
