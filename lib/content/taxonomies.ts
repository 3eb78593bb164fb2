// The closed lists every entry is checked against. A typo in a file ("toronot") is a
// build error, not a new region. Labels live in lib/i18n so French can be added.

export const KINDS = ["hotlines", "services", "care-units", "coalitions", "legal-supports"] as const;
export type Kind = (typeof KINDS)[number];

// Places (regions and the communities inside them) are a two-level list of their own.
export { REGIONS, BROAD_REGIONS, LOCAL_REGIONS, type Region, type LocalRegion } from "./places";

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
  "inuit",
  "metis",
  "migrant-workers",
  "newcomers",
] as const;
export type Audience = (typeof AUDIENCES)[number];

// "interpretation" means an interpreter can be brought onto the call; the entry's
// languages_note says how many languages, as the source states it.
export const LANGUAGES = ["en", "fr", "indigenous-languages", "interpretation"] as const;
export type Language = (typeof LANGUAGES)[number];

// Who leads a service, as its source says: "Indigenous-led", "survivor-led"...
export const LEADERSHIP = ["indigenous", "inuit", "metis", "survivors", "francophone"] as const;
export type Leadership = (typeof LEADERSHIP)[number];

// What a service offers, in words a referral needs. "shelter" covers shelters, safe
// houses and residential programs: their location is never published.
export const OFFERS = [
  "crisis-support", "counselling", "trauma-therapy", "case-management", "safety-planning",
  "shelter", "housing-help", "health-care", "mental-health", "addictions", "legal-help",
  "court-support", "immigration-help", "outreach", "peer-support", "life-skills",
  "employment", "cultural-healing", "family-support", "prevention", "training",
  "referrals", "reporting", "financial-help",
] as const;
export type Offer = (typeof OFFERS)[number];

// How to get in: on one's own, only through an agency, or either way.
export const INTAKES = ["self-referral", "referral-needed", "self-or-referral"] as const;
export type Intake = (typeof INTAKES)[number];

// Groups of local agencies that a province-wide entry lists by region on its page:
// Victim Services agencies (how VQRP+ is reached) and community organizations.
export const NETWORKS = ["victim-services", "community-supports"] as const;
export type Network = (typeof NETWORKS)[number];

export const STATUSES = ["active", "unconfirmed", "inactive"] as const;
export type Status = (typeof STATUSES)[number];

// Each channel is what it is, and opens with its own action: a voice line is a tel: link,
// a text line sms:, a TTY line tel: labelled TTY, a WhatsApp contact WhatsApp (never tel:).
export const PHONE_TYPES = ["voice", "text", "tty", "whatsapp"] as const;
export type PhoneType = (typeof PHONE_TYPES)[number];

export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}
