import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KindListing } from "@/components/kind-listing";
import { isKind } from "@/lib/content/taxonomies";
import { getMessages } from "@/lib/i18n";
import { pageLang, pageMetadata } from "@/lib/i18n/page";
import { parseSearchParams, type SearchParams } from "@/lib/search/query";

// A listing with filters (/hotlines?region=…), rendered per request with a CSP nonce.
// Reached only through proxy.ts's rewrite: /filtered/<kind> itself is not a known path,
// so asking for it directly gives the 404 page.
type Props = { params: Promise<{ lang: string; kind: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { kind } = await params;
  if (!isKind(kind)) return {};
  const t = getMessages(lang);
  return pageMetadata(lang, `/${kind}`, { title: t.listing.title(t.kinds[kind].label), description: t.kinds[kind].intro });
}

export default async function FilteredKindPage({ params, searchParams }: Props) {
  await pageLang(params);
  const { kind } = await params;
  if (!isKind(kind)) notFound();
  // The same hardened parsing as search: repeated or unknown values are ignored.
  const { region, audience } = parseSearchParams(await searchParams).filters;
  return <KindListing kind={kind} filters={{ region, audience }} />;
}
