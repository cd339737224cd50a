// Starts the XLSX worker through tsx's loader: Node 20 has no type stripping, and a worker thread
// does not inherit the loader its parent registered (see bin/zicht.js).
import { register } from 'tsx/esm/api';

register();
await import('./xlsx-worker.ts');
