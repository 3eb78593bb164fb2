import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KindListing, kindListingMetadata } from "@/components/entry/kind-listing";
import { isKind } from "@/lib/content/taxonomies";
import { pageLang } from "@/lib/i18n/page";
import { parseSearchParams, type SearchParams } from "@/lib/search/query";

// A listing with filters (/hotlines?region=…), rendered per request with a CSP nonce.
// Reached only through proxy.ts's rewrite: /filtered/<kind> itself is not a known path,
// so asking for it directly gives the 404 page.
type Props = { params: Promise<{ lang: string; kind: string }>; searchParams: Promise<SearchParams> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return kindListingMetadata(params);
}

export default async function FilteredKindPage({ params, searchParams }: Props) {
  await pageLang(params);
  const { kind } = await params;
  if (!isKind(kind)) notFound();
  // The same hardened parsing as search: repeated or unknown values are ignored.
  const { region, audience } = parseSearchParams(await searchParams).filters;
  return <KindListing kind={kind} filters={{ region, audience }} />;
}
