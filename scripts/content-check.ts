// `npm run content:check`: validates every file in content/ without building the site
// and prints every problem at once. Exits 1 if there is any.
import path from "node:path";
import { readContent } from "../lib/content/load";
import { formatProblems } from "../lib/content/problems";
import { KINDS } from "../lib/content/taxonomies";

// --french-optional: for test fixtures that check English rules alone.
const args = process.argv.slice(2);
const root = path.resolve(args.find((a) => !a.startsWith("--")) ?? "content");
const { content, problems } = readContent(root, { french: args.includes("--french-optional") ? "optional" : "required" });
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const counts = KINDS.map((kind) => `${kind} ${content.entries.filter((e) => e.kind === kind).length}`);
console.log(`content ok: ${content.entries.length} entries (${counts.join(", ")}), ${content.pages.length} information pages`);
