import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KindListing } from "@/components/kind-listing";
import { KINDS, isKind } from "@/lib/content/taxonomies";
import { getMessages } from "@/lib/i18n";
import { pageLang, pageMetadata } from "@/lib/i18n/page";

// The unfiltered listing, prerendered at build time. A listing address with filters is
// rewritten by proxy.ts to app/[lang]/filtered/[kind], which is rendered per request.
type Props = { params: Promise<{ lang: string; kind: string }> };

export const dynamicParams = false;

// Called once per language (app/[lang]/layout.tsx lists them).
export function generateStaticParams() {
  return KINDS.map((kind) => ({ kind }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { kind } = await params;
  if (!isKind(kind)) return {};
  const t = getMessages(lang);
  return pageMetadata(lang, `/${kind}`, { title: t.listing.title(t.kinds[kind].label), description: t.kinds[kind].intro });
}

export default async function KindPage({ params }: Props) {
  await pageLang(params);
  const { kind } = await params;
  if (!isKind(kind)) notFound();
  return <KindListing kind={kind} filters={{}} />;
}
