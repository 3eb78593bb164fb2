// What a 404 says, in the page's language: the site's own search, home, and the urgent
// help block, so a mistyped or stale address still leads to help.
import { getMessages, href } from "@/lib/i18n";
import { SearchForm } from "../search/search-form";
import { UrgentHelp } from "./urgent-help";

export function NotFoundContent() {
  const t = getMessages();
  return (
    <>
      <h1>{t.notFound.title}</h1>
      <p className="mt-2">{t.notFound.text}</p>
      <p className="mt-2">
        <a href={href("/")}>{t.notFound.home}</a>
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
