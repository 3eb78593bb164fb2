// Every entry as an HSDS 3.1 service, in one JSON array, generated at build time.
import { getAllEntries } from "@/lib/content";
import { toHsdsServices } from "@/lib/open-data/hsds";
import { jsonResponse } from "@/lib/open-data/http";

export const dynamic = "force-static";

export function GET() {
  return jsonResponse(toHsdsServices(getAllEntries()));
}
