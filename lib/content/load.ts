// Reads every file under content/, validates it, and either returns all of it or
// reports every problem at once (the velite/Astro approach: never stop at the first bad
// file, never drop an entry silently). Pure Node: the build, the content:check script
// and the unit tests all call this; pages go through lib/content/index.ts.

import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { z } from "zod";
import { markdownToText, renderMarkdown } from "./markdown";
import { ContentError, parseFrontmatter, type Problem } from "./problems";
import { frenchEntrySchema, frenchPageSchema, factsInFrench, missingTranslations } from "./french";
import { entrySchemas, pageSchema, type Entry, type InfoPage } from "./schema";
import { KINDS, type Kind } from "./taxonomies";
import { readSearchLists, type SearchLists } from "./search-lists";
import { checkPlaces } from "./places/check";
import { positionWords } from "./wording";
import { copiedNumbers } from "./references";
import { expandFile, resolveEntries, type ParsedFile, type ReadEntry } from "./resolve-entries";

export type Content = { entries: Entry[]; pages: InfoPage[]; searchLists: SearchLists };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PAGES_DIR = "pages";
/** Every list's order by status: entries that may be out of service come after confirmed ones. */
export const STATUS_ORDER = { active: 0, unconfirmed: 1, inactive: 2 } as const;

type Parsed<T> = ParsedFile<T>;
const FRENCH = ".fr.md";

function markdownFiles(dir: string, problems: Problem[]): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith("_") && !name.startsWith(".") && !name.endsWith(FRENCH))
    .filter((name) => {
      if (name.endsWith(".md")) return true;
      problems.push({ file: path.join(dir, name), line: 1, field: "", message: "only .md files belong here" });
      return false;
    })
    .sort()
    .map((name) => path.join(dir, name));
}

// An unknown key in an English file is a typo; in a French file it is usually a fact,
// which belongs in the English file only.
const UNKNOWN_KEY = "is not a known field (check the spelling against content/_template.md)";
const FACT_IN_FRENCH = "is not a field of a French file: facts (phones, websites, places, status, dates, sources) live once, in the English file";

type Read = { data: Record<string, unknown>; file: string; body: string; bodyLine: number; lineOf: (path: PropertyKey[]) => number };

// `inspect` sees the raw frontmatter and body before the schema does, so its checks run
// even when the schema rejects the file (every problem at once).
function parseFile<S extends z.ZodType>(file: string, schema: S, problems: Problem[], unknownKey = UNKNOWN_KEY, inspect?: (read: Read) => void): Parsed<z.output<S>> | undefined {
  const slug = path.basename(file).replace(/(\.fr)?\.md$/, "");
  if (!SLUG.test(slug)) {
    problems.push({ file, line: 1, field: "", message: `file name "${slug}" must be lower-case words joined by hyphens (it becomes the address)` });
  }
  // A byte-order mark (some Windows editors add one) is not part of the frontmatter.
  const raw = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  if (!raw.startsWith("---")) {
    problems.push({ file, line: 1, field: "", message: "missing frontmatter: the file must start with a --- block" });
    return undefined;
  }
  // gray-matter splits the file; the yaml package parses it, keeping line numbers.
  const split = matter(raw, { engines: { yaml: () => ({}) } });
  const firstLine = raw.slice(0, raw.indexOf(split.matter)).split("\n").length;
  const front = parseFrontmatter(file, split.matter, firstLine);
  if (front.errors.length) {
    problems.push(...front.errors);
    return undefined;
  }
  const bodyLine = raw.slice(0, raw.length - split.content.length).split("\n").length;
  inspect?.({ data: (front.data ?? {}) as Record<string, unknown>, file, body: split.content, bodyLine, lineOf: front.lineOf });
  const result = schema.safeParse(front.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      // An unknown key is reported at that key, so the line points at the typo.
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
      for (const key of keys) {
        const at = key === undefined ? issue.path : [...issue.path, key];
        const message = key === undefined ? issue.message : unknownKey;
        problems.push({ file, line: front.lineOf(at), field: at.map(String).join("."), message });
      }
    }
    return undefined;
  }
  return { data: result.data, slug, file, body: split.content, raw, lineOf: front.lineOf, bodyLine };
}

/** `french: "optional"` only for fixtures that test English rules alone; the site requires French. */
export type ReadOptions = { french?: "required" | "optional" };

