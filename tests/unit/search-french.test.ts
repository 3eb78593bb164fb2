// French search, against the real content and its French lists, and small fixtures for
// the lists' checks. Real-content checks name the behaviour, not a rank that a new
// entry could change. The English engine is tested in ./search.test.ts.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../../lib/content/load";
import { localizeEntry } from "../../lib/content/localize";
import { findPlace } from "../../lib/content/places/resolve";
import { ENGLISH, FRENCH } from "../../lib/search/analyzer";
import { createSearch } from "../../lib/search/engine";
import { readSearchLists, type SearchLists } from "../../lib/content/search-lists";
import { NO_FILTERS, type SearchFilters } from "../../lib/search/query";

const CONTENT = path.resolve(__dirname, "../../content");
const FIXTURES = path.resolve(__dirname, "../fixtures/search-french");
const { content } = readContent(CONTENT);
const { lists, problems } = readSearchLists(CONTENT);
const fr = createSearch(content.entries, lists, "fr");
const en = createSearch(content.entries, lists, "en");
const find = (q: string, f: SearchFilters = NO_FILTERS) => fr.search(q, f).results.map((e) => e.slug);
const top = (q: string, n = 3) => find(q).slice(0, n);
const empty = { synonyms: [], dangerPhrases: [] };

describe("the real French lists", () => {
  it("load without problems, and every French `means` word occurs in our French content", () => {
    expect(problems).toEqual([]);
    expect(lists.fr.synonyms.length).toBeGreaterThan(20);
    expect(lists.fr.dangerPhrases.length).toBeGreaterThan(40);
    const unknown = lists.fr.synonyms.flatMap((g) => g.means).filter((m) => !fr.knows(m));
    expect(unknown).toEqual([]);
  });
});

describe("French analysis", () => {
  it("makes accents optional", () => {
    for (const [accented, plain] of [["hébergement", "hebergement"], ["sécurité", "securite"], ["Métis", "metis"], ["réfugiés", "refugies"], ["interprète", "interprete"], ["ÉCOUTE", "ecoute"]]) {
      expect(FRENCH.analyze(accented), accented).toEqual(FRENCH.analyze(plain));
      expect(find(accented), accented).toEqual(find(plain));
      expect(find(plain).length, plain).toBeGreaterThan(0);
    }
    expect(FRENCH.words("SŒUR « Œuvre » Æ")).toEqual(["soeur", "oeuvre", "ae"]);
  });
  it("splits elisions with either apostrophe, and joins other apostrophes", () => {
    expect(FRENCH.words("l'aide l’aide d'urgence d’urgence")).toEqual(["aide", "aide", "urgence", "urgence"]);
    expect(FRENCH.words("j'ai qu'il n'a s'il c'est m'aider t'écoute jusqu’à")).toEqual(["ai", "il", "a", "il", "est", "aider", "ecoute", "a"]);
    expect(FRENCH.words("Fem'aide aujourd’hui")).toEqual(["femaide", "aujourdhui"]);
    expect(FRENCH.analyze("l’hébergement")).toEqual(FRENCH.analyze("hébergement"));
    expect(find("l'hébergement")).toEqual(find("hébergement"));
    expect(find("l’hébergement")).toEqual(find("hébergement"));
    expect(find("d’urgence")).toEqual(find("urgence"));
    // English keeps joining them.
    expect(ENGLISH.words("l'aide can’t")).toEqual(["laide", "cant"]);
  });
  it("drops French stop words", () => {
    expect(FRENCH.analyze("je cherche de l'aide pour les femmes")).toEqual(FRENCH.analyze("aide femmes"));
  });
  it("stems plurals and feminine forms with the Snowball French stemmer", () => {
    expect(FRENCH.analyze("hébergements")).toEqual(["heberg"]);
    expect(FRENCH.analyze("victimes")).toEqual(FRENCH.analyze("victime"));
    expect(FRENCH.analyze("avocate avocats")).toEqual(FRENCH.analyze("avocat avocat"));
    expect(find("hébergements")).toEqual(find("hébergement"));
    expect(find("victimes")).toEqual(find("victime"));
    expect(top("victimes", 5)).toContain("victim-support-line");
    expect(find("juridiques")).toEqual(find("juridique"));
  });
  it("finds every entry by every French word of its name, keywords, description and body", () => {
    const missed = content.entries.flatMap((e) => {
      const l = localizeEntry(e, "fr");
      return [l.name, ...l.keywords, l.description, l.text]
        .flatMap(FRENCH.words)
        .filter((w) => FRENCH.analyze(w).length > 0 && !findPlace(w) && !fr.search(w, NO_FILTERS).results.includes(e))
        .map((w) => `${e.slug}: ${w}`);
    });
    expect(missed).toEqual([]);
  }, 60_000);
});

