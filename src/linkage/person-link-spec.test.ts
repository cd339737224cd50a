import { describe, expect, it } from 'vitest';
import { encodeBloomFilter, encodePersonName } from '../deliveries/index.ts';
import { openStore } from '../store/index.ts';
import { dateSimilarity, nameHalf, personLinkSpec } from './person-link-spec.ts';

// The date levels' similarity bounds are properties of the date encoding, not of any data: checked
// here over random dates under a key of this test's own.
const secret = 'date-levels-test-secret-0123456789';
const similarity = (a: string, b: string) => {
  const x = Buffer.from(encodeBloomFilter(a, 'dob', secret) ?? '', 'base64');
  const y = Buffer.from(encodeBloomFilter(b, 'dob', secret) ?? '', 'base64');
  let differ = 0;
  for (let i = 0; i < x.length; i++) for (let v = (x[i] as number) ^ (y[i] as number); v; v >>= 1) differ += v & 1;
  return 1 - differ / (x.length * 8);
};
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const share = (xs: readonly boolean[]) => xs.filter(Boolean).length / xs.length;

describe('the birth-date levels', () => {
  let seed = 20_261_205;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const dates = Array.from({ length: 2000 }, () => ({
    y: 1990 + Math.floor(random() * 30),
    m: 1 + Math.floor(random() * 12),
    d: 1 + Math.floor(random() * 28),
    m2: 1 + Math.floor(random() * 12),
    d2: 1 + Math.floor(random() * 28),
  }));

  it('keep a day and month swapped above the bound that an unrelated date of the same year stays under', () => {
    const swapped = dates
      .filter((x) => x.d <= 12 && x.d !== x.m)
      .map((x) => similarity(iso(x.y, x.m, x.d), iso(x.y, x.d, x.m)));
    const unrelated = dates
      .filter((x) => x.m2 !== x.m)
      .map((x) => similarity(iso(x.y, x.m, x.d), iso(x.y, x.m2, x.d2)));
    expect(share(swapped.map((s) => s >= dateSimilarity.swapped))).toBeGreaterThan(0.95);
    expect(share(unrelated.map((s) => s < dateSimilarity.swapped))).toBeGreaterThan(0.95);
  });

  it('keep a birth year one off (same day and month) above its bound', () => {
    const slipped = dates.map((x) => similarity(iso(x.y, x.m, x.d), iso(x.y + 1, x.m, x.d)));
    expect(share(slipped.map((s) => s >= dateSimilarity.yearOff))).toBeGreaterThan(0.95);
  });
});

describe('the kept-apart level', () => {
  it('says whether a record its source kept apart resembles the other record more', async () => {
    const secret = 'kept-apart-test-secret-0123456789';
    const name = (first: string) => encodePersonName({ first_names: first, surname: 'Tesfay' }, secret) ?? '';
    const store = await openStore(':memory:');
    try {
      await store.session(async () => {
        // the police registered twins Selam (0) and Senait (1) in one incident, so each is the
        // other's kept-apart record; Veilig Thuis knows Senayt (2) and, elsewhere, Sara (3)
        await store.run('CREATE TEMP TABLE raw (rid INTEGER, bloom VARCHAR, apart INTEGER[])');
        const rows: [number, string, string][] = [
          [0, name('Selam'), '[1]'],
          [1, name('Senait'), '[0]'],
          [2, name('Senayt'), 'NULL'],
          [3, name('Sara'), 'NULL'],
        ];
        for (const [rid, bloom, apart] of rows)
          await store.run(`INSERT INTO raw VALUES (?, ?, ${apart}::INTEGER[])`, [rid, bloom]);
        await store.run(`CREATE TEMP TABLE lk_person AS SELECT rid, ${nameHalf('bloom', 1)} AS name_first FROM raw`);
        await store.run(`CREATE OR REPLACE TEMP TABLE lk_person AS SELECT p.*,
          (SELECT list(o.name_first) FROM raw x, unnest(x.apart) AS u(a) JOIN lk_person o ON o.rid = u.a WHERE x.rid = p.rid) AS apart_first
          FROM lk_person p`);
        const sql = personLinkSpec('halves').fields.find((f) => f.name === 'kept_apart')?.levels?.sql;
        const level = async (a: number, b: number) =>
          Number(
            (
              await store.all<{ level: number }>(
                `SELECT ${sql} AS level FROM lk_person l, lk_person r WHERE l.rid = ? AND r.rid = ?`,
                [a, b],
              )
            )[0]?.level,
          );
        // Selam and Senayt: her twin Senait is closer to Senayt, so the pair is most likely Senait's
        expect(await level(0, 2)).toBe(0);
        expect(await level(2, 0)).toBe(0);
        // Senait and Senayt: the record kept apart (Selam) is not closer
        expect(await level(1, 2)).toBe(1);
        // neither Senayt nor Sara shares an incident with another record of its source: no information
        expect(await level(2, 3)).toBe(-1);
      });
    } finally {
      store.close();
    }
  });
});
