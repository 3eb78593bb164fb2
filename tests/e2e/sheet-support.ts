// Helpers for the referral-sheet tests: reading the QR code off the screen, counting the
// pages of a PDF, and finding the entries that take the most room on paper.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";

/** Every entry id (<kind>/<slug>) in content/, as the sheet's address writes it. */
export function allEntryIds(): string[] {
  const ids: string[] = [];
  for (const kind of ["hotlines", "services", "care-units", "coalitions", "legal-supports"]) {
    for (const file of readdirSync(path.join(process.cwd(), "content", kind))) {
      if (file.endsWith(".md") && !file.endsWith(".fr.md") && !file.startsWith("_")) ids.push(`${kind}/${file.slice(0, -3)}`);
    }
  }
  return ids.sort();
}

export const sheetUrl = (ids: string[]) => `/sheet?${ids.map((id) => `e=${id}`).join("&")}`;

/** The text a phone camera would read from the QR code, or null if it cannot read one. */
export async function decodeQr(qr: Locator): Promise<string | null> {
  const png = PNG.sync.read(await qr.screenshot({ animations: "disabled" }));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** Page objects ("/Type /Page", not "/Type /Pages"), checked against the page tree's count. */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString("latin1");
  if (!text.startsWith("%PDF-")) throw new Error("not a PDF");
  const pages = (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
  const declared = Number(/\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages/.exec(text)?.slice(1).find(Boolean));
  if (pages !== declared) throw new Error(`${pages} page objects but the page tree says ${declared}`);
  return pages;
}

/**
 * The `n` entries that take the most room on a printed sheet, measured in the print
 * layout at A4 width: the worst case, so a growing entry makes the test stricter.
 */
export async function longestEntries(page: Page, n: number): Promise<string[]> {
  const ids = allEntryIds();
  const heights: [string, number][] = [];
  await page.emulateMedia({ media: "print" });
  for (let i = 0; i < ids.length; i += 20) {
    const batch = ids.slice(i, i + 20);
    await page.goto(sheetUrl(batch));
    const hs = await page.locator(".sheet-entries > li").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    if (hs.length !== batch.length) throw new Error(`expected ${batch.length} entries on the sheet, got ${hs.length}`);
    batch.forEach((id, j) => heights.push([id, hs[j]]));
  }
  await page.emulateMedia({ media: null });
  return heights.sort((a, b) => b[1] - a[1]).slice(0, n).map(([id]) => id);
}
