import { openStore, type Store } from '../store/index.ts';

/** Opens the store for one command's work and always closes it, also when the work fails. */
export async function withStore<T>(path: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(path);
  try {
    return await work(store);
  } finally {
    store.close();
  }
}
