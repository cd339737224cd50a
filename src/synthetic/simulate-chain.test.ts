import { beforeAll, describe, expect, it } from 'vitest';
import { type SourceCode, sources } from '../contract/index.ts';
import { passesElfProef } from './create-identity.ts';
import { simulateChain } from './simulate-chain.ts';
import type { RawRow, SyntheticChain } from './synthetic-chain.ts';

const small = { seed: 7, yearFrom: 2018, yearTo: 2025, scale: 0.05 };

describe('simulateChain determinism', () => {
  it('gives byte-identical output for the same options and different output for another seed', () => {
    const a = JSON.stringify(simulateChain(small));
    expect(JSON.stringify(simulateChain({ ...small }))).toBe(a);
    expect(JSON.stringify(simulateChain({ ...small, seed: 8 }))).not.toBe(a);
  });

  it('keeps population and registrations when only the fault rates change (separate random streams)', () => {
    const clean = simulateChain({
      ...small,
      faults: { nameTypo: 0, dobSwap: 0, dobMissing: 0, dobYearOff: 0, duplicateRow: 0, malformedRow: 0 },
    });
    const faulty = simulateChain(small);
    expect(clean.truth.faults).toHaveLength(0);
    expect(clean.truth.victims).toEqual(faulty.truth.victims);
    const duplicates = faulty.truth.faults.filter(
      (f) => f.source === 'police' && f.recordType === 'registration' && f.kind === 'duplicate_row',
    ).length;
    expect(faulty.extracts.police.registration.length).toBe(clean.extracts.police.registration.length + duplicates);
  });

  it('refuses impossible options, naming each problem', () => {
    expect(() => simulateChain({ seed: 1.5, yearFrom: 2020, yearTo: 2019, scale: 0 })).toThrow(/seed.*yearTo.*scale/);
  });
});

