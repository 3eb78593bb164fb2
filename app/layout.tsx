import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

// What every document shares, whatever its language: no referrer, no phone-number
// guessing (numbers are links we write), a phone-sized viewport.
export const metadata: Metadata = { referrer: "no-referrer", formatDetection: { telephone: false } };
export const viewport: Viewport = { width: "device-width", initialScale: 1, colorScheme: "light dark" };

// The root layout only passes its children through. <html lang> depends on the page's
// language, so each language's document is drawn by app/[lang]/layout.tsx, and a 404
// for an address no route matches by app/global-not-found.tsx (what Next documents for a
// root layout under a dynamic segment).
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
