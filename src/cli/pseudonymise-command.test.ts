import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir: string;
let input: string;

/** Runs the real command line, as a partner would, with exactly the given environment variables. */
function zicht(
  args: readonly string[],
  extraEnv: Record<string, string>,
): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  if (!('ZICHT_LINK_SECRET' in extraEnv)) delete env.ZICHT_LINK_SECRET;
  const result = spawnSync(process.execPath, ['bin/zicht.js', ...args], {
    cwd: join(import.meta.dirname, '../..'),
    env,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-pseudonymise-'));
  input = join(dir, 'person.csv');
  writeFileSync(
    input,
    'source,person_id,role,sex,birth_year_month,bsn,first_names,surname_prefix,surname,date_of_birth\npolice,P1,victim,F,2010-03,123456782,Eva,van der,Berg,2010-03-04\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('zicht pseudonymise', () => {
  it('refuses to run without ZICHT_LINK_SECRET, says to set it, and writes nothing', () => {
    const out = join(dir, 'none.csv');
    const run = zicht(['pseudonymise', input, '--out', out], {});
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /^zicht: ZICHT_LINK_SECRET is not set: set it to the partners' shared linkage secret of at least 32 random characters/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses the demo secret that ships in the repository', () => {
    const out = join(dir, 'demo.csv');
    const run = zicht(['pseudonymise', input, '--out', out], {
      ZICHT_LINK_SECRET: 'zicht-demo-secret-for-synthetic-data-only',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('demo secret that ships with Zicht, for synthetic data only');
    expect(existsSync(out)).toBe(false);
  });

  it('pseudonymises with a strong secret', () => {
    const out = join(dir, 'ok.csv');
    const run = zicht(['pseudonymise', input, '--out', out], { ZICHT_LINK_SECRET: 'q7Vx2mR9pL4tW8zK1cN6bJ3hF5dS0gYa' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('read 1 rows, wrote 1');
    expect(readFileSync(out, 'utf8')).not.toContain('123456782');
  });
});
