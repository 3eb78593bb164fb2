// Change a sheet without storing anything: a GET form whose ticked boxes are the entries
// kept, in order, and whose menu adds one more at the end. The result is a new address.
import type { Entry } from "@/lib/content/schema";
import { KINDS } from "@/lib/content/taxonomies";
import { getMessages, href } from "@/lib/i18n";
import { MAX_SHEET_ENTRIES } from "@/lib/sheet/query";
import { SHEET_PATH } from "@/lib/site";
import { sheetId } from "./sheet-tick";

export function SheetEditForm({ entries, all }: { entries: Entry[]; all: Entry[] }) {
  const t = getMessages();
  const chosen = new Set(entries.map(sheetId));
  const groups = KINDS.map((kind) => ({ kind, options: all.filter((e) => e.kind === kind && !chosen.has(sheetId(e))) })).filter((g) => g.options.length);
  const full = entries.length >= MAX_SHEET_ENTRIES;
  return (
    <form action={href(SHEET_PATH)} method="get" className="no-print mt-8 rounded-lg border border-line bg-calm p-4">
      <fieldset className="min-w-0">
        <legend className="font-bold">{t.sheet.edit.legend}</legend>
        {entries.length ? (
          <>
            <p className="mt-1 text-sm">{t.sheet.edit.keepHint}</p>
            <ul className="mt-2">
              {entries.map((e) => (
                <li key={sheetId(e)}>
                  <label className="inline-flex min-h-11 cursor-pointer items-center gap-2">
                    <input type="checkbox" name="e" value={sheetId(e)} defaultChecked className="h-6 w-6 shrink-0" />
                    {e.name}
                  </label>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {!full && groups.length ? (
          <p className="mt-3 flex min-w-0 flex-col">
            <label htmlFor="sheet-add" className="text-sm font-semibold">
              {t.sheet.edit.add}
            </label>
            <select id="sheet-add" name="e" defaultValue="" className="min-h-11 max-w-full rounded-md border-2 border-ink bg-surface px-2 text-ink">
              <option value="">{t.sheet.edit.choose}</option>
              {groups.map((g) => (
                <optgroup key={g.kind} label={t.kinds[g.kind].label}>
                  {g.options.map((e) => (
                    <option key={e.slug} value={sheetId(e)}>
                      {e.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </p>
        ) : null}
        <p className="mt-3">
          <button type="submit" className="button-primary">
            {t.sheet.edit.update}
          </button>
        </p>
      </fieldset>
    </form>
  );
}
