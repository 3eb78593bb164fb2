"use client";
// Used only if a language's layout itself fails: it replaces the layout, so it carries
// its own quick exit (a plain link: it must work even if nothing else does). Its
// language is read from the address, the one thing sure to be there.
import { usePathname } from "next/navigation";
import { ErrorPanel, errorWords } from "@/components/layout/error-panel";
import { HTML_LANG } from "@/lib/lang";
import { QUICK_EXIT_URL } from "@/lib/site";
import "./globals.css";

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  const lang = /^\/fr(\/|$)/.test(usePathname() ?? "") ? "fr" : "en";
  const t = errorWords(lang);
  return (
    <html lang={HTML_LANG[lang]}>
      <body>
        <div className="urgent-bar sticky top-0 z-50 border-b border-line bg-surface px-3 py-1.5">
          <a href={QUICK_EXIT_URL} rel="noreferrer noopener" data-quick-exit="" aria-label={t.exitName} className="quick-exit inline-flex min-h-11 items-center rounded-md bg-exit px-4 font-bold text-white no-underline">
            {t.exit}
          </a>
        </div>
        <aside aria-label={t.privacyLabel} className="privacy-notice border-b border-line bg-calm px-4 py-2 text-sm">
          {t.privacy}
        </aside>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          <ErrorPanel reset={reset} lang={lang} />
        </main>
      </body>
    </html>
  );
}
