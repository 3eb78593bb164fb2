// Plain-text tables for the terminal: the first column (names) left-aligned, every
// other column (figures) right-aligned so they line up by magnitude.

export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    widths
      .map((w, i) => (i === 0 ? (cells[i] ?? "").padEnd(w) : (cells[i] ?? "").padStart(w)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function printTable(title: string, header: string[], rows: string[][], notes: string[] = []) {
  console.log(`\n${title}\n${formatTable(header, rows)}${notes.length ? "\n" + notes.join("\n") : ""}`);
}
