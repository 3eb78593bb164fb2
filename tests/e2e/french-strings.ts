// The English interface strings a French page must not show, from the English catalogue
// itself, so a string added to en.ts is checked the day it is added. Strings that are
// the same in both catalogues (proper names, "Services") are left out, and so are
// single short words, which French content may quote (an organization's English name).
import path from "node:path";
import { readContent } from "../../lib/content/load";
import { en } from "../../lib/i18n/en";
import { fr } from "../../lib/i18n/fr";

type Tree = { [key: string]: unknown };
const isTree = (v: unknown): v is Tree => typeof v === "object" && v !== null && !Array.isArray(v);

function strings(tree: unknown): string[] {
  if (typeof tree === "string") return [tree];
  if (Array.isArray(tree)) return tree.flatMap(strings);
  if (isTree(tree)) return Object.values(tree).flatMap(strings);
  return [];
}

const french = new Set(strings(fr));
// The link to the English page is English on purpose ("English", "Read this page in English").
const ALLOWED = new Set(strings(fr.language));

export const ENGLISH_INTERFACE = [...new Set(strings(en))].filter((s) => !french.has(s) && !ALLOWED.has(s) && s.trim().split(/\s+/).length >= 2);

/** The text a reader sees (or hears) in a page's HTML: no scripts, no tags. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, " ")
    .replace(/<(?:meta|title)[^>]*>/g, " ")
    .replace(/aria-label="([^"]*)"/g, " $1 ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

// Proper names and titles are content, not interface, and keep their own language: an
// organization's English name where no official French one exists (fr-glossary.md),
// a source's title. They are taken out of the text before it is checked.
function properNames(): string[] {
  const { content } = readContent(path.resolve(__dirname, "../../content"));
  const names = content.entries.flatMap((e) => [
    e.name,
    ...(e.organization ? [e.organization] : []),
    ...("lead_organization" in e && e.lead_organization ? [e.lead_organization] : []),
    ...("partners" in e ? e.partners.map((p) => p.name) : []),
    ...e.sources.map((s) => s.title),
  ]);
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}
const PROPER_NAMES = properNames();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const INTERFACE = ENGLISH_INTERFACE.map((s) => ({ s, re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, "u") }));

/** English catalogue strings found in a French page's text (whole words; names and « quoted » words aside). */
export function englishIn(html: string): string[] {
  let text = visibleText(html);
  for (const name of PROPER_NAMES) text = text.split(name).join(" ");
  // An English term a French text quotes on purpose: (en anglais « CARE Units »).
  text = text.replace(/«[^»]*»/g, " ");
  return INTERFACE.filter(({ re }) => re.test(text)).map(({ s }) => s);
}
