import { type Store, openStore } from '../../src/store/index.ts';

type Value = string | number | boolean | null;
export type TestRegistration = { source: string; registration_id: string; registration_date: string } & Partial<
  Record<string, Value>
>;
export type TestEvent = { source: string; registration_id: string; step: string; event_date: string } & Partial<
  Record<string, Value>
>;
export type TestPerson = { source: string; person_id: string; role: string } & Partial<Record<string, Value>>;

const registrationColumns = [
  'registration_id',
  'registration_date',
  'incident_date_from',
  'incident_date_to',
  'offence_code',
  'setting',
  'online',
  'region',
  'victim_person_id',
  'suspect_person_id',
  'relationship',
];
const eventColumns = [
  'event_id',
  'registration_id',
  'person_id',
  'step',
  'event_date',
  'om_decision',
  'court_ruling',
  'sentence_type',
  'sentence_days',
];
const personColumns = ['person_id', 'role', 'sex', 'birth_year_month'];
const defaults: Record<string, Value> = {
  offence_code: 'SR242',
  setting: 'unknown',
  online: false,
  region: 'UNK',
  relationship: 'unknown',
  sex: 'U',
};

/** A tiny in-memory store for unit tests of indicator SQL: rows go in through one active delivery per source. */
export async function openTestStore(rows: {
  registrations?: readonly TestRegistration[];
  events?: readonly TestEvent[];
  persons?: readonly TestPerson[];
  links?: readonly { source: string; person_id: string; cluster_id: string }[];
}): Promise<Store> {
  const store = await openStore(':memory:');
  const used = new Set(
    [...(rows.registrations ?? []), ...(rows.events ?? []), ...(rows.persons ?? [])].map((r) => r.source),
  );
  for (const source of used) {
    await store.run(
      "INSERT INTO delivery VALUES (?, ?, 'mixed', '2018-2025', 'test', 'csv', ?, '1.0.0', now(), 0, 0, 0, 'active', NULL, now())",
      [`d-${source}`, source, source],
    );
  }
  const insert = async (table: string, columns: string[], list: readonly Record<string, unknown>[]) => {
    for (const [n, r] of list.entries()) {
      const values = columns.map(
        (c) => (c === 'event_id' ? (r[c] ?? `e${n}`) : (r[c] ?? defaults[c] ?? null)) as Value,
      );
      await store.run(
        `INSERT INTO ${table} (delivery_id, source, ${columns.join(', ')}) VALUES (?, ?, ${columns.map(() => '?').join(', ')})`,
        [`d-${r.source}`, r.source as string, ...values],
      );
    }
  };
  await insert('registration', registrationColumns, rows.registrations ?? []);
  await insert('case_event', eventColumns, rows.events ?? []);
  await insert('person', personColumns, rows.persons ?? []);
  for (const l of rows.links ?? [])
    await store.run("INSERT INTO person_link VALUES (?, ?, ?, 'test')", [l.source, l.person_id, l.cluster_id]);
  return store;
}
