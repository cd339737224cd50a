export { simulateChain } from './simulate-chain.ts';
export { type ChainFormat, type WrittenChain, type WrittenFile, writeChain } from './write-chain.ts';
export {
  defaultFaultRates,
  type FaultRates,
  type ResolvedOptions,
  type SimulationOptions,
} from './simulation-options.ts';
export {
  type FaultKind,
  type GroundTruth,
  type InjectedFault,
  invalidFaultKinds,
  type PersonLink,
  type PersonPhenomena,
  type PersonPhenomenon,
  personPhenomena,
  type RawRow,
  type RegistrationLink,
  type SourceExtract,
  type SyntheticChain,
  type TrueVictim,
  type VictimsInYear,
} from './synthetic-chain.ts';
export { directIdentifierColumns, extractColumns } from './extract-columns.ts';
export { passesElfProef } from './create-identity.ts';
