// The site's own documents (content/pages/accessibility.md, open-data.md and their French
// twins) were catalogue strings: the open-data page's two values that change with the
// build ({{entries}}, {{origin}}) are filled in by the page, escaped, and a name the page
// does not fill fails the build instead of showing braces to a reader.
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { fillPlaceholders } from "@/components/pages/document-body";
import { renderMarkdown } from "@/lib/content/markdown";

const NBSP = "\u00a0";
const html = (name: string) => renderMarkdown(matter(fs.readFileSync(path.resolve(__dirname, "../../content/pages", name), "utf8")).content);
const VALUES = { entries: "93", origin: "https://example.ca" };

describe("the open-data page's values", () => {
  it("fills the number of entries and the citation's address in English", () => {
    const filled = fillPlaceholders(html("open-data.md"), VALUES, "open-data.md");
    expect(filled).toContain(`<li>All 93 entries, as one file: <a href="/open-data/services.json">every service (JSON)</a> (<code>/open-data/services.json</code>)</li>`);
    expect(filled).toContain("<code>Ontario Trafficking Support, open data (HSDS 3.1), https://example.ca/open-data/services.json, downloaded [date].</code>");
    expect(filled).not.toContain("{{");
  });

  it("fills the same values in French, and links the same file", () => {
    const filled = fillPlaceholders(html("open-data.fr.md"), VALUES, "open-data.fr.md");
    expect(filled).toContain(`<li>Les 93 fiches, dans un seul fichier${NBSP}: <a href="/open-data/services.json">tous les services (JSON)</a>`);
    expect(filled).toContain("https://example.ca/open-data/services.json, téléchargé le [date].</code>");
    expect(filled).not.toContain("{{");
  });

  it("refuses a name the page does not fill, and escapes what it fills", () => {
    expect(() => fillPlaceholders(html("open-data.md"), { entries: "93" }, "open-data.md")).toThrow(/open-data\.md: \{\{origin\}\} is not a value this page fills in/);
    expect(fillPlaceholders("<p>{{ origin }}</p>", { origin: `a"<b>&` }, "x.md")).toBe("<p>a&quot;&lt;b&gt;&amp;</p>");
  });

  it("leaves nothing to fill in the accessibility statement", () => {
    for (const name of ["accessibility.md", "accessibility.fr.md"]) expect(fillPlaceholders(html(name), {}, name)).not.toContain("{{");
  });
});
