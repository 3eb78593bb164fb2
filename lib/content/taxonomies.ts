// The closed lists every entry is checked against. A typo in a file ("toronot") is a
// build error, not a new region. Labels live in lib/i18n so French can be added.

export const KINDS = ["hotlines", "services", "care-units", "coalitions", "legal-supports"] as const;
export type Kind = (typeof KINDS)[number];

// Broad areas first: an entry that serves all of Ontario also serves Toronto, so the
// region filter treats "canada" and "ontario" as covering every local region.
export const REGIONS = [
  "canada",
  "ontario",
  "toronto",
  "durham",
  "peel",
  "york",
  "halton",
  "hamilton",
  "ottawa",
  "eastern-ontario",
  "windsor",
  "thunder-bay",
  "northern-ontario",
] as const;
export type Region = (typeof REGIONS)[number];
export const BROAD_REGIONS: readonly Region[] = ["canada", "ontario"];

export const AUDIENCES = [
  "survivors",
  "children-youth",
  "women",
  "indigenous",
  "2slgbtq",
  "family-friends",
  "service-providers",
  "educators",
  "victims-of-crime",
] as const;
export type Audience = (typeof AUDIENCES)[number];

// "interpretation" means an interpreter can be brought onto the call; the entry's
// languages_note says how many languages, as the source states it.
export const LANGUAGES = ["en", "fr", "indigenous-languages", "interpretation"] as const;
export type Language = (typeof LANGUAGES)[number];

export const STATUSES = ["active", "unconfirmed", "inactive"] as const;
export type Status = (typeof STATUSES)[number];

export const PHONE_TYPES = ["voice", "text", "tty"] as const;
export type PhoneType = (typeof PHONE_TYPES)[number];

export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}
