// The short form of `npm run eval:linkage`: the same two measurements against their answer keys,
// smaller, with bars a little below what they measure today, so a drop in linkage quality fails.
// Measured when the bars were set:
//   FEBRL 4a×4b encoded: pairs P 1.0000 R 0.9980 F1 0.9990, persons F1 0.9970
//   chain seed 1, scale 0.05, Fellegi–Sunter + Bloom: victims persons P 0.9873 R 0.9899 F1 0.9886
//   (pairs F1 0.9911); suspects persons F1 1.0000
// For scale: Fellegi–Sunter on the tokens without Bloom filters scores person F1 about 0.90, exact tokens 0.91.
import { describe, expect, it } from 'vitest';
import { febrlFiles, scoreChain, scoreFebrl } from '../../bench/eval-linkage.ts';

describe('linkage quality against truth (short eval:linkage)', () => {
  it('FEBRL 4a×4b on Bloom-filter encodings, unsupervised: pair F1 ≥ 0.99 and person-level F1 ≥ 0.99', async () => {
    const e = await scoreFebrl(febrlFiles, 'encoded');
    expect(e.truePairs, 'the answer key: each of the 5,000 4a records has its duplicate in 4b').toBe(5000);
    expect(e.pairs.precision).toBeGreaterThanOrEqual(0.99);
    expect(e.pairs.recall).toBeGreaterThanOrEqual(0.99);
    expect(e.pairs.f1).toBeGreaterThanOrEqual(0.99);
    expect(e.clusters.f1).toBeGreaterThanOrEqual(0.99);
  });

  it('synthetic chain (seed 1, scale 0.05), victims: person-level precision ≥ 0.975, recall ≥ 0.98, F1 ≥ 0.98', async () => {
    const { victim, suspect } = await scoreChain(0.05);
    expect(victim.truePairs, 'children with more than one record exist, so merging is tested').toBeGreaterThan(1000);
    expect(victim.clusters.precision).toBeGreaterThanOrEqual(0.975);
    expect(victim.clusters.recall).toBeGreaterThanOrEqual(0.98);
    expect(victim.clusters.f1).toBeGreaterThanOrEqual(0.98);
    expect(suspect.clusters.f1).toBeGreaterThanOrEqual(0.98);
  });
});
