/**
 * A walk-through whose steps build on each other by nature (a village's whole year, the yearly set-up
 * chain): its steps run in order inside ONE Jest test, so no test depends on another having run, and a
 * failure names the step it happened in.
 */
export class Story {
  private readonly steps: { name: string; run: () => Promise<void> }[] = [];

  step(name: string, run: () => Promise<void>): void {
    this.steps.push({ name, run });
  }

  /** Registers the one test that tells the story; call it after the steps, inside the describe. */
  tell(title: string, timeoutMs = 180_000): void {
    const steps = this.steps;
    it(
      title,
      async () => {
        for (const { name, run } of steps) {
          try {
            await run();
          } catch (error) {
            if (error instanceof Error) error.message = `step “${name}”: ${error.message}`;
            throw error;
          }
        }
      },
      timeoutMs,
    );
  }
}
