// Search, against the real content (what readers get) and small fixtures (where a test
// needs control over every word). Real-content checks name the behaviour, not a rank
// that a new entry could change.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../../lib/content/load";
import { entrySchemas, type Entry } from "../../lib/content/schema";
import { AUDIENCES, KINDS, LANGUAGES, REGIONS, type Kind } from "../../lib/content/taxonomies";
import { createSearch } from "../../lib/search/engine";
import { findPlace } from "../../lib/content/places/resolve";
import { readSearchLists, type SearchLists } from "../../lib/content/search-lists";
import { MAX_QUERY_LENGTH, NO_FILTERS, normalizeQuery, parseSearchParams, type SearchFilters } from "../../lib/search/query";
import { analyze, words } from "../../lib/search/english";

const CONTENT = path.resolve(__dirname, "../../content");
const FIXTURES = path.resolve(__dirname, "../fixtures/search-lists");
const { content } = readContent(CONTENT);
const { lists, problems } = readSearchLists(CONTENT);
const site = createSearch(content.entries, lists);
const find = (q: string, f: SearchFilters = NO_FILTERS) => site.search(q, f).results.map((e) => e.slug);
const top = (q: string, n = 3) => find(q).slice(0, n);

type Fields = { name: string; kind?: Kind; text?: string } & Record<string, unknown>;
function entry({ name, kind = "services", text = "", ...rest }: Fields): Entry {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const data = entrySchemas[kind].parse({
    name, description: "A program.", status: "active", audiences: ["survivors"], service_areas: ["ontario"],
    assured_date: "2026-01-01", sources: [{ title: "Source", url: "https://www.ontario.ca/" }], ...rest,
  });
  return { ...data, kind, slug, file: `${slug}.md`, html: "", text } as Entry;
}
const noLists: SearchLists = { synonyms: [], dangerPhrases: [], fr: { synonyms: [], dangerPhrases: [] } };

describe("the real lists", () => {
  it("load without problems, and every `means` word occurs in our content", () => {
    expect(problems).toEqual([]);
    expect(lists.synonyms.length).toBeGreaterThan(20);
    const unknown = lists.synonyms.flatMap((g) => g.means).filter((m) => !site.knows(m));
    expect(unknown).toEqual([]);
  });
});

describe("matching words", () => {
  it("finds every entry by every word of its name, keywords, description and body", () => {
    const missed = content.entries.flatMap((e) =>
      [e.name, ...e.keywords, e.description, e.text]
        .flatMap(words)
        // A place name asks "what serves this place" (tests/unit/places.test.ts), not "which text says it".
        .filter((w) => analyze(w).length > 0 && !findPlace(w) && !site.search(w, NO_FILTERS).results.includes(e))
        .map((w) => `${e.slug}: ${w}`),
    );
    expect(missed).toEqual([]);
  }, 60_000);
  it("forgives typos and unfinished words", () => {
    expect(top("hotlne")).toContain("canadian-human-trafficking-hotline");
    expect(top("kids help phon", 1)).toEqual(["kids-help-phone"]);
    expect(top("talk4healng", 1)).toEqual(["talk4healing"]);
    expect(top("trafficing", 5)).toContain("canadian-human-trafficking-hotline");
    expect(top("traff", 5)).toContain("canadian-human-trafficking-hotline");
  });
  it("forgives two typos in a long word, measured against the word as typed, not its shorter stem", () => {
    // Two letters dropped from "trafficking": the stems ("trafck", "trafickng") are three
    // edits from "traffick", the words two from "trafficking".
    const all = find("trafficking");
    for (const q of ["trafickng", "trafcking", "trffcking"]) {
      expect(top(q, 5), q).toContain("canadian-human-trafficking-hotline");
      expect(find(q).length, q).toBe(all.length);
    }
    // Its ending cut short.
    for (const q of ["trafficki", "traffickin", "traffick"]) expect(find(q).length, q).toBe(all.length);
  });
  it("does not let short words match garbage", () => {
    expect(find("zq")).toEqual([]);
    expect(find("xqz")).toEqual([]);
    expect(find("qwertyuiop")).toEqual([]);
  });
  it("matches plurals and word forms", () => {
    // "resident" (permit) stems like "residence": both rank at the top.
    expect(top("residences", 2)).toContain("specialized-youth-residences");
    expect(top("residence", 2)).toContain("specialized-youth-residences");
    expect(top("homes")).toEqual(top("home"));
  });
  it("finds phone numbers however they are typed", () => {
    for (const q of ["18339001010", "833-900-1010", "1-833-900-1010", "(833) 900 1010", "+1 833.900.1010"]) {
      expect(top(q), q).toContain("canadian-human-trafficking-hotline");
    }
    expect(find("416 808 2222")).toContain("toronto-police-service");
    expect(find("4168082222")).toContain("toronto-police-service");
    expect(find("686868")).toContain("kids-help-phone");
    expect(top("900-1010")).toContain("canadian-human-trafficking-hotline");
    expect(find("833-900-1011")).not.toContain("canadian-human-trafficking-hotline");
  });
  it("expands everyday words through the synonym list", () => {
    const names = (q: string) => site.search(q, NO_FILTERS).results.slice(0, 3).map((e) => `${e.name} ${e.keywords.join(" ")}`).join(" | ");
    expect(names("cops")).toMatch(/police/i);
    expect(names("shelter")).toMatch(/housing|residence/i);
    expect(names("lawyer")).toMatch(/legal/i);
    expect(names("lawer")).toMatch(/legal/i);
    expect(names("my kid")).toMatch(/youth|kid|child/i);
  });
});

