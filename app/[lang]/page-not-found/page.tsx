import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { getMessages } from "@/lib/i18n";
import { pageLang, type LangParams } from "@/lib/i18n/page";

// The 404 page of each language, prerendered like any page. proxy.ts answers every
// address that is not a page with this HTML and a 404 status (see lib/routes.ts): Next's
// own unmatched-route 404 cannot know the language of the address, and notFound() serves
// an empty body in production (vercel/next.js#98295).
type Props = { params: LangParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  return { title: getMessages(lang).notFound.title, robots: { index: false } };
}

export default async function PageNotFound({ params }: Props) {
  await pageLang(params);
  return <NotFoundContent />;
}
