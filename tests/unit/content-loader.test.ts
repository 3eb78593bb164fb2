// The content loader is the gate between volunteer-edited Markdown and a site people in
// danger rely on: a wrong number or a silently dropped entry is worse than a failed build.
// These tests check that it accepts good content, reports every bad thing at once with the
// exact file:line and field, and that the real content/ folder passes.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { NATIONAL_HOTLINE, SAFETY_SLUG } from "@/lib/site";
import { loadContent, readContent } from "../../lib/content/load";
import { ContentError, formatProblems, type Problem } from "../../lib/content/problems";
import type { Entry } from "../../lib/content/schema";
import { KINDS, type Kind } from "../../lib/content/taxonomies";

const ROOT = path.resolve(fileURLToPath(new URL("../..", import.meta.url)));
const FIXTURES = path.join(ROOT, "tests/fixtures/content");
const VALID = path.join(FIXTURES, "valid");
const INVALID = path.join(FIXTURES, "invalid");
const REAL = path.join(ROOT, "content");

const rel = (file: string) => path.relative(ROOT, file);

function entryOf<K extends Kind>(entries: Entry[], kind: K, slug: string): Extract<Entry, { kind: K }> {
  const entry = entries.find((e) => e.kind === kind && e.slug === slug);
  if (!entry) throw new Error(`no ${kind}/${slug} among ${entries.map((e) => `${e.kind}/${e.slug}`).join(", ")}`);
  return entry as Extract<Entry, { kind: K }>;
}

// Spawning tsx takes a second or two each time.
const SLOW = 60_000;

function run(command: string, args: string[]) {
  return spawnSync(command, args, { cwd: ROOT, encoding: "utf8", timeout: SLOW });
}

describe("valid fixture", () => {
  const { content, problems } = readContent(VALID, { french: "optional" });
  const { entries, pages } = content;

  it("loads with no problems", () => {
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(KINDS.length);
    expect(pages).toHaveLength(1);
  });

  it("loadContent returns the same content without throwing", () => {
    expect(loadContent(VALID, { french: "optional" })).toEqual(content);
  });

  it("takes kind and slug from the path", () => {
    for (const entry of entries) {
      expect(entry.file).toBe(path.join(VALID, entry.kind, `${entry.slug}.md`));
    }
    expect(entries.map((e) => e.kind).sort()).toEqual([...KINDS].sort());
  });

  // Lower priority first; the hotline (2) before legal support (10), the CARE unit (50),
  // the service (default 100) and the unconfirmed coalition (300).
  it("sorts entries by priority", () => {
    expect(entries.map((e) => [e.priority, `${e.kind}/${e.slug}`])).toEqual([
      [2, "hotlines/canadian-human-trafficking-hotline"],
      [10, "legal-supports/free-legal-support-restraining-orders"],
      [50, "care-units/toronto-care-unit"],
      [100, "services/specialized-youth-residences"],
      [300, "coalitions/toronto-counter-human-trafficking-network"],
    ]);
  });

  it("normalizes phones to E.164 with tollFree, keeping the number as published", () => {
    const hotline = entryOf(entries, "hotlines", "canadian-human-trafficking-hotline");
    expect(hotline.phones).toEqual([
      { number: "1-833-900-1010", type: "voice", label: "Toll-free", open_24_7: true, dial: "+18339001010", tollFree: true, confirmed: true },
      // type was left out, so it defaults to voice; 911 is dialled as is.
      { number: "911", type: "voice", label: "In immediate danger", open_24_7: false, dial: "911", tollFree: true, confirmed: true },
    ]);
    expect(hotline.chat).toEqual({ url: "https://www.canadianhumantraffickinghotline.ca/chat/", hours: "24 hours a day, 7 days a week", open_24_7: true });
  });

  it("normalizes the phones of CARE unit partners too", () => {
    const unit = entryOf(entries, "care-units", "toronto-care-unit");
    expect(unit.partners.map((p) => p.name)).toEqual(["Children's Aid Society of Toronto", "Toronto Police Service"]);
    expect(unit.partners[0].phones).toEqual([]);
    expect(unit.partners[1].phones).toEqual([{ number: "911", type: "voice", label: "Emergency", open_24_7: false, dial: "911", tollFree: true, confirmed: true }]);
  });

  it("applies defaults for fields left out", () => {
    const service = entryOf(entries, "services", "specialized-youth-residences");
    expect(service).toMatchObject({
      priority: 100,
      phones: [],
      emails: [],
      languages: [],
      keywords: [],
      status: "active",
      service_areas: ["durham", "toronto"],
      assured_date: "2026-11-01", // YAML 1.2: dates stay strings
    });
    expect(service.status_note).toBeUndefined();
    expect(service.website).toBeUndefined();
  });

  it("keeps an unconfirmed entry with its status_note", () => {
    const coalition = entryOf(entries, "coalitions", "toronto-counter-human-trafficking-network");
    expect(coalition.status).toBe("unconfirmed");
    expect(coalition.status_note).toContain("1-833-900-1010");
    expect(coalition.lead_organization).toBe("A group of Toronto agencies");
  });

  // An entry's body sits under the entry page's own h2, so its "##" becomes <h3>.
  it("renders the body to HTML, headings demoted one level, and to plain text", () => {
    const hotline = entryOf(entries, "hotlines", "canadian-human-trafficking-hotline");
    expect(hotline.html).toContain("<h3>What it is</h3>");
    expect(hotline.html).toContain('<a href="tel:+18339001010">1-833-900-1010</a>');
    // markdownToText turns every "-" into a space; search joins the digit runs again.
    expect(hotline.text).toBe("What it is A confidential hotline, open 24 hours a day. Call 1 833 900 1010.");
  });

  // Information pages are not demoted: "##" stays <h2>.
  it("loads the information page with its table", () => {
    expect(pages[0]).toMatchObject({ slug: "what-is-human-trafficking", title: "What is human trafficking?", order: 1 });
    expect(pages[0].html).toContain("<h2>In plain words</h2>");
    expect(pages[0].html).toContain("<td>Anywhere in Canada</td>");
    expect(pages[0].html).toContain("<table>");
  });
});

