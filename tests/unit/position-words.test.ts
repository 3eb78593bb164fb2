// Interface text is held to the same rule as content (lib/content/wording.ts): it never
// sends a reader to "the number above" or « le numéro en haut de chaque page », because
// the same words are shown in lists, on a referral sheet and on paper. The check reads
// every string of both catalogues, and the source of every function (its templates).
import { describe, expect, it } from "vitest";
import { positionPhrase } from "../../lib/content/wording";
import { en } from "../../lib/i18n/en";
import { fr } from "../../lib/i18n/fr";

function texts(node: unknown, where = ""): [string, string][] {
  if (typeof node === "string") return [[where, node]];
  if (typeof node === "function") return [[where, String(node)]];
  if (Array.isArray(node)) return node.flatMap((v, i) => texts(v, `${where}.${i}`));
  if (node && typeof node === "object") return Object.entries(node).flatMap(([k, v]) => texts(v, where ? `${where}.${k}` : k));
  return [];
}

describe("interface text names things, never their position", () => {
  for (const [lang, catalogue] of [["en", en], ["fr", fr]] as const) {
    it(`holds in the ${lang} catalogue`, () => {
      const all = texts(catalogue);
      expect(all.length).toBeGreaterThan(200);
      expect(all.filter(([, t]) => positionPhrase(t, lang)).map(([w, t]) => `${w}: ${positionPhrase(t, lang)}`)).toEqual([]);
    });
  }

  it("catches the phrases the December audit found", () => {
    expect(positionPhrase("Call the number above.", "en")).toBe("above");
    expect(positionPhrase("Reach the service by the ways above.", "en")).toBe("above");
    expect(positionPhrase("appelez le numéro indiqué plus haut", "fr")).toBe("plus haut");
    expect(positionPhrase("(numéro en haut de chaque page)", "fr")).toBe("en haut de chaque page");
    expect(positionPhrase("les organismes partenaires ci-dessous", "fr")).toBe("ci-dessous");
    expect(positionPhrase("Call the hotline at 1-833-900-1010.", "en")).toBeUndefined();
  });
});