export function readContent(root: string, options: ReadOptions = {}): { content: Content; problems: Problem[] } {
  const frenchRequired = options.french !== "optional";
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const seen = new Map<string, string>();

  // First every file is read, then references between entries are resolved: a phone
  // that is another entry's line, and {{tel …}} in any text (lib/content/references.ts).
  const read: ReadEntry[] = [];
  for (const kind of KINDS) {
    for (const file of markdownFiles(path.join(root, kind), problems)) {
      const parsed = parseFile(file, entrySchemas[kind], problems, UNKNOWN_KEY, (r) => problems.push(...positionWords(r.data, r, "en")));
      const slug = path.basename(file, ".md");
      const other = seen.get(slug);
      if (other) problems.push({ file, line: 1, field: "", message: `duplicate slug "${slug}": also used by ${path.relative(root, other)}; slugs must be unique across kinds` });
      else seen.set(slug, file);
      const fr = readFrench(file, frenchEntrySchema, problems, parsed, frenchRequired);
      if (fr && parsed) problems.push(...missingTranslations(parsed.data, fr.data, fr, parsed.body));
      if (parsed) read.push({ kind: kind as Kind, parsed, fr });
    }
  }
  const resolved = resolveEntries(read, problems);
  entries.push(...resolved.entries);

  const pages: InfoPage[] = [];
  for (const file of markdownFiles(path.join(root, PAGES_DIR), problems)) {
    const parsed = parseFile(file, pageSchema, problems, UNKNOWN_KEY, (r) => problems.push(...positionWords(r.data, r, "en")));
    const fr = readFrench(file, frenchPageSchema, problems, parsed, frenchRequired);
    if (fr && parsed && parsed.body.trim() && !fr.body.trim()) problems.push({ file: fr.file, line: fr.bodyLine, field: "body", message: "is required: the English page has a body" });
    const frText = fr && expandFile(resolved.resolver, fr, "fr", problems);
    const french = frText && { ...frText.data, html: renderMarkdown(frText.body), text: markdownToText(frText.body) };
    if (!parsed) continue;
    problems.push(...copiedNumbers(resolved.owners, file, "", parsed.raw, parsed.bodyLine));
    const en = expandFile(resolved.resolver, parsed, "en", problems);
    pages.push({ ...en.data, slug: parsed.slug, file, html: renderMarkdown(en.body), text: markdownToText(en.body), fr: french });
  }

  for (const dir of [...KINDS, PAGES_DIR]) orphanFrench(path.join(root, dir), problems);

  // The synonym and danger-phrase lists are content too: checked in the same pass.
  const { lists: searchLists, problems: listProblems } = readSearchLists(root);
  problems.push(...listProblems);

  // The place list is a closed list like the others: checked in the same pass.
  for (const message of checkPlaces()) problems.push({ file: "lib/content/places/communities.ts", line: 1, field: "", message });

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  // Stored order is every list's order: entries that may be out of service come after
  // confirmed ones, then priority, then name.
  entries.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.priority - b.priority || a.name.localeCompare(b.name));
  pages.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  return { content: { entries, pages, searchLists }, problems };
}

/**
 * The French file beside an English one. Missing, it is a problem reported at the English
 * file (no entry may skip French); present, it is checked for facts it must not hold.
 */
function readFrench<S extends z.ZodType>(englishFile: string, schema: S, problems: Problem[], english: { raw: string } | undefined, required: boolean) {
  const file = englishFile.replace(/\.md$/, FRENCH);
  if (!fs.existsSync(file)) {
    if (required) problems.push({ file: englishFile, line: 1, field: "", message: `has no French text: add ${path.basename(file)} beside it (see content/README.md)` });
    return undefined;
  }
  return parseFile(file, schema, problems, FACT_IN_FRENCH, (read) => problems.push(...factsInFrench(read.data, read, english?.raw ?? ""), ...positionWords(read.data, read, "fr")));
}

// A French file with no English file beside it has nothing to translate.
function orphanFrench(dir: string, problems: Problem[]) {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(FRENCH))) {
    if (!fs.existsSync(path.join(dir, name.replace(/\.fr\.md$/, ".md")))) {
      problems.push({ file: path.join(dir, name), line: 1, field: "", message: "has no English file beside it: a French file translates one English entry or page" });
    }
  }
}

/** All content, or a ContentError listing every problem in every file. */
export function loadContent(root: string, options: ReadOptions = {}): Content {
  const { content, problems } = readContent(root, options);
  if (problems.length) throw new ContentError(problems);
  return content;
}
