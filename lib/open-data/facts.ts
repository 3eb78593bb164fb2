// The few judgements the exports make about an entry, each in one small function so
// the content model can change under them (issue 8: two-level places, confidential
// locations, age limits) without touching the HSDS or JSON-LD mapping.
import type { Entry } from "../content/schema";
import { getMessages } from "../i18n";
import { placeLabel } from "../i18n/place-label";

/** A place's public name: a region's label, or a community's proper name. */
export function serviceAreaName(area: string): string {
  return placeLabel(getMessages(), area);
}

/**
 * The address the exports may publish, or nothing. A shelter, safe house or residence
 * never shows where it is: a confidential entry publishes no address at all.
 */
export function publicAddress(entry: Entry): string | undefined {
  if (entry.location_confidential) return undefined;
  return entry.address;
}

export function ageRange(entry: Entry): { minimum_age?: number; maximum_age?: number } {
  const { minimum_age, maximum_age } = entry;
  return { ...(minimum_age === undefined ? {} : { minimum_age }), ...(maximum_age === undefined ? {} : { maximum_age }) };
}

// Bodies of government, by the exact organization name entries use. Only these make an
// entry a schema.org GovernmentService; a unit test fails if a name stops being used.
export const GOVERNMENT_BODIES: readonly string[] = [
  "Ministry of the Attorney General",
  "Ontario's prosecution service",
  "Toronto Police Service",
  "Durham Regional Police Service",
  "Hamilton Police Service",
];

export function isGovernmentProvided(entry: Entry): boolean {
  return entry.organization !== undefined && GOVERNMENT_BODIES.includes(entry.organization);
}

// ISO 639-1 codes where a language has one; "Indigenous languages" names many, so no code.
export const LANGUAGE_CODES: Partial<Record<Entry["languages"][number], string>> = { en: "en", fr: "fr" };
