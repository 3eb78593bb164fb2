// The entry's facts as schema.org JSON-LD, for search engines and other readers. A
// data block (type="application/ld+json") is never executed, so the CSP allows it
// without a nonce or hash; "<" is escaped so it cannot end the element.
import type { Entry } from "@/lib/content/schema";
import { entryJsonLd, serializeJsonLd } from "@/lib/open-data/json-ld";

export function EntryJsonLd({ entry }: { entry: Entry }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(entryJsonLd(entry)) }} />;
}
