// What an entry's channels add up to, for badges, filters, ranking and the open data.
// Hours belong to a channel: an entry is "open 24/7" only through a line or chat of its
// own that a source says answers 24 hours a day, 7 days a week. A referenced line (the
// hotline inside a coalition's entry) does not make the coalition open 24/7.

import type { Entry, Phone } from "./schema";

export const ownPhones = (entry: Pick<Entry, "phones">): Phone[] => entry.phones.filter((p) => !p.ref);

/** True when one of the entry's own channels answers 24/7, by its source. */
export function isOpen247(entry: Pick<Entry, "phones" | "chat">): boolean {
  return ownPhones(entry).some((p) => p.open_24_7) || entry.chat?.open_24_7 === true;
}
