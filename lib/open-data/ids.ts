// Stable HSDS ids. Every id is a UUID v5 (SHA-1 of a name in the URL namespace), and
// every name is an address on this site, so the same entry gets the same ids in every
// build and on every machine, and a reader can tell what an id was derived from.
import { v5 as uuidv5 } from "uuid";
import type { Kind } from "../content/taxonomies";
import { OPEN_DATA_PATH, SITE_ORIGIN } from "../site";

/** The entry page's absolute address: what its service id is derived from. */
export function entryUrl(kind: Kind, slug: string): string {
  return `${SITE_ORIGIN}/${kind}/${slug}`;
}

/** Where one entry's HSDS document is published (a site path, not absolute). */
export function serviceJsonPath(kind: Kind, slug: string): string {
  return `${OPEN_DATA_PATH}/services/${kind}/${slug}.json`;
}

export function serviceId(kind: Kind, slug: string): string {
  return uuidv5(entryUrl(kind, slug), uuidv5.URL);
}

/**
 * A part of an entry (a phone, a language, a service area…): the entry's address plus a
 * fragment naming the part, e.g. "…/hotlines/x#phones/0". Parts are numbered in the
 * order the entry lists them, so reordering phones in a file changes their ids.
 */
export function partId(kind: Kind, slug: string, ...path: (string | number)[]): string {
  return uuidv5(`${entryUrl(kind, slug)}#${path.join("/")}`, uuidv5.URL);
}

/**
 * An organization gets one id from its name, so a body that runs two entries (ONWA)
 * is the same organization in both.
 */
export function organizationId(name: string): string {
  return uuidv5(`${SITE_ORIGIN}${OPEN_DATA_PATH}#organization/${encodeURIComponent(name)}`, uuidv5.URL);
}