describe("finding entries in French", () => {
  it("finds Fem'aide however its name is typed", () => {
    for (const q of ["femaide", "Fem'aide", "Fem’aide", "FEMAIDE"]) expect(top(q, 1), q).toEqual(["femaide"]);
    // Typed as two words, "aide" matches much of the directory. Fem'aide is unconfirmed
    // (its number is only on news pages, sources/contacts.md:31), and every list puts
    // unconfirmed entries after confirmed ones: it must still be the first of those.
    const results = find("fem aide");
    const firstUnconfirmed = results.find((slug) => content.entries.find((e) => e.slug === slug)?.status === "unconfirmed");
    expect(firstUnconfirmed).toBe("femaide");
  });
  it("forgives two typos in a long word, measured against the word as typed", () => {
    // « hebergemnt » is one edit from « hébergement », further from any stem.
    expect(find("hebergemnt")).toContain("efry-peel-safe-house");
    expect(find("hebergemnt").every((slug) => find("hébergement").includes(slug))).toBe(true);
    expect(find("trafcking")).toEqual(find("trafficking"));
  });
  it("finds an entry by its French name, and by its English one", () => {
    expect(top("jeunesse j’écoute", 1)).toEqual(["kids-help-phone"]);
    expect(top("kids help phone", 1)).toEqual(["kids-help-phone"]);
  });
  it("expands French everyday words through the French synonym list", () => {
    const names = (q: string) => fr.search(q, NO_FILTERS).results.slice(0, 3).map((e) => `${localizeEntry(e, "fr").name} ${localizeEntry(e, "fr").keywords.join(" ")}`).join(" | ");
    expect(names("flics")).toMatch(/police/i);
    expect(names("avocate")).toMatch(/juridique/i);
    expect(names("où dormir")).toMatch(/hébergement|refuge|logement|résidence/i);
  });
  it("returns the original entries, not French copies", () => {
    const results = fr.search("aide", NO_FILTERS).results;
    expect(results.length).toBeGreaterThan(10);
    for (const r of results) expect(content.entries.includes(r), r.slug).toBe(true);
    const kids = fr.search("jeunesse j'écoute", NO_FILTERS).results[0];
    expect(kids).toBe(content.entries.find((e) => e.slug === "kids-help-phone"));
    expect(kids.name).toBe("Kids Help Phone");
  });
  it("orders by status and counts facets exactly as in English", () => {
    const rank = { active: 0, unconfirmed: 1, inactive: 2 };
    const statuses = fr.search("aide", NO_FILTERS).results.map((e) => rank[e.status]);
    expect(statuses).toEqual([...statuses].sort((a, b) => a - b));
    const filters: SearchFilters = { kind: "services", region: "toronto", open247: false };
    expect(fr.search("", filters)).toEqual(en.search("", filters));
    expect(find("", filters)).toEqual(en.search("", filters).results.map((e) => e.slug));
    const { total, counts, results } = fr.search("traite", filters);
    expect(total).toBe(results.length);
    expect(counts.kind.hotlines).toBe(fr.search("traite", { ...filters, kind: "hotlines" }).total);
  });
  it("finds the same entries for a place name in French and English", () => {
    for (const q of ["Sudbury", "Grand Sudbury", "Greater Sudbury", "Thunder Bay", "aide à Sudbury", "Hearst", "Nord-Ouest de l’Ontario"]) {
      const f = fr.search(q, NO_FILTERS);
      const e = en.search(q, NO_FILTERS);
      expect(f.place, q).toBeDefined();
      expect({ ...f, results: f.results.map((r) => r.slug) }, q).toEqual({ ...e, results: e.results.map((r) => r.slug) });
    }
    expect(find("Grand Sudbury")).toEqual(find("Sudbury"));
    expect(find("Sudbury")).toContain("greater-sudbury-police-human-trafficking");
  });
});

describe("hostile input in French", () => {
  it("never throws, whatever is searched", () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const odd = ["l'", "’", "qu’", "«", "»", "œ", "é", "\u0301", "\u00a0", "-", "1", "a", "d'", "\ud800", "🆘", " "];
    const queries = ["l'".repeat(500), "’’’", "d'd'd'", "qu'", "aidez-moi ".repeat(40)];
    for (let i = 0; i < 300; i++) queries.push(Array.from({ length: 1 + Math.floor(rand() * 40) }, () => odd[Math.floor(rand() * odd.length)]).join(""));
    for (const q of queries) expect(() => fr.search(q, NO_FILTERS), q).not.toThrow();
  });
});

