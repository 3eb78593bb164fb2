import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InfoArticle } from "@/components/info-article";
import { getInfoPage } from "@/lib/content";
import { SAFETY_SLUG } from "@/lib/site";

export function generateMetadata(): Metadata {
  const page = getInfoPage(SAFETY_SLUG);
  return page ? { title: page.title, description: page.description } : {};
}

export default function SafetyPage() {
  const page = getInfoPage(SAFETY_SLUG);
  if (!page) notFound();
  return <InfoArticle page={page} />;
}
