import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoLinkSecret } from '../deliveries/index.ts';
import { openStore } from '../store/index.ts';
import { runPipeline } from './run-pipeline.ts';

/** The lines a tiny synthetic run prints with the given secret. */
async function linesOfRun(secret: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'zicht-secret-'));
  const store = await openStore(':memory:');
  const lines: string[] = [];
  try {
    await runPipeline(
      store,
      { seed: 3, yearFrom: 2023, yearTo: 2024, scale: 0.005, secret, today: '2026-03-25', workDir: join(dir, 'work') },
      { now: () => new Date('2026-03-25T10:00:00Z'), log: (line) => lines.push(line) },
    );
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

describe('the synthetic pipeline and the demo linkage secret', () => {
  it('says it uses the demo secret, for synthetic data only, when it does', async () => {
    const lines = await linesOfRun(demoLinkSecret);
    const notice = lines.filter((l) => l.includes('demo linkage secret'));
    expect(notice).toHaveLength(1);
    expect(notice[0]).toContain('synthetic data only');
    expect(lines.indexOf(notice[0] ?? '')).toBe(lines.indexOf('▸ pseudonymise …') + 1);
  });

  it('says nothing of the kind with the partners’ own secret', async () => {
    const lines = await linesOfRun('q7Vx2mR9pL4tW8zK1cN6bJ3hF5dS0gYa');
    expect(lines.some((l) => l.includes('demo'))).toBe(false);
  });
});
