#!/usr/bin/env node
// Runs the TypeScript CLI directly (Node 20 has no type stripping), so `npx zicht` needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
