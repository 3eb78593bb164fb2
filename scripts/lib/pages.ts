// The site's page types, one representative address each, in one list: the audit, the
// HTTP benchmark and the browser tests (CSP, headers) all take theirs from here, so their
// figures and verdicts can be read side by side, and a new template is added once.

export type PageType = { key: string; label: string; path: string; served: "prerendered" | "per request" | "404" };

/** What the benchmarks measure: the pages a reader lands on, prerendered and per request. */
export const PAGE_TYPES: PageType[] = [
  { key: "home", label: "home", path: "/", served: "prerendered" },
  { key: "listing", label: "listing", path: "/hotlines", served: "prerendered" },
  { key: "filtered", label: "filtered listing", path: "/hotlines?region=toronto", served: "per request" },
  { key: "entry", label: "entry", path: "/hotlines/canadian-human-trafficking-hotline", served: "prerendered" },
  { key: "search", label: "search results", path: "/search?q=housing", served: "per request" },
  { key: "safety", label: "browse-safely", path: "/safety", served: "prerendered" },
  { key: "info", label: "information page", path: "/learn/what-is-human-trafficking", served: "prerendered" },
];

/** Every template, for the checks that must see each one once. */
export const TEMPLATES: PageType[] = [
  ...PAGE_TYPES,
  { key: "filtered-two", label: "listing with two filters", path: "/services?region=toronto&audience=survivors", served: "per request" },
  { key: "learn", label: "learn index", path: "/learn", served: "prerendered" },
  { key: "regions", label: "regions", path: "/regions", served: "prerendered" },
  { key: "region", label: "region", path: "/regions/northwest", served: "prerendered" },
  { key: "open-data", label: "open data", path: "/open-data", served: "prerendered" },
  { key: "sheet", label: "referral sheet", path: "/sheet?e=hotlines/femaide&e=services/voice-found", served: "per request" },
  { key: "404", label: "404", path: "/no-such-page", served: "404" },
];

/** The audit covers the pages a person in a hurry lands on; the information page is left to bench:http. */
export const AUDIT_PAGE_KEYS = ["home", "listing", "entry", "search", "safety"];
export const AUDIT_PAGES = PAGE_TYPES.filter((p) => AUDIT_PAGE_KEYS.includes(p.key));
