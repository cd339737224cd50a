import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rCovariateFits } from '../../test/support/estimation-reference/r-covariate-fits.ts';
import { referenceFits } from '../../test/support/estimation-reference/r-reference-fits.ts';
import { readReferenceTable } from '../../test/support/estimation-reference/read-reference-table.ts';
import { estimatePopulationSize, selectLogLinearModel } from '../estimation/index.ts';
import { type MseLine, type MseOptions, type MseResult, runMseCommand } from './mse-command.ts';

// Fixtures: the published tables in src/estimation/reference/data; the expected numbers come from
// R's glm (src/estimation/reference/r-reference-fits.R).
const data = (name: string) =>
  new URL(`../../test/support/estimation-reference/data/${name}.csv`, import.meta.url).pathname;
const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

/**
 * A capture table of K lists A, B, … as a CSV file: counts of patterns 1…1, 1…10, … 0…01 in that
 * order (2^K − 1 counts).
 */
function listTable(name: string, counts: readonly number[]): string {
  const k = Math.log2(counts.length + 1);
  const path = join(mkdtempSync(join(tmpdir(), 'zicht-mse-')), `${name}.csv`);
  const rows = counts.map((count, i) => `${[...(counts.length - i).toString(2).padStart(k, '0')].join(',')},${count}`);
  const header = Array.from({ length: k }, (_, j) => String.fromCharCode(65 + j));
  writeFileSync(path, `${header.join(',')},count\n${rows.join('\n')}\n`);
  return path;
}

