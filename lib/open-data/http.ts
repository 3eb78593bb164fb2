// How the open data is served: pretty-printed JSON (people read it too) with the data
// headers from lib/security/headers.ts. proxy.ts sends the same headers, so they hold
// whichever layer answers.
import { openDataHeaders } from "../security/headers";
import { OPEN_DATA_PATH } from "../site";

export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: openDataHeaders });
}

/** A path of the JSON open data, as opposed to the /open-data page. */
export function isOpenDataJson(pathname: string): boolean {
  return pathname.startsWith(`${OPEN_DATA_PATH}/`) && pathname.endsWith(".json");
}

/** "kids-help-phone.json" → "kids-help-phone"; a name not ending in .json → undefined. */
export function slugOfJsonFile(file: string): string | undefined {
  return file.endsWith(".json") ? file.slice(0, -".json".length) : undefined;
}
