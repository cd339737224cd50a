import { filterWords } from './count-common-bits.ts';

/** Unsigned and signed LEB128, as the WebAssembly binary format writes integers. */
const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
};
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const name = (s: string) => [...uleb(s.length), ...Buffer.from(s, 'latin1')];

/**
 * The hand-assembled module: `common(filters, left, right, n, out)` writes, for each pair, the
 * popcount of the AND of two 1,024-bit filters — 16 × (i64.load, i64.and, i64.popcnt) per pair.
 */
function moduleBytes(): Uint8Array<ArrayBuffer> {
  const [F, L, R, N, O, I, A, B] = [0, 1, 2, 3, 4, 5, 6, 7];
  const get = (l: number) => [0x20, l];
  const set = (l: number) => [0x21, l];
  const address = (base: number, index: number) => [...get(base), ...get(index), 0x41, 2, 0x74, 0x6a]; // base + index << 2
  const filterAt = (list: number) => [...get(F), ...address(list, I), 0x28, 2, 0, 0x41, 7, 0x74, 0x6a]; // F + list[i] << 7
  const words: number[] = [0x42, 0];
  for (let w = 0; w < filterWords / 2; w++)
    words.push(...get(A), 0x29, 3, ...uleb(8 * w), ...get(B), 0x29, 3, ...uleb(8 * w), 0x83, 0x7b, 0x7c);
  const body = [
    2,
    3,
    0x7f,
    1,
    0x7e, // locals: i, a, b (i32); unused i64 slot
    0x02,
    0x40,
    0x03,
    0x40,
    ...get(I),
    ...get(N),
    0x4f,
    0x0d,
    1,
    ...filterAt(L),
    ...set(A),
    ...filterAt(R),
    ...set(B),
    ...address(O, I),
    ...words,
    0xa7,
    0x36,
    2,
    0,
    ...get(I),
    0x41,
    1,
    0x6a,
    ...set(I),
    0x0c,
    0,
    0x0b,
    0x0b,
    0x0b,
  ];
  return Uint8Array.from([
    0x00,
    0x61,
    0x73,
    0x6d,
    1,
    0,
    0,
    0,
    ...section(1, [1, 0x60, 5, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0, 1]),
    ...section(7, [2, ...name('memory'), 2, 0, ...name('common'), 0, 0]),
    ...section(10, [1, ...uleb(body.length), ...body]),
  ]);
}

export type WasmDiceKernel = {
  /** Copies the packed filters (32 words each) into the module's memory once. */
  load(filters: Uint32Array): void;
  /** Same contract as `countCommonBits`, over the loaded filters. */
  countCommonBits(left: Int32Array, right: Int32Array, out: Int32Array): void;
};

/** A WebAssembly Dice kernel with 64-bit popcount; pairs are processed in batches of `batch`. */
export function createWasmDiceKernel(batch = 65_536): WasmDiceKernel {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes()));
  const memory = instance.exports.memory as WebAssembly.Memory;
  const common = instance.exports.common as (f: number, l: number, r: number, n: number, o: number) => void;
  let filtersBytes = 0;
  const ensure = (bytes: number) => {
    const missing = bytes - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / 65_536));
  };
  return {
    load(filters) {
      filtersBytes = filters.byteLength;
      ensure(filtersBytes + 12 * batch);
      new Uint32Array(memory.buffer, 0, filters.length).set(filters);
    },
    countCommonBits(left, right, out) {
      const l = filtersBytes;
      const r = l + 4 * batch;
      const o = r + 4 * batch;
      for (let start = 0; start < left.length; start += batch) {
        const n = Math.min(batch, left.length - start);
        const view = new Int32Array(memory.buffer);
        view.set(left.subarray(start, start + n), l >> 2);
        view.set(right.subarray(start, start + n), r >> 2);
        common(0, l, r, n, o);
        out.set(new Int32Array(memory.buffer, o, n), start);
      }
    },
  };
}
