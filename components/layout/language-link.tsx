"use client";
// The link to this page in the other language. A client component only for
// useSelectedLayoutSegments(): the layout that draws it does not know which page it
// wraps. It reads the route below app/[lang] (the same on the server and in the browser,
// whatever address was rewritten to it), and is rendered on the server too, so the link
// is in the HTML and works with JavaScript off.
import { useSelectedLayoutSegments } from "next/navigation";
import { localePath, type Lang } from "@/lib/lang";
import { FILTERED_SEGMENT, NOT_FOUND_SEGMENT } from "@/lib/i18n/segments";

export function LanguageLink({ to, label, name, fixedPath }: { to: Lang; label: string; name: string; fixedPath?: string }) {
  const segments = useSelectedLayoutSegments();
  const path = fixedPath ?? pathOf(segments);
  return (
    <a href={localePath(path, to)} hrefLang={to} lang={to} aria-label={name} className="language-link nav-link">
      {label}
    </a>
  );
}

// A filtered listing's route is /filtered/<kind>: its public page is /<kind>. A 404's twin is the home page.
function pathOf(segments: string[]): string {
  if (segments[0] === NOT_FOUND_SEGMENT) return "/";
  const rest = segments[0] === FILTERED_SEGMENT ? segments.slice(1) : segments;
  return `/${rest.join("/")}`;
}
