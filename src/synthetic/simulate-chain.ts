import { buildExtracts } from './build-extracts.ts';
import { createIdentityFactory, type Identity } from './create-identity.ts';
import { createRng } from '../random/index.ts';
import { dayOf } from './day-number.ts';
import { injectFaults } from './inject-faults.ts';
import { resolveOptions, type SimulationOptions } from './simulation-options.ts';
import { type SourceRecord, simulatePathway } from './simulate-pathway.ts';
import { simulatePopulation, type TruePerson } from './simulate-population.ts';
import { addFaultPhenomena } from './add-fault-phenomena.ts';
import { summariseVictims } from './summarise-victims.ts';
import type { SyntheticChain } from './synthetic-chain.ts';

/**
 * A seeded synthetic chain: true children, suspects and incidents; what each of the seven sources
 * registered by 31 December of `yearTo`, as raw extracts with faults; and the ground truth.
 * Pure and deterministic: the same options give the same output, byte for byte.
 */
export function simulateChain(options: SimulationOptions): SyntheticChain {
  const o = resolveOptions(options);
  const years = { from: o.yearFrom, to: o.yearTo };
  const population = simulatePopulation(createRng(o.seed, 'population'), years, o.scale, createRng(o.seed, 'family'));
  const cutDay = dayOf(o.yearTo, 12, 31);
  const pathwayRng = createRng(o.seed, 'pathway');
  const records: SourceRecord[] = [];
  for (const incident of population.incidents) simulatePathway(pathwayRng, incident, cutDay, records);
  const firstDayOf = new Map<TruePerson, number>();
  for (const i of population.incidents) {
    if (!firstDayOf.has(i.victim)) firstDayOf.set(i.victim, i.fromDay);
    if (!firstDayOf.has(i.suspect)) firstDayOf.set(i.suspect, i.fromDay);
  }
  const victims = new Set(population.victims);
  // Identities are made only for people a source registers, in registration order (deterministic).
  const newIdentity = createIdentityFactory(createRng(o.seed, 'identity'));
  const identities = new Map<TruePerson, Identity>();
  const identityOf = (person: TruePerson): Identity => {
    let identity = identities.get(person);
    if (!identity) {
      const relative = person.relative && { kind: person.relative.kind, id: person.relative.person.id };
      identity = newIdentity({
        sex: person.sex,
        family: person.family,
        child: victims.has(person),
        birthDay: person.birthDay,
        firstDay: firstDayOf.get(person) ?? person.birthDay,
        relative,
      });
      identities.set(person, identity);
    }
    return identity;
  };
  const built = buildExtracts(
    createRng(o.seed, 'recording'),
    records,
    identityOf,
    createRng(o.seed, 'identity-recording'),
  );
  const { extracts, faults } = injectFaults(createRng(o.seed, 'faults'), o.faults, built.extracts);
  const personPhenomena = addFaultPhenomena(built.personPhenomena, faults, extracts);
  const summary = summariseVictims(population, records, years);
  return {
    truth: {
      simulation: o,
      personLinks: built.personLinks,
      personPhenomena,
      registrationLinks: built.registrationLinks,
      victims: summary.victims,
      victimsPerYear: summary.victimsPerYear,
      faults,
      incidentsPerYear: summary.incidentsPerYear,
    },
    extracts,
  };
}
