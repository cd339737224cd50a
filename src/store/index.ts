export { type Migration, migrations } from './migrations.ts';
export { defaultStorePath, openStore, type Row, type SqlParams, type Store, StoreLockedError } from './open-store.ts';
export type { QueueState } from './write-queues.ts';
