import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

let built: string | null = null;

/**
 * table-explorer.js: the browser script bundled from explorer-browser.ts with esbuild (which tsx,
 * the CLI's runtime, brings along), so the view logic the tests check is the code readers run.
 * One file, no inline script (the Content-Security-Policy allows only this origin's scripts).
 */
export function explorerScript(): string {
  if (built !== null) return built;
  const entry = fileURLToPath(new URL('./explorer-browser.ts', import.meta.url));
  const result = buildSync({
    entryPoints: [entry],
    absWorkingDir: dirname(entry), // the bundle's path comments, and so its bytes, do not depend on the cwd
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild wrote no table-explorer.js');
  built = file.text;
  return built;
}
