// A counting semaphore capping the client's requests in flight. No library (p-limit and the
// like): this is a dozen lines, and every dependency adds to the action's start-up time, which is
// most of a gate's latency ("Start-up cost" in docs/architecture.md).

export interface Semaphore {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createSemaphore(limit: number): Semaphore {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`incident.io client option concurrency must be an integer >= 1 (got ${String(limit)}).`);
  }
  let active = 0;
  const waiting: (() => void)[] = [];

  const release = (): void => {
    const next = waiting.shift();
    // Hand the slot straight to the next waiter so a newcomer cannot overtake it.
    if (next) next();
    else active -= 1;
  };

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < limit) active += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
