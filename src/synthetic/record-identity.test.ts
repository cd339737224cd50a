import { beforeAll, describe, expect, it } from 'vitest';
import { sources } from '../contract/index.ts';
import { identityRates } from './identity-rates.ts';
import { simulateChain } from './simulate-chain.ts';
import type { PersonPhenomenon, RawRow, SyntheticChain } from './synthetic-chain.ts';

// The hard cases of linkage on a moderately sized chain, against the rates in identity-rates.ts and
// docs/synthetic-chain.md; tolerances are a few standard errors at this size (≈ 10,000 registered victims).
const options = { seed: 5, yearFrom: 2018, yearTo: 2025, scale: 0.3 };
let chain: SyntheticChain;
type Row = { row: RawRow; trueId: string; phenomena: PersonPhenomenon[]; source: string; index: number };
let victimRows: Row[];
const share = (rows: readonly Row[], p: PersonPhenomenon) =>
  rows.filter((r) => r.phenomena.includes(p)).length / rows.length;

beforeAll(() => {
  chain = simulateChain(options);
  const truthOf = new Map(chain.truth.personLinks.map((l) => [`${l.source}/${l.person_id}`, l]));
  const phenomenaOf = new Map(chain.truth.personPhenomena.map((p) => [`${p.source}/${p.person_id}`, p.phenomena]));
  victimRows = sources.codes.flatMap((source) =>
    chain.extracts[source].person.flatMap((row, index) => {
      const key = `${source}/${row.person_id}`;
      const link = truthOf.get(key);
      return link?.role === 'victim'
        ? [{ row, source, index, trueId: link.true_person_id, phenomena: phenomenaOf.get(key) ?? [] }]
        : [];
    }),
  );
});

