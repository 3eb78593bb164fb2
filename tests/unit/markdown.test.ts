// Entry bodies are written by volunteers and rendered with dangerouslySetInnerHTML, so
// the sanitizer is the only thing between a pasted snippet and script on a page that
// survivors visit. These tests feed it hostile Markdown and check what comes out.
import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "../../lib/content/markdown";

// Strings that must never reach a page, whatever the input.
const FORBIDDEN = ["<script", "onerror", "onload", "onclick", "<iframe", "javascript:", "<style", "<svg"];

const HOSTILE: Record<string, string> = {
  "script block": "<script>alert(1)</script>\n\nAfter the script.",
  "img onerror": "Before <img src=x onerror=alert(1)> after.",
  iframe: '<iframe src="https://www.ontario.ca/"></iframe>',
  "markdown javascript: link": "[x](javascript:alert(1))",
  "mixed-case javascript: link": "[x](JaVaScRiPt:alert(1))",
  "entity-encoded javascript: link": "[x](&#106;avascript:alert(1))",
  "javascript: image": "![x](javascript:alert(1))",
  "raw <a href=javascript:>": '<a href="javascript:alert(1)">click</a>',
  "svg onload": "<svg onload=alert(1)><circle r=1 /></svg>",
  "style block": "<style>body { display: none }</style>",
  "div onclick": '<div onclick="alert(1)">Click me</div>',
  "data: link": "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
};

describe("renderMarkdown: hostile bodies", () => {
  it.each(Object.entries(HOSTILE))("%s is neutralized", (_name, markdown) => {
    const html = renderMarkdown(markdown);
    for (const bad of FORBIDDEN) expect(html.toLowerCase()).not.toContain(bad);
    expect(html).not.toMatch(/\son\w+=/i); // no event handler attribute of any name
    expect(html).not.toContain("data:");
  });

  // Dropping the href is enough: the link text stays readable, nothing is clickable.
  it("keeps the text of a javascript: link but removes the href", () => {
    expect(renderMarkdown("[Read more](javascript:alert(1))")).toBe("<p><a>Read more</a></p>");
  });

  it("keeps the text around removed raw HTML", () => {
    expect(renderMarkdown("<script>alert(1)</script>\n\nAfter the script.")).toBe("<p>After the script.</p>");
    expect(renderMarkdown('<a href="javascript:alert(1)">click</a>')).toBe("<p>click</p>");
  });

  it("renders all the hostile bodies together without any of the forbidden strings", () => {
    const html = renderMarkdown(Object.values(HOSTILE).join("\n\n"));
    for (const bad of FORBIDDEN) expect(html.toLowerCase()).not.toContain(bad);
  });
});

describe("renderMarkdown: links the site needs", () => {
  // The default GitHub schema strips tel: and sms:; markdown.ts adds them back on purpose.
  it("keeps tel:, sms: and mailto: hrefs", () => {
    const html = renderMarkdown("[Call](tel:+18339001010) [Text](sms:686868) [Email](mailto:a@example.org)");
    expect(html).toContain('<a href="tel:+18339001010">Call</a>');
    expect(html).toContain('<a href="sms:686868">Text</a>');
    expect(html).toContain('<a href="mailto:a@example.org">Email</a>');
  });

  it("adds rel=\"noreferrer noopener\" to external http(s) links, including autolinks", () => {
    expect(renderMarkdown("[Ontario](https://www.ontario.ca/)")).toBe('<p><a href="https://www.ontario.ca/" rel="noreferrer noopener">Ontario</a></p>');
    expect(renderMarkdown("<https://www.canadianhumantraffickinghotline.ca/>")).toContain(
      '<a href="https://www.canadianhumantraffickinghotline.ca/" rel="noreferrer noopener">',
    );
  });

  it("leaves internal links and tel: links without rel", () => {
    expect(renderMarkdown("[Browse safely](/safety)")).toBe('<p><a href="/safety">Browse safely</a></p>');
    expect(renderMarkdown("[Call](tel:911)")).toBe('<p><a href="tel:911">Call</a></p>');
  });
});

describe("renderMarkdown: structure", () => {
  // The Toronto police figures page is a GFM table.
  it("renders a GFM table as <table>", () => {
    const html = renderMarkdown("| Year | Charges |\n| --- | --- |\n| 2023 | 10 |");
    expect(html).toContain("<table>");
    expect(html).toContain("<th>Year</th>");
    expect(html).toContain("<td>2023</td>");
  });

  it("demotes headings by headingOffset, never past h6", () => {
    expect(renderMarkdown("## What it is")).toBe("<h2>What it is</h2>");
    expect(renderMarkdown("## What it is", 1)).toBe("<h3>What it is</h3>");
    expect(renderMarkdown("##### Deep", 3)).toBe("<h6>Deep</h6>");
  });
});

describe("markdownToText", () => {
  // Search indexes this text: link targets and markup must not become search words.
  it("keeps link text, drops URLs, markup and HTML tags", () => {
    expect(markdownToText("## Call\n\nCall **[the hotline](tel:+18339001010)** <br> now.")).toBe("Call Call the hotline now.");
  });
});
