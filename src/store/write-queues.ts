/** One queue of `Store.serialise`: its key, whether work runs now, and how many calls wait behind it. */
export type QueueState = { readonly key: string; readonly running: boolean; readonly waiting: number };

/**
 * Keyed first-in-first-out queues: work with the same key runs one at a time, in call order; work
 * with different keys runs side by side. A failed piece of work does not stop the queue.
 */
export class WriteQueues {
  readonly #tails = new Map<string, { tail: Promise<unknown>; pending: number }>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const queue = this.#tails.get(key) ?? { tail: Promise.resolve(), pending: 0 };
    queue.pending++;
    const result = queue.tail.then(work);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    queue.tail = settled;
    this.#tails.set(key, queue);
    void settled.then(() => {
      queue.pending--;
      if (queue.pending === 0 && this.#tails.get(key) === queue) this.#tails.delete(key);
    });
    return result;
  }

  state(): QueueState[] {
    return [...this.#tails].map(([key, q]) => ({ key, running: q.pending > 0, waiting: Math.max(0, q.pending - 1) }));
  }
}
