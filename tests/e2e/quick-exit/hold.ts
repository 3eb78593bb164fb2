// Requests kept waiting until the scenario lets them go: the site's scripts in the rounds
// that hold them back, and the neutral site's answer until the page left has been read.
// Each driver calls wait() where its engine lets it hold a request.
export type Hold = ReturnType<typeof createHold>;

export function createHold() {
  let holding = false;
  let count = 0;
  const waiting: (() => void)[] = [];
  return {
    /** From now on, requests that call wait() wait, if `on`. */
    start(on = true) {
      holding = on;
      count = 0;
    },
    /** At once unless holding; else once released. */
    wait(): Promise<void> {
      if (!holding) return Promise.resolve();
      count++;
      return new Promise((resolve) => waiting.push(resolve));
    },
    /** Lets every waiting request go, and the next ones through; how many had waited. */
    release(): number {
      holding = false;
      for (const resolve of waiting.splice(0)) resolve();
      return count;
    },
  };
}
