import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sources } from '../../src/contract/index.ts';
import { ingestDelivery, pseudonymiseFile } from '../../src/deliveries/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { type SimulationOptions, type SyntheticChain, simulateChain, writeChain } from '../../src/synthetic/index.ts';

/**
 * A store for tests against ground truth: a synthetic chain written as the partners' files, pseudonymised and
 * ingested as in production (faulty rows quarantined), then linked by the truth itself, so linkage is exact.
 */
export async function openChainStore(
  options: SimulationOptions,
  dir: string,
): Promise<{ store: Store; chain: SyntheticChain }> {
  const store = await openStore(join(dir, 'zicht.duckdb'));
  const chain = simulateChain(options);
  await writeChain(chain, join(dir, 'synthetic'), { formats: ['csv'] });
  const effects = {
    today: `${options.yearTo + 1}-06-30`,
    now: () => new Date(Date.UTC(options.yearTo + 1, 5, 30, 12)),
  };
  const period = `${options.yearFrom}-${options.yearTo}`;
  for (const source of sources.codes) {
    const extracts = join(dir, 'synthetic', 'extracts', source);
    mkdirSync(join(dir, 'deliveries', source), { recursive: true });
    const person = join(dir, 'deliveries', source, 'person.csv');
    await pseudonymiseFile(join(extracts, 'person.csv'), person, 'test-secret-of-enough-length');
    for (const [recordType, file] of [
      ['person', person],
      ['registration', join(extracts, 'registration.csv')],
      ['case_event', join(extracts, 'case_event.csv')],
    ] as const) {
      await ingestDelivery(store, { file, source, recordType, period }, effects);
    }
  }
  await store.append(
    'person_link',
    chain.truth.personLinks.map((l) => [l.source, l.person_id, l.true_person_id, 'truth']),
  );
  return { store, chain };
}
