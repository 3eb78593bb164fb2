// The body of a document from content/pages, as sanitized HTML. A document may leave a
// value to its page as {{name}} (the open data's entry count, the site's origin): the
// page passes `values`, and a name it does not pass fails the build rather than
// showing braces to a reader (content/README.md lists the names).

const PLACEHOLDER = /\{\{\s*([a-z-]+)\s*\}\}/g;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** `html` with each {{name}} replaced by values[name], escaped; throws on a name not given. */
export function fillPlaceholders(html: string, values: Record<string, string>, file: string): string {
  return html.replace(PLACEHOLDER, (token, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${file}: ${token} is not a value this page fills in (it fills ${Object.keys(values).join(", ") || "none"})`);
    return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
  });
}

export function DocumentBody({ html, file, values = {}, className = "" }: { html: string; file: string; values?: Record<string, string>; className?: string }) {
  return <div className={`prose-body ${className}`} dangerouslySetInnerHTML={{ __html: fillPlaceholders(html, values, file) }} />;
}
