import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { SiteDocument } from "@/components/layout/site-document";
import { getMessages } from "@/lib/i18n";
import "./globals.css";

// Next's own 404, for an address no route matches. In production the proxy answers
// unknown addresses itself with app/[lang]/page-not-found in the address's language;
// this one serves `next dev` (no build manifest) and anything that reaches Next
// unmatched, in English. A global not-found (experimental.globalNotFound), not a root
// not-found.tsx: Next sends a root not-found's whole tree inside every page's RSC payload
// (10 KB on each page, parsed on every load); this one is a page of its own.
export const metadata: Metadata = { title: `${getMessages("en").notFound.title} | ${getMessages("en").site.name}` };

export default function NotFound() {
  return (
    <SiteDocument lang="en" languagePath="/">
      <NotFoundContent />
    </SiteDocument>
  );
}
