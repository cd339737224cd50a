import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/csv/index.ts';
import { encodeBloomFilter } from '../../src/deliveries/index.ts';
import { type LinkedRecords, type LinkField, type LinkSpec, linkRecords } from '../../src/linkage/index.ts';
import type { Store } from '../../src/store/index.ts';
import { type LinkEvaluation, evaluateLinks } from './evaluate-links.ts';

type FebrlRecord = Record<string, string>;

/** Reads a FEBRL CSV (header `rec_id, given_name, …`); the true person is the number in `rec-<n>-org|dup-k`. */
export function readFebrl(file: string): FebrlRecord[] {
  const [columns = [], ...rows] = parseCsv(readFileSync(file, 'utf8'))
    .map((record) => record.map((v) => v.trim()))
    .filter((record) => record.some((v) => v !== ''));
  return rows.map((row) => Object.fromEntries(row.map((v, i) => [columns[i] ?? `c${i}`, v])));
}

const febrlDob = (d: string | undefined) =>
  d && /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : '';
const orNull = (s: string | null | undefined) => (s && s.length > 0 ? s : null);

const blocking = (c: (f: string) => string) => [
  { name: 'dob', predicate: `l.${c('dob')} = r.${c('dob')}`, implies: ['dob'] },
  { name: 'name', predicate: `l.${c('name')} = r.${c('name')}`, implies: ['name'] },
  { name: 'soc_sec_id', predicate: `l.${c('ssid')} = r.${c('ssid')}`, implies: ['soc_sec_id'] },
  { name: 'postcode+initial', predicate: 'l.postcode = r.postcode AND l.initial = r.initial', implies: ['postcode'] },
];

/**
 * Links FEBRL 4a × 4b (deduplicating their union, unsupervised) on plaintext fields (Jaro–Winkler
 * bands) or on their Bloom-filter encodings (Dice bands), and scores pairs and clusters.
 */
export async function evaluateFebrl(
  store: Store,
  files: readonly string[],
  mode: 'plaintext' | 'encoded',
  secret: string,
): Promise<LinkEvaluation & { seconds: number; estimated: LinkedRecords['estimated'] }> {
  return store.session(() => evaluateFebrlOnOneConnection(store, files, mode, secret));
}

async function evaluateFebrlOnOneConnection(
  store: Store,
  files: readonly string[],
  mode: 'plaintext' | 'encoded',
  secret: string,
): Promise<LinkEvaluation & { seconds: number; estimated: LinkedRecords['estimated'] }> {
  const start = performance.now();
  const records = files.flatMap(readFebrl);
  const encoded = mode === 'encoded';
  const col = (f: string) => (encoded ? `${f}_bf` : f);
  await store.run(`CREATE OR REPLACE TEMP TABLE lk_febrl (rid INTEGER, part VARCHAR, name VARCHAR, dob VARCHAR, address VARCHAR, ssid VARCHAR, postcode VARCHAR, state VARCHAR, initial VARCHAR,
    name_bf VARCHAR, dob_bf VARCHAR, address_bf VARCHAR, ssid_bf VARCHAR)`);
  await store.append(
    'lk_febrl',
    records.map((r, i) => {
      const name = `${r.given_name ?? ''} ${r.surname ?? ''}`.trim();
      const address = [r.street_number, r.address_1, r.address_2, r.suburb].filter((x) => x).join(' ');
      const dob = febrlDob(r.date_of_birth);
      return [
        i,
        'all',
        orNull(name),
        orNull(dob),
        orNull(address),
        orNull(r.soc_sec_id),
        orNull(r.postcode),
        orNull(r.state),
        orNull((r.surname ?? '').slice(0, 1)),
        encodeBloomFilter(name, 'name', secret),
        encodeBloomFilter(dob, 'dob', secret),
        encodeBloomFilter(address, 'address', secret),
        encodeBloomFilter(r.soc_sec_id ?? '', 'number', secret),
      ];
    }),
  );
  const bits = (c: string) => `from_base64(${c})::BIT AS ${c}`;
  await store.run(`CREATE OR REPLACE TEMP TABLE lk_febrl_records AS SELECT rid, part, name, dob, address, ssid, postcode, state, initial,
    ${['name_bf', 'dob_bf', 'address_bf', 'ssid_bf'].map(bits).join(', ')} FROM lk_febrl`);
  const kind = encoded ? 'dice' : 'jaro';
  const fields: LinkField[] = [
    { name: 'name', column: col('name'), kind },
    { name: 'dob', column: col('dob'), kind },
    { name: 'address', column: col('address'), kind },
    { name: 'soc_sec_id', column: col('ssid'), kind },
    { name: 'postcode', column: 'postcode', kind: 'exact', termFrequency: true },
    { name: 'state', column: 'state', kind: 'exact', termFrequency: true },
  ];
  const spec: LinkSpec = { recordTable: 'lk_febrl_records', fields, blocking: blocking(col) };
  const linked = await linkRecords(store, spec);
  const truth = records.map((r) => /^rec-(\d+)-/.exec(r.rec_id ?? '')?.[1] ?? r.rec_id ?? '');
  const predicted = Array.from(linked.roots, String);
  return {
    ...evaluateLinks(predicted, truth),
    seconds: (performance.now() - start) / 1000,
    estimated: linked.estimated,
  };
}
