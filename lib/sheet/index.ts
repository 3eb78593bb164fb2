// The referral sheet's data: the chosen entries, what was dropped, and the sheet's own
// address, drawn as a QR code on the server (no third-party service ever sees it).
import "server-only";
import QRCode from "qrcode";
import { getEntry } from "../content";
import type { Entry } from "../content/schema";
import { isKind } from "../content/taxonomies";
import { SITE_ORIGIN } from "../site";
import { href } from "../i18n";
import { parseSheetParams, sheetPath, type SheetNotices } from "./query";

export type Sheet = { entries: Entry[]; notices: SheetNotices; path: string; url: string };

function lookup(id: string): Entry | undefined {
  const [kind, slug] = id.split("/");
  return isKind(kind) ? getEntry(kind, slug) : undefined;
}

export function getSheet(params: unknown): Sheet {
  const { ids, notices } = parseSheetParams(params, (id) => lookup(id) !== undefined);
  // In the page's language: the QR code and the share link open the sheet the reader sees.
  const path = href(sheetPath(ids));
  return { entries: ids.map((id) => lookup(id)!), notices, path, url: SITE_ORIGIN + path };
}

/**
 * The address as an SVG QR code. Error correction "M" survives a crease or a smudge;
 * the quiet zone of 4 modules is what scanners expect. The library draws with fill and
 * stroke attributes, no inline style, so the strict CSP has nothing to block.
 */
export async function qrSvg(text: string): Promise<string> {
  // On screen, at least 3 CSS px a module (a long address makes a dense code that a
  // camera cannot read off a screen when shrunk); print sets its own size in centimetres.
  const modules = QRCode.create(text, { errorCorrectionLevel: "M" }).modules.size + 8;
  const width = Math.max(176, modules * 3);
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 4, width, color: { dark: "#000000", light: "#ffffff" } });
}
