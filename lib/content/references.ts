// Facts live once. A line that has its own entry (the national hotline, 911, the Victim
// Support Line) is never copied into another entry: a phone there is `ref: <kind>/<slug>`,
// and a text names its number as {{tel <kind>/<slug>}} (or {{tel <kind>/<slug> 2}} for its
// second line). Both are resolved here, once every file is read, so the number, its label
// and its hours come from one file in every page, language, card, sheet and export.
// A contact is confirmed on its own evidence: a referenced line keeps the status of the
// entry it belongs to, so the hotline is one tap away even inside an unconfirmed entry.

import type { Problem } from "./problems";
import { displayPhone, phoneHref } from "./phone";
import type { Phone, RawPhone } from "./schema";
import type { Lang } from "../lang";
import type { Kind } from "./taxonomies";

export type { Lang };
/** What an entry gives the resolver: its own phones, its status and its names. */
export type Owner = { kind: Kind; slug: string; file: string; status: string; phones: RawPhone[]; names: Partial<Record<Lang, string>> };
export type Report = (message: string) => void;

const TOKEN = /\{\{\s*tel\s+([^\s}]+)(?:\s+(\d+))?\s*\}\}/g;
const isRef = (p: RawPhone): p is Extract<RawPhone, { ref: string }> => "ref" in p;

export function createResolver(owners: Owner[]) {
  const byId = new Map(owners.map((o) => [`${o.kind}/${o.slug}`, o]));

  /** Line `line` (1-based) of entry `id`, with the evidence of the entry it belongs to. */
  function lineOf(id: string, line: number, report: Report): Phone | undefined {
    const owner = byId.get(id);
    if (!owner) return void report(`"${id}" is not an entry: use <kind>/<slug> of a file in content/`);
    const own = owner.phones[line - 1];
    if (!own) return void report(`"${id}" has no line ${line}: it lists ${owner.phones.length} phone(s)`);
    if (isRef(own)) return void report(`"${id}" line ${line} is itself a reference: point to the entry that owns the line`);
    return { ...own, confirmed: owner.status === "active", ref: { kind: owner.kind, slug: owner.slug, name: owner.names.en ?? owner.slug } };
  }

  /** An entry's phones as pages show them. `at(i)` reports against phone i's line. */
  function phones(owner: Pick<Owner, "status">, raw: RawPhone[], at: (i: number) => Report): Phone[] {
    return raw.flatMap((p, i): Phone[] => {
      if (!isRef(p)) return [{ ...p, confirmed: owner.status === "active" }];
      const line = lineOf(p.ref, p.line, at(i));
      return line ? [line] : [];
    });
  }

  /** {{tel …}} in a text: the number as `lang` writes it; in Markdown, a link that dials it. */
  function expand(text: string, lang: Lang, markdown: boolean, report: Report): string {
    return text.replace(TOKEN, (token, id: string, n?: string) => {
      const phone = lineOf(id, n ? Number(n) : 1, (m) => report(`${token}: ${m}`));
      if (!phone) return token;
      const written = displayPhone(phone.number, lang);
      // An unconfirmed line is written out but is not a one-tap call, as everywhere else.
      return markdown && phone.confirmed ? `[${written}](${phoneHref(phone)})` : written;
    });
  }

  /** Every string in a parsed frontmatter object, expanded (arrays and nested objects too). */
  function expandAll<T>(value: T, lang: Lang, report: (path: PropertyKey[], message: string) => void, path: PropertyKey[] = []): T {
    if (typeof value === "string") return expand(value, lang, false, (m) => report(path, m)) as T;
    if (Array.isArray(value)) return value.map((v, i) => expandAll(v, lang, report, [...path, i])) as T;
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandAll(v, lang, report, [...path, k])])) as T;
    }
    return value;
  }

  return { phones, expand, expandAll, names: (id: string) => byId.get(id)?.names };
}

export type Resolver = ReturnType<typeof createResolver>;

/** Each own line, by `key`, to the first entry that lists it (files are read hotlines first). */
function lineOwners(owners: Owner[], key: (p: Exclude<RawPhone, { ref: string }>) => string): Map<string, string> {
  const found = new Map<string, string>();
  for (const o of owners) for (const p of o.phones) if (!isRef(p) && !found.has(key(p))) found.set(key(p), `${o.kind}/${o.slug}`);
  return found;
}

const digits = (s: string) => s.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "");
const NUMBER = /(?:\+?1[\s.\-\u00a0]?)?\(?\b[2-9]\d{2}\)?[\s.\-\u00a0]?\d{3}[\s.\-\u00a0]?\d{4}\b/g;

/**
 * A number written out that is another entry's own line: the copy would drift from the
 * original. Each own number belongs to one entry; `raw` is the file's text.
 */
export function copiedNumbers(owners: Owner[], file: string, self: string, raw: string, bodyLine: number): Problem[] {
  const ownerOf = lineOwners(owners, (p) => digits(p.number));
  const problems: Problem[] = [];
  raw.split("\n").forEach((text, i) => {
    // An entry's own phone items are checked as phones (copiedLines), not as text.
    if (/^  - number:/.test(text)) return;
    for (const m of text.matchAll(NUMBER)) {
      const owner = ownerOf.get(digits(m[0]));
      if (!owner || owner === self) continue;
      const field = i + 1 < bodyLine ? "" : "body";
      problems.push({ file, line: i + 1, field, message: `${m[0]} is the line of ${owner}: reference it (phones: - ref: ${owner}; in text {{tel ${owner}}}) instead of copying the number` });
    }
  });
  return problems;
}

/** An own phone that dials another entry's own line (911 in a police entry): reference it. */
export function copiedLines(owners: Owner[], self: string, phones: RawPhone[], at: (i: number) => Omit<Problem, "message">): Problem[] {
  const ownerOf = lineOwners(owners, (p) => p.dial);
  return phones.flatMap((p, i) => {
    const owner = isRef(p) ? undefined : ownerOf.get(p.dial);
    return owner && owner !== self ? [{ ...at(i), message: `dials the line of ${owner}: write "- ref: ${owner}" instead of copying it` }] : [];
  });
}
