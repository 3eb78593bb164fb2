// Everything that must be on every page, 404 and error pages included: skip links,
// the sticky quick exit with 911 and the hotline, the privacy notice, header and footer.
import type { ReactNode } from "react";
import { getMessages } from "@/lib/i18n";
import { QuickExitSkipLink, QuickExitStatus } from "../quick-exit/quick-exit";
import { PrivacyNotice } from "./privacy-notice";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { PrintedHelp, UrgentBar } from "./urgent-bar";

export function PageChrome({ children, languagePath }: { children: ReactNode; languagePath?: string }) {
  const t = getMessages();
  return (
    <>
      <a href="#main" className="skip-link">
        {t.skip.main}
      </a>
      <QuickExitSkipLink />
      <QuickExitStatus />
      <UrgentBar />
      <PrivacyNotice />
      <SiteHeader languagePath={languagePath} />
      <PrintedHelp />
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