describe('identities and the hard cases of linkage', () => {
  it('lists the phenomena of every local person id, in person-link order', () => {
    expect(chain.truth.personPhenomena.map((p) => `${p.source}/${p.person_id}`)).toEqual(
      chain.truth.personLinks.map((l) => `${l.source}/${l.person_id}`),
    );
  });

  it('has victims with a twin (≈ 1.5 %) or a sibling (≈ 9 %) abused by the same suspect, pairs both ways', () => {
    const victims = chain.truth.victims;
    const byId = new Map(victims.map((v) => [v.true_person_id, v]));
    const twins = victims.filter((v) => v.twin_of !== null);
    const siblings = victims.filter((v) => v.sibling_of !== null);
    expect(twins.length / victims.length).toBeGreaterThan(0.008);
    expect(twins.length / victims.length).toBeLessThan(0.025);
    expect(siblings.length / victims.length).toBeGreaterThan(0.05);
    expect(siblings.length / victims.length).toBeLessThan(0.13);
    for (const t of twins) {
      const other = byId.get(t.twin_of as string);
      expect(other?.twin_of).toBe(t.true_person_id);
      expect(other?.date_of_birth).toBe(t.date_of_birth);
    }
    for (const s of siblings) {
      const other = byId.get(s.sibling_of as string);
      expect(other?.sibling_of).toBe(s.true_person_id);
      const gapDays = Math.abs(Date.parse(String(other?.date_of_birth)) - Date.parse(s.date_of_birth)) / 86_400_000;
      expect(gapDays).toBeGreaterThanOrEqual(365);
      expect(gapDays).toBeLessThan(7 * 366);
    }
  });

  it('writes twins with one surname, birth date and postcode, and their own first name and BSN', () => {
    // rows that carry no other hard case show the official identifiers
    const plain = victimRows.filter(
      (r) => r.phenomena.length === 1 && r.phenomena[0] === 'twin' && r.row.postcode !== null,
    );
    const byTrue = new Map(plain.map((r) => [r.trueId, r.row]));
    let compared = 0;
    for (const v of chain.truth.victims) {
      if (v.twin_of === null || v.true_person_id > v.twin_of) continue;
      const a = byTrue.get(v.true_person_id);
      const b = byTrue.get(v.twin_of);
      if (!a || !b) continue;
      compared++;
      expect([b.surname_prefix, b.surname, b.date_of_birth, b.postcode]).toEqual([
        a.surname_prefix,
        a.surname,
        a.date_of_birth,
        a.postcode,
      ]);
      expect(String(b.first_names).split(' ')[0]).not.toBe(String(a.first_names).split(' ')[0]);
      expect(b.bsn).not.toBe(a.bsn);
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('gives asylum children (≈ 4 % of registered victims) mostly no BSN, spellings and patronyms', () => {
    const persons = new Map<string, boolean>();
    for (const r of victimRows)
      persons.set(r.trueId, (persons.get(r.trueId) ?? false) || r.phenomena.includes('asylum'));
    const asylumShare = [...persons.values()].filter(Boolean).length / persons.size;
    expect(Math.abs(asylumShare - identityRates.asylum)).toBeLessThan(0.01);
    const asylum = victimRows.filter((r) => r.phenomena.includes('asylum'));
    expect(share(asylum, 'no_bsn')).toBeGreaterThan(0.6);
    expect(share(asylum, 'transliteration')).toBeGreaterThan(0.3);
    expect(share(asylum, 'patronym_surname')).toBeGreaterThan(0.2);
    const estimated = asylum.filter((r) => r.phenomena.includes('estimated_birth_date'));
    expect(estimated.length).toBeGreaterThan(20);
    // a later fault (missing, swapped, year off, malformed) may have changed the date again
    const untouched = estimated.filter(
      (r) => /^\d{4}-\d{2}-\d{2}$/.test(String(r.row.date_of_birth)) && !r.phenomena.some((p) => p.startsWith('dob_')),
    );
    for (const r of untouched) expect(String(r.row.date_of_birth).slice(5)).toBe('01-01');
  });

  it('makes ≈ 15 % of CSG victim contacts anonymous: a first name, no surname, BSN or birth date', () => {
    const csg = victimRows.filter((r) => r.source === 'csg');
    expect(Math.abs(share(csg, 'anonymous_contact') - identityRates.anonymousCsg)).toBeLessThan(0.02);
    // (a row the fault injector then made unreadable may carry a bad date text instead)
    const malformed = new Set(
      chain.truth.faults.filter((f) => f.invalid && f.recordType === 'person').map((f) => `${f.source}/${f.rowIndex}`),
    );
    for (const r of csg.filter((x) => x.phenomena.includes('anonymous_contact'))) {
      const { date_of_birth, ...rest } = r.row;
      expect(rest).toMatchObject({ surname: null, surname_prefix: null, bsn: null });
      if (!malformed.has(`${r.source}/${r.index}`)) expect(date_of_birth).toBeNull();
      expect(String(r.row.first_names).length).toBeGreaterThan(0);
    }
    expect(victimRows.some((r) => r.source !== 'csg' && r.phenomena.includes('anonymous_contact'))).toBe(false);
  });

  it('writes call names at help services, particles in many forms, double and changed surnames', () => {
    const help = victimRows.filter((r) => r.source === 'csg' || r.source === 'victim_support');
    const justice = victimRows.filter((r) => r.source === 'om' || r.source === 'courts');
    expect(share(help, 'call_name')).toBeGreaterThan(0.04);
    expect(share(justice, 'call_name')).toBeLessThan(0.01);
    expect(share(help, 'particle_variant')).toBeGreaterThan(2 * share(justice, 'particle_variant'));
    const forms = new Set(
      victimRows
        .filter((r) => r.phenomena.includes('particle_variant'))
        .map((r) => {
          const s = String(r.row.surname);
          return /^v\./.test(String(r.row.surname_prefix))
            ? 'abbreviated'
            : /^[a-z]/.test(s)
              ? 'inside'
              : / /.test(s)
                ? 'capitalised'
                : 'joined';
        }),
    );
    expect([...forms].sort()).toEqual(['abbreviated', 'capitalised', 'inside', 'joined']);
    const persons = (p: PersonPhenomenon) =>
      new Set(victimRows.filter((r) => r.phenomena.includes(p)).map((r) => r.trueId)).size;
    const registered = new Set(victimRows.map((r) => r.trueId)).size;
    expect(Math.abs(persons('double_surname') / registered - identityRates.doubleSurname)).toBeLessThan(0.01);
    expect(Math.abs(persons('changed_surname') / registered - identityRates.changedSurname)).toBeLessThan(0.008);
    expect(victimRows.some((r) => r.phenomena.includes('double_surname') && /-/.test(String(r.row.surname)))).toBe(
      true,
    );
  });

  it('puts a birth year one off on ≈ 1 % of person rows, on top of swaps and gaps', () => {
    const personRows = sources.codes.reduce((n, s) => n + chain.extracts[s].person.length, 0);
    const yearOff = chain.truth.faults.filter((f) => f.kind === 'dob_year_off');
    // the draw leaves rows without a birth date (≈ 10 %) and 29 February as they are
    expect(yearOff.length / personRows).toBeGreaterThan(0.007);
    expect(yearOff.length / personRows).toBeLessThan(0.012);
    for (const f of yearOff) {
      const row = chain.extracts[f.source].person[f.rowIndex] as RawRow;
      expect(Math.abs(Number(String(row.date_of_birth).slice(0, 4)) - Number(String(f.original).slice(0, 4)))).toBe(1);
      expect(String(row.date_of_birth).slice(4)).toBe(String(f.original).slice(4));
    }
  });

  it('is deterministic: the same seed gives the same identities and phenomena', () => {
    const again = simulateChain(options);
    expect(again.truth.personPhenomena).toEqual(chain.truth.personPhenomena);
    expect(again.extracts.csg.person).toEqual(chain.extracts.csg.person);
  });
});
