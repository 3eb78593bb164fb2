import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { SiteDocument } from "@/components/layout/site-document";
import { getMessages, setRequestLang } from "@/lib/i18n";
import { isLang, LANGS } from "@/lib/lang";
import "../globals.css";

// Both languages are built ahead; any other first segment is not a page.
export const dynamicParams = false;
export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

type Props = { children: ReactNode; params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { lang } = await params;
  const t = getMessages(isLang(lang) ? lang : "en");
  return {
    title: { default: t.site.name, template: `%s | ${t.site.name}` },
    description: t.site.description,
    applicationName: t.site.name,
  };
}

export default async function LangLayout({ children, params }: Props) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  setRequestLang(lang);
  return <SiteDocument lang={lang}>{children}</SiteDocument>;
}
