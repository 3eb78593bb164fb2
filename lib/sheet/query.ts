// Turns the /sheet address (?e=<kind>/<slug>&e=…) into the entries to show. The address
// is typed, pasted or crafted by anyone, so nothing here throws: the chosen order is kept,
// an unknown or repeated entry is dropped and counted (never echoed back), at most
// MAX_SHEET_ENTRIES are kept, and every other parameter is ignored.
//
// Whether an entry exists is asked of the caller, so this file needs no content and can
// be tested on its own.

import { KINDS } from "../content/taxonomies";
import { SHEET_PATH } from "../site";

export const MAX_SHEET_ENTRIES = 20;
// A crafted address with thousands of e= costs no more than this many checks.
const MAX_VALUES_READ = 100;
const MAX_VALUE_LENGTH = 120;
const ID = /^([a-z-]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export type SheetNotices = { unknown: number; duplicates: number; overLimit: number };
export type ParsedSheet = { ids: string[]; notices: SheetNotices };

function values(params: unknown): unknown[] {
  const raw = params && typeof params === "object" && Object.prototype.hasOwnProperty.call(params, "e") ? (params as Record<string, unknown>).e : undefined;
  if (raw === undefined) return [];
  return Array.isArray(raw) ? raw : [raw];
}

/** "hotlines/femaide" as the site writes it, or undefined when it cannot be an entry id. */
export function normalizeId(raw: unknown): string | undefined {
  if (typeof raw !== "string" || raw.length > MAX_VALUE_LENGTH) return undefined;
  const match = ID.exec(raw.trim().toLowerCase());
  return match && (KINDS as readonly string[]).includes(match[1]) ? `${match[1]}/${match[2]}` : undefined;
}

export function parseSheetParams(params: unknown, exists: (id: string) => boolean): ParsedSheet {
  const all = values(params);
  const notices: SheetNotices = { unknown: 0, duplicates: 0, overLimit: Math.max(0, all.length - MAX_VALUES_READ) };
  const ids: string[] = [];
  for (const raw of all.slice(0, MAX_VALUES_READ)) {
    // An empty value is the "add an entry" menu left on its first option: not a mistake.
    if (typeof raw === "string" && raw.trim() === "") continue;
    const id = normalizeId(raw);
    if (!id || !exists(id)) notices.unknown++;
    else if (ids.includes(id)) notices.duplicates++;
    else if (ids.length >= MAX_SHEET_ENTRIES) notices.overLimit++;
    else ids.push(id);
  }
  return { ids, notices };
}

/** The sheet's own address, built only from checked ids (so junk never travels on). */
export function sheetPath(ids: readonly string[]): string {
  const kept = ids.filter((id) => normalizeId(id) === id);
  return kept.length ? `${SHEET_PATH}?${kept.map((id) => `e=${id}`).join("&")}` : SHEET_PATH;
}

export function hasNotices(n: SheetNotices): boolean {
  return n.unknown + n.duplicates + n.overLimit > 0;
}
