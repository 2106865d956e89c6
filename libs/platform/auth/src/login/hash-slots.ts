/**
 * A counting semaphore for password hashing: a burst of logins queues here instead of taking every
 * libuv thread (and core) at once, so the rest of the API keeps its CPU. First come, first served.
 */
export class HashSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private limit: number) {}

  /** Changes the limit; waiting work starts at once when it grew. */
  resize(limit: number): void {
    this.limit = Math.max(1, Math.floor(limit));
    this.drain();
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next)
      next(); // the slot passes straight to the next in line
    else this.running -= 1;
    this.drain();
  }

  private drain(): void {
    while (this.running < this.limit && this.waiting.length) {
      this.running += 1;
      this.waiting.shift()?.();
    }
  }
}
