// One zod schema per kind, all built on one base. Field names follow Open Referral
// HSDS 3.x where it has one (name, description, status, phones, languages,
// service_areas, eligibility_description, application_process, fees_description,
// assured_date) so the data can be exported to the standard later.

import { z } from "zod";
import { AUDIENCES, INTAKES, LANGUAGES, LEADERSHIP, NETWORKS, OFFERS, PHONE_TYPES, STATUSES, type Kind } from "./taxonomies";
import { isPlace } from "./places";
import { parsePhone } from "./phone";
import type { FrenchEntry, FrenchPage } from "./french";

// A missing field reads "is required", not zod's "expected string, received undefined".
z.config({
  customError: (issue) => (issue.code === "invalid_type" && issue.input === undefined ? "is required" : undefined),
});

const text = z.string().trim().min(1, "must not be empty");

// A closed list whose error names the bad value and every allowed one.
function oneOf<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
  return z.enum(values, { error: (issue) => `${JSON.stringify(issue.input)} is not a known ${noun}: use one of ${values.join(", ")}` });
}

// Places are a list of a few hundred: the error points to it rather than printing it.
const place = z.string().refine(isPlace, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a known place: use a region (e.g. northwest, toronto, peel) or a community id from lib/content/places/communities.ts`,
});

export const httpUrl = z.url({ protocol: /^https?$/, error: "must be a full http(s) address, like https://www.ontario.ca/" });

// YAML dates are kept as strings (the yaml 1.2 core schema), so "2026-11-15" arrives as
// text and is checked here; a verification date cannot be in the future.
export const pastDate = z.iso
  .date({ error: "must be a date written YYYY-MM-DD" })
  .refine((d) => d <= new Date().toISOString().slice(0, 10), "is in the future: use the date the details were last checked");

// "<kind>/<slug>" of another entry: a line that has its own entry is referenced, never
// copied, so its number, label and hours live in one file (lib/content/references.ts).
export const entryRef = z.string().regex(/^[a-z-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be <kind>/<slug> of an entry, e.g. hotlines/canadian-human-trafficking-hotline" });

// A channel of the entry's own. `open_24_7` belongs to the channel: only where a source
// says 24 hours a day, 7 days a week for this line, not for the organization.
const ownPhoneSchema = z
  .strictObject({
    number: text,
    type: oneOf(PHONE_TYPES, "phone type").default("voice"),
    label: text.optional(),
    text_keyword: text.optional(),
    hours: text.optional(),
    open_24_7: z.boolean().default(false),
  })
  .transform((phone, ctx) => {
    const parsed = parsePhone(phone.number, phone.type);
    if (typeof parsed === "string") {
      ctx.addIssue({ code: "custom", message: parsed, path: ["number"], input: phone.number });
      return z.NEVER;
    }
    return { ...phone, ...parsed };
  });

// Another entry's line, by reference: `line` is which of its phones (1 = the first).
const refPhoneSchema = z.strictObject({ ref: entryRef, line: z.number().int().min(1).default(1) });

// Each item is checked by the one schema its shape asks for, so an error names the real
// problem ("number: is required") instead of a union's "no option matched".
export const phoneSchema = z.unknown().transform((value, ctx) => {
  const isRef = typeof value === "object" && value !== null && "ref" in value;
  const result = (isRef ? refPhoneSchema : ownPhoneSchema).safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  }
  return result.data as OwnPhoneData | RefPhoneData;
});
type OwnPhoneData = z.output<typeof ownPhoneSchema>;
type RefPhoneData = z.output<typeof refPhoneSchema>;
export type RawPhone = OwnPhoneData | RefPhoneData;

export const sourceSchema = z.strictObject({ title: text, url: httpUrl });

const baseShape = {
  name: text,
  description: text.max(300, "must be 300 characters or fewer: it is the summary shown in lists"),
  status: oneOf(STATUSES, "status"),
  status_note: text.optional(),
  organization: text.optional(),
  audiences: z.array(oneOf(AUDIENCES, "audience")).min(1, "must list at least one audience"),
  service_areas: z.array(place).min(1, "must list at least one place (region or community)"),
  phones: z.array(phoneSchema).default([]),
  chat: z.strictObject({ url: httpUrl, hours: text.optional(), open_24_7: z.boolean().default(false), note: text.optional() }).optional(),
  emails: z.array(z.email({ error: "must be an email address" })).default([]),
  website: httpUrl.optional(),
  address: text.optional(),
  hours: text.optional(),
  languages: z.array(oneOf(LANGUAGES, "language")).default([]),
  languages_note: text.optional(),
  fees_description: text.optional(),
  eligibility_description: text.optional(),
  application_process: text.optional(),
  minimum_age: z.number().int().min(0).max(120).optional(),
  maximum_age: z.number().int().min(0).max(120).optional(),
  led_by: z.array(oneOf(LEADERSHIP, "kind of leadership")).default([]),
  offers: z.array(oneOf(OFFERS, "offer")).default([]),
  intake: oneOf(INTAKES, "intake").optional(),
  location_confidential: z.boolean().default(false),
  network: oneOf(NETWORKS, "network").optional(),
  lists_network: oneOf(NETWORKS, "network").optional(),
  keywords: z.array(text).default([]),
  priority: z.number().int().min(0).max(1000).default(100),
  assured_date: pastDate,
  sources: z.array(sourceSchema).min(1, "must name at least one source: where do these facts come from?"),
};

// Cross-field rules run even when other fields already failed (`always`), so an editor
// sees every problem in one pass. Their input may then be partial: guard every read.
const always = { when: () => true };

// An unconfirmed or inactive entry must say why, so the page can warn the reader.
function requireStatusNote(entry: { status?: string; status_note?: string }, ctx: z.RefinementCtx) {
  if (typeof entry?.status === "string" && entry.status !== "active" && !entry.status_note) {
    ctx.addIssue({ code: "custom", path: ["status_note"], message: `is required when status is ${entry.status}: tell readers what to do instead` });
  }
}

// Rules every kind shares, beyond single fields.
type Shared = { minimum_age?: number; maximum_age?: number; offers?: string[]; location_confidential?: boolean; address?: string };
function sharedRules(entry: Shared, ctx: z.RefinementCtx) {
  if (typeof entry?.minimum_age === "number" && typeof entry?.maximum_age === "number" && entry.minimum_age > entry.maximum_age) {
    ctx.addIssue({ code: "custom", path: ["maximum_age"], message: `must not be below minimum_age (${entry.minimum_age})` });
  }
  // A shelter, safe house or residence is never located on this site: the people in it may be hunted.
  const shelter = Array.isArray(entry?.offers) && entry.offers.includes("shelter");
  if (shelter && entry?.location_confidential !== true) {
    ctx.addIssue({ code: "custom", path: ["location_confidential"], message: "must be true for a shelter, safe house or residence (offers: shelter)" });
  }
  if ((shelter || entry?.location_confidential === true) && entry?.address) {
    ctx.addIssue({ code: "custom", path: ["address"], message: "must not be given: this location is kept confidential" });
  }
}

const partnerSchema = z.strictObject({
  name: text,
  role: text.optional(),
  phones: z.array(phoneSchema).default([]),
  website: httpUrl.optional(),
  hours: text.optional(),
});

const hotline = z
  .strictObject(baseShape)
  .superRefine(requireStatusNote, always)
  .superRefine(sharedRules, always)
  .superRefine((entry, ctx) => {
    if (!entry?.phones?.length && !entry?.chat && !entry?.website) {
      ctx.addIssue({ code: "custom", path: ["phones"], message: "a hotline needs a phone number, a chat or a website" });
    }
  }, always);

export const entrySchemas = {
  hotlines: hotline,
  services: z.strictObject(baseShape).superRefine(requireStatusNote, always).superRefine(sharedRules, always),
  "care-units": z
    .strictObject({ ...baseShape, partners: z.array(partnerSchema).min(1, "must list the unit's partner organizations") })
    .superRefine(requireStatusNote, always)
    .superRefine(sharedRules, always),
  coalitions: z.strictObject({ ...baseShape, lead_organization: text.optional() }).superRefine(requireStatusNote, always).superRefine(sharedRules, always),
  "legal-supports": z.strictObject(baseShape).superRefine(requireStatusNote, always).superRefine(sharedRules, always),
} satisfies Record<Kind, z.ZodType>;

export const pageSchema = z.strictObject({
  title: text,
  description: text.max(300),
  order: z.number().int().default(100),
  assured_date: pastDate,
  sources: z.array(sourceSchema).min(1, "must name at least one source"),
});

type EntryData<K extends Kind> = z.output<(typeof entrySchemas)[K]>;

/**
 * A phone as pages show it, after references are resolved: `confirmed` is the line's own
 * evidence (the national hotline stays confirmed inside an unconfirmed entry), and `ref`
 * names the entry the line belongs to when it is another entry's.
 */
export type Phone = Omit<OwnPhoneData, never> & { confirmed: boolean; ref?: { kind: Kind; slug: string; name: string } };
export type Partner = Omit<z.output<typeof partnerSchema>, "phones"> & { phones: Phone[] };
type Resolved<T> = Omit<T, "phones" | "partners"> & { phones: Phone[] } & (T extends { partners: unknown } ? { partners: Partner[] } : unknown);
export type Source = z.output<typeof sourceSchema>;
export type PageData = z.output<typeof pageSchema>;

/** A validated entry: its data, where it lives, and its body rendered to safe HTML. */
export type Entry = {
  [K in Kind]: Resolved<EntryData<K>> & { kind: K; slug: string; file: string; html: string; text: string; fr?: FrenchEntry };
}[Kind];
export type InfoPage = PageData & { slug: string; file: string; html: string; text: string; fr?: FrenchPage };
