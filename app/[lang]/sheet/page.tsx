import type { Metadata } from "next";
import { ShareLink } from "@/components/entry/share-link";
import { SheetEditForm } from "@/components/sheet/sheet-edit-form";
import { SheetEntry } from "@/components/sheet/sheet-entry";
import { SheetNotices } from "@/components/sheet/sheet-notices";
import { SheetQr } from "@/components/sheet/sheet-qr";
import { UrgentHelp } from "@/components/layout/urgent-help";
import { getAllEntries } from "@/lib/content";
import { getMessages } from "@/lib/i18n";
import { pageLang, pageMetadata, type LangParams } from "@/lib/i18n/page";
import { getSheet } from "@/lib/sheet";
import type { SearchParams } from "@/lib/search/query";
import { SHEET_PATH } from "@/lib/site";

type Props = { params: LangParams; searchParams: Promise<SearchParams> };

// The title never names the entries: tab titles end up in history and in screenshots.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const t = getMessages(lang);
  return pageMetadata(lang, SHEET_PATH, { title: t.sheet.title, description: t.sheet.description });
}

// Read per request from the address; nothing about the sheet is stored anywhere.
export default async function SheetPage({ params, searchParams }: Props) {
  await pageLang(params);
  const t = getMessages();
  const { entries, notices, path, url } = getSheet(await searchParams);
  return (
    <div className="sheet">
      <h1>{t.sheet.title}</h1>
      <p className="mt-2">{t.sheet.intro}</p>
      <section aria-labelledby="sheet-privacy" className="no-print mt-4 rounded-lg border border-line bg-calm p-4 text-sm">
        <h2 id="sheet-privacy" className="text-base">
          {t.sheet.privacyHeading}
        </h2>
        <p className="mt-1">{t.sheet.privacy}</p>
        {entries.length ? <p className="mt-1">{t.sheet.print}</p> : null}
      </section>
      <SheetNotices notices={notices} />

      <div className="mt-4">
        <UrgentHelp id="sheet-urgent" />
      </div>

      {entries.length ? (
        <>
          <p className="no-print mt-6 font-semibold">{t.sheet.count(entries.length)}</p>
          {/* On paper the entries and the QR code flow in two columns (see globals.css). */}
          <div className="sheet-body">
            <ol className="sheet-entries mt-3 grid gap-4">
              {entries.map((entry) => (
                <li key={`${entry.kind}/${entry.slug}`}>
                  <SheetEntry entry={entry} />
                </li>
              ))}
            </ol>
            <SheetQr url={url} />
          </div>
          <ShareLink path={path} title={t.sheet.title} />
        </>
      ) : (
        <p className="mt-6 text-lg">{t.sheet.empty}</p>
      )}
      <SheetEditForm entries={entries} all={getAllEntries()} />
    </div>
  );
}
