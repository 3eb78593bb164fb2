import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KindListing, kindListingMetadata } from "@/components/entry/kind-listing";
import { KINDS, isKind } from "@/lib/content/taxonomies";
import { pageLang } from "@/lib/i18n/page";

// The unfiltered listing, prerendered at build time. A listing address with filters is
// rewritten by proxy.ts to app/[lang]/filtered/[kind], which is rendered per request.
type Props = { params: Promise<{ lang: string; kind: string }> };

export const dynamicParams = false;

// Called once per language (app/[lang]/layout.tsx lists them).
export function generateStaticParams() {
  return KINDS.map((kind) => ({ kind }));
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return kindListingMetadata(params);
}

export default async function KindPage({ params }: Props) {
  await pageLang(params);
  const { kind } = await params;
  if (!isKind(kind)) notFound();
  return <KindListing kind={kind} filters={{}} />;
}
