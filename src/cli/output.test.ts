import { describe, expect, it } from 'vitest';
import { statusWriter } from './output.ts';

const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, isTTY, write: (chunk: string) => written.push(chunk) > 0 };
};

describe('statusWriter', () => {
  it('overwrites the line in place on a terminal', () => {
    const terminal = stream(true);
    const status = statusWriter(terminal);
    status('latent classes: 1% of 220,000 iterations');
    status('latent classes: 2% of 220,000 iterations');
    expect(terminal.written).toEqual([
      '\rlatent classes: 1% of 220,000 iterations',
      '\rlatent classes: 2% of 220,000 iterations',
    ]);
  });

  it('into a log writes a line of its own at most every ten seconds, and no blank lines', () => {
    const log = stream(false);
    let clock = 0;
    const status = statusWriter(log, () => clock);
    for (let percent = 0; percent <= 100; percent++) {
      status(`  latent classes: ${percent}% of 220,000 iterations`);
      clock += 500;
    }
    status(' '.repeat(60));
    // 101 updates over 50.5 s: one at 0 s and one every 10 s after
    expect(log.written).toEqual([0, 20, 40, 60, 80, 100].map((p) => `latent classes: ${p}% of 220,000 iterations\n`));
  });

  it('writes every update into a log when asked to (ZICHT_STATUS_SECONDS=0)', () => {
    const log = stream(false);
    const status = statusWriter(log, () => 0, 0);
    status('20,000 rows read');
    status('40,000 rows read');
    expect(log.written).toEqual(['20,000 rows read\n', '40,000 rows read\n']);
  });
});
