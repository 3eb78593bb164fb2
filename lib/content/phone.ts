// Phone numbers are written in content exactly as the source publishes them
// ("1-833-900-1010", "416-314-2447") and normalized here for tel:/sms: links.
// Anything that is not a dialable Canadian number is rejected at build time.

import type { Lang } from "../lang";
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

  // WhatsApp opens a chat with a full number: a short code or 911 cannot be one.
  if (type === "whatsapp") return "a WhatsApp contact must be a full 10-digit number";

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

/** The link that opens a channel: WhatsApp's own address for WhatsApp, never tel:. */
export function phoneHref(phone: { type: PhoneType; dial: string; text_keyword?: string }): string {
  if (phone.type === "whatsapp") return `https://wa.me/${phone.dial.replace(/^\+/, "")}`;
  if (phone.type === "text") return `sms:${phone.dial}${phone.text_keyword ? `?body=${encodeURIComponent(phone.text_keyword)}` : ""}`;
  return `tel:${phone.dial}`;
}

const NBSP = "\u00a0";

/**
 * "1-833-900-1010" → "1 833 900-1010", "416-314-2447" → "416 314-2447",
 * "(613) 789-0123" → "613 789-0123", with non-breaking spaces. Anything that is not a
 * full North American number (911, 686868, *877) is returned unchanged.
 * The hyphen is a line-break opportunity in browsers: render the result inside
 * white-space: nowrap (as PhoneText already does) to keep it on one line.
 */
export function frenchPhone(display: string): string {
  const trimmed = display.trim();
  if (!/^[+\d\s().-]+$/.test(trimmed)) return display;
  const match = /^(\+?1)?([2-9]\d{2})([2-9]\d{2})(\d{4})$/.exec(trimmed.replace(/[\s().-]/g, ""));
  if (!match) return display;
  const [, country, area, exchange, line] = match;
  return `${country ? `${country}${NBSP}` : ""}${area}${NBSP}${exchange}-${line}`;
}

/** A number as a reader of `lang` expects it written. */
export const displayPhone = (display: string, lang: Lang) => (lang === "fr" ? frenchPhone(display) : display);
