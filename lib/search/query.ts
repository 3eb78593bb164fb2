// Turns the /search URL's parameters into a query and filters. The URL is typed by
// anyone (or crafted), so nothing here throws: a repeated parameter takes its first
// value, an unknown filter value is ignored, and odd text is cleaned, not rejected.
//
// Parameters: q, kind, region, audience, language, open247 (1, true, on or yes).

import { z } from "zod";
import { AUDIENCES, KINDS, LANGUAGES, REGIONS } from "../content/taxonomies";

export const MAX_QUERY_LENGTH = 200;

export const searchFiltersSchema = z.object({
  kind: z.enum(KINDS).optional(),
  region: z.enum(REGIONS).optional(),
  audience: z.enum(AUDIENCES).optional(),
  language: z.enum(LANGUAGES).optional(),
  open247: z.boolean(),
});
export type SearchFilters = z.infer<typeof searchFiltersSchema>;
export type SearchParams = Record<string, string | string[] | undefined>;

export const NO_FILTERS: SearchFilters = { open247: false };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Control, format (zero-width, bidi overrides), private-use and unassigned characters.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}]+/gu;

/**
 * A query as search should see it: NFKC-normalized (full-width letters and ligatures
 * become plain ones), invisible characters and broken surrogates removed, spaces
 * collapsed, at most MAX_QUERY_LENGTH characters. Never throws.
 */
export function normalizeQuery(raw: unknown): string {
  if (typeof raw !== "string") return "";
  // Cut before normalizing so a megabyte of input costs no more than a short one.
  const cut = raw.slice(0, MAX_QUERY_LENGTH * 4).replace(LONE_SURROGATE, "");
  const clean = cut.normalize("NFKC").replace(INVISIBLE, " ").replace(/\s+/g, " ").trim();
  // Count code points, not UTF-16 units, so an emoji is never cut in half.
  return Array.from(clean).slice(0, MAX_QUERY_LENGTH).join("").trim();
}

// Phone numbers are typed as "833-900-1010", "(416) 808 2222" or "18339001010": runs of
// digits joined by spaces, dashes, dots or brackets collapse to one word, so a number
// is one query term and never three fuzzy ones.
const PHONE_RUN = /\+?\(?\d[\d().\s-]*\d/g;

export function collapsePhones(text: string): string {
  return text.replace(PHONE_RUN, (run) => {
    const digits = run.replace(/\D/g, "");
    if (digits.length < 7) return run;
    return ` ${digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits} `;
  });
}

function first(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" ? v : undefined;
}

// A closed list's value, or undefined for anything else (including "__proto__").
function pick<const T extends readonly string[]>(values: T, raw: unknown): T[number] | undefined {
  const v = first(raw)?.trim().toLowerCase();
  return v !== undefined && (values as readonly string[]).includes(v) ? (v as T[number]) : undefined;
}

const YES = new Set(["1", "true", "on", "yes"]);

function own(params: unknown, key: string): unknown {
  return params && typeof params === "object" && Object.prototype.hasOwnProperty.call(params, key)
    ? (params as Record<string, unknown>)[key]
    : undefined;
}

export function parseSearchParams(params: SearchParams | undefined | null): { q: string; filters: SearchFilters } {
  const get = (key: string) => own(params, key);
  const filters: SearchFilters = {
    kind: pick(KINDS, get("kind")),
    region: pick(REGIONS, get("region")),
    audience: pick(AUDIENCES, get("audience")),
    language: pick(LANGUAGES, get("language")),
    open247: YES.has(first(get("open247"))?.trim().toLowerCase() ?? ""),
  };
  // Leave unset filters out, so `{ ...filters }` and equality checks stay simple.
  for (const key of ["kind", "region", "audience", "language"] as const) if (filters[key] === undefined) delete filters[key];
  return { q: normalizeQuery(first(get("q"))), filters };
}

/** True when any filter narrows the results. */
export function hasFilters(filters: SearchFilters): boolean {
  return Boolean(filters.kind || filters.region || filters.audience || filters.language || filters.open247);
}
