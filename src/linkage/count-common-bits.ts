/** 32-bit words per 1,024-bit Bloom filter. */
export const filterWords = 32;

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

/** Ones in filter `i` of a packed array of 1,024-bit filters. */
export function countBits(filters: Uint32Array, i: number): number {
  let n = 0;
  for (let w = i * filterWords, end = w + filterWords; w < end; w++) n += popcount32(filters[w] as number);
  return n;
}

/**
 * Plain-JS kernel: for each pair k, the ones that filters `left[k]` and `right[k]` share, into
 * `out[k]` (Dice = 2·out / (ones(left) + ones(right))). The WebAssembly kernel does the same faster.
 */
export function countCommonBits(filters: Uint32Array, left: Int32Array, right: Int32Array, out: Int32Array): void {
  for (let k = 0; k < left.length; k++) {
    const a = (left[k] as number) * filterWords;
    const b = (right[k] as number) * filterWords;
    let n = 0;
    for (let w = 0; w < filterWords; w++) n += popcount32((filters[a + w] as number) & (filters[b + w] as number));
    out[k] = n;
  }
}
