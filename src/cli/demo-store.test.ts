import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.ts';
import { DemoStoreError, isDemoStore, openDemoStore } from './demo-store.ts';

const run = promisify(execFile);
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'zicht-demo-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** `node bin/zicht.js …` as a user runs it; resolves with its exit code and output. */
async function zicht(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/zicht.js', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, ZICHT_LINK_SECRET: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the demo store', () => {
  it('refuses to replace a store that zicht start did not create, and leaves it as it was', async () => {
    const path = join(tempDir(), 'zicht.duckdb');
    const real = await openStore(path);
    await real.run("INSERT INTO pipeline_output VALUES ('real-run', 'indicators', now(), 1, 'kept', '{}')");
    real.close();
    await expect(openDemoStore(path, () => {})).rejects.toThrow(DemoStoreError);
    await expect(openDemoStore(path, () => {})).rejects.toThrow(`zicht serve --db ${path}`);
    const again = await openStore(path);
    expect(await again.all('SELECT run_id FROM pipeline_output')).toEqual([{ run_id: 'real-run' }]);
    again.close();
  });

  it('`zicht pipeline` run twice on a real store refuses both times and keeps the store', async () => {
    const path = join(tempDir(), 'real.duckdb');
    const real = await openStore(path);
    await real.run("INSERT INTO pipeline_output VALUES ('real-run', 'indicators', now(), 1, 'kept', '{}')");
    real.close();
    for (const attempt of [1, 2]) {
      const result = await zicht('pipeline', '--db', path, '--scale', '0.01');
      expect(result.code, `attempt ${attempt}: ${result.stderr}`).toBe(1);
      expect(result.stderr).toContain('is not a synthetic demo store');
    }
    const after = await openStore(path);
    expect(await after.all('SELECT run_id FROM pipeline_output')).toEqual([{ run_id: 'real-run' }]);
    after.close();
  });

  it('replaces a demo store with a fresh one and keeps the previous beside it', async () => {
    const path = join(tempDir(), 'demo.duckdb');
    const first = await openDemoStore(path, () => {});
    await first.run("INSERT INTO pipeline_output VALUES ('tried-the-demo', 'indicators', now(), 1, 's', '{}')");
    first.close();
    expect(await isDemoStore(path)).toBe(true);
    const said: string[] = [];
    const second = await openDemoStore(path, (line) => said.push(line));
    expect(await second.all('SELECT run_id FROM pipeline_output')).toEqual([]);
    second.close();
    expect(said.join('\n')).toContain(`${path}.previous`);
    expect(existsSync(`${path}.previous`)).toBe(true);
    const previous = await openStore(`${path}.previous`);
    expect(await previous.all('SELECT run_id FROM pipeline_output')).toEqual([{ run_id: 'tried-the-demo' }]);
    previous.close();
  });

  it('a command on a store that a server holds says so in one sentence instead of DuckDB’s lock error', async () => {
    const path = join(tempDir(), 'held.duckdb');
    const held = await openStore(path); // this test process plays the running server
    try {
      const result = await zicht('deliveries', 'list', '--db', path);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`The store ${path} is in use by another Zicht process (PID ${process.pid})`);
      expect(result.stderr).toContain('stop the server first');
      expect(result.stderr).not.toContain('Conflicting lock');
    } finally {
      held.close();
    }
  });
});
