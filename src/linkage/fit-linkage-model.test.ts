import { describe, expect, it } from 'vitest';
import { openStore } from '../store/index.ts';
import { fitLinkageModel } from './fit-linkage-model.ts';
import type { LinkSpec } from './link-spec.ts';

describe('fitLinkageModel', () => {
  it('trains each blocking rule on every pair it finds, so a field another rule blocks on still gets its m', async () => {
    const store = await openStore(':memory:');
    // a plain table: the model's own staging tables need one connection, its input does not
    await store.run('CREATE TABLE lk_test (rid INTEGER, part VARCHAR, bsn VARCHAR, name VARCHAR, dob VARCHAR)');
    // 400 people with two records each; people i and i + 300 share a name
    const rows = Array.from({ length: 800 }, (_, rid) => {
      const person = rid >> 1;
      return [rid, 'all', `b${person}`, `n${person % 300}`, `d${person}`];
    });
    await store.append('lk_test', rows);
    const spec: LinkSpec = {
      recordTable: 'lk_test',
      fields: [
        { name: 'bsn', column: 'bsn', kind: 'exact' },
        { name: 'name', column: 'name', kind: 'exact' },
        { name: 'dob', column: 'dob', kind: 'exact' },
      ],
      blocking: [
        { name: 'bsn', predicate: 'l.bsn = r.bsn', implies: ['bsn'] },
        { name: 'name', predicate: 'l.name = r.name', implies: ['name'] },
      ],
    };
    const model = await fitLinkageModel(store, spec);
    // the name rule's pairs include the 400 true pairs, all agreeing on BSN: m(BSN agrees) ≈ 1
    expect(model.m[0]?.[1]).toBeGreaterThan(0.95);
    expect(model.m[2]?.[1]).toBeGreaterThan(0.95);
    expect(model.sessions.map((s) => s.pairs)).toEqual([400, 400 + 4 * 100]);
    // the random pairs sharing a BSN are the same person (400 of 319,600 pairs): as u that share
    // would cancel the prior; as an identifier, agreement among different people is never seen
    expect(model.u[0]?.[1]).toBeGreaterThan(0.0005);
    const identified = await fitLinkageModel(store, { ...spec, identifier: 'bsn' });
    const disagreeing = (800 * 799) / 2 - 400;
    expect(identified.u[0]?.[1]).toBeCloseTo(1 / (disagreeing + 2), 12);
    expect(identified.u[1]).toEqual(model.u[1]);
    store.close();
  });
});
