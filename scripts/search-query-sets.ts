// Every query our own content suggests, run through the search engine of each language,
// with its result set and danger flag written to a JSON file: a record to compare two
// engines by (`--diff before.json after.json` prints what changed).
// Queries: each entry's name and keywords in English and French, and every word, meaning
// and danger phrase of content/search/*.yaml; each one goes through both engines.
// Run: npx tsx scripts/search-query-sets.ts <out.json>
//      npx tsx scripts/search-query-sets.ts --diff <before.json> <after.json>
import fs from "node:fs";
import path from "node:path";
import { readContent } from "../lib/content/load";
import { localizeEntry } from "../lib/content/localize";
import { LANGS, type Lang } from "../lib/lang";
import { createSearch } from "../lib/search/engine";
import { NO_FILTERS } from "../lib/search/query";

/** Per language, per query: the result slugs (kind/slug, sorted: a set) and the danger flag. */
type QuerySets = Record<Lang, Record<string, { results: string[]; danger: boolean }>>;

function record(out: string) {
  const { content } = readContent(path.resolve(__dirname, "../content"));
  const lists = content.searchLists;
  const queries = new Set<string>();
  for (const e of content.entries) {
    for (const lang of LANGS) {
      const l = localizeEntry(e, lang);
      [l.name, ...l.keywords].forEach((q) => queries.add(q));
    }
  }
  for (const own of [lists, lists.fr]) {
    for (const g of own.synonyms) [...g.words, ...g.means].forEach((q) => queries.add(q));
    own.dangerPhrases.forEach((q) => queries.add(q));
  }
  const sets = {} as QuerySets;
  for (const lang of LANGS) {
    const search = createSearch(content.entries, lists, lang);
    sets[lang] = {};
    for (const q of [...queries].sort()) {
      const { results, danger } = search.search(q, NO_FILTERS);
      sets[lang][q] = { results: results.map((e) => `${e.kind}/${e.slug}`).sort(), danger };
    }
  }
  fs.writeFileSync(out, `${JSON.stringify(sets, null, 1)}\n`);
  console.log(`${queries.size} queries x ${LANGS.length} languages -> ${out}`);
}

function diff(beforeFile: string, afterFile: string) {
  const [before, after] = [beforeFile, afterFile].map((f) => JSON.parse(fs.readFileSync(f, "utf8")) as QuerySets);
  let changed = 0;
  let dangerChanged = 0;
  for (const lang of LANGS) {
    for (const [q, b] of Object.entries(before[lang])) {
      const a = after[lang][q] ?? { results: [], danger: false };
      if (a.danger !== b.danger) dangerChanged++, console.log(`${lang} DANGER ${JSON.stringify(q)}: ${b.danger} -> ${a.danger}`);
      const lost = b.results.filter((s) => !a.results.includes(s));
      const gained = a.results.filter((s) => !b.results.includes(s));
      if (!lost.length && !gained.length) continue;
      changed++;
      console.log(`${lang} ${JSON.stringify(q)} (${b.results.length} -> ${a.results.length})${lost.length ? ` lost ${lost.join(" ")}` : ""}${gained.length ? ` gained ${gained.join(" ")}` : ""}`);
    }
  }
  console.log(`${changed} result sets and ${dangerChanged} danger flags differ`);
  process.exitCode = dangerChanged ? 1 : 0;
}

const args = process.argv.slice(2);
if (args[0] === "--diff" && args.length === 3) diff(args[1], args[2]);
else if (args.length === 1 && !args[0].startsWith("--")) record(args[0]);
else {
  console.error("usage: search-query-sets.ts <out.json> | --diff <before.json> <after.json>");
  process.exitCode = 2;
}
