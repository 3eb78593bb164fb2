// One representative URL per page type of the site. The audit and the HTTP benchmark
// both measure these, so their figures can be read side by side.

export type PageType = { key: string; label: string; path: string };

export const PAGE_TYPES: PageType[] = [
  { key: "home", label: "home", path: "/" },
  { key: "listing", label: "listing", path: "/hotlines" },
  { key: "filtered", label: "filtered listing", path: "/hotlines?region=toronto" },
  { key: "entry", label: "entry", path: "/hotlines/canadian-human-trafficking-hotline" },
  { key: "search", label: "search results", path: "/search?q=housing" },
  { key: "safety", label: "browse-safely", path: "/safety" },
  { key: "info", label: "information page", path: "/learn/what-is-human-trafficking" },
];

/** The audit covers the pages a person in a hurry lands on; the information page is left to bench:http. */
export const AUDIT_PAGE_KEYS = ["home", "listing", "entry", "search", "safety"];
export const AUDIT_PAGES = PAGE_TYPES.filter((p) => AUDIT_PAGE_KEYS.includes(p.key));
