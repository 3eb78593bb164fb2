// One entry as an HSDS 3.1 service: /open-data/services/<kind>/<slug>.json, generated
// at build time for every entry; any other name is a 404.
import { getAllEntries, getEntry } from "@/lib/content";
import { isKind } from "@/lib/content/taxonomies";
import { toHsdsService } from "@/lib/open-data/hsds";
import { jsonResponse, slugOfJsonFile } from "@/lib/open-data/http";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllEntries().map((e) => ({ kind: e.kind, file: `${e.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; file: string }> }) {
  const { kind, file } = await params;
  const slug = slugOfJsonFile(file);
  const entry = isKind(kind) && slug ? getEntry(kind, slug) : undefined;
  if (!entry) return new Response(null, { status: 404 });
  return jsonResponse(toHsdsService(entry));
}
