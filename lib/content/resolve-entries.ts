// The second pass of the loader: with every entry read, each one's phones and texts are
// resolved against the others (lib/content/references.ts), then its Markdown rendered.
// Problems are reported at the file and line of the reference, like every other problem.

import type { FrenchEntryData } from "./french";
import { markdownToText, renderMarkdown } from "./markdown";
import type { Problem } from "./problems";
import { copiedLines, copiedNumbers, createResolver, type Lang, type Owner, type Resolver } from "./references";
import type { Entry, RawPhone } from "./schema";
import type { Kind } from "./taxonomies";

export type ParsedFile<T> = { data: T; slug: string; file: string; body: string; raw: string; lineOf: (path: PropertyKey[]) => number; bodyLine: number };
type EntryFields = { name: string; status: string; phones: RawPhone[]; partners?: { phones: RawPhone[] }[] } & Record<string, unknown>;
export type ReadEntry = { kind: Kind; parsed: ParsedFile<EntryFields>; fr?: ParsedFile<FrenchEntryData> };

/** Expands {{tel …}} in a file's frontmatter and body, in its language, reporting at its lines. */
export function expandFile<T>(resolver: Resolver, file: ParsedFile<T>, lang: Lang, problems: Problem[]) {
  const at = (line: number, field: string) => (message: string) => problems.push({ file: file.file, line, field, message });
  const data = resolver.expandAll(file.data, lang, (path, m) => at(file.lineOf(path), path.map(String).join("."))(m));
  const body = file.body
    .split("\n")
    .map((line, i) => resolver.expand(line, lang, true, at(file.bodyLine + i, "body")))
    .join("\n");
  return { data, body };
}

export function resolveEntries(read: ReadEntry[], problems: Problem[]): { entries: Entry[]; resolver: Resolver; owners: Owner[] } {
  const owners: Owner[] = read.map(({ kind, parsed, fr }) => ({
    kind,
    slug: parsed.slug,
    file: parsed.file,
    status: parsed.data.status,
    phones: parsed.data.phones,
    names: { en: parsed.data.name, fr: fr?.data.name },
  }));
  const resolver = createResolver(owners);
  const entries = read.map(({ kind, parsed, fr }): Entry => {
    const self = `${kind}/${parsed.slug}`;
    problems.push(...copiedNumbers(owners, parsed.file, self, parsed.raw, parsed.bodyLine));
    problems.push(...copiedLines(owners, self, parsed.data.phones, (i) => ({ file: parsed.file, line: parsed.lineOf(["phones", i, "number"]), field: `phones.${i}.number` })));
    const at = (path: PropertyKey[]) => (message: string) => problems.push({ file: parsed.file, line: parsed.lineOf(path), field: path.map(String).join("."), message });
    const { data, body } = expandFile(resolver, parsed, "en", problems);
    const phones = resolver.phones(data, data.phones, (i) => at(["phones", i, "ref"]));
    const partners = data.partners?.map((p, j) => ({ ...p, phones: resolver.phones(data, p.phones, (i) => at(["partners", j, "phones", i, "ref"])) }));
    const french = fr && expandFile(resolver, fr, "fr", problems);
    return {
      ...data,
      phones,
      ...(partners ? { partners } : {}),
      kind,
      slug: parsed.slug,
      file: parsed.file,
      html: renderMarkdown(body, 1),
      text: markdownToText(body),
      fr: french && { ...french.data, html: renderMarkdown(french.body, 1), text: markdownToText(french.body) },
    } as unknown as Entry;
  });
  return { entries, resolver, owners };
}
