import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type RecordType, type SourceCode, sources } from '../contract/index.ts';
import {
  type DeliveryFormat,
  demoLinkSecret,
  type IngestResult,
  ingestDelivery,
  type PseudonymiseSummary,
  pseudonymiseFile,
} from '../deliveries/index.ts';
import { computeIndicators, type IndicatorValues } from '../indicators/index.ts';
import { type LinkageSummary, linkPersons } from '../linkage/index.ts';
import type { Store } from '../store/index.ts';
import { simulateChain, writeChain } from '../synthetic/index.ts';
import { estimateHiddenVictims, type HiddenVictimsEstimate } from './estimate-hidden-victims.ts';
import { type PipelineEffects, runStage } from './pipeline-run.ts';

export type PipelineOptions = {
  readonly seed: number;
  readonly yearFrom: number;
  readonly yearTo: number;
  readonly scale: number;
  /** Where the synthetic extracts and the pseudonymised deliveries are written. */
  readonly workDir: string;
  /** The partners' shared linkage secret (the central office never holds it in production). */
  readonly secret: string;
  /** The day deliveries are received; dates after it are refused. */
  readonly today: string;
};

export type PipelineResult = {
  readonly runId: string;
  readonly ingest: readonly (IngestResult & { source: string; recordType: RecordType })[];
  readonly linkage: LinkageSummary;
  readonly estimate: HiddenVictimsEstimate | null;
  readonly indicators: IndicatorValues;
};

/** Status lines are padded to this width, so a shorter one overwrites a longer one on a terminal. */
const statusWidth = 96;

/** The latent-class model's progress as one line that overwrites itself: "latent classes: 40% of 220,000 iterations". */
function latentClassProgress(status: (line: string) => void) {
  let shown = '';
  const of = {
    period: '',
    year: ' (each year)',
    'review-apart': ' (the linkage’s uncertain pairs all apart)',
    'review-together': ' (the linkage’s uncertain pairs all together)',
  } as const;
  return (done: number, total: number, estimate: keyof typeof of) => {
    const line = `  latent classes${of[estimate]}: ${Math.floor((100 * done) / total)}% of ${total.toLocaleString('en')} iterations`;
    if (line === shown) return;
    shown = line;
    status(line.padEnd(statusWidth));
  };
}

/** Each source delivers in its own format, so every reader is exercised on every run. */
export const deliveryFormatOf: Readonly<Record<SourceCode, DeliveryFormat>> = {
  police: 'csv',
  om: 'jsonl',
  courts: 'xlsx',
  csg: 'csv',
  veilig_thuis: 'jsonl',
  victim_support: 'csv',
  probation: 'jsonl',
};

const recordOrder: readonly RecordType[] = ['person', 'registration', 'case_event'];

/**
 * The walking skeleton, stage by stage: simulate → pseudonymise → ingest → link → estimate →
 * indicators. Each stage is a module with typed input and output; later work replaces their insides.
 */
