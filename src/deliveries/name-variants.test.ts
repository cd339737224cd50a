import { describe, expect, it } from 'vitest';
import { encodePersonName } from './encode-bloom-filter.ts';
import { firstGivenName, nameGroupsOf, soundKey, surnameWords } from './name-variants.ts';

const secret = 'name-variants-test-secret-0123456789';
const similarity = (a: string | null, b: string | null, from: number, to: number) => {
  const x = Buffer.from(a ?? '', 'base64');
  const y = Buffer.from(b ?? '', 'base64');
  let differ = 0;
  for (let i = from; i < to; i++) {
    let v = (x[i] as number) ^ (y[i] as number);
    for (; v; v >>= 1) differ += v & 1;
  }
  return 1 - differ / ((to - from) * 8);
};
const name = (first_names: string | null, surname: string | null, surname_prefix: string | null = null) =>
  encodePersonName({ first_names, surname, surname_prefix }, secret);
const ones = (b64: string | null, from: number, to: number) =>
  [...Buffer.from(b64 ?? '', 'base64').subarray(from, to)].reduce((a, byte) => {
    let n = 0;
    for (let v = byte; v; v >>= 1) n += v & 1;
    return a + n;
  }, 0);

describe('name variants', () => {
  it('drops Dutch particles however they are written, and splits double surnames', () => {
    for (const [surname, prefix] of [
      ['Berg', 'van den'],
      ['van den Berg', null],
      ['Van Den Berg', null],
      ['v.d. Berg', null],
      ['Vandenberg', null],
      ['Berg', 'v/d'],
    ] as const)
      expect(surnameWords(surname, prefix)).toEqual(['berg']);
    expect(surnameWords('Jansen-de Vries')).toEqual(['jansen', 'vries']);
    expect(surnameWords("in 't Veld")).toEqual(['veld']);
    // a surname that merely starts with the letters of a particle keeps them
    expect(surnameWords('Dekker')).toEqual(['dekker']);
    expect(surnameWords('Vos')).toEqual(['vos']);
  });

  it('folds call names and transliterations into one group', () => {
    expect(nameGroupsOf('Kees')).toEqual(['cornelis']);
    expect(nameGroupsOf('Cornelis')).toEqual(['cornelis']);
    expect(nameGroupsOf('Muhammad')).toEqual(nameGroupsOf('Mohamed'));
    expect(nameGroupsOf('Nelleke')).toEqual(['cornelia', 'petronella']);
    expect(nameGroupsOf('Daan')).toEqual([]);
    expect(firstGivenName('Anna-Sophie Maria')).toBe('annasophie');
  });

  it('gives transliterations one sound key', () => {
    expect(soundKey('Tekle')).toBe(soundKey('Tecle'));
    expect(soundKey('Senait')).toBe(soundKey('Senayt'));
    expect(soundKey('Youssef')).toBe(soundKey('Yusuf'));
    expect(soundKey('Jansen')).not.toBe(soundKey('Bakker'));
  });
});

describe('encodePersonName', () => {
  it('keeps the first name and the surname in halves of their own, each balanced, an empty half all zeros', () => {
    const full = name('Evi', 'Goorkamp');
    expect(ones(full, 0, 64)).toBe(256);
    expect(ones(full, 64, 128)).toBe(256);
    const anonymous = name('Evi', null);
    expect(ones(anonymous, 64, 128)).toBe(0);
    expect(similarity(full, anonymous, 0, 64)).toBe(1);
    expect(name(null, null)).toBeNull();
  });

  it('tells twins apart by the first-name half while the surname half is the same', () => {
    const emma = name('Emma', 'Jansen');
    const sophie = name('Sophie', 'Jansen');
    expect(similarity(emma, sophie, 64, 128)).toBe(1);
    expect(similarity(emma, sophie, 0, 64)).toBeLessThan(0.75);
  });

  it('keeps a call name, a typo and a particle variant close to the name they stand for', () => {
    expect(similarity(name('Kees', 'Jansen'), name('Cornelis Johannes', 'Jansen'), 0, 64)).toBeGreaterThan(0.8);
    expect(similarity(name('Lotte', 'Berg', 'van den'), name('Lotte', 'Vandenberg'), 0, 128)).toBe(1);
    expect(similarity(name('Emma', 'Jansen'), name('Emma', 'Janssen'), 64, 128)).toBeGreaterThan(0.9);
    // unrelated names stay far below
    expect(similarity(name('Lotte', 'Bakker'), name('Daan', 'Visser'), 0, 128)).toBeLessThan(0.75);
  });
});
