export { type Migration, migrations } from './migrations.ts';
export { defaultStorePath, openStore, type Row, type SqlParams, type Store } from './open-store.ts';
