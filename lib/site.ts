// Facts the layout needs on every page, kept in one place. The hotline number here must
// match content/hotlines/canadian-human-trafficking-hotline.md (a unit test checks it).
export const NATIONAL_HOTLINE = { display: "1-833-900-1010", dial: "+18339001010", chat: "https://www.canadianhumantraffickinghotline.ca/chat/" } as const;
export const EMERGENCY = { display: "911", dial: "911" } as const;

// Where the quick exit goes: a neutral, common site. Tests route it to a local stub.
export const QUICK_EXIT_URL = "https://www.theweathernetwork.com/ca";

export const INFO_PATH = "/learn";
export const SAFETY_PATH = "/safety";
export const SAFETY_SLUG = "safety";

// The site's canonical origin: absolute links in the open data and JSON-LD, and the
// name every HSDS UUID (v5) is derived from. Keep it here only: changing it changes
// every published id once, so set it to the real domain before launch and then never again.
export const SITE_ORIGIN = "https://ontariotraffickingsupport.ca";
export const OPEN_DATA_PATH = "/open-data";
export const REGIONS_PATH = "/regions";