export async function runPipeline(
  store: Store,
  options: PipelineOptions,
  effects: PipelineEffects,
): Promise<PipelineResult> {
  const runId = effects.now().toISOString();
  const period = { from: options.yearFrom, to: options.yearTo };
  const extractsDir = join(options.workDir, 'synthetic');
  const deliveriesDir = join(options.workDir, 'deliveries');
  const stage = <O>(name: string, work: () => Promise<{ summary: string; output: O }>) =>
    runStage(store, runId, name, effects, work);

  await stage('simulate', async () => {
    const chain = simulateChain({
      seed: options.seed,
      yearFrom: options.yearFrom,
      yearTo: options.yearTo,
      scale: options.scale,
    });
    if (existsSync(extractsDir)) rmSync(extractsDir, { recursive: true });
    const formats = [...new Set(Object.values(deliveryFormatOf))];
    await writeChain(chain, extractsDir, { formats });
    const counts = sources.codes.map((s) => chain.extracts[s].registration.length);
    const registrations = counts.reduce((a, b) => a + b, 0);
    const trueVictims = chain.truth.victims.length;
    return {
      summary: `${registrations.toLocaleString('en')} registrations by ${sources.codes.length} sources; ${trueVictims.toLocaleString('en')} children in the ground truth`,
      output: { registrations, trueVictims, victimsPerYear: chain.truth.victimsPerYear },
    };
  });

  await stage('pseudonymise', async () => {
    if (options.secret === demoLinkSecret) {
      effects.log(
        '  using the demo linkage secret that ships with Zicht: fine for this synthetic data only, never for real extracts (set ZICHT_LINK_SECRET)',
      );
    }
    const summaries: Record<string, PseudonymiseSummary> = {};
    for (const source of sources.codes) {
      mkdirSync(join(deliveriesDir, source), { recursive: true });
      const raw = join(extractsDir, 'extracts', source, `person.${deliveryFormatOf[source]}`);
      summaries[source] = await pseudonymiseFile(raw, join(deliveriesDir, source, 'person.csv'), options.secret);
    }
    const persons = Object.values(summaries).reduce((a, s) => a + s.rowsWritten, 0);
    return {
      summary: `${persons.toLocaleString('en')} person records tokenised; direct identifiers dropped at the source`,
      output: summaries,
    };
  });

  const ingest = await stage('ingest', async () => {
    const results: (IngestResult & { source: string; recordType: RecordType })[] = [];
    for (const source of sources.codes) {
      for (const recordType of recordOrder) {
        const file =
          recordType === 'person'
            ? join(deliveriesDir, source, 'person.csv')
            : join(extractsDir, 'extracts', source, `${recordType}.${deliveryFormatOf[source]}`);
        const result = await ingestDelivery(
          store,
          { file, source, recordType, period: `${options.yearFrom}-${options.yearTo}` },
          { today: options.today, now: effects.now },
        );
        results.push({ ...result, source, recordType });
      }
    }
    const accepted = results.reduce((a, r) => a + r.rowsAccepted, 0);
    const quarantined = results.reduce((a, r) => a + r.rowsQuarantined, 0);
    return {
      summary: `${accepted.toLocaleString('en')} rows stored, ${quarantined.toLocaleString('en')} quarantined with reasons`,
      output: results,
    };
  });

  const linkage = await stage('link', async () => {
    const summary = await linkPersons(store);
    return {
      summary: `${summary.records.toLocaleString('en')} person records → ${summary.clusters.victim.toLocaleString('en')} children and ${summary.clusters.suspect.toLocaleString('en')} suspects (${summary.method === 'exact' ? 'exact keys' : `Fellegi–Sunter${summary.fuzzy ? ' with Bloom filters' : ''}`})`,
      output: summary,
    };
  });

  const estimate = await stage('estimate', async () => {
    const result = await estimateHiddenVictims(store, period, {
      ...(effects.status ? { onProgress: latentClassProgress(effects.status) } : {}),
    });
    effects.status?.(`${' '.repeat(statusWidth)}\r`); // clears the progress line
    const round = (x: number) => Math.round(x).toLocaleString('en');
    const extremes = (result?.linkageSensitivity ?? []).map(
      (e) =>
        `${e.linkage === 'review-apart' ? 'all apart' : 'all together'} ${e.status === 'ok' ? round(e.total) : 'not estimable'}`,
    );
    const summary = result
      ? `${round(result.total)} children (95% ${round(result.lower)}–${round(result.upper)}), model ${result.model}` +
        (extremes.length > 0 ? `; the linkage's uncertain pairs ${extremes.join(', ')}` : '')
      : 'no estimable model';
    return { summary, output: result };
  });

  const indicators = await stage('indicators', async () => {
    const values = await computeIndicators(store, period);
    return { summary: `${Object.keys(values).length} indicators for ${period.from}–${period.to}`, output: values };
  });

  return { runId, ingest, linkage, estimate, indicators };
}
