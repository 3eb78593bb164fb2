// French text beside each entry: `<slug>.fr.md` holds only words (name, summary, hours,
// eligibility, body...). Facts — phones, addresses, web addresses, places, status, dates,
// sources — live once, in the English file, and both languages share them. So a French
// file may hold no fact field and no phone number or email at all, and must translate
// every text the English entry has.

import { z } from "zod";
import type { Problem } from "./problems";

const text = z.string().trim().min(1, "must not be empty");
const optionalText = text.optional();

export const frenchEntrySchema = z.strictObject({
  name: text,
  description: text.max(300, "must be 300 characters or fewer: it is the summary shown in lists"),
  status_note: optionalText,
  hours: optionalText,
  eligibility_description: optionalText,
  application_process: optionalText,
  fees_description: optionalText,
  languages_note: optionalText,
  chat_hours: optionalText,
  chat_note: optionalText,
  phone_labels: z.array(z.string()).optional(),
  partner_roles: z.array(z.string()).optional(),
  keywords: z.array(text).default([]),
});
export const frenchPageSchema = z.strictObject({ title: text, description: text.max(300) });

export type FrenchEntryData = z.output<typeof frenchEntrySchema>;
export type FrenchPageData = z.output<typeof frenchPageSchema>;
export type FrenchEntry = FrenchEntryData & { html: string; text: string };
export type FrenchPage = FrenchPageData & { html: string; text: string };

// Same shapes as ../shared/tools/check-sourced-numbers reads, plus local 7-digit numbers.
const PHONE = /(?:\+?1[\s.\-]?)?\(?\b\d{3}\)?[\s.\-\u00a0]?\d{3}[\s.\-\u00a0]?\d{4}\b|\b\d{3}-\d{4}\b/;
const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;
const LINK = /\]\(([^)\s]+)\)/g;

export type Located = { file: string; lineOf: (path: PropertyKey[]) => number; body: string; bodyLine: number };

/** Phone numbers, emails and links to addresses the English file does not give. */
export function factsInFrench(data: Record<string, unknown>, at: Located, englishRaw: string): Problem[] {
  const problems: Problem[] = [];
  const check = (value: string, line: number, field: string) => {
    if (PHONE.test(value)) problems.push({ file: at.file, line, field, message: "holds a phone number: numbers are facts, kept once in the English file (write « le numéro indiqué sur cette page »)" });
    if (EMAIL.test(value)) problems.push({ file: at.file, line, field, message: "holds an email address: addresses are facts, kept once in the English file" });
  };
  for (const [key, value] of Object.entries(data)) {
    const values = Array.isArray(value) ? value : [value];
    values.forEach((v, i) => typeof v === "string" && check(v, at.lineOf(Array.isArray(value) ? [key, i] : [key]), Array.isArray(value) ? `${key}.${i}` : key));
  }
  at.body.split("\n").forEach((line, i) => {
    check(line, at.bodyLine + i, "body");
    for (const [, url] of line.matchAll(LINK)) {
      if (!englishRaw.includes(url)) problems.push({ file: at.file, line: at.bodyLine + i, field: "body", message: `links to ${url}, which the English file does not give` });
    }
  });
  return problems;
}

type EnglishTexts = {
  status_note?: string; hours?: string; eligibility_description?: string; application_process?: string;
  fees_description?: string; languages_note?: string; chat?: { hours?: string; note?: string };
  phones: object[]; partners?: { role?: string }[];
};
const PAIRED = ["status_note", "hours", "eligibility_description", "application_process", "fees_description", "languages_note"] as const;

/** Every text the English entry has is translated, and nothing the English lacks is added. */
export function missingTranslations(en: EnglishTexts, fr: FrenchEntryData, at: Located, englishBody: string): Problem[] {
  const problems: Problem[] = [];
  const need = (field: string, english: unknown, french: unknown) => {
    if (english && !french) problems.push({ file: at.file, line: 1, field, message: "is required: the English entry has it" });
    if (!english && french) problems.push({ file: at.file, line: at.lineOf([field]), field, message: "has no English counterpart: translate only what the English entry says" });
  };
  for (const f of PAIRED) need(f, en[f], fr[f]);
  need("chat_hours", en.chat?.hours, fr.chat_hours);
  need("chat_note", en.chat?.note, fr.chat_note);
  // A referenced line has no label of its own (its entry names it): its slot is "".
  const labels = en.phones.map((p) => ("label" in p && typeof p.label === "string" ? p.label : ""));
  if (labels.some(Boolean) && fr.phone_labels?.length !== labels.length) {
    problems.push({ file: at.file, line: at.lineOf(["phone_labels"]), field: "phone_labels", message: `must give ${labels.length} labels, one per phone of the English entry, in order ("" for none)` });
  }
  const roles = (en.partners ?? []).map((p) => p.role ?? "");
  if (roles.some(Boolean) && fr.partner_roles?.length !== roles.length) {
    problems.push({ file: at.file, line: at.lineOf(["partner_roles"]), field: "partner_roles", message: `must give ${roles.length} roles, one per partner of the English entry, in order ("" for none)` });
  }
  if (englishBody.trim() && !at.body.trim()) problems.push({ file: at.file, line: at.bodyLine, field: "body", message: "is required: the English entry has a body" });
  return problems;
}
