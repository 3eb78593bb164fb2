// The few command-line options these scripts take (--runs 3, --no-build, ...). A tiny
// parser instead of a dependency: nothing may be installed for these scripts.

export type Args = { has(name: string): boolean; number(name: string, fallback: number): number };

export function parseArgs(argv: string[] = process.argv.slice(2), known: string[]): Args {
  const unknown = argv.filter((a) => a.startsWith("--") && !known.includes(a));
  if (unknown.length) throw new Error(`unknown option ${unknown.join(", ")} (known: ${known.join(" ")})`);
  return {
    has: (name) => argv.includes(name),
    number(name, fallback) {
      const i = argv.indexOf(name);
      if (i < 0) return fallback;
      const value = Number(argv[i + 1]);
      // Every numeric option here is a count or whole seconds.
      if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} needs a positive whole number, got "${argv[i + 1] ?? ""}"`);
      return value;
    },
  };
}
