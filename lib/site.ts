// Facts the layout needs on every page, kept in one place. The hotline number here must
// match content/hotlines/canadian-human-trafficking-hotline.md (a unit test checks it).
export const NATIONAL_HOTLINE = { display: "1-833-900-1010", dial: "+18339001010", chat: "https://www.canadianhumantraffickinghotline.ca/chat/" } as const;
export const EMERGENCY = { display: "911", dial: "911" } as const;

// Where the quick exit goes: a neutral, common site. Tests route it to a local stub.
export const QUICK_EXIT_URL = "https://www.theweathernetwork.com/ca";

export const INFO_PATH = "/learn";
export const SAFETY_PATH = "/safety";
export const SAFETY_SLUG = "safety";

export const OPEN_DATA_PATH = "/open-data";
export const REGIONS_PATH = "/regions";
export const SHEET_PATH = "/sheet";
export const SEARCH_PATH = "/search";
export const ACCESSIBILITY_PATH = "/accessibility";

// Documents of content/pages that have their own address (/accessibility, /open-data):
// about the site, not about trafficking, so never listed or served under /learn.
export const ACCESSIBILITY_SLUG = "accessibility";
export const OPEN_DATA_SLUG = "open-data";
export const SITE_DOCUMENT_SLUGS: readonly string[] = [ACCESSIBILITY_SLUG, OPEN_DATA_SLUG];

// The site's public address, in one place: absolute links in the open data, JSON-LD and
// the referral sheet's QR code, and the name every HSDS UUID (v5) is derived from. It is
// never taken from the request's Host header, which anyone can forge. Set SITE_ORIGIN once
// when deploying (changing it later changes every published id); anything that is not a
// plain http(s) origin is ignored.
export const SITE_ORIGIN = canonicalOrigin(process.env.SITE_ORIGIN) ?? "https://ontariotraffickingsupport.ca";

function canonicalOrigin(raw: string | undefined): string | undefined {
  try {
    const url = new URL(raw ?? "");
    return /^https?:$/.test(url.protocol) && !url.username && !url.password ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
