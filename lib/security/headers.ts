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