// One row per rule. `text` is what the fixture has on `line`, so the table itself proves
// the line number points at the offending field and not somewhere near it.
type Expected = { file: string; line: number; field: string; message: string; text: string };

const EXPECTED: Expected[] = [
  { file: "hotlines/unknown-key.md", line: 11, field: "webiste", message: "is not a known field", text: "webiste:" },
  { file: "hotlines/wrong-type.md", line: 11, field: "phones.0.open_24_7", message: "expected boolean", text: "    open_24_7: yes" },
  { file: "hotlines/malformed-phone.md", line: 9, field: "phones.0.number", message: '"123-4567" is not a valid phone number', text: "number: 123-4567" },
  { file: "hotlines/phone-letters.md", line: 9, field: "phones.0.number", message: "letters are not allowed", text: "number: 1-833-900-1O1O" },
  { file: "hotlines/short-code-voice.md", line: 11, field: "phones.1.number", message: "short code is only valid with type: text", text: "number: 123-45" },
  { file: "hotlines/bad-urls.md", line: 11, field: "website", message: "must be a full http(s) address", text: "javascript:alert(1)" },
  { file: "hotlines/bad-urls.md", line: 15, field: "sources.0.url", message: "must be a full http(s) address", text: "url: homepage" },
  { file: "hotlines/unknown-region.md", line: 7, field: "service_areas.1", message: '"toronot" is not a known place', text: "toronot" },
  { file: "hotlines/unknown-audience.md", line: 8, field: "audiences.1", message: '"victims" is not a known audience', text: "- victims" },
  { file: "hotlines/future-date.md", line: 12, field: "assured_date", message: "is in the future", text: "assured_date: 2999-01-01" },
  { file: "hotlines/bad-date.md", line: 12, field: "assured_date", message: "must be a date written YYYY-MM-DD", text: "assured_date: 01/11/2026" },
  { file: "hotlines/no-sources.md", line: 13, field: "sources", message: "must name at least one source", text: "sources: []" },
  // A missing field has no line of its own: it is reported at the opening ---.
  { file: "hotlines/missing-name.md", line: 1, field: "name", message: "is required", text: "---" },
  { file: "hotlines/unconfirmed-no-note.md", line: 1, field: "status_note", message: "is required when status is unconfirmed", text: "---" },
  { file: "hotlines/no-contact.md", line: 1, field: "phones", message: "a hotline needs a phone number, a chat or a website", text: "---" },
  { file: "care-units/no-partners.md", line: 8, field: "partners", message: "must list the unit's partner organizations", text: "partners: []" },
  // The yaml parser notices the missing ] only on the next line (audiences is on line 6).
  { file: "hotlines/invalid-yaml.md", line: 7, field: "", message: "invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]", text: "service_areas:" },
  { file: "hotlines/duplicate-key.md", line: 6, field: "", message: "invalid YAML: Map keys must be unique", text: "name: Duplicate key example, again" },
  { file: "hotlines/no-frontmatter.md", line: 1, field: "", message: "missing frontmatter", text: "# No frontmatter" },
  { file: "hotlines/notes.txt", line: 1, field: "", message: "only .md files belong here", text: "Invalid on purpose" },
  { file: "services/Bad_Name.md", line: 1, field: "", message: 'file name "Bad_Name" must be lower-case words joined by hyphens', text: "---" },
  { file: "services/emergency-911.md", line: 1, field: "", message: 'duplicate slug "emergency-911": also used by hotlines/emergency-911.md', text: "---" },
  { file: "pages/missing-title.md", line: 1, field: "title", message: "is required", text: "---" },
  // Shelters, safe houses and residences never show where they are.
  { file: "services/shelter-with-address.md", line: 1, field: "location_confidential", message: "must be true for a shelter", text: "---" },
  { file: "services/shelter-with-address.md", line: 9, field: "address", message: "must not be given: this location is kept confidential", text: "address: 1 Example Street" },
  { file: "services/ages-reversed.md", line: 7, field: "service_areas.0", message: '"guelf" is not a known place', text: "service_areas: [guelf]" },
  { file: "services/ages-reversed.md", line: 9, field: "maximum_age", message: "must not be below minimum_age (17)", text: "maximum_age: 12" },
];

