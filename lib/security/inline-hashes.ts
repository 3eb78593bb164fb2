// The CSP hash sources ('sha256-…') of every inline <script> and <style> in a page's
// HTML, computed the way the browser does: over the element's text exactly as parsed.
import { createHash } from "node:crypto";

export type InlineHashes = { scripts: string[]; styles: string[] };

// React escapes "</" inside inline scripts and styles, so the first closing tag ends the element.
const ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;

/** 'sha256-<base64>' of a text, after the newline normalization HTML parsing applies. */
export function hashSource(text: string): string {
  const parsed = text.replace(/\r\n?/g, "\n");
  return `'sha256-${createHash("sha256").update(parsed, "utf8").digest("base64")}'`;
}

/** Distinct hashes in document order: a script repeated on the page is listed once. */
export function inlineHashes(html: string): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [, tag, attributes, body] of html.matchAll(ELEMENT)) {
    if (tag.toLowerCase() === "script") {
      // An external script is covered by 'self' (and its integrity attribute), not by a hash.
      if (!HAS_SRC.test(attributes)) scripts.add(hashSource(body));
    } else {
      styles.add(hashSource(body));
    }
  }
  return { scripts: [...scripts], styles: [...styles] };
}

/** Hashes found on every page: the layout's own inline scripts, which dynamic pages carry too. */
export function commonToAll(pages: InlineHashes[], key: keyof InlineHashes): string[] {
  if (pages.length === 0) return [];
  const [first, ...rest] = pages;
  return first[key].filter((h) => rest.every((p) => p[key].includes(h)));
}
