import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KindListing } from "@/components/kind-listing";
import { KINDS, isKind } from "@/lib/content/taxonomies";
import { getMessages } from "@/lib/i18n";

// The unfiltered listing, prerendered at build time. A listing address with filters is
// rewritten by proxy.ts to app/filtered/[kind], which is rendered per request.
type Props = { params: Promise<{ kind: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return KINDS.map((kind) => ({ kind }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  if (!isKind(kind)) return {};
  const t = getMessages().kinds[kind];
  return { title: `${t.label} in Ontario`, description: t.intro };
}

export default async function KindPage({ params }: Props) {
  const { kind } = await params;
  if (!isKind(kind)) notFound();
  return <KindListing kind={kind} filters={{}} />;
}
