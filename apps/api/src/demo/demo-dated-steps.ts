import { addDays, runAsOf } from '@village/platform-common';

/** One dated step of a demo's story, run as of its day. */
export interface DatedStep {
  on: string;
  what: string;
  run: () => Promise<unknown>;
}

/**
 * A demo story's steps in calendar order, run a stretch at a time so they interleave with a village's
 * year replay (its `catchUp(day)`): steps dated after today are left for the real calendar, and steps of
 * one day keep the order they were planned in (the sort is stable).
 */
export class DatedSteps {
  private readonly steps: DatedStep[];
  private next = 0;
  private ms = 0;

  constructor(
    private readonly story: string,
    steps: DatedStep[],
    private readonly today: string,
  ) {
    this.steps = steps.filter((s) => s.on <= today).sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  }

  /** Runs the steps dated before `day`. */
  async until(day: string): Promise<void> {
    while (this.next < this.steps.length && this.steps[this.next].on < day) {
      const step = this.steps[this.next++];
      const started = Date.now();
      try {
        await runAsOf(step.on, step.run);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new Error(`${this.story}, ${step.on} ${step.what}: ${why}`, { cause: error });
      }
      this.ms += Date.now() - started;
    }
  }

  /** Runs what is left up to and including today; the time spent in the steps and how many ran. */
  async finish(): Promise<{ ms: number; steps: number }> {
    await this.until(addDays(this.today, 1));
    return { ms: this.ms, steps: this.next };
  }
}
