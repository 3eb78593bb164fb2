// `npm run content:check`: validates every file in content/ without building the site
// and prints every problem at once. Exits 1 if there is any.
import path from "node:path";
import { readContent } from "../lib/content/load";
import { formatProblems } from "../lib/content/problems";
import { KINDS } from "../lib/content/taxonomies";

const root = path.resolve(process.argv[2] ?? "content");
const { content, problems } = readContent(root);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const counts = KINDS.map((kind) => `${kind} ${content.entries.filter((e) => e.kind === kind).length}`);
console.log(`content ok: ${content.entries.length} entries (${counts.join(", ")}), ${content.pages.length} information pages`);