describe("ranking (fixtures)", () => {
  it("finds a word that is only in the body", () => {
    const s = createSearch([entry({ name: "Alpha", text: "We also offer quillwork circles." }), entry({ name: "Bravo" })], noLists);
    expect(s.search("quillwork", NO_FILTERS).results.map((e) => e.name)).toEqual(["Alpha"]);
  });
  it("ranks a name match above a body match", () => {
    const s = createSearch([entry({ name: "Bravo", text: "Ask about the harbour program." }), entry({ name: "Harbour House" })], noLists);
    expect(s.search("harbour", NO_FILTERS).results.map((e) => e.name)).toEqual(["Harbour House", "Bravo"]);
  });
  it("puts the 24/7 entry first when the match is equal, and inactive entries last", () => {
    const s = createSearch(
      [
        entry({ name: "Gamma", description: "Counselling by phone.", status: "inactive", status_note: "Closed." }),
        entry({ name: "Alpha", description: "Counselling by phone." }),
        entry({ name: "Bravo", description: "Counselling by phone.", phones: [{ number: "1-833-900-1010", open_24_7: true }] }),
      ],
      noLists,
    );
    expect(s.search("counselling", NO_FILTERS).results.map((e) => e.name)).toEqual(["Bravo", "Alpha", "Gamma"]);
  });
});

describe("danger", () => {
  it("is raised by danger phrases, however written", () => {
    for (const q of ["I'm in danger", "he took my passport", "I CAN’T   leave", "i cant leave", "Help me!!", "going to kill me", "locked in a room", "scared for my life", "emergency", "aidez-moi"]) {
      expect(site.search(q, NO_FILTERS).danger, q).toBe(true);
    }
  });
  it("is not raised by ordinary searches", () => {
    for (const q of ["help meet", "passport office", "legal help", "hotline", ""]) expect(site.search(q, NO_FILTERS).danger, q).toBe(false);
  });
});

describe("filters and counts", () => {
  const ofKind = (k: Kind) => content.entries.filter((e) => e.kind === k).map((e) => e.slug);
  it("an empty query lists nothing without filters, and everything filtered in stored order", () => {
    expect(site.search("", NO_FILTERS)).toMatchObject({ results: [], total: 0 });
    expect(find("", { kind: "hotlines", open247: false })).toEqual(ofKind("hotlines"));
  });
  it("treats province- and country-wide entries as serving every local region", () => {
    const toronto = site.search("", { region: "toronto", open247: false }).results;
    expect(toronto.map((e) => e.slug)).toContain("canadian-human-trafficking-hotline");
    expect(toronto.every((e) => e.service_areas.some((r) => ["toronto", "ontario", "canada"].includes(r)))).toBe(true);
    expect(find("", { region: "ontario", open247: false })).not.toContain("canadian-human-trafficking-hotline");
  });
  it("combines filters with the query and counts each option with the other filters applied", () => {
    const filters: SearchFilters = { kind: "services", audience: "survivors", open247: false };
    const { counts, total, results } = site.search("trafficking", filters);
    expect(total).toBe(results.length);
    expect(results.every((e) => e.kind === "services" && e.audiences.includes("survivors"))).toBe(true);
    for (const kind of KINDS) expect(counts.kind[kind], kind).toBe(site.search("trafficking", { ...filters, kind }).total);
    for (const region of REGIONS) expect(counts.region[region], region).toBe(site.search("trafficking", { ...filters, region }).total);
    for (const audience of AUDIENCES) expect(counts.audience[audience], audience).toBe(site.search("trafficking", { ...filters, audience }).total);
    for (const language of LANGUAGES) expect(counts.language[language], language).toBe(site.search("trafficking", { ...filters, language }).total);
    expect(counts.open247).toBe(site.search("trafficking", { ...filters, open247: true }).total);
  });
});

