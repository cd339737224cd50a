import { describe, expect, it } from 'vitest';
import { createRng } from '../random/index.ts';
import { createIdentityFactory, type IdentitySubject, passesElfProef } from './create-identity.ts';
import { makeTypo } from './make-typo.ts';

const subject = (k: number, over: Partial<IdentitySubject> = {}): IdentitySubject => ({
  sex: k % 2 === 0 ? 'F' : 'M',
  family: k,
  child: true,
  birthDay: 14_000,
  firstDay: 19_000,
  relative: null,
  ...over,
});

describe('createIdentityFactory', () => {
  it('hands out unique BSNs that pass the 11-proef, and Dutch-style postcodes', () => {
    const next = createIdentityFactory(createRng(5));
    const people = Array.from({ length: 20_000 }, (_, k) => next(subject(k)));
    expect(people.every((p) => passesElfProef(p.bsn))).toBe(true);
    expect(new Set(people.map((p) => p.bsn)).size).toBe(people.length);
    expect(people.every((p) => /^[1-9]\d{3} [A-Z]{2}$/.test(p.postcode) && !/ S[ADS]$/.test(p.postcode))).toBe(true);
    expect(people.some((p) => p.surnamePrefix === 'van der')).toBe(true);
  });

  it('gives twins and siblings the family surname and postcode, their own first name and BSN', () => {
    const next = createIdentityFactory(createRng(6));
    for (let k = 0; k < 2_000; k++) {
      const a = next(subject(2 * k, { relative: { kind: 'twin', id: 'B' } }));
      const b = next(subject(2 * k, { sex: 'F', relative: { kind: 'twin', id: 'A' } }));
      expect([b.surnamePrefix, b.surname, b.postcode, b.familyId]).toEqual([
        a.surnamePrefix,
        a.surname,
        a.postcode,
        a.familyId,
      ]);
      expect(b.firstNames.split(' ')[0]).not.toBe(a.firstNames.split(' ')[0]);
      expect(b.bsn).not.toBe(a.bsn);
      expect(b.twinOf).toBe('A');
      expect(b.siblingOf).toBeNull();
    }
  });

  it('gives asylum children spellings and surname options, and adults none of the child-only cases', () => {
    const next = createIdentityFactory(createRng(7));
    const children = Array.from({ length: 20_000 }, (_, k) => next(subject(k)));
    const asylum = children.filter((c) => c.asylum !== null);
    expect(asylum.length / children.length).toBeGreaterThan(0.03);
    expect(asylum.length / children.length).toBeLessThan(0.05);
    for (const c of asylum) {
      expect(c.asylum?.surnames.length).toBe(2);
      expect(c.firstNames).toBe(c.asylum?.firstName[0]);
      const estimate = c.asylum?.estimatedBirthDay;
      if (estimate != null) expect(new Date(estimate * 86_400_000).toISOString().slice(5, 10)).toBe('01-01');
    }
    const adults = Array.from({ length: 5_000 }, (_, k) => next(subject(100_000 + k, { child: false })));
    expect(adults.every((a) => a.asylum === null && a.doubleSurname === null && a.previousSurname === null)).toBe(true);
    expect(adults.some((a) => a.callName !== null)).toBe(true);
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
