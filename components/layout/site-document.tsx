// The whole HTML document of a page, in its language: <html lang>, the quick-exit script
// in <head> and the chrome every page carries. Shared by app/[lang]/layout.tsx and the
// 404 (app/global-not-found.tsx), which Next renders outside that layout.
import type { ReactNode } from "react";
import { HTML_LANG, type Lang } from "@/lib/lang";
import { setRequestLang } from "@/lib/i18n";
import { PageChrome } from "./page-chrome";
import { QuickExitScript } from "../quick-exit/quick-exit-script";

export function SiteDocument({ lang, children, languagePath }: { lang: Lang; children: ReactNode; languagePath?: string }) {
  setRequestLang(lang);
  return (
    // The quick-exit script may hide <html> before React hydrates it.
    <html lang={HTML_LANG[lang]} suppressHydrationWarning>
      <head>
        <QuickExitScript />
      </head>
      <body>
        <PageChrome languagePath={languagePath}>{children}</PageChrome>
      </body>
    </html>
  );
}
