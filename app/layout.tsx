import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { PageChrome } from "@/components/page-chrome";
import { QuickExitScript } from "@/components/quick-exit-script";
import { getMessages } from "@/lib/i18n";
import "./globals.css";

const t = getMessages();

export const metadata: Metadata = {
  title: { default: t.site.name, template: `%s | ${t.site.name}` },
  description: t.site.description,
  referrer: "no-referrer",
  applicationName: t.site.name,
  formatDetection: { telephone: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, colorScheme: "light dark" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The quick-exit script may hide <html> before React hydrates it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <QuickExitScript />
      </head>
      <body>
        <PageChrome>{children}</PageChrome>
      </body>
    </html>
  );
}
