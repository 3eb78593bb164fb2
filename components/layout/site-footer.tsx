import { getMessages, href } from "@/lib/i18n";
import { ACCESSIBILITY_PATH, OPEN_DATA_PATH, SAFETY_PATH, SHEET_PATH } from "@/lib/site";

export function SiteFooter() {
  const t = getMessages();
  return (
    <footer className="site-footer mt-12 border-t border-line bg-calm text-sm">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6">
        <p>{t.footer.about}</p>
        <p>{t.footer.sourcesLink}</p>
        <ul className="flex flex-wrap gap-x-6">
          <li>
            <a className="inline-flex min-h-11 items-center" href={href(SAFETY_PATH)}>{t.privacy.link}</a>
          </li>
          <li>
            <a className="inline-flex min-h-11 items-center" href={href(SHEET_PATH)}>{t.sheet.footerLink}</a>
          </li>
          <li>
            <a className="inline-flex min-h-11 items-center" href={href(ACCESSIBILITY_PATH)}>{t.footer.accessibility}</a>
          </li>
          <li>
            <a className="inline-flex min-h-11 items-center" href={href(OPEN_DATA_PATH)}>{t.openData.footerLink}</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