describe("danger in French", () => {
  const danger = (q: string) => fr.search(q, NO_FILTERS).danger;
  it("is raised by French danger phrases, with either apostrophe, in capitals, or none", () => {
    const phrases = [
      "il a pris mon passeport", "Il a pris mon passeport!", "IL A PRIS MON PASSEPORT",
      "je ne peux pas partir", "JE NE PEUX PAS PARTIR", "je peux pas partir", "je n’peux pas partir",
      "aidez-moi", "AIDEZ-MOI", "aidez moi svp",
      "j'ai peur", "j’ai peur", "J’AI PEUR", "jai peur", "j ai peur",
      "il m’a frappée", "au secours", "je suis en danger", "il va me tuer", "on ne me laisse pas sortir",
    ];
    for (const q of phrases) expect(danger(q), q).toBe(true);
  });
  it("is raised by English danger phrases too", () => {
    for (const q of ["he took my passport", "I'm in danger", "I CAN’T   leave", "help me"]) expect(danger(q), q).toBe(true);
  });
  it("is not raised by ordinary French searches", () => {
    const ordinary = ["passeport", "aide juridique", "ligne d'aide", "hébergement", "Coalition d'Ottawa pour mettre fin à la traite des personnes", "jeunesse j'écoute", "je peux partir en voyage", "peur des chiens", ""];
    for (const q of ordinary) expect(danger(q), q).toBe(false);
  });
  it("keeps the built-in French phrases when the lists are empty", () => {
    const s = createSearch([], { ...empty, fr: empty }, "fr");
    for (const q of ["aidez-moi", "il a pris mon passeport", "je ne peux pas partir", "help me"]) expect(s.search(q, NO_FILTERS).danger, q).toBe(true);
  });
  it("reads the French list, not only the built-in phrases", () => {
    const only = (phrases: string[]): SearchLists => ({ ...empty, fr: { synonyms: [], dangerPhrases: phrases } });
    expect(createSearch([], only([]), "fr").search("j’ai peur", NO_FILTERS).danger).toBe(false);
    expect(createSearch([], only(lists.fr.dangerPhrases), "fr").search("j’ai peur", NO_FILTERS).danger).toBe(true);
  });
});

describe("readSearchLists (French)", () => {
  const at = (dir: string, langs?: ("en" | "fr")[]) => readSearchLists(path.join(FIXTURES, dir), langs);
  it("reads all four lists, storing French danger phrases folded with their apostrophes", () => {
    const { lists: valid, problems: none } = at("valid");
    expect(none).toEqual([]);
    expect(valid.dangerPhrases).toEqual(["in danger", "cant leave", "911"]);
    expect(valid.fr.dangerPhrases).toEqual(["j'ai peur", "aidez moi", "911"]);
    expect(valid.fr.synonyms).toEqual([{ words: ["flics", "policière"], means: ["police"] }]);
  });
  it("reports every problem of the French files with its file, line and field, and keeps the valid groups", () => {
    const { lists: kept, problems: found } = at("invalid", ["fr"]);
    const brief = found.map((p) => `${path.basename(p.file)}:${p.line} ${p.field}: ${p.message}`);
    expect(brief).toEqual([
      "danger-phrases.fr.yaml:2 1: must not be empty",
      expect.stringMatching(/^danger-phrases.fr.yaml:3 2: looks like two phrases joined/),
      "synonyms.fr.yaml:4 1.words.0: must contain a letter or a digit",
      expect.stringMatching(/^synonyms.fr.yaml:6 2.words.0: must be lower case/),
      expect.stringMatching(/^synonyms.fr.yaml:8 2.sens: is not a known field/),
    ]);
    expect(kept.fr.synonyms).toEqual([{ words: ["flics"], means: ["police"] }]);
    expect(kept.fr.dangerPhrases).toEqual(["je suis en danger"]);
  });
  it("reports every missing file, English and French", () => {
    const missing = at("missing").problems;
    expect(missing.map((p) => path.relative(FIXTURES, p.file))).toEqual([
      "missing/search/danger-phrases.fr.yaml",
      "missing/search/danger-phrases.yaml",
      "missing/search/synonyms.fr.yaml",
      "missing/search/synonyms.yaml",
    ]);
    expect(missing.every((p) => p.line === 1 && /file is missing/.test(p.message))).toBe(true);
  });
});
