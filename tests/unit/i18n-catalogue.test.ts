// The French interface catalogue against the English one: same keys, same function
// signatures, every string translated (bar a short list of proper names), French
// typography (non-breaking space before « : » and inside « », none before ; ? !, the
// typographic apostrophe), and the French formats for dates and phone numbers. The
// site's own documents (content/pages/accessibility and open-data) were catalogue strings
// and are held to the same French rules, line by line.
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { readContent } from "../../lib/content/load";
import { en } from "../../lib/i18n/en";
import { enError } from "../../lib/i18n/en-error";
import { fr } from "../../lib/i18n/fr";
import { frError } from "../../lib/i18n/fr-error";
import { formatFrenchDate } from "../../lib/i18n/format";
import { capitalize, dans, de, frenchPhone } from "../../lib/i18n/fr-format";
import { plural } from "../../lib/i18n/plural";
import { SITE_DOCUMENT_SLUGS } from "../../lib/site";

const NBSP = "\u00a0";

type Tree = { [key: string]: unknown };
const isTree = (v: unknown): v is Tree => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every leaf of a catalogue, by dotted path ("entry.ageRange"). */
function leaves(tree: Tree, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    isTree(value) ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

function at(tree: Tree, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((node, key) => (isTree(node) ? node[key] : undefined), tree);
}

// Proper names and words that are the same in both languages.
const SAME_IN_BOTH = new Set([
  "911", // a number that is not a full phone number is written the same in both
  "Ontario Trafficking Support", // the site's name, kept as a proper name (also in the open data)
  "Services",
  "Service",
  "Coalitions",
  "Coalition",
  "Sources",
  "Toronto",
  "Métis",
  "Francophone",
  "WhatsApp", // a product's name
]);

// Sample arguments for every function of the catalogue. A new function in en.ts fails
// the "has samples" test below until it gets some here.
const SAMPLES: Record<string, unknown[][]> = {
  "exit.pressesLeft": [[1], [2]],
  "search.resultsFor": [["logement"]],
  "search.count": [[0], [1], [2], [12]],
  "search.none": [["logement"]],
  "search.near": [["Sudbury"], ["Ottawa"], ["Région de Peel"], ["Grand Sudbury"]],
  "listing.count": [[0], [1], [5]],
  "listing.details": [["Fem’aide"]],
  "entry.text": [[], ["CONNECT"]],
  "entry.lineOf": [["Canadian Human Trafficking Hotline"]],
  "entry.ageRange": [[12, 24], [16, undefined], [undefined, 24]],
  "entry.network": [["Toronto"], ["Région de Peel"]],
  "entry.back": [["Lignes d’aide"], ["Équipes INTERE"]],
  "regionsPage.localCount": [[0], [1], [3]],
  "regionsPage.heading": [["Toronto"], ["Région de Peel"], ["Nord-Ouest de l’Ontario"]],
  "regionsPage.regionDescription": [["Ottawa et environs"]],
  "regionsPage.covers": [["Thunder Bay, District de Kenora"]],
  "regionsPage.localHeading": [["Région de York"]],
  "regionsPage.noLocal": [["Perth, Huron, Bruce et Grey"]],
  "regionsPage.broadIntro": [["Nord-Est de l’Ontario"]],
  "regionsPage.allLink": [["Toronto", 1], ["Région de Halton", 12]],
  "openData.export.organizationDescription": [["Fem’aide"]],
  "openData.export.textKeyword": [["CONNECT"]],
  "openData.export.partnerWebsite": [["Fem’aide"]],
  "openData.export.source": [["Ligne d’aide aux victimes"]],
  "sheet.count": [[0], [1], [3]],
  "sheet.notices.unknown": [[1], [2]],
  "sheet.notices.duplicates": [[1], [2]],
  "sheet.notices.overLimit": [[1, 20], [5, 20]],
  "sheet.tickName": [["Fem’aide"]],
  "sheet.firstOf": [[20, 57]],
  "listing.title": [["Lignes d’aide"]],
  "entry.metaDescription": [["Ligne d’aide", "Une ligne de soutien en français."]],
  colon: [["Site Web"]],
  formatPhone: [["1-833-900-1010"], ["911"]],
  formatDate: [["2026-11-30"], ["2026-12-01"]],
};

const enLeaves = leaves(en as unknown as Tree);
const frLeaves = leaves(fr as unknown as Tree);
const functionPaths = frLeaves.filter(([, v]) => typeof v === "function").map(([p]) => p);

type Shown = { where: string; fr: string; en: unknown };

/**
 * A document's title, description and each line of its body as the reader sees it (no
 * "## ", "- ", link targets or backticks). Its French twin has the same lines in the same
 * order, so line i of one stands in the place of line i of the other.
 */
function documentLines(slug: string, lang: "en" | "fr"): { where: string; text: string }[] {
  const file = path.resolve(__dirname, `../../content/pages/${slug}${lang === "fr" ? ".fr" : ""}.md`);
  const { data, content } = matter(fs.readFileSync(file, "utf8"));
  const lines = content.split("\n").map((l) => l.trim()).filter(Boolean);
  const plain = (l: string) => l.replace(/^(?:#+|-)\s+/, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/`/g, "");
  return [
    { where: `${slug}: title`, text: String(data.title) },
    { where: `${slug}: description`, text: String(data.description) },
    ...lines.map((l, i) => ({ where: `${slug}: line ${i + 1}`, text: plain(l) })),
  ];
}

/**
 * Every string the French catalogue can show, with the English one shown in its place.
 * Not `language.*`: the link to the English page is written in English on purpose.
 */
const shown: Shown[] = [
  ...frLeaves.filter(([p, v]) => typeof v === "string" && !p.startsWith("language.")).map(([p, v]) => ({ where: p, fr: v as string, en: at(en as unknown as Tree, p) })),
  ...functionPaths.flatMap((p) =>
    (SAMPLES[p] ?? []).map((args) => ({
      where: `${p}(${args.map((a) => JSON.stringify(a)).join(", ")})`,
      fr: (at(fr as unknown as Tree, p) as (...a: unknown[]) => string)(...args),
      en: (at(en as unknown as Tree, p) as (...a: unknown[]) => unknown)(...args),
    })),
  ),
  ...SITE_DOCUMENT_SLUGS.flatMap((slug) => {
    const english = documentLines(slug, "en");
    return documentLines(slug, "fr").map((line, i) => ({ where: line.where, fr: line.text, en: english[i]?.text }));
  }),
];

describe("French catalogue: same shape as the English one", () => {
  it("has exactly the same keys, at every level", () => {
    expect(frLeaves.map(([p]) => p).sort()).toEqual(enLeaves.map(([p]) => p).sort());
  });

  it("has a function wherever English has one, taking the same number of arguments", () => {
    for (const [p, value] of enLeaves) {
      const mine = at(fr as unknown as Tree, p);
      expect(typeof mine, p).toBe(typeof value);
      if (typeof value === "function") expect((mine as () => unknown).length, p).toBe(value.length);
    }
  });

  it("has documents whose French lines match the English ones, one for one", () => {
    for (const slug of SITE_DOCUMENT_SLUGS) {
      const kinds = (lang: "en" | "fr") => documentLines(slug, lang).map((l) => l.where);
      expect(kinds("fr"), slug).toEqual(kinds("en"));
    }
  });

  it("has the error-page strings in their own module, with the same keys", () => {
    expect(fr.error).toBe(frError);
    expect(Object.keys(frError).sort()).toEqual(Object.keys(enError).sort());
  });

  it("has sample arguments for every function, so each one is exercised", () => {
    expect(functionPaths.filter((p) => !SAMPLES[p])).toEqual([]);
    expect(Object.keys(SAMPLES).filter((p) => !functionPaths.includes(p))).toEqual([]);
  });
});

describe("French catalogue: every string translated", () => {
  it("returns a non-empty string from every function", () => {
    for (const s of shown) {
      expect(typeof s.fr, s.where).toBe("string");
      expect(s.fr.trim().length, s.where).toBeGreaterThan(0);
    }
  });

  it("returns nothing for an age range with no bound, as English does", () => {
    expect(fr.entry.ageRange(undefined, undefined)).toBeUndefined();
    expect(en.entry.ageRange(undefined, undefined)).toBeUndefined();
  });

  it("differs from the English string in its place, except for proper names", () => {
    const same = shown.filter((s) => s.fr === s.en && !SAME_IN_BOTH.has(s.fr)).map((s) => `${s.where}: ${s.fr}`);
    expect(same).toEqual([]);
  });

  it("contains no English phrase of the English catalogue", () => {
    const english = [...new Set(shown.map((s) => s.en))].filter(
      (e): e is string => typeof e === "string" && e.includes(" ") && e.length >= 8 && !SAME_IN_BOTH.has(e),
    );
    const leaks = shown.flatMap((s) => english.filter((e) => s.fr.includes(e)).map((e) => `${s.where} contains “${e}”`));
    expect(leaks).toEqual([]);
  });

  it("contains no common English word", () => {
    const english = /\b(the|and|your|you|with|from|this|that|of|to|for|near|help)\b/i;
    expect(shown.filter((s) => english.test(s.fr)).map((s) => `${s.where}: ${s.fr}`)).toEqual([]);
  });

  it("uses the official names and the terms already used in the French content", () => {
    expect(fr.exit.label).toBe("Quitter ce site");
    expect(fr.error.exit).toBe("Quitter ce site");
    expect(fr.nav.safety).toBe("Naviguer en sécurité");
    expect(fr.home.safetyHeading).toBe("Naviguer en sécurité");
    expect(fr.urgent.hotlineLead).toContain("Ligne d’urgence canadienne contre la traite des personnes");
    expect(fr.search.dangerText).toContain("Ligne d’urgence canadienne contre la traite des personnes");
    expect(fr.networks["victim-services"].missing).toContain("Ligne d’aide aux victimes");
    expect(fr.kinds.hotlines.label).toBe("Lignes d’aide");
    expect(fr.kinds["care-units"].label).toBe("Équipes INTERE");
    expect(fr.kinds["legal-supports"].label).toBe("Soutien juridique");
    expect(fr.regions).toMatchObject({
      canada: "Partout au Canada",
      ontario: "Partout en Ontario",
      northwest: "Nord-Ouest de l’Ontario",
      northeast: "Nord-Est de l’Ontario",
      "ottawa-area": "Ottawa et environs",
      durham: "Région de Durham",
      york: "Région de York",
      peel: "Région de Peel",
      halton: "Région de Halton",
      toronto: "Toronto",
    });
    expect(fr.statuses.unconfirmed).toBe(`Non confirmé${NBSP}: ce service pourrait ne plus exister`);
  });

  it("chooses plural forms by each language's rule: French singular for 0 and 1, English for 1 only", () => {
    const forms = { one: "one", other: "other" };
    expect([0, 1, 2, 1.5, 1_000_000].map((n) => plural("fr", n, forms))).toEqual(["one", "one", "other", "one", "other"]);
    expect([0, 1, 2, 1.5].map((n) => plural("en", n, forms))).toEqual(["other", "one", "other", "other"]);
    expect(en.search.count(1)).toBe("1 result");
    expect(en.search.count(0)).toBe("0 results");
    expect(en.sheet.notices.duplicates(1)).toBe("1 entry was listed twice and is shown once.");
    expect(en.sheet.notices.duplicates(2)).toBe("2 entries were listed twice and are shown once.");
  });

  it("uses the French plural: singular for 0 and 1", () => {
    expect(fr.search.count(0)).toBe("0 résultat");
    expect(fr.search.count(1)).toBe("1 résultat");
    expect(fr.search.count(2)).toBe("2 résultats");
    expect(fr.listing.count(1)).toBe("1 fiche");
    expect(fr.listing.count(3)).toBe("3 fiches");
    expect(fr.regionsPage.localCount(0)).toBe("0 service local");
    expect(fr.regionsPage.localCount(4)).toBe("4 services locaux");
  });
});

describe("French catalogue: typography", () => {
  const offenders = (test: (text: string) => boolean) => shown.filter((s) => test(s.fr)).map((s) => `${s.where}: ${JSON.stringify(s.fr)}`);

  it("uses the typographic apostrophe ’, never the straight one", () => {
    expect(offenders((t) => t.includes("'"))).toEqual([]);
  });

  it("uses « guillemets » with non-breaking spaces inside, never straight or English quotes", () => {
    expect(offenders((t) => /["“”]/.test(t))).toEqual([]);
    expect(offenders((t) => /«(?!\u00a0)/.test(t) || /(?<!\u00a0)»/.test(t))).toEqual([]);
  });

  it("puts a non-breaking space before every colon (web addresses aside)", () => {
    expect(offenders((t) => /(?<!\u00a0):(?!\/\/)/.test(t))).toEqual([]);
  });

  it("puts no space before ; ? ! (Canadian practice)", () => {
    expect(offenders((t) => /[\s\u00a0\u202f][;?!]/.test(t))).toEqual([]);
  });

  it("writes 24/7 out in French", () => {
    expect(offenders((t) => t.includes("24/7"))).toEqual([]);
    expect(fr.urgent.hotlineLead).toContain("24 heures sur 24, 7 jours sur 7");
  });

  it("has no doubled or stray spaces", () => {
    expect(offenders((t) => /[ \u00a0]{2}/.test(t) || t !== t.trim())).toEqual([]);
  });
});

describe("French formats", () => {
  it("writes dates the French way, with « 1er » for the first of the month", () => {
    expect(fr.formatDate("2026-11-30")).toBe("30 novembre 2026");
    expect(fr.formatDate("2026-12-01")).toBe("1er décembre 2026");
    expect(fr.formatDate("2027-01-01")).toBe("1er janvier 2027");
    expect(fr.formatDate("2026-08-15")).toBe("15 août 2026");
    expect(formatFrenchDate("2026-02-02")).toBe("2 février 2026");
  });

  it("writes phone numbers as Ontario’s French pages do, with non-breaking spaces", () => {
    expect(frenchPhone("1-833-900-1010")).toBe(`1${NBSP}833${NBSP}900-1010`);
    expect(frenchPhone("416-314-2447")).toBe(`416${NBSP}314-2447`);
    expect(frenchPhone("(613) 789-0123")).toBe(`613${NBSP}789-0123`);
    expect(frenchPhone("1 833 900 1010")).toBe(`1${NBSP}833${NBSP}900-1010`);
    expect(frenchPhone("+1 833 900 1010")).toBe(`+1${NBSP}833${NBSP}900-1010`);
  });

  it("leaves short codes unchanged", () => {
    expect(frenchPhone("911")).toBe("911");
    expect(frenchPhone("686868")).toBe("686868");
    expect(frenchPhone("*877")).toBe("*877");
  });

  it("formats every number of the real content with no breakable space", () => {
    const { content } = readContent(path.resolve(__dirname, "../../content"));
    const numbers = [...new Set(content.entries.flatMap((e) => e.phones.map((p) => p.number)))];
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) {
      const out = frenchPhone(n);
      expect(out, n).not.toMatch(/ /);
      expect(out, n).toMatch(/^(?:1\u00a0)?\d{3}\u00a0\d{3}-\d{4}$|^\d{3,6}$|^\*\d{3,4}$/);
    }
   }, 30_000); // reading every content file takes seconds on a busy 2-core machine


  it("puts the right small words before a place name", () => {
    expect(de("Sudbury")).toBe("de Sudbury");
    expect(de("Ottawa")).toBe("d’Ottawa");
    expect(de("Hamilton")).toBe("de Hamilton");
    expect(de("Région de Peel")).toBe("de la Région de Peel");
    expect(de("Grand Sudbury")).toBe("du Grand Sudbury");
    expect(de("District de Kenora")).toBe("du District de Kenora");
    expect(dans("Toronto")).toBe("à Toronto");
    expect(dans("Région de Peel")).toBe("dans la Région de Peel");
    expect(dans("Nord-Ouest de l’Ontario")).toBe("dans le Nord-Ouest de l’Ontario");
    expect(dans("Comté de Lanark")).toBe("dans le Comté de Lanark");
    expect(capitalize(dans("Région de York"))).toBe("Dans la Région de York");
    expect(fr.search.near("Ottawa")).toBe("Près d’Ottawa");
    expect(fr.regionsPage.heading("Région de Peel")).toBe("Aide dans la Région de Peel");
    expect(fr.entry.network("Toronto")).toBe("À Toronto");
  });
});
