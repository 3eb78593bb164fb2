import { getMessages } from "@/lib/i18n";
import { OPEN_DATA_PATH, SAFETY_PATH } from "@/lib/site";

export function SiteFooter() {
  const t = getMessages();
  return (
    <footer className="site-footer mt-12 border-t border-line bg-calm text-sm">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6">
        <p>{t.footer.about}</p>
        <p>{t.footer.sourcesLink}</p>
        <p>
          <a href={SAFETY_PATH}>{t.privacy.link}</a>
        </p>
        <p>
          <a href={OPEN_DATA_PATH}>{t.openData.footerLink}</a>
        </p>
      </div>
    </footer>
  );
}
