// Results go to bench-results/ (gitignored), as JSON, so runs can be compared later.
import fs from "node:fs";
import path from "node:path";

export const REPO_DIR = path.resolve(__dirname, "../..");
export const RESULTS_DIR = path.join(REPO_DIR, "bench-results");

export function resultsPath(name: string): string {
  const file = path.join(RESULTS_DIR, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

export function writeResults(name: string, data: unknown): string {
  const file = resultsPath(name);
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
  return file;
}

export function readResults<T>(name: string): T | undefined {
  const file = path.join(RESULTS_DIR, name);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as T) : undefined;
}
