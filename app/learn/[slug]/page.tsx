import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InfoArticle } from "@/components/info-article";
import { getInfoPage, getInfoPages } from "@/lib/content";
import { SAFETY_SLUG } from "@/lib/site";

type Props = { params: Promise<{ slug: string }> };

// The browse-safely page has its own short address, /safety.
export function generateStaticParams() {
  return getInfoPages().filter((p) => p.slug !== SAFETY_SLUG).map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getInfoPage((await params).slug);
  return page ? { title: page.title, description: page.description } : {};
}

export default async function InfoPageRoute({ params }: Props) {
  const { slug } = await params;
  const page = slug === SAFETY_SLUG ? undefined : getInfoPage(slug);
  if (!page) notFound();
  return <InfoArticle page={page} />;
}
