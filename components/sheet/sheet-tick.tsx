// Adding entries to a referral sheet: ticking them in a list, or starting a sheet from an
// entry page. In a list, the checkboxes sit in the cards and join the sheet form through
// its id (the form attribute): wrapping the list in a <form> would hide the whole list in
// print (forms do not print), and a listing's filter form must stay a separate element
// (forms cannot nest). Plain GET: works with JavaScript off.
import type { Entry } from "@/lib/content/schema";
import { getMessages, href } from "@/lib/i18n";
import { MAX_SHEET_ENTRIES, sheetPath } from "@/lib/sheet/query";
import { SHEET_PATH } from "@/lib/site";

export const SHEET_FORM_ID = "sheet-form";

export function sheetId(entry: Entry): string {
  return `${entry.kind}/${entry.slug}`;
}

/** The checkbox inside a card: the whole row (box and words) is the 44 px target. */
export function SheetCheckbox({ entry, form }: { entry: Entry; form: string }) {
  const t = getMessages().sheet;
  return (
    <p className="no-print mt-2">
      <label className="inline-flex min-h-11 cursor-pointer items-center gap-2">
        {/* The name starts with the visible words (WCAG 2.5.3) and says which entry, since
            every card has the same words. */}
        <input type="checkbox" name="e" value={sheetId(entry)} form={form} aria-label={t.tickName(entry.name)} className="h-6 w-6 shrink-0" />
        <span>{t.tick}</span>
      </label>
    </p>
  );
}

/** The form the ticked boxes belong to: only its button is inside it. */
export function SheetTickForm({ id = SHEET_FORM_ID }: { id?: string }) {
  const t = getMessages().sheet;
  return (
    <form id={id} action={href(SHEET_PATH)} method="get" className="no-print mt-6 rounded-lg border border-line bg-calm p-4">
      <p>{t.tickHint}</p>
      <p className="mt-3">
        <button type="submit" className="button-primary">
          {t.makeTicked}
        </button>
      </p>
    </form>
  );
}

/** "Make a sheet of these results": the first MAX_SHEET_ENTRIES results, in their order. */
export function SheetResultsLink({ entries }: { entries: Entry[] }) {
  const t = getMessages().sheet;
  if (entries.length === 0) return null;
  const first = entries.slice(0, MAX_SHEET_ENTRIES);
  return (
    <p className="no-print mt-3 flex flex-wrap items-center gap-x-3 gap-y-1">
      <a className="button-secondary" href={href(sheetPath(first.map(sheetId)))}>
        {t.makeResults}
      </a>
      {entries.length > first.length ? <span className="text-sm">{t.firstOf(first.length, entries.length)}</span> : null}
    </p>
  );
}

/**
 * On an entry page: start a sheet with this entry. A form, not a link, so a crawler
 * following links does not fetch a sheet for every entry. More can be added on the sheet.
 */
export function SheetAddForm({ id }: { id: string }) {
  const t = getMessages().sheet;
  return (
    <form action={href(SHEET_PATH)} method="get" className="no-print mt-8 rounded-lg border border-line p-4">
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
