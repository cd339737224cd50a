import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.ts';
import { ageAtSql } from './age-at-sql.ts';

let store: Store;
beforeAll(async () => {
  store = await openStore(':memory:');
});
afterAll(() => store.close());

describe('age from a birth year and month', () => {
  it('turns a year older on the first day of the birth month', async () => {
    const cases: [string, string, number][] = [
      ['2010-06', '2025-05-31', 14],
      ['2010-06', '2025-06-01', 15],
      ['2010-06', '2025-12-31', 15],
      ['2010-12', '2011-01-01', 0],
      ['2008-02', '2024-02-29', 16],
    ];
    for (const [birth, date, age] of cases) {
      const [row] = await store.all<{ age: number }>(
        `SELECT ${ageAtSql('b', 'd')} AS age FROM (SELECT ? AS b, CAST(? AS DATE) AS d)`,
        [birth, date],
      );
      expect(row?.age, `${birth} on ${date}`).toBe(age);
    }
  });
});
