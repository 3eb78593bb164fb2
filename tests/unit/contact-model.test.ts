// The contact model that cannot mislead: each line is confirmed on its own evidence,
// a line with its own entry is referenced and never copied, each channel opens with its
// own action, 24/7 belongs to a channel, and no text points to a number by position.
// Small content folders are written to a temporary directory and read like content/.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it } from "vitest";
import { ContactActions } from "@/components/entry/contact-actions";
import { isOpen247 } from "../../lib/content/channels";
import { readContent } from "../../lib/content/load";
import { phoneHref } from "../../lib/content/phone";
import type { Entry } from "../../lib/content/schema";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "contact-model-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SOURCE = ["sources:", "  - title: Source", "    url: https://www.ontario.ca/"];
function write(file: string, lines: string[], body = "") {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), ["---", ...lines, "---", "", body, ""].join("\n"));
}
const entry = (name: string, status: string, extra: string[]) => [
  `name: ${name}`, "description: A test entry.", `status: ${status}`,
  ...(status === "active" ? [] : ["status_note: We could not confirm it. Call {{tel hotlines/hotline}} first."]),
  "audiences: [survivors]", "service_areas: [ontario]", "assured_date: 2026-11-01", ...extra, ...SOURCE,
];

write("hotlines/hotline.md", entry("The Hotline", "active", ["phones:", "  - number: 1-833-900-1010", "    label: Toll-free", "    open_24_7: true"]));
write("hotlines/hotline.fr.md", ["name: La ligne", "description: Une ligne.", 'phone_labels: ["Sans frais"]']);
write("coalitions/unsure.md", entry("Unsure Coalition", "unconfirmed", ["phones:", "  - ref: hotlines/hotline", "  - number: 416-555-0199", "    label: Its own line"]), "Call {{tel hotlines/hotline}} for help.");
write("coalitions/unsure.fr.md", [
  "name: Coalition incertaine", "description: Une coalition.", 'status_note: "Appelez d’abord le {{tel hotlines/hotline}}."', 'phone_labels: ["", "Sa ligne"]',
], "Appelez le {{tel hotlines/hotline}}.");
write("services/whatsapp.md", entry("WhatsApp Only", "active", ["phones:", "  - number: 647-971-2153", "    type: whatsapp"]));
write("services/whatsapp.fr.md", ["name: WhatsApp seulement", "description: Un service."]);

// The search lists are content too: the valid fixture's, so the folder reads clean.
const LISTS = path.resolve(__dirname, "../fixtures/content/valid/search");
fs.cpSync(LISTS, path.join(dir, "search"), { recursive: true });
const { content, problems } = readContent(dir);
const byName = (slug: string) => content.entries.find((e) => e.slug === slug)!;
const html = (e: Entry) => renderToStaticMarkup(createElement(ContactActions, { entry: e }));

describe("a line is confirmed on its own evidence", () => {
  it("reads the folder without problems", () => expect(problems).toEqual([]));

  it("gives the hotline inside an unconfirmed entry its call link, and the entry's own line none", () => {
    const unsure = byName("unsure");
    expect(unsure.phones.map((p) => [p.number, p.confirmed, p.ref?.slug])).toEqual([
      ["1-833-900-1010", true, "hotline"],
      ["416-555-0199", false, undefined],
    ]);
    const page = html(unsure);
    expect(page).toContain('href="tel:+18339001010"');
    expect(page).not.toContain('href="tel:+14165550199"');
    // "Could not confirm" is said once, under the entry's own line, never under the hotline.
    expect(page.match(/could not confirm/g)).toHaveLength(1);
    expect(page.indexOf("could not confirm")).toBeGreaterThan(page.indexOf("416-555-0199"));
  });

  it("takes a referenced line's number, hours and name from the entry it belongs to", () => {
    const [line] = byName("unsure").phones;
    expect(line).toMatchObject({ number: "1-833-900-1010", open_24_7: true, ref: { kind: "hotlines", slug: "hotline", name: "The Hotline" } });
  });

  it("does not make an entry open 24/7 through another entry's line", () => {
    expect(isOpen247(byName("hotline"))).toBe(true);
    expect(isOpen247(byName("unsure"))).toBe(false);
  });
});

describe("{{tel …}} names a number in text, in each language", () => {
  it("writes the number in the status note and as a link in the body", () => {
    const unsure = byName("unsure");
    expect(unsure.status_note).toBe("We could not confirm it. Call 1-833-900-1010 first.");
    expect(unsure.html).toContain('<a href="tel:+18339001010">1-833-900-1010</a>');
    expect(unsure.fr?.status_note).toBe("Appelez d’abord le 1\u00a0833\u00a0900-1010.");
    expect(unsure.fr?.html).toContain('<a href="tel:+18339001010">1\u00a0833\u00a0900-1010</a>');
  });
});

describe("each channel is what it is", () => {
  it("never makes WhatsApp a tel: link", () => {
    const [whatsapp] = byName("whatsapp").phones;
    expect(phoneHref(whatsapp)).toBe("https://wa.me/16479712153");
    const page = html(byName("whatsapp"));
    expect(page).not.toContain("tel:");
    expect(page).toContain('href="https://wa.me/16479712153"');
    expect(page).toContain("WhatsApp");
  });
});

describe("the content check refuses what would mislead, at file:line", () => {
  const bad = fs.mkdtempSync(path.join(os.tmpdir(), "contact-model-bad-"));
  afterAll(() => fs.rmSync(bad, { recursive: true, force: true }));
  const put = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(bad, file)), { recursive: true });
    fs.writeFileSync(path.join(bad, file), text);
  };
  for (const folder of ["hotlines", "search"]) fs.cpSync(path.join(dir, folder), path.join(bad, folder), { recursive: true });
  put("services/copy.md", ["---", ...entry("Copy", "active", ["phones:", "  - number: 1-833-900-1010", "  - ref: hotlines/nowhere"]), "---", "", "Call the number above, or 1-833-900-1010.", ""].join("\n"));
  put("services/copy.fr.md", ["---", "name: Copie", "description: Appelez le numéro indiqué plus haut.", "---", "", "Le numéro en haut de chaque page.", ""].join("\n"));
  put("services/voice-whatsapp.md", ["---", ...entry("Short", "active", ["phones:", '  - number: "911"', "    type: whatsapp"]), "---", ""].join("\n"));
  put("services/voice-whatsapp.fr.md", ["---", "name: Court", "description: Un service.", "---", ""].join("\n"));
  const found = readContent(bad).problems.map((p) => `${path.basename(p.file)}:${p.line} ${p.field}: ${p.message}`);
  const reported = (start: string) => expect(found.filter((f) => f.startsWith(start)), `${start}… in\n${found.join("\n")}`).toHaveLength(1);

  it("refuses words that point to a number by its position, in both languages", () => {
    reported('copy.md:16 body: "above" points to something by its po');
    reported('copy.fr.md:3 description: "plus haut" points to something by it');
    reported('copy.fr.md:6 body: "en haut de chaque page" points to some');
  });

  it("refuses a copy of another entry's number, in a phone or in text, and a reference to nothing", () => {
    reported("copy.md:9 phones.0.number: dials the line of hotlines/hotline: w");
    reported("copy.md:16 body: 1-833-900-1010 is the line of hotlines/hotl");
    reported('copy.md:10 phones.1.ref: "hotlines/nowhere" is not an entry: use ');
  });

  it("refuses a WhatsApp contact that is not a full number", () => {
    reported("voice-whatsapp.md:9 phones.0.number: a WhatsApp contact must be a full 10-d");
  });
});