async function run(paths: string | readonly string[], options: Partial<MseOptions>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runMseCommand(paths, options, { result: (t) => out.push(t), error: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs and parses the JSON lines; stdout must be nothing else. */
async function runLines(paths: string | readonly string[], options: Partial<MseOptions>): Promise<MseLine[]> {
  const { code, out, err } = await run(paths, options);
  expect(err).toBe('');
  expect(code).toBe(0);
  return out.split('\n').map((line) => JSON.parse(line) as MseLine);
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
      maxTotalPerObserved: Number.POSITIVE_INFINITY,
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
    expect(err).toMatch(
      /^zicht mse: the model cannot be estimated from this table: .*; try --model published or best$/,
    );
  });

  it('prints a readable summary without --json', async () => {
    const { code, out } = await run(data('Kosovo'), { model: 'best', criterion: 'bic' });
    expect(code).toBe(0);
    expect(out).toMatch(/estimated total: 14,342/);
    expect(out).toMatch(/95% profile interval/);
  });

  it('by default gives the published estimator, with its rule and every family beside it', async () => {
    // a short latent-class run keeps the test quick; the rule is the same
    const quick = { replicates: 100, latentClassIterations: 2000 };
    const { code, out } = await run(data('Kosovo'), quick);
    const estimate = estimatePopulationSize(readReferenceTable('Kosovo'), {
      bootstrapReplicates: 100,
      latentClass: { iterations: 2000 },
    });
    if (estimate.status !== 'ok') throw new Error(estimate.reason);
    expect(code).toBe(0);
    const round = (x: number) => Math.round(x).toLocaleString('en');
    expect(out).toContain(
      `estimated total: ${round(estimate.total)} (hidden: ${round(estimate.hidden)}), 95% combined interval ${round(estimate.lower)} to ${round(estimate.upper)}`,
    );
    expect(out).toMatch(
      /rule: pairwise model by AIC \(all-subsets, 64 models\), two bootstraps re-selecting the model \(100 replicates each, one drawn from the chosen model’s fit, one from the largest estimable pairwise model’s fit; the interval spans both; seed 1\); the estimate combines pairwise log-linear models, all pairs \+ heterogeneity term and latent classes \(the interval: their equal mixture\)/,
    );
    expect(out).toMatch(/heterogeneity term: likelihood-ratio statistic \d+\.\d\d > 3\.84/);
    expect(out).toMatch(/\* all pairs \+ heterogeneity term/);
    expect(out).toMatch(/ {4}independent lists/);
    // each family's fit to the seen cells; two classes fit far worse, combined because the test fired
    expect(out).toMatch(
      /fit to the seen cells, AIC above the best: pairwise log-linear models \+2\.7; all pairs \+ heterogeneity term best; latent classes \(2, maximum likelihood\) \+34\.7/,
    );
    expect(out).toContain('  none left out for its fit');
    expect(out).toMatch(
      /latent classes are combined because the three-way test fired, though 2 classes fit more than 10 worse/,
    );
    const json = await runJson(data('Kosovo'), quick);
    expect(json.nhat).toBeCloseTo(estimate.total, 9);
    expect(json.published?.families).toEqual(estimate.families);
    expect(json.published?.fitComparison).toEqual(estimate.fitComparison);
  });

  it('names a family left out for its fit, and why (lesbian: every pair positive, two classes far worse)', async () => {
    const { code, out } = await run(data('lesbian'), { replicates: 100 });
    expect(code).toBe(0);
    expect(out).toMatch(
      /fit to the seen cells, AIC above the best: pairwise log-linear models best; all pairs \+ heterogeneity term \+2\.0; latent classes \(2, maximum likelihood\) \+24\.5/,
    );
    expect(out).toContain(
      '  left out: latent classes, more than 10 above the best on the every-pair pattern alone (essentially no support)',
    );
  });

  it('names a family left out above the bound for fitting worse, and what the estimate combines instead', async () => {
    // two-class-rare, four lists, N = 2,000 (bench/capture-scenarios.ts, table 1)
    const path = listTable('few-seen-by-all', [43, 53, 7, 25, 32, 47, 19, 150, 12, 34, 12, 123, 19, 218, 93]);
    const { code, out } = await run(path, { replicates: 100 });
    expect(code).toBe(0);
    expect(out).toContain(
      '  left out: all pairs + heterogeneity term, its estimate above ten times the number observed while it fits more than 2 worse than the best (less than substantial support)',
    );
    expect(out).toMatch(/; the estimate combines pairwise log-linear models and latent classes \(the interval/);
  });

  it('says when latent classes describe the seen cells better than the chosen pairs, and combines them', async () => {
    // two-class-rare, five lists, N = 500 (bench/capture-scenarios.ts, table 3): AIC keeps nine of
    // the ten pairs and the three-way term's test does not fire
    const path = listTable(
      'classes-fit-better',
      [8, 3, 8, 2, 1, 0, 2, 7, 5, 1, 5, 12, 1, 5, 6, 30, 0, 1, 3, 5, 0, 3, 5, 21, 2, 4, 7, 51, 4, 28, 34],
    );
    const { code, out } = await run(path, { replicates: 100 });
    expect(code).toBe(0);
    expect(out).toMatch(/heterogeneity term: likelihood-ratio statistic \d+\.\d\d ≤ 3\.84/);
    expect(out).toMatch(
      /\n {2}latent classes describe the seen cells \d+\.\d AIC points better than the chosen pairwise model: heterogeneity accounts for the table better than the pairs, so the heterogeneity families are combined\n/,
    );
    expect(out).not.toContain('every pair of lists is positively dependent');
    // the three-way model fits more than 10 worse than two classes here and is left out
    expect(out).toContain('; the estimate combines pairwise log-linear models and latent classes (the interval');
  });

  it('says when latent classes describe the seen cells about as well as the chosen pairs, within 2 AIC points, and combines them', async () => {
    // two-class-rare, four lists, N = 500 (bench/capture-scenarios.ts, table 18): two classes fit
    // 1.9 points worse than the five pairs AIC keeps
    const path = listTable('classes-fit-as-well', [9, 15, 1, 4, 7, 15, 5, 40, 1, 10, 1, 33, 7, 60, 24]);
    const { code, out } = await run(path, { replicates: 100 });
    expect(code).toBe(0);
    expect(out).toMatch(
      /\n {2}latent classes describe the seen cells about as well as the chosen pairwise model \(1\.\d AIC points worse, within 2\): heterogeneity accounts for the table about as well as the pairs, so the heterogeneity families are combined\n/,
    );
    expect(out).toContain('; the estimate combines');
  });

  it('names the model that ran past the bound when it refuses the table, since the pairs may be within it', async () => {
    // two-class, four lists, N = 500 (bench/capture-scenarios.ts, table 11): pairs give 447 for 259
    // seen, the three-way model 25 times the number seen and fits best
    const path = listTable('three-way-best', [6, 33, 2, 8, 11, 21, 5, 42, 9, 14, 4, 21, 8, 54, 21]);
    const { code, err } = await run(path, { replicates: 100 });
    expect(code).toBe(1);
    const [message, heading, ...families] = err.split('\n');
    expect(message).toBe(
      'zicht mse: the estimate is more than ten times the observed number: the lists overlap too little to say how many were missed (the model with all pairs and a common heterogeneity term, which describes the seen table within 2 AIC points of the best)',
    );
    // and what each family said, so the reader sees the pairs within the bound and how far the other ran
    expect(heading).toBe('what each model family fitted before the refusal gave (none is published):');
    expect(families).toHaveLength(3);
    expect(families[1]).toMatch(/^ {4}pairwise log-linear models +447 {2}\([\d,]+ to [\d,]+, bootstrap\)$/);
    expect(families[2]).toMatch(
      /^ {4}all pairs \+ heterogeneity term +not estimable: the estimate is more than ten times .* \(its estimate: [\d,]+ for 259 seen\)$/,
    );
  });

  it('says when BIC chose because the model AIC chose exceeded ten times the number seen (New Orleans, five lists)', async () => {
    const { code, out } = await run(data('NewOrl_5'), { replicates: 100, latentClassIterations: 2000 });
    expect(code).toBe(0);
    expect(out).toMatch(
      /rule: pairwise model by BIC \(all-subsets, 1024 models; the model AIC chose gave more than ten times the number observed\), two bootstraps/,
    );
    expect(out).toMatch(
      /in \d+ of 200 bootstrap replicates AIC’s choice gave more than ten times the number observed there, and BIC chose/,
    );
    // BIC's independence gives 1,034 (Silverman, Chan & Vincent 2024: 981 on 186 seen); two latent
    // classes fit about as well and are combined with it
    expect(out).toMatch(/\n {2}\* pairwise log-linear models +1,034 /);
    expect(out).toMatch(/estimated total: [\d,]+ \(hidden/);
    expect(out).toContain(
      'the upper limit is above ten times the number observed: the table bounds the number from below, hardly from above',
    );
    const json = await runJson(data('NewOrl_5'), { replicates: 100, latentClassIterations: 2000 });
    expect(json.published).toMatchObject({
      criterionFallback: true,
      pairwiseInterval: 'bootstrap',
      averaged: null,
      fallbackReplicates: { of: 200 },
    });
    expect(json.selection.criterion).toBe('bic');
  });

  it('with three lists, names the model AIC would choose when it is not BIC’s, and why a reader should look (Darroch R3)', async () => {
    const { code, out } = await run(data('DarrochR3'), { replicates: 100 });
    expect(code).toBe(0);
    // BIC keeps two pairs (850); AIC all three, which gives 1,240
    expect(out).toMatch(/rule: pairwise model by BIC \(all-subsets, 8 models\)/);
    expect(out).toContain(
      '  with three lists BIC chooses; AIC would choose c1 + c2 + c3 + c1:c2 + c1:c3 + c2:c3, which gives 1,240. A weak dependence between two lists (one referring to the other) can escape BIC; the bootstrap drawn from the model with every pair carries it into the interval',
    );
    const json = await runJson(data('DarrochR3'), { replicates: 100 });
    expect(json.published?.aicChoice?.model).toBe('c1 + c2 + c3 + c1:c2 + c1:c3 + c2:c3');
    expect(json.published?.aicChoice?.nhat).toBeCloseTo(
      selectLogLinearModel(readReferenceTable('DarrochR3'), { criterion: 'aic' }).chosen?.nHat ?? Number.NaN,
      6,
    );
    // the interval is drawn from the model with every pair too, so it reaches past AIC's N̂ as
    // that model's own uncertainty does (drawn from BIC's model alone it ended near 1,950)
    expect(json.published?.resample).toBe('fitted-and-largest');
    expect(json.ci.high).toBeGreaterThan(2 * (json.published?.aicChoice?.nhat ?? Number.POSITIVE_INFINITY));
    // where both criteria choose the same model, nothing is said (Cormack, three lists)
    const cormack = await run(data('Cormack3'), { replicates: 100 });
    expect(cormack.out).not.toMatch(/AIC would choose/);
    expect((await runJson(data('Cormack3'), { replicates: 100 })).published?.aicChoice).toBeNull();
    // with four or more lists AIC chooses already
    expect(
      (await runJson(data('Kosovo'), { replicates: 100, latentClassIterations: 2000 })).published?.aicChoice,
    ).toBeNull();
  });

  it('--pairwise-interval model-averaged: the pairwise models’ tail areas averaged by the weights of the criterion that chose, no bootstrap', async () => {
    const { code, out } = await run(data('NewOrl_5'), {
      latentClassIterations: 2000,
      pairwiseInterval: 'model-averaged',
    });
    expect(code).toBe(0);
    expect(out).toMatch(
      /rule: pairwise model by BIC \(all-subsets, 1024 models; the model AIC chose gave more than ten times the number observed\), model-averaged tail-area interval over [\d,]+ pairwise models \(BIC weights; the chosen model’s weight 0\.\d\d\)/,
    );
    expect(out).not.toMatch(/bootstrap replicates/);
    expect(out).toMatch(/\n {2}\* pairwise log-linear models +1,034 +\([\d,]+ to [\d,]+, model-averaged\)/);
    const json = await runJson(data('NewOrl_5'), { latentClassIterations: 2000, pairwiseInterval: 'model-averaged' });
    expect(json.published).toMatchObject({ pairwiseInterval: 'model-averaged', resample: null });
    expect(json.published?.averaged?.models).toBeGreaterThan(1);
  });

  it('refuses a single model above ten times the number seen unless asked not to bound it', async () => {
    const { code, err } = await run(data('NewOrl_5'), { model: 'two-way' });
    expect(code).toBe(1);
    expect(err).toBe(
      'zicht mse: the estimate is more than ten times the observed number: the lists overlap too little to say how many were missed',
    );
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

  describe('many tables: one JSON line each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zicht-mse-many-'));
    const strata = join(dir, 'strata');
    mkdirSync(strata);
    // names chosen so that the folder's order (by name) differs from the order the files were written
    copyFileSync(data('Kosovo'), join(strata, 'b-kosovo.csv'));
    writeFileSync(join(strata, 'c-disjoint.csv'), 'A,B,count\n1,0,5\n0,1,7\n');
    copyFileSync(data('DarrochR3'), join(strata, 'a-darroch.csv'));
    writeFileSync(join(strata, 'notes.txt'), 'not a table');
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const single = join(dir, 'single');
    mkdirSync(single);
    copyFileSync(data('Kosovo'), join(single, 'kosovo.csv'));

    it('a folder of 3 tables gives 3 lines, by file name: the estimate and interval, or why there is none', async () => {
      const lines = await runLines(strata, { model: 'independence' });
      expect(lines.map((l) => l.file)).toEqual(
        ['a-darroch.csv', 'b-kosovo.csv', 'c-disjoint.csv'].map((f) => join(strata, f)),
      );
      const [darroch, kosovo, disjoint] = lines;
      if (!darroch?.ok || !kosovo?.ok || disjoint?.ok !== false)
        throw new Error(`unexpected lines ${JSON.stringify(lines)}`);
      expect(darroch.lists).toEqual(['c1', 'c2', 'c3']);
      expect(darroch.observed).toBe(414);
      expectMatchesR(darroch, 'DarrochR3', []);
      expect(kosovo.lists).toEqual(['EXH', 'ABA', 'OSCE', 'HRW']);
      expectMatchesR(kosovo, 'Kosovo', []);
      expect(kosovo.ci.low).toBeLessThan(kosovo.nhat);
      expect(kosovo.ci.high).toBeGreaterThan(kosovo.nhat);
      expect(disjoint).toMatchObject({ lists: ['A', 'B'], observed: 12, reason: 'model-not-estimable' });
      expect(disjoint.message).toMatch(/cannot be estimated/);
      expect(disjoint).not.toHaveProperty('nhat');
    });

    it('files and folders together, in the order given, with the options applied to each table', async () => {
      const lines = await runLines([data('Kosovo'), single], { model: 'best', criterion: 'bic' });
      expect(lines.map((l) => l.file)).toEqual([data('Kosovo'), join(single, 'kosovo.csv')]);
      const [a, b] = lines;
      if (!a?.ok || !b?.ok) throw new Error('no estimate');
      expect(a.selection).toMatchObject({ mode: 'best', criterion: 'bic' });
      expect(b).toEqual({ ...a, file: b.file });
    });

    it('a folder holding one table still gives a JSON line; --jsonl gives one for a single file', async () => {
      // Kosovo shows heterogeneity, so the published rule runs latent classes: a short run keeps this quick
      const quick = { replicates: 100, latentClassIterations: 2000 };
      const [fromFolder] = await runLines(single, quick);
      expect(fromFolder?.file).toBe(join(single, 'kosovo.csv'));
      const [fromFile] = await runLines(data('Kosovo'), { ...quick, jsonl: true });
      expect(fromFile).toEqual({ ...fromFolder, file: data('Kosovo') });
      expect(fromFile?.ok && fromFile.nhat).toBeGreaterThan(fromFile?.observed ?? Number.POSITIVE_INFINITY);
    });

    it('bad files among them: every one named, nothing printed, exit code 1', async () => {
      const bad = join(dir, 'bad.csv');
      writeFileSync(bad, 'A,B,count\n1,x,5\n');
      const { code, out, err } = await run([strata, bad, join(dir, 'gone.csv'), empty], {});
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toMatch(/bad\.csv \(row 1, column B\)/);
      expect(err).toMatch(/cannot read .*gone\.csv/);
      expect(err).toMatch(/empty is a folder without \.csv files/);
      expect(err).not.toMatch(/kosovo|darroch|disjoint/);
    });

    it('a folder without .csv files is refused', async () => {
      const { code, err } = await run(empty, {});
      expect(code).toBe(1);
      expect(err).toMatch(/a folder without \.csv files/);
    });
  });

  describe('--covariates: columns that hold a value of each person, not a list', () => {
    const covariates = data('covariates_three_lists');

    it('adds the estimate with them (EM for unknown values) to the published one, as R gives it', async () => {
      const result = await runJson(covariates, { covariates: ['age', 'sex'], replicates: 100 });
      // the published estimate is of the pooled table: three lists, not five
      expect(result.lists).toEqual(['A', 'B', 'C']);
      expect(result.observed).toBe(rCovariateFits.observed);
      const c = result.covariateEstimate;
      if (c?.status !== 'ok') throw new Error(JSON.stringify(c));
      expect(relative(c.total, rCovariateFits.em.total)).toBeLessThan(1e-8);
      expect(c.intervalMethod).toBe('parametric-bootstrap');
      expect(c.covariates).toEqual(['age', 'sex']);
      expect(c.strata?.map((t) => t.values.join('/')).sort()).toEqual(['0-11/F', '0-11/M', '12-17/F', '12-17/M']);
      expect(c.unknownShare).toBeGreaterThan(0.2);
      const text = await run(covariates, { covariates: ['age', 'sex'], replicates: 100 });
      expect(text.out).toMatch(/^with covariates \(all pairs \+ age, sex × each list\): 7,355 \(/m);
      expect(text.out).toMatch(/% of the people seen have a value unknown: shared out by EM/);
      expect(text.out).toMatch(/^ {2}0-11, F: 2,636 \([\d,]+ to [\d,]+\), 1,668 of them seen$/m);
    });

    it('without the option the covariate columns are not lists, and are refused as such', async () => {
      const { code, err } = await run(covariates, {});
      expect(code).toBe(1);
      expect(err).toMatch(/column age\): "0-11" is not 0 or 1/);
    });

    it('names a covariate column the file lacks, and a pattern given twice with the same values', async () => {
      const missing = await run(covariates, { covariates: ['region'] });
      expect(missing.code).toBe(1);
      expect(missing.err).toMatch(
        /there is no column "region" for the covariate asked for: the columns are A, B, C, age, sex, count/,
      );
      const dir = mkdtempSync(join(tmpdir(), 'zicht-mse-covariates-'));
      const twice = join(dir, 'twice.csv');
      writeFileSync(twice, 'A,B,sex,count\n1,0,F,5\n1,0,M,4\n1,0,F,2\n0,1,,3\n1,1,F,1\n');
      const repeated = await run(twice, { covariates: ['sex'] });
      expect(repeated.code).toBe(1);
      expect(repeated.err).toMatch(/row 3.*pattern 10 with the same sex is also on row 1/);
    });

    it('gives every table of a folder its estimate with covariates, as JSON lines', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'zicht-mse-covariates-'));
      copyFileSync(covariates, join(dir, 'a.csv'));
      copyFileSync(data('covariates_three_lists_known'), join(dir, 'b.csv'));
      const lines = await runLines(dir, { covariates: ['age', 'sex'], replicates: 50 });
      expect(lines.map((l) => l.file)).toEqual([join(dir, 'a.csv'), join(dir, 'b.csv')]);
      const totals = lines.map((l) => (l.ok && l.covariateEstimate?.status === 'ok' ? l.covariateEstimate.total : 0));
      expect(relative(totals[0] ?? 0, rCovariateFits.em.total)).toBeLessThan(1e-8);
      expect(relative(totals[1] ?? 0, rCovariateFits.everyKnown.total)).toBeLessThan(1e-8);
    });
  });
});
