import { existsSync, renameSync, rmSync } from 'node:fs';
import { openStore, type Store } from '../store/index.ts';

/** Where `zicht start` and `zicht pipeline` keep their synthetic store: apart from a real one (`./data/zicht.duckdb`). */
export const defaultDemoStorePath = './data/demo/zicht-demo.duckdb';
const origin = 'synthetic-demo';

export class DemoStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoStoreError';
  }
}

/** Whether the store at `path` was made by `openDemoStore`: only such a store may be replaced by a new demo. */
export async function isDemoStore(path: string): Promise<boolean> {
  const store = await openStore(path);
  try {
    const rows = await store.all('SELECT 1 FROM store_origin WHERE origin = ? LIMIT 1', [origin]);
    return rows.length > 0;
  } finally {
    store.close();
  }
}

/**
 * A fresh, empty store for the synthetic demo at `path`, marked as such. A demo store already
 * there is kept beside it as `<path>.previous` (users, uploads and editions made while trying the
 * demo stay readable); any other store is never replaced: that is refused, with what to do instead.
 */
export async function openDemoStore(path: string, log: (line: string) => void): Promise<Store> {
  if (existsSync(path)) {
    if (!(await isDemoStore(path))) {
      throw new DemoStoreError(
        `${path} is not a synthetic demo store (zicht start did not create it), so the demo will not replace it. ` +
          `Serve it with \`zicht serve --db ${path}\`, or give the demo another file with --db.`,
      );
    }
    const previous = `${path}.previous`;
    rmSync(previous, { force: true });
    rmSync(`${previous}.wal`, { force: true });
    renameSync(path, previous);
    if (existsSync(`${path}.wal`)) renameSync(`${path}.wal`, `${previous}.wal`);
    log(`The previous demo store is kept as ${previous}; a new synthetic store is built at ${path}.`);
  }
  const store = await openStore(path);
  await store.run("INSERT INTO store_origin VALUES (?, now(), 'zicht start')", [origin]);
  return store;
}
