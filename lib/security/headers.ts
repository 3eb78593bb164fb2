// The site's security and privacy headers, in one place. proxy.ts sends the CSP (a
// hash-based one for prerendered pages, a fresh nonce per request for the others);
// next.config.ts sends the rest on every response.

/** Everything but script-src and style-src: the same for every page. */
const FIXED_DIRECTIVES = [
  // Nothing by default: every kind of resource the site loads is allowed by name below.
  "default-src 'none'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'self'",
];

const withSources = (directive: string, sources: string[]) => [directive, ...sources].join(" ");

/**
 * A page rendered per request. strict-dynamic: only scripts carrying this request's nonce
 * (and what they load) run, plus the layout's inline scripts, allowed by hash because a
 * layout shared with prerendered pages cannot read the nonce without making them dynamic.
 */
export function contentSecurityPolicy(nonce: string, dev = false, sharedScriptHashes: string[] = []): string {
  const [defaultSrc, ...rest] = FIXED_DIRECTIVES;
  return [
    defaultSrc,
    withSources("script-src 'self'", [`'nonce-${nonce}'`, ...sharedScriptHashes, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])]),
    withSources("style-src 'self'", [`'nonce-${nonce}'`]),
    ...rest,
  ].join("; ");
}

/**
 * A prerendered page: its own inline scripts and styles by hash (from the build's CSP
 * manifest), its external scripts and CSS from this origin only (with integrity attributes
 * from experimental.sri). Nothing inline that the build did not write can run.
 */
export function staticContentSecurityPolicy(hashes: { scripts: string[]; styles: string[] }): string {
  const [defaultSrc, ...rest] = FIXED_DIRECTIVES;
  return [defaultSrc, withSources("script-src 'self'", hashes.scripts), withSources("style-src 'self'", hashes.styles), ...rest].join("; ");
}

// Features the site never uses are switched off, so nothing embedded could ask for them.
const PERMISSIONS_OFF = [
  "accelerometer", "autoplay", "camera", "display-capture", "encrypted-media", "fullscreen",
  "geolocation", "gyroscope", "magnetometer", "microphone", "midi", "payment",
  "picture-in-picture", "publickey-credentials-get", "screen-wake-lock", "usb",
  "xr-spatial-tracking", "browsing-topics", "interest-cohort",
];

export const securityHeaders: { key: string; value: string }[] = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: PERMISSIONS_OFF.map((f) => `${f}=()`).join(", ") },
  { key: "X-DNS-Prefetch-Control", value: "off" },
];

// The open data (/open-data/*.json) is public, changes only when the site is rebuilt,
// and is never a document: it may be cached for an hour, and its CSP allows nothing at
// all, so a browser that opened it as a page could run or load nothing from it.
export const OPEN_DATA_CACHE_CONTROL = "public, max-age=3600";
export const JSON_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export const openDataHeaders: Record<string, string> = {
  "Content-Type": "application/json; charset=utf-8",
  "Cache-Control": OPEN_DATA_CACHE_CONTROL,
  "Content-Security-Policy": JSON_CONTENT_SECURITY_POLICY,
};
