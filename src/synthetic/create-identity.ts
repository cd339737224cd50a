import type { Rng } from '../random/index.ts';
import { dutchNames } from './dutch-names.ts';

/** The direct identifiers a partner holds about a person (all invented). */
export type Identity = {
  bsn: string;
  firstNames: string;
  surnamePrefix: string;
  surname: string;
  postcode: string;
};

/** The 11-proef of the BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. */
export function passesElfProef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

const postcodeLetters = [...'ABCDEFGHJKLMNPRSTVWXZ'];
const forbiddenLetterPairs = new Set(['SA', 'SD', 'SS']);

/** Hands out invented identities; BSNs are unique within one simulation. */
export function createIdentityFactory(rng: Rng): (sex: 'F' | 'M') => Identity {
  const usedBsn = new Set<number>();
  const nextBsn = (): string => {
    for (;;) {
      const head = 10_000_000 + rng.int(90_000_000);
      let sum = 0;
      let rest = head;
      for (let weight = 2; weight <= 9; weight++) {
        sum += (rest % 10) * weight;
        rest = Math.floor(rest / 10);
      }
      const check = sum % 11;
      if (check === 10) continue;
      const bsn = head * 10 + check;
      if (usedBsn.has(bsn)) continue;
      usedBsn.add(bsn);
      return String(bsn);
    }
  };
  const nextPostcode = (): string => {
    for (;;) {
      const letters = rng.pick(postcodeLetters) + rng.pick(postcodeLetters);
      if (!forbiddenLetterPairs.has(letters)) return `${1000 + rng.int(9000)} ${letters}`;
    }
  };
  return (sex) => {
    const given = sex === 'F' ? dutchNames.girls : dutchNames.boys;
    const count = rng.bernoulli(0.45) ? 1 : rng.bernoulli(0.8) ? 2 : 3;
    const names: string[] = [];
    while (names.length < count) {
      const name = rng.pick(given);
      if (!names.includes(name)) names.push(name);
    }
    const [surnamePrefix, surname] = rng.pick(dutchNames.surnames);
    return { bsn: nextBsn(), firstNames: names.join(' '), surnamePrefix, surname, postcode: nextPostcode() };
  };
}