describe("hostile input", () => {
  it("takes the first of repeated parameters and ignores unknown values", () => {
    expect(parseSearchParams({ q: ["kids", "evil"], kind: ["hotlines", "services"], open247: ["1", "0"] })).toEqual({ q: "kids", filters: { kind: "hotlines", open247: true } });
    expect(parseSearchParams({ kind: "bogus", region: "__proto__", audience: "toString", language: ["", "fr"], open247: "maybe" })).toEqual({ q: "", filters: { open247: false } });
    expect(parseSearchParams({})).toEqual({ q: "", filters: { open247: false } });
  });
  it("cleans odd text and caps its length", () => {
    expect(parseSearchParams({ q: "x".repeat(10_000) }).q).toHaveLength(MAX_QUERY_LENGTH);
    expect(normalizeQuery("\u0000hot\u0007line\u202e \u200b")).toBe("hot line");
    expect(normalizeQuery("ｈｏｔｌｉｎｅ")).toBe("hotline");
    expect(normalizeQuery("\ud800abc\udfff")).toBe("abc");
    expect(normalizeQuery("🆘 help")).toBe("🆘 help");
    expect(normalizeQuery(42)).toBe("");
  });
  it("matches on the first twelve words of a very long query, and still sees danger at its end", () => {
    const q = `${"zzq ".repeat(40)}kids help phone, I am in danger`;
    expect(() => site.search(q, NO_FILTERS)).not.toThrow();
    expect(site.search(q, NO_FILTERS).danger).toBe(true);
    expect(site.search("kids help phone zzq zzq zzq zzq zzq zzq zzq zzq zzq zzq zzq zzq zzq zzq", NO_FILTERS).results[0]?.slug).toBe("kids-help-phone");
  });
  it("never throws, whatever is searched", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const odd = ["🆘", "\u0000", "\ud800", "'", "’", "-", "(", "*", "1", "é", "\u202e", " ", "a", "z", "911", "..."];
    const queries = ["x".repeat(10_000), "1-".repeat(500), "((((", "* ? [", "__proto__", "constructor", "🆘🆘🆘 help"];
    for (let i = 0; i < 300; i++) queries.push(Array.from({ length: 1 + Math.floor(rand() * 40) }, () => odd[Math.floor(rand() * odd.length)]).join(""));
    for (const q of queries) expect(() => site.search(q, parseSearchParams({ q, region: q, kind: [q] }).filters)).not.toThrow();
  });
});

describe("readSearchLists", () => {
  // These fixtures hold the English lists only (French ones: tests/unit/search-french.test.ts).
  const at = (dir: string) => readSearchLists(path.join(FIXTURES, dir), ["en"]);
  it("reads valid lists, folding danger phrases and reading 911 as text", () => {
    const { lists: valid, problems: none } = at("valid");
    expect(none).toEqual([]);
    expect(valid.synonyms[0].words).toContain("911");
    expect(valid.dangerPhrases).toEqual(["in danger", "cant leave", "911"]);
  });
  it("reports every problem with its file, line and field, and keeps the valid groups", () => {
    const { lists: kept, problems: found } = at("invalid");
    const brief = found.map((p) => `${path.basename(p.file)}:${p.line} ${p.field}: ${p.message}`);
    expect(brief).toEqual([
      expect.stringMatching(/^danger-phrases.yaml:4 : invalid YAML/),
      "synonyms.yaml:4 1.means: is required",
      expect.stringMatching(/^synonyms.yaml:5 1.mean: is not a known field/),
      "synonyms.yaml:6 2.words.1: must not be empty",
      expect.stringMatching(/^synonyms.yaml:10 3.words.1: must be lower case/),
      "synonyms.yaml:13 4.means: must list at least one word",
    ]);
    expect(kept.synonyms).toEqual([{ words: ["cops"], means: ["police"] }]);
  });
  it("catches phrases joined by bad indentation, and missing files", () => {
    expect(at("joined").problems.map((p) => [p.line, p.field])).toEqual([[2, "0"], [4, "1"]]);
    expect(at("missing").problems.map((p) => path.relative(FIXTURES, p.file))).toEqual(["missing/search/danger-phrases.yaml", "missing/search/synonyms.yaml"]);
  });
  it("keeps the built-in danger phrases even when the list is broken", () => {
    const s = createSearch([], at("invalid").lists);
    expect(s.search("please, I am in danger", NO_FILTERS).danger).toBe(true);
  });
});
