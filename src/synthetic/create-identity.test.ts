import { describe, expect, it } from 'vitest';
import { createIdentityFactory, passesElfProef } from './create-identity.ts';
import { createRng } from '../random/index.ts';
import { makeTypo } from './make-typo.ts';

describe('createIdentityFactory', () => {
  it('hands out unique BSNs that pass the 11-proef, and Dutch-style postcodes', () => {
    const next = createIdentityFactory(createRng(5));
    const people = Array.from({ length: 20_000 }, (_, k) => next(k % 2 === 0 ? 'F' : 'M'));
    expect(people.every((p) => passesElfProef(p.bsn))).toBe(true);
    expect(new Set(people.map((p) => p.bsn)).size).toBe(people.length);
    expect(people.every((p) => /^[1-9]\d{3} [A-Z]{2}$/.test(p.postcode) && !/ S[ADS]$/.test(p.postcode))).toBe(true);
    expect(people.some((p) => p.surnamePrefix === 'van der')).toBe(true);
  });

  it('knows a real 11-proef failure from a pass', () => {
    expect(passesElfProef('111222333')).toBe(true);
    expect(passesElfProef('123456789')).toBe(false);
    expect(passesElfProef('12345678')).toBe(false);
  });
});

describe('makeTypo', () => {
  it('changes a name by one keying error', () => {
    const rng = createRng(9);
    for (const name of ['Jansen', 'de Vries', 'Anna Maria', 'Bos']) {
      for (let k = 0; k < 50; k++) {
        const typo = makeTypo(rng, name);
        expect(typo).not.toBe(name);
        expect(Math.abs(typo.length - name.length)).toBeLessThanOrEqual(1);
      }
    }
  });
});