describe('a simulated chain (scale 0.5, 2018–2025)', () => {
  let chain: SyntheticChain;
  let faulty: Set<string>;
  const isFaulty = (source: string, recordType: string, k: number) => faulty.has(`${source}|${recordType}|${k}`);
  beforeAll(() => {
    chain = simulateChain({ seed: 11, yearFrom: 2018, yearTo: 2025, scale: 0.5 });
    faulty = new Set(chain.truth.faults.map((f) => `${f.source}|${f.recordType}|${f.rowIndex}`));
  });

  it('has case events that reference a registration of their source, in chain order, none after 31 Dec 2025', () => {
    const cut = '2025-12-31';
    const order: Record<string, string> = {
      complaint: 'report',
      suspect_registered: 'report',
      om_decision: 'om_inflow',
      sentence: 'court_ruling',
      probation_end: 'probation_start',
    };
    for (const source of sources.codes) {
      const { registration, case_event } = chain.extracts[source];
      const registrations = new Map<string, RawRow>();
      registration.forEach((r, k) => {
        if (isFaulty(source, 'registration', k)) return;
        registrations.set(String(r.registration_id), r);
        const from = r.incident_date_from;
        const to = r.incident_date_to;
        const registered = String(r.registration_date);
        expect(registered <= cut).toBe(true);
        if (typeof from === 'string') expect(from <= registered).toBe(true);
        if (typeof from === 'string' && typeof to === 'string') expect(from <= to && to <= registered).toBe(true);
      });
      const stepDate = new Map<string, string>();
      case_event.forEach((e, k) => {
        if (isFaulty(source, 'case_event', k)) return;
        const r = registrations.get(String(e.registration_id));
        if (!r) return; // only when that registration row itself carries a fault
        expect(String(r.registration_date) <= String(e.event_date)).toBe(true);
        expect(String(e.event_date) <= cut).toBe(true);
        stepDate.set(`${e.registration_id}|${e.step}`, String(e.event_date));
      });
      for (const [key, date] of stepDate) {
        const [id, step] = key.split('|') as [string, string];
        const before = order[step];
        const earlier = before ? stepDate.get(`${id}|${before}`) : undefined;
        if (earlier) expect(earlier <= date).toBe(true);
      }
      const allIds = new Set(registration.map((r) => String(r.registration_id)));
      const orphans = case_event.filter(
        (e, k) => !isFaulty(source, 'case_event', k) && !allIds.has(String(e.registration_id)),
      );
      const blankedIds = new Set(
        chain.truth.faults
          .filter((f) => f.source === source && f.kind === 'empty_id' && f.column === 'registration_id')
          .map((f) => f.original),
      );
      for (const o of orphans) expect(blankedIds.has(o.registration_id ?? null)).toBe(true);
    }
  });

  it('orders the justice chain across sources for each incident: police ≤ OM ≤ courts ≤ probation', () => {
    const dateOf = new Map<string, string>();
    for (const source of ['police', 'om', 'courts', 'probation'] as SourceCode[]) {
      const ids = new Map(
        chain.truth.registrationLinks
          .filter((l) => l.source === source)
          .map((l) => [l.registration_id, l.true_incident_id]),
      );
      chain.extracts[source].registration.forEach((r, k) => {
        if (isFaulty(source, 'registration', k)) return;
        const incident = ids.get(String(r.registration_id));
        if (incident) dateOf.set(`${source}|${incident}`, String(r.registration_date));
      });
    }
    let compared = 0;
    for (const [key, date] of dateOf) {
      const [source, incident] = key.split('|') as [string, string];
      const previous = { om: 'police', courts: 'om', probation: 'courts' }[source];
      const earlier = previous ? dateOf.get(`${previous}|${incident}`) : undefined;
      if (earlier) {
        expect(earlier <= date).toBe(true);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('registers at OM and courts only what went through police; victim support mostly after police', () => {
    const incidentsOf = (source: SourceCode) =>
      new Set(chain.truth.registrationLinks.filter((l) => l.source === source).map((l) => l.true_incident_id));
    const police = incidentsOf('police');
    const total = chain.truth.incidentsPerYear.reduce((n, y) => n + y.total, 0);
    for (const source of ['om', 'courts', 'probation'] as SourceCode[]) {
      for (const id of incidentsOf(source)) expect(police.has(id)).toBe(true);
    }
    const om = incidentsOf('om');
    const pOmGivenPolice = [...police].filter((id) => om.has(id)).length / police.size;
    expect(pOmGivenPolice).toBeGreaterThan(0.15);
    const support = incidentsOf('victim_support');
    const withPolice = [...support].filter((id) => police.has(id)).length;
    const pGivenPolice = withPolice / police.size;
    const pGivenNoPolice = (support.size - withPolice) / (total - police.size);
    expect(pGivenPolice).toBeGreaterThan(10 * pGivenNoPolice);
  });

  it('shows heterogeneity: a child captured by one source is more likely captured by another (odds ratio > 1.5)', () => {
    const oddsRatio = (a: SourceCode, b: SourceCode) => {
      let both = 0;
      let onlyA = 0;
      let onlyB = 0;
      let neither = 0;
      for (const v of chain.truth.victims) {
        const inA = v.sources.includes(a);
        const inB = v.sources.includes(b);
        if (inA && inB) both++;
        else if (inA) onlyA++;
        else if (inB) onlyB++;
        else neither++;
      }
      return (both * neither) / (onlyA * onlyB);
    };
    expect(oddsRatio('csg', 'veilig_thuis')).toBeGreaterThan(1.5);
    expect(oddsRatio('police', 'csg')).toBeGreaterThan(1.5);
  });

  it('counts at least as many true victims as distinct registered ones, and links every local person id', () => {
    const registered = new Set(chain.truth.personLinks.filter((l) => l.role === 'victim').map((l) => l.true_person_id));
    expect(chain.truth.victims.length).toBeGreaterThanOrEqual(registered.size);
    expect(chain.truth.victims.filter((v) => v.registered).length).toBe(registered.size);
    for (const y of chain.truth.victimsPerYear) expect(y.total).toBeGreaterThan(y.registeredByAnySource);
    for (const source of sources.codes) {
      const linked = new Set(chain.truth.personLinks.filter((l) => l.source === source).map((l) => l.person_id));
      chain.extracts[source].person.forEach((p, k) => {
        if (isFaulty(source, 'person', k)) return;
        expect(linked.has(String(p.person_id))).toBe(true);
        expect(String(p.person_id).startsWith('TP')).toBe(false);
        if (p.bsn !== null) expect(passesElfProef(String(p.bsn))).toBe(true);
      });
    }
  });

  it('has probation registrations with a suspect and mostly without a victim', () => {
    const rows = chain.extracts.probation.registration;
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r) => r.suspect_person_id !== null || r.registration_id === '')).toBe(true);
    expect(rows.filter((r) => r.victim_person_id === null).length / rows.length).toBeGreaterThan(0.6);
  });
});
