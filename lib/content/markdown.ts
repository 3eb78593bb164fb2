// Markdown bodies become HTML on the server, then pass through rehype-sanitize, so raw
// HTML, scripts, event handlers, iframes and javascript: links never reach a page.
// The default (GitHub) schema drops tel: and sms: links, which this site needs, so they
// are added on purpose here rather than loosening anything else.

import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

const schema: SanitizeSchema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ["http", "https", "mailto", "tel", "sms"],
  },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm) // tables (the police figures) and autolinks
  .use(remarkRehype) // raw HTML in Markdown is dropped here (allowDangerousHtml is off)
  .use(rehypeSanitize, schema)
  // After sanitizing, so the rel we add is not stripped. Links leave without a referrer.
  .use(rehypeExternalLinks, { rel: ["noreferrer", "noopener"], protocols: ["http", "https"] })
  .use(rehypeStringify);

/**
 * Markdown to safe HTML. `headingOffset` demotes headings (## → h3) where the body sits
 * under a heading of the page, so the outline stays correct for screen readers.
 */
export function renderMarkdown(markdown: string, headingOffset = 0): string {
  const html = String(processor.processSync(markdown));
  if (!headingOffset) return html;
  return html.replace(/<(\/?)h([1-6])\b/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + headingOffset)}`);
}

/** Plain text of a Markdown body, for search. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]*>/g, " ")
    .replace(/[#>*_`|-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
