// On an entry page: start a referral sheet with this entry. A form, not a link, so a
// crawler following links does not fetch a sheet for every entry; GET, so it works with
// JavaScript off and nothing is stored. More entries can be added on the sheet itself.
import { getMessages } from "@/lib/i18n";
import { SHEET_PATH } from "@/lib/site";

export function SheetAddForm({ id }: { id: string }) {
  const t = getMessages().sheet;
  return (
    <form action={SHEET_PATH} method="get" className="no-print mt-8 rounded-lg border border-line p-4">
      <input type="hidden" name="e" value={id} />
      <p className="text-sm">{t.addThisNote}</p>
      <p className="mt-2">
        <button type="submit" className="button-secondary">
          {t.addThis}
        </button>
      </p>
    </form>
  );
}
