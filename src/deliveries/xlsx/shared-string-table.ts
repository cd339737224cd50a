const chunkSize = 1 << 14;

/**
 * The workbook's shared strings, kept in chunks of 16,384 instead of one array. One array of
 * millions grows by copying into ever larger backing stores, and a worker that runs out of heap
 * in such an allocation can abort the whole process instead of ending with ERR_WORKER_OUT_OF_MEMORY
 * (nodejs/node#47224); many small arrays run out the way the worker's limit handles.
 */
export class SharedStringTable {
  private readonly chunks: string[][] = [];
  length = 0;

  push(text: string): void {
    if (this.length % chunkSize === 0) this.chunks.push([]);
    (this.chunks[this.chunks.length - 1] as string[]).push(text);
    this.length++;
  }

  /** The string at `index`, or undefined when there is none (a damaged reference). */
  at(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    return this.chunks[Math.floor(index / chunkSize)]?.[index % chunkSize];
  }
}
