// French text beside each entry: words only, every English text translated, no fact
// (phone, email, foreign link, fact field) in a French file, and no entry without one.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../../lib/content/load";

const FIXTURE = path.resolve(__dirname, "../fixtures/content/french");
const { content, problems } = readContent(FIXTURE);
const rel = (f: string) => path.relative(FIXTURE, f);
const found = problems.map((p) => `${rel(p.file)}:${p.line}  ${p.field}: ${p.message}`);

describe("French content", () => {
  it("loads a French text beside its entry, sharing the entry's facts", () => {
    const hotline = content.entries.find((e) => e.slug === "canadian-human-trafficking-hotline")!;
    expect(hotline.fr?.name).toBe("Ligne d'urgence canadienne contre la traite des personnes");
    expect(hotline.fr?.phone_labels).toEqual(["Sans frais", "En danger immédiat"]);
    expect(hotline.fr?.html).toContain("<h3>Ce que c'est</h3>");
    expect(problems.filter((p) => p.file.includes("canadian-human"))).toEqual([]);
  });
  it("reports a fact field in a French file at its line", () => {
    expect(found).toContainEqual(expect.stringMatching(/^hotlines\/fact-in-french\.fr\.md:5  website: is not a field of a French file/));
  });
  it("reports a phone number in a French file with file:line", () => {
    expect(found).toContain("hotlines/fact-in-french.fr.md:4  description: holds a phone number: numbers are facts, kept once in the English file (write « le numéro indiqué sur cette page »)");
  });
  it("reports an email and a link the English file does not give", () => {
    expect(found).toContainEqual(expect.stringMatching(/^hotlines\/fact-in-french\.fr\.md:6  keywords\.0: holds an email address/));
    expect(found).toContainEqual(expect.stringMatching(/^hotlines\/fact-in-french\.fr\.md:9  body: links to https:\/\/example\.com\/ailleurs/));
  });
  it("reports every problem of the file in one pass, including a missing translation", () => {
    // The fact field makes the schema fail; the number, email and link checks still run.
    expect(found.filter((f) => f.startsWith("hotlines/fact-in-french.fr.md")).length).toBeGreaterThanOrEqual(4);
  });
  it("refuses an entry with no French text, and a French file with no English one", () => {
    expect(found).toContain("hotlines/no-french.md:1  : has no French text: add no-french.fr.md beside it (see content/README.md)");
    expect(found).toContainEqual(expect.stringMatching(/^pages\/orphan\.fr\.md:1  : has no English file beside it/));
  });
  it("requires French for every entry and page of the real site", () => {
    const real = readContent(path.resolve(__dirname, "../../content"));
    expect(real.problems).toEqual([]);
    expect(real.content.entries.every((e) => e.fr?.name && e.fr.description)).toBe(true);
    expect(real.content.pages.every((p) => p.fr?.title)).toBe(true);
  }, 30_000);
});
