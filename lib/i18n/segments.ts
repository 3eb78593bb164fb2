// Route folders under app/[lang] that are not public addresses, named once for the proxy,
// the routes list and the language link (a client component, so this file imports nothing).
export const FILTERED_SEGMENT = "filtered";
export const NOT_FOUND_SEGMENT = "page-not-found";
