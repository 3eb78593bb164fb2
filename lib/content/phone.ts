// Phone numbers are written in content exactly as the source publishes them
// ("1-833-900-1010", "416-314-2447") and normalized here for tel:/sms: links.
// Anything that is not a dialable Canadian number is rejected at build time.

import type { PhoneType } from "./taxonomies";

export type ParsedPhone = {
  /** What goes after tel: or sms: — E.164 for full numbers, digits for short codes. */
  dial: string;
  tollFree: boolean;
};

const TOLL_FREE = new Set(["800", "833", "844", "855", "866", "877", "888"]);

export function parsePhone(published: string, type: PhoneType): ParsedPhone | string {
  if (/[a-z]/i.test(published)) return "letters are not allowed; write the digits as published (put a vanity spelling in label)";
  const compact = published.replace(/[\s().-]/g, "");

  // Full North American number, with or without the leading 1.
  const nanp = /^\+?1?([2-9]\d{2})([2-9]\d{6})$/.exec(compact);
  if (nanp) return { dial: `+1${nanp[1]}${nanp[2]}`, tollFree: TOLL_FREE.has(nanp[1]) };

  // N11 service codes such as 911.
  if (/^[2-9]11$/.test(compact)) return { dial: compact, tollFree: true };

  // Text short codes (Kids Help Phone's 686868) only make sense for texting.
  if (/^\d{5,6}$/.test(compact)) {
    return type === "text" ? { dial: compact, tollFree: true } : "a 5–6 digit short code is only valid with type: text";
  }

  // Mobile star codes such as *TPS (*877).
  if (/^\*\d{3,4}$/.test(compact)) {
    return type === "voice" ? { dial: compact, tollFree: true } : "a * code is only valid with type: voice";
  }

  return `"${published}" is not a valid phone number: use a 10-digit number like 1-833-900-1010, an N11 code like 911, a text short code, or a * code`;
}
