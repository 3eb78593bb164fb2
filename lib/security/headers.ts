// The site's security and privacy headers, in one place. proxy.ts sends the CSP with a
// fresh nonce per request; next.config.ts sends the rest on every response.

export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    // strict-dynamic: only scripts carrying this request's nonce (and what they load) run.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
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
  ].join("; ");
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
