import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceFits } from '../../test/support/estimation-reference/r-reference-fits.ts';
import { type MseOptions, type MseResult, runMseCommand } from './mse-command.ts';

// Fixtures: the published tables in src/estimation/reference/data; the expected numbers come from
// R's glm (src/estimation/reference/r-reference-fits.R).
const data = (name: string) =>
  new URL(`../../test/support/estimation-reference/data/${name}.csv`, import.meta.url).pathname;
const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

async function run(file: string, options: Partial<MseOptions>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runMseCommand(file, options, { result: (t) => out.push(t), error: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function runJson(file: string, options: Partial<MseOptions>): Promise<MseResult> {
  const { code, out, err } = await run(file, { ...options, json: true });
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as MseResult;
}

function expectMatchesR(result: MseResult, table: string, interactions: readonly string[]) {
  const reference = referenceFits.find((r) => r.table === table && r.interactions.join() === interactions.join());
  if (!reference) throw new Error(`no R reference for ${table} ${interactions.join(' + ')}`);
  expect(relative(result.nhat, reference.nHat)).toBeLessThan(1e-6);
  expect(relative(result.hidden, reference.nHat - result.observed)).toBeLessThan(1e-6);
  expect(relative(result.aic, reference.aic)).toBeLessThan(1e-6);
  expect(relative(result.bic, reference.bic)).toBeLessThan(1e-6);
  expect(relative(result.deviance, reference.deviance)).toBeLessThan(1e-6);
  expect(result.df).toBe(reference.df);
  if (result.ci.method === 'profile') {
    expect(relative(result.ci.low, reference.profile[0])).toBeLessThan(1e-6);
    expect(relative(result.ci.high, reference.profile[1])).toBeLessThan(1e-6);
  }
}

// The model choices themselves are tested beside estimateFromCaptureTable (src/estimation); here:
// the file is read, the options reach the estimate, and what is printed.
describe('zicht mse', () => {
  it('fits the independence model (Kosovo) from the file as R does, and prints it as JSON', async () => {
    const result = await runJson(data('Kosovo'), { model: 'independence' });
    expect(result.model).toBe('EXH + ABA + OSCE + HRW');
    expectMatchesR(result, 'Kosovo', []);
  });

  it('passes --model two-way and the bootstrap options on, and prints what was dropped', async () => {
    const result = await runJson(data('NewOrl_5'), {
      model: 'two-way',
      interval: 'bootstrap',
      replicates: 20,
      seed: 3,
    });
    expect(result.selection.mode).toBe('two-way');
    expect(result.dropped.map((d) => d.term).sort()).toEqual(['A:H', 'C:H', 'D:H']);
    expect(result.ci.method).toBe('bootstrap');
    expect(result.bootstrap).toMatchObject({ replicates: 20, seed: 3 });
  });

  it('says when the asked model cannot be estimated, suggests --model best and exits with 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zicht-mse-'));
    const path = join(dir, 'disjoint.csv');
    writeFileSync(path, 'A,B,count\n1,0,5\n0,1,7\n');
    const { code, out, err } = await run(path, { model: 'independence' });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/^zicht mse: the model cannot be estimated from this table: .*; try --model best$/);
  });

  it('prints a readable summary without --json', async () => {
    const { code, out } = await run(data('Kosovo'), {});
    expect(code).toBe(0);
    expect(out).toMatch(/estimated total: 14,342/);
    expect(out).toMatch(/95% profile interval/);
  });

  describe('refuses a bad file with what to fix and exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zicht-mse-'));
    const file = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    const cases: [string, string, RegExp][] = [
      ['no-count.csv', 'A,B,C\n1,0,0\n0,1,0\n', /no "count" column/],
      ['one-list.csv', 'A,count\n1,10\n', /at least two lists/],
      ['not-binary.csv', 'A,B,count\n1,0,5\n0,2,3\n1,1,2\n', /row 2, column B\): "2" is not 0 or 1/],
      ['bad-count.csv', 'A,B,count\n1,0,5\n0,1,-3\n1,1,2\n', /row 2, column count\): "-3" is not a whole number/],
      ['duplicate.csv', 'A,B,count\n1,0,5\n0,1,3\n1,0,2\n', /row 3\): pattern 10 is also on row 1/],
      ['all-zero.csv', 'A,B,count\n1,0,5\n0,0,3\n', /seen by no list/],
      ['ragged.csv', 'A,B,count\n1,0,5\n0,1\n', /row 2.*fields where the header has 3/],
      ['missing.csv', '', /no data rows|cannot read/],
    ];
    for (const [name, text, message] of cases) {
      it(name, async () => {
        const path = name === 'missing.csv' ? join(dir, 'does-not-exist.csv') : file(name, text);
        const { code, out, err } = await run(path, { json: true });
        expect(code).toBe(1);
        expect(out).toBe('');
        expect(err).toMatch(message);
      });
    }

    it('reports every problem at once', async () => {
      const { err } = await run(file('many.csv', 'A,B,count\n1,x,5\n0,1,y\n'), {});
      expect(err).toMatch(/row 1, column B/);
      expect(err).toMatch(/row 2, column count/);
    });
  });
});
