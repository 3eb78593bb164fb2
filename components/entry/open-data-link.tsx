// A plain link to the entry's HSDS document, for workers and systems that reuse the data.
import type { Entry } from "@/lib/content/schema";
import { getMessages, href } from "@/lib/i18n";
import { serviceJsonPath } from "@/lib/open-data/ids";
import { OPEN_DATA_PATH } from "@/lib/site";

export function OpenDataLink({ entry }: { entry: Entry }) {
  const t = getMessages().openData;
  return (
    <p className="no-print mt-3 text-sm">
      <a href={serviceJsonPath(entry.kind, entry.slug)} type="application/json">
        {t.entryLink}
      </a>{" "}
      (<a href={href(OPEN_DATA_PATH)}>{t.aboutLink}</a>)
    </p>
  );
}
