// How each language writes the values around its words: a label's colon, a phone
// number, a date. The catalogues take these as their `colon`, `formatPhone` and
// `formatDate`, so a component writes t.formatDate(iso) and never asks which language.
// Phone numbers are formatted with the phone rules, in lib/content/phone.ts.
import { frenchPhone } from "../content/phone";
import type { Lang } from "../lang";

export type Formats = {
  /** A label before its value: "Website:"; French puts a non-breaking space before the colon. */
  colon: (label: string) => string;
  /** A phone number as the language's pages write it; tel: links stay E.164 elsewhere. */
  formatPhone: (display: string) => string;
  /** An ISO date ("2026-11-30") in words. */
  formatDate: (iso: string) => string;
};

const MONTHS = [
  "janvier", "février", "mars", "avril", "mai", "juin",
  "juillet", "août", "septembre", "octobre", "novembre", "décembre",
];

// Noon UTC, so the day is the same in every time zone the server may run in.
const noonUtc = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** "2026-11-30" → "30 novembre 2026"; "2026-12-01" → "1er décembre 2026" (Intl writes "1 décembre"). */
export function formatFrenchDate(iso: string): string {
  const date = noonUtc(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.getUTCDate();
  return `${day === 1 ? "1er" : day} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export const FORMATS: Record<Lang, Formats> = {
  en: {
    colon: (label) => `${label}:`,
    formatPhone: (display) => display,
    formatDate: (iso) => noonUtc(iso).toLocaleDateString("en-CA", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }),
  },
  // Ontario’s French style (« 1 833 900-1010 »).
  fr: {
    colon: (label) => `${label}\u00a0:`,
    formatPhone: frenchPhone,
    formatDate: formatFrenchDate,
  },
};
