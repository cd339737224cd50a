#!/usr/bin/env node
// Runs a TypeScript entry point (bench scripts) through tsx's loader: `node bin/run-ts.js FILE [args]`.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const [file, ...rest] = process.argv.slice(2);
if (!file) throw new Error('usage: run-ts.js FILE [args]');
process.argv = [process.argv[0], resolve(file), ...rest];
await import(pathToFileURL(resolve(file)).href);
