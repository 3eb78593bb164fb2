// The sheet's own address as a QR code, drawn on the server as inline SVG, with the
// date the sheet was made: a printed sheet can be reopened, up to date, on a phone.
import { getMessages } from "@/lib/i18n";
import { qrSvg } from "@/lib/sheet";

/** Today's date in Ontario, as YYYY-MM-DD (en-CA formats dates that way). */
function todayInOntario(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

export async function SheetQr({ url }: { url: string }) {
  const t = getMessages();
  const svg = await qrSvg(url);
  const today = todayInOntario();
  return (
    <figure className="sheet-qr mt-6 flex flex-col items-start gap-2">
      {/* role="img" with a name: the SVG's squares mean nothing read one by one. */}
      <div role="img" aria-label={t.sheet.qrLabel} className="qr" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="text-sm">
        {t.sheet.qrCaption}
        <br />
        {t.sheet.made} <time dateTime={today}>{t.formatDate(today)}</time>
      </figcaption>
    </figure>
  );
}
