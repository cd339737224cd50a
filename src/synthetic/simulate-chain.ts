import { buildExtracts } from './build-extracts.ts';
import { createIdentityFactory, type Identity } from './create-identity.ts';
import { createRng } from '../random/index.ts';
import { dayOf } from './day-number.ts';
import { injectFaults } from './inject-faults.ts';
import { resolveOptions, type SimulationOptions } from './simulation-options.ts';
import { type SourceRecord, simulatePathway } from './simulate-pathway.ts';
import { simulatePopulation, type TruePerson } from './simulate-population.ts';
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
  const population = simulatePopulation(createRng(o.seed, 'population'), years, o.scale);
  const cutDay = dayOf(o.yearTo, 12, 31);
  const pathwayRng = createRng(o.seed, 'pathway');
  const records: SourceRecord[] = [];
  for (const incident of population.incidents) simulatePathway(pathwayRng, incident, cutDay, records);
  // Identities are made only for people a source registers, in registration order (deterministic).
  const newIdentity = createIdentityFactory(createRng(o.seed, 'identity'));
  const identities = new Map<TruePerson, Identity>();
  const identityOf = (person: TruePerson): Identity => {
    let identity = identities.get(person);
    if (!identity) {
      identity = newIdentity(person.sex);
      identities.set(person, identity);
    }
    return identity;
  };
  const built = buildExtracts(createRng(o.seed, 'recording'), records, identityOf);
  const { extracts, faults } = injectFaults(createRng(o.seed, 'faults'), o.faults, built.extracts);
  const { victims, victimsPerYear, incidentsPerYear } = summariseVictims(population, records, years);
  return {
    truth: {
      simulation: o,
      personLinks: built.personLinks,
      registrationLinks: built.registrationLinks,
      victims,
      victimsPerYear,
      faults,
      incidentsPerYear,
    },
    extracts,
  };
}
