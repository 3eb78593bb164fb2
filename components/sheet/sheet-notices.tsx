// What was left out of the sheet's address, by count only: the raw values are never shown,
// so a crafted address cannot put its own words on a sheet someone trusts.
import { getMessages } from "@/lib/i18n";
import { hasNotices, MAX_SHEET_ENTRIES, type SheetNotices as Notices } from "@/lib/sheet/query";

export function SheetNotices({ notices }: { notices: Notices }) {
  const t = getMessages().sheet.notices;
  if (!hasNotices(notices)) return null;
  const lines = [
    notices.unknown ? t.unknown(notices.unknown) : "",
    notices.duplicates ? t.duplicates(notices.duplicates) : "",
    notices.overLimit ? t.overLimit(notices.overLimit, MAX_SHEET_ENTRIES) : "",
  ].filter(Boolean);
  return (
    <div role="note" aria-labelledby="sheet-notices" className="sheet-notices no-print mt-4 rounded-lg border-2 border-warn bg-warn-bg p-4">
      <p id="sheet-notices" className="font-bold">
        {t.heading}
      </p>
      <ul className="mt-1 list-disc pl-6">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
