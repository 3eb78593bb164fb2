// The lists maintainers edit to tune search without touching code, one pair per language:
//   content/search/synonyms.yaml          everyday words -> the words our content uses
//   content/search/danger-phrases.yaml    phrases that mean "in danger now"
//   content/search/synonyms.fr.yaml       the same for the French search (French words,
//   content/search/danger-phrases.fr.yaml   read with lib/search's French analyzer)
// Every file is checked like content: every problem in all of them is collected and
// reported as `file:line  field.path: message`, never thrown, so one run shows everything.
// A French search checks both danger lists (a francophone may type English).

import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { LANGS, type Lang } from "../lang";
import { fold, foldFrench } from "./fold";
import { parseFrontmatter, type Problem } from "./problems";

// YAML reads an unquoted 911 as a number; a maintainer means the text "911".
const asText = (v: unknown) => (typeof v === "number" ? String(v) : v);
// A missing field reads "is required", not "must be text".
const required = (otherwise: string) => (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : otherwise);

// The same rules in both languages; only folding differs (French keeps its apostrophes).
const FOLD: Record<Lang, (text: string) => string> = { en: fold, fr: foldFrench };
const WORD = /[\p{L}\p{N}]/u;
const hasWord = (lang: Lang) => (s: string) => WORD.test(FOLD[lang](s));

const termFor = (lang: Lang) =>
  z.preprocess(
    asText,
    z
      .string({ error: required("must be text") })
      .trim()
      .min(1, { message: "must not be empty", abort: true })
      .max(80, "must be 80 characters or fewer")
      .refine((s) => s === s.toLowerCase(), "must be lower case (matching ignores case anyway)")
      .refine(hasWord(lang), "must contain a letter or a digit"),
  );

const synonymGroupFor = (lang: Lang) => {
  const termList = z.array(termFor(lang), { error: required("must be a list, like [word, other word]") }).min(1, "must list at least one word");
  return z.strictObject({ words: termList, means: termList }, { error: "must be a group with words: [...] and means: [...]" });
};

// Danger phrases are matched ignoring case, accents, apostrophes and spacing, so they
// are not required to be lower case; they are stored in their matching form. French
// phrases keep their apostrophes (as '), so « j'ai peur » can be matched both as
// "ai peur" (elision split) and as "jai peur" (typed without one): see lib/search/french.ts.
const STORED: Record<Lang, (text: string) => string> = {
  en: (text) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" "),
  fr: (text) => foldFrench(text).split(/[^\p{L}\p{N}']+/u).map((w) => w.replace(/^'+|'+$/g, "")).filter(Boolean).join(" "),
};
const dangerPhraseFor = (lang: Lang) =>
  z.preprocess(
    asText,
    z
      .string({ error: required("must be text") })
      .trim()
      .min(1, { message: "must not be empty", abort: true })
      .max(120, "must be 120 characters or fewer")
      .refine(hasWord(lang), "must contain a letter or a digit")
      // A wrongly indented "- next phrase" is read as part of the line above.
      .refine((s) => !/\s-\s/.test(s), "looks like two phrases joined: start each phrase on its own line with - ")
      .transform(STORED[lang]),
  );

export const synonymGroupSchema = synonymGroupFor("en");
export const synonymsSchema = z.array(synonymGroupSchema);
export const dangerPhraseSchema = dangerPhraseFor("en");
export const dangerPhrasesSchema = z.array(dangerPhraseSchema);
export const frenchSynonymGroupSchema = synonymGroupFor("fr");
export const frenchDangerPhraseSchema = dangerPhraseFor("fr");

export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
/** One language's lists. */
export type LangLists = { synonyms: SynonymGroup[]; dangerPhrases: string[] };
/** English lists at the top (as before), French ones under fr: empty when not read. */
export type SearchLists = LangLists & { fr: LangLists };

export const SYNONYMS_FILE = path.join("search", "synonyms.yaml");
export const DANGER_FILE = path.join("search", "danger-phrases.yaml");
export const FRENCH_SYNONYMS_FILE = path.join("search", "synonyms.fr.yaml");
export const FRENCH_DANGER_FILE = path.join("search", "danger-phrases.fr.yaml");

const FILES: Record<Lang, { synonyms: string; danger: string; synonymGroup: z.ZodType<SynonymGroup>; dangerPhrase: z.ZodType<string> }> = {
  en: { synonyms: SYNONYMS_FILE, danger: DANGER_FILE, synonymGroup: synonymGroupSchema, dangerPhrase: dangerPhraseSchema },
  fr: { synonyms: FRENCH_SYNONYMS_FILE, danger: FRENCH_DANGER_FILE, synonymGroup: frenchSynonymGroupSchema, dangerPhrase: frenchDangerPhraseSchema },
};

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

/**
 * The lists of each language in langs (both by default) from `<root>/search/`: every
 * valid item, plus every problem found, sorted by file and line. A language not read
 * gets empty lists.
 */
export function readSearchLists(root: string, langs: readonly Lang[] = LANGS): { lists: SearchLists; problems: Problem[] } {
  const problems: Problem[] = [];
  const read = (lang: Lang): LangLists => {
    if (!langs.includes(lang)) return { synonyms: [], dangerPhrases: [] };
    const f = FILES[lang];
    return {
      // The ignore comment: a path built at run time must not make Turbopack trace the whole project.
      synonyms: readList(path.join(/*turbopackIgnore: true*/ root, f.synonyms), f.synonymGroup, problems),
      dangerPhrases: readList(path.join(/*turbopackIgnore: true*/ root, f.danger), f.dangerPhrase, problems),
    };
  };
  const en = read("en");
  const fr = read("fr");
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { lists: { ...en, fr }, problems };
}
