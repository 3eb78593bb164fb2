import type { Metadata } from "next";
import { SearchForm } from "@/components/search-form";
import { UrgentHelp } from "@/components/urgent-help";
import { getMessages } from "@/lib/i18n";

const t = getMessages();
export const metadata: Metadata = { title: t.notFound.title };

// Rendered inside the root layout, so the quick exit and privacy notice are here too.
export default function NotFound() {
  return (
    <>
      <h1>{t.notFound.title}</h1>
      <p className="mt-2">{t.notFound.text}</p>
      <p className="mt-2">
        <a href="/">{t.notFound.home}</a>
      </p>
      <div className="mt-4">
        <SearchForm id="notfound-search" />
      </div>
      <div className="mt-6">
        <UrgentHelp id="notfound-urgent" />
      </div>
    </>
  );
}
