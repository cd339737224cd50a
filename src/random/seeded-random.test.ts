import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.ts';

describe('seededRandom', () => {
  it('keeps the mulberry32 sequence the bootstrap intervals were made with', () => {
    const random = seededRandom(1);
    expect([random(), random(), random()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('takes a seed as its 32 bits, so -1 and 2^32 - 1 give the same sequence', () => {
    const [a, b] = [seededRandom(-1), seededRandom(2 ** 32 - 1)];
    expect([a(), a()]).toEqual([b(), b()]);
  });
});
