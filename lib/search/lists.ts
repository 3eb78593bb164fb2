// The two lists maintainers edit to tune search without touching code:
//   content/search/synonyms.yaml       everyday words -> the words our content uses
//   content/search/danger-phrases.yaml phrases that mean "in danger now"
// Both are checked like content: every problem in both files is collected and reported
// as `file:line  field.path: message`, never thrown, so one run shows everything.

import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseFrontmatter, type Problem } from "../content/problems";
import { phraseKey } from "./text";

// YAML reads an unquoted 911 as a number; a maintainer means the text "911".
const asText = (v: unknown) => (typeof v === "number" ? String(v) : v);
// A missing field reads "is required", not "must be text".
const required = (otherwise: string) => (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : otherwise);

const term = z.preprocess(
  asText,
  z
    .string({ error: required("must be text") })
    .trim()
    .min(1, { message: "must not be empty", abort: true })
    .max(80, "must be 80 characters or fewer")
    .refine((s) => s === s.toLowerCase(), "must be lower case (matching ignores case anyway)")
    .refine((s) => phraseKey(s).length > 0, "must contain a letter or a digit"),
);

const termList = z.array(term, { error: required("must be a list, like [word, other word]") }).min(1, "must list at least one word");

export const synonymGroupSchema = z.strictObject(
  { words: termList, means: termList },
  { error: "must be a group with words: [...] and means: [...]" },
);
export const synonymsSchema = z.array(synonymGroupSchema);

// Danger phrases are matched ignoring case, accents, apostrophes and spacing, so they
// are not required to be lower case; they are stored in their matching form.
export const dangerPhraseSchema = z.preprocess(
  asText,
  z
    .string({ error: required("must be text") })
    .trim()
    .min(1, { message: "must not be empty", abort: true })
    .max(120, "must be 120 characters or fewer")
    .refine((s) => phraseKey(s).length > 0, "must contain a letter or a digit")
    // A wrongly indented "- next phrase" is read as part of the line above.
    .refine((s) => !/\s-\s/.test(s), "looks like two phrases joined: start each phrase on its own line with - ")
    .transform(phraseKey),
);
export const dangerPhrasesSchema = z.array(dangerPhraseSchema);

export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
export type SearchLists = { synonyms: z.infer<typeof synonymsSchema>; dangerPhrases: z.infer<typeof dangerPhrasesSchema> };

export const SYNONYMS_FILE = path.join("search", "synonyms.yaml");
export const DANGER_FILE = path.join("search", "danger-phrases.yaml");

// Each item is checked on its own: a typo in one group is reported and that group
// skipped, while every other group keeps working.
function readList<S extends z.ZodType>(file: string, item: S, problems: Problem[]): z.output<S>[] {
  if (!fs.existsSync(file)) {
    problems.push({ file, line: 1, field: "", message: "file is missing: search needs it (see content/README.md)" });
    return [];
  }
  const parsed = parseFrontmatter(file, fs.readFileSync(file, "utf8"), 1);
  if (parsed.errors.length) {
    problems.push(...parsed.errors);
    return [];
  }
  if (!Array.isArray(parsed.data) || parsed.data.length === 0) {
    problems.push({ file, line: 1, field: "", message: "must be a non-empty list: each item starts with - at the start of a line" });
    return [];
  }
  const kept: z.output<S>[] = [];
  parsed.data.forEach((value: unknown, index: number) => {
    const result = item.safeParse(value);
    if (result.success) return void kept.push(result.data);
    for (const issue of result.error.issues) {
      // An unknown key is reported at the key itself, so the line points at the typo.
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
      for (const key of keys) {
        const at = [index, ...issue.path, ...(key === undefined ? [] : [key])];
        const message = key === undefined ? issue.message : "is not a known field: a group has only words and means";
        problems.push({ file, line: parsed.lineOf(at), field: at.map(String).join("."), message });
      }
    }
  });
  return kept;
}

/** Both lists from `<root>/search/`: every valid item, plus every problem found. */
export function readSearchLists(root: string): { lists: SearchLists; problems: Problem[] } {
  const problems: Problem[] = [];
  const synonyms = readList(path.join(root, SYNONYMS_FILE), synonymGroupSchema, problems);
  const dangerPhrases = readList(path.join(root, DANGER_FILE), dangerPhraseSchema, problems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { lists: { synonyms, dangerPhrases }, problems };
}