// Every file in invalid/ except hotlines/emergency-911.md, the valid first owner of the
// duplicated slug (the second file to use a slug is the one reported).
const BAD_FILES = [...new Set(EXPECTED.map((e) => e.file))];

describe("invalid fixture", () => {
  const { problems } = readContent(INVALID, { french: "optional" });
  const inFixture = (p: Problem) => ({ ...p, file: path.relative(INVALID, p.file) });

  it("reports every problem in every file in one pass", () => {
    expect(BAD_FILES).toHaveLength(24);
    expect([...new Set(problems.map((p) => path.relative(INVALID, p.file)))].sort()).toEqual([...BAD_FILES].sort());
    expect(problems).toHaveLength(EXPECTED.length);
  });

  it("does not report the valid file whose slug is reused later", () => {
    expect(problems.filter((p) => p.file.endsWith(path.join("hotlines", "emergency-911.md")))).toEqual([]);
  });

  it("sorts problems by file, then line", () => {
    const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    expect(problems).toEqual(sorted);
  });

  it.each(EXPECTED)("$file:$line  $field: $message", (expected) => {
    const found = problems.map(inFixture).filter((p) => p.file === expected.file && p.field === expected.field);
    expect(found, `problems for ${expected.file}: ${JSON.stringify(problems.map(inFixture).filter((p) => p.file === expected.file))}`).toHaveLength(1);
    expect(found[0].line).toBe(expected.line);
    expect(found[0].message).toContain(expected.message);
    // The reported line really is where the fixture writes the offending thing.
    const lines = fs.readFileSync(path.join(INVALID, expected.file), "utf8").split("\n");
    expect(lines[expected.line - 1]).toContain(expected.text);
  });

  it("loadContent throws a ContentError listing every problem", () => {
    let error: unknown;
    try {
      loadContent(INVALID, { french: "optional" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const contentError = error as ContentError;
    expect(contentError.name).toBe("ContentError");
    expect(contentError.problems).toEqual(problems);
    expect(contentError.message).toMatch(/^Content is not valid:\n/);
    expect(contentError.message).toContain(`${EXPECTED.length} problems in ${BAD_FILES.length} files.`);
  });

  it("formats each problem as `file:line  field: message`, relative to the working directory", () => {
    const report = formatProblems(problems, ROOT);
    const lines = report.split("\n");
    expect(lines).toContain(
      'tests/fixtures/content/invalid/hotlines/malformed-phone.md:9  phones.0.number: "123-4567" is not a valid phone number: use a 10-digit number like 1-833-900-1010, an N11 code like 911, a text short code, or a * code',
    );
    expect(lines).toContain("tests/fixtures/content/invalid/hotlines/unknown-key.md:11  webiste: is not a known field (check the spelling against content/_template.md)");
    // A problem with no field has no "field: " part.
    expect(lines).toContain("tests/fixtures/content/invalid/hotlines/notes.txt:1  only .md files belong here");
    expect(lines.at(-2)).toBe("");
    expect(lines.at(-1)).toBe(`${EXPECTED.length} problems in ${BAD_FILES.length} files.`);
    expect(lines).toHaveLength(EXPECTED.length + 2);
  });

  it("uses the singular for one problem in one file", () => {
    const one: Problem = { file: path.join(ROOT, "content/hotlines/x.md"), line: 7, field: "phones.0.number", message: "bad" };
    expect(formatProblems([one], ROOT)).toBe("content/hotlines/x.md:7  phones.0.number: bad\n\n1 problem in 1 file.");
  });
});

describe("content:check CLI", () => {
  // One problem line looks like `tests/…/x.md:7  phones.0.number: …`.
  const PROBLEM_LINE = /^tests\/fixtures\/content\/invalid\/\S+:\d+ {2}[\w.]+: /gm;

  it(
    "exits 1 on the invalid fixture and prints every problem and a summary on stderr",
    () => {
      const result = run("npx", ["tsx", "scripts/content-check.ts", "tests/fixtures/content/invalid", "--french-optional"]);
      expect(result.error).toBeUndefined();
      expect(result.status).toBe(1);
      expect(result.stderr.match(PROBLEM_LINE)?.length ?? 0).toBeGreaterThanOrEqual(5);
      expect(result.stderr).toContain("tests/fixtures/content/invalid/hotlines/unknown-region.md:7  service_areas.1: \"toronot\" is not a known place");
      expect(result.stderr).toContain(`${EXPECTED.length} problems in ${BAD_FILES.length} files.`);
      expect(result.stdout).not.toContain("content ok");
    },
    SLOW,
  );

  it(
    "exits 0 on the valid fixture and prints the counts",
    () => {
      const result = run("npx", ["tsx", "scripts/content-check.ts", "tests/fixtures/content/valid", "--french-optional"]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(
        "content ok: 5 entries (hotlines 1, services 1, care-units 1, coalitions 1, legal-supports 1), 1 information pages",
      );
    },
    SLOW,
  );

  it(
    "exits 0 on the real content/ folder",
    () => {
      const result = run("npx", ["tsx", "scripts/content-check.ts", "content"]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^content ok: \d+ entries/);
    },
    SLOW,
  );
});

describe("real content", () => {
  const { content, problems } = readContent(REAL);
  const { entries, pages } = content;

  it("has no problems", () => {
    // On failure this prints the same report as npm run content:check.
    expect(problems, formatProblems(problems, ROOT)).toEqual([]);
  });

  it.each(KINDS)("has at least one %s entry", (kind) => {
    expect(entries.filter((e) => e.kind === kind).length).toBeGreaterThanOrEqual(1);
  });

  it("has the safety page the layout links to", () => {
    expect(pages.map((p) => p.slug)).toContain(SAFETY_SLUG);
  });

  // lib/site.ts prints the hotline in the header of every page; it must match the entry.
  it("lists the national hotline with the number in lib/site.ts", () => {
    const hotline = entryOf(entries, "hotlines", "canadian-human-trafficking-hotline");
    expect(hotline.phones[0]).toMatchObject({ number: NATIONAL_HOTLINE.display, dial: NATIONAL_HOTLINE.dial, tollFree: true });
    expect(hotline.chat?.url).toBe(NATIONAL_HOTLINE.chat);
  });

  // 1-833-999-9211 was the hotline's old number; the sources mark it superseded.
  it("never uses the superseded number 1-833-999-9211", () => {
    const dials = entries.flatMap((e) => [...e.phones, ...(e.kind === "care-units" ? e.partners.flatMap((p) => p.phones) : [])].map((p) => p.dial));
    expect(dials.length).toBeGreaterThan(0);
    expect(dials).not.toContain("+18339999211");
    for (const item of [...entries, ...pages]) {
      const raw = fs.readFileSync(item.file, "utf8").replace(/[\s().+-]/g, "");
      expect(raw, rel(item.file)).not.toContain("8339999211");
    }
  });

  // organizations.md's rule: an unconfirmed entry tells readers to check with the hotline
  // first, by its number, because its note also travels alone (the HSDS alert).
  it("gives every unconfirmed entry a note that names the hotline's number", () => {
    const unconfirmed = entries.filter((e) => e.status === "unconfirmed");
    expect(unconfirmed.length).toBeGreaterThan(5);
    expect(unconfirmed.filter((e) => !e.status_note?.includes("1-833-900-1010")).map((e) => e.slug)).toEqual([]);
    expect(unconfirmed.filter((e) => !e.fr?.status_note?.includes("1\u00a0833\u00a0900-1010")).map((e) => e.slug)).toEqual([]);
  });

  // The sources disagree on Chrysalis (contacts.md:13 and organizations.md:324); the
  // stricter one says "do not publish".
  it("publishes no entry for the Chrysalis network", () => {
    expect(entries.filter((e) => /chrysalis/i.test(e.name + e.slug))).toEqual([]);
  });
});

describe("check-sourced-numbers", () => {
  const CHECKER = path.resolve(ROOT, "../shared/tools/check-sourced-numbers");
  const missing = !fs.existsSync(CHECKER);
  const note = missing ? " (SKIPPED: ../shared/tools/check-sourced-numbers does not exist)" : "";

  it.skipIf(missing)(`finds only sourced numbers in content/${note}`, () => {
    const result = run("node", [CHECKER, "content"]);
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/\d+ phone numbers in content\/, 0 not backed by a source/);
  });

  // The fixtures follow the same rule: no invented numbers, even in tests.
  it.skipIf(missing)(`finds only sourced numbers in the test fixtures${note}`, () => {
    const result = run("node", [CHECKER, "tests/fixtures/content"]);
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toContain("0 not backed by a source");
  });
});

// Cross-field rules run even when other fields fail, and a byte-order mark is not
// mistaken for missing frontmatter: both once made an editor fix files twice.
describe("every problem in one pass, whatever the file encoding", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "content-gaps-"));
  fs.mkdirSync(path.join(dir, "hotlines"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, "hotlines", name), text);
  const problemsIn = (name: string) => readContent(dir, { french: "optional" }).problems.filter((p) => path.basename(p.file) === name);

  // zod skips .superRefine() when the object already has an issue, so the cross-field
  // rules (status_note for unconfirmed/inactive, a hotline's phone/chat/website) are only
  // reported after every other field in the file is fixed: not "every problem at once".
  it("reports a missing status_note even when another field is also wrong", () => {
    write(
      "two-problems.md",
      [
        "---",
        "name: Two problems",
        "description: Unconfirmed without a note, and a misspelled region.",
        "status: unconfirmed",
        "audiences: [survivors]",
        "service_areas: [toronot]",
        "website: https://www.canadianhumantraffickinghotline.ca/",
        "assured_date: 2026-11-01",
        "sources:",
        "  - title: Canadian Human Trafficking Hotline",
        "    url: https://www.canadianhumantraffickinghotline.ca/",
        "---",
        "",
      ].join("\n"),
    );
    expect(problemsIn("two-problems.md").map((p) => p.field).sort()).toEqual(["service_areas.0", "status_note"]);
  });

  // A file saved "UTF-8 with BOM" (older Windows Notepad) starts with U+FEFF, so the
  // startsWith("---") test fails and a complete frontmatter is called missing.
  it("reads frontmatter from a file that starts with a byte-order mark", () => {
    write(
      "bom.md",
      [
        "\uFEFF---",
        "name: Byte-order mark",
        "description: Saved as UTF-8 with BOM.",
        "status: active",
        "audiences: [survivors]",
        "service_areas: [ontario]",
        "website: https://www.canadianhumantraffickinghotline.ca/",
        "assured_date: 2026-11-01",
        "sources:",
        "  - title: Canadian Human Trafficking Hotline",
        "    url: https://www.canadianhumantraffickinghotline.ca/",
        "---",
        "",
      ].join("\n"),
    );
    expect(problemsIn("bom.md")).toEqual([]);
  });
});
