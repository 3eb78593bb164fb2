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

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
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
