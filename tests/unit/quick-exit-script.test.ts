// The quick exit's inline script: small, valid JavaScript, and its words come from the
// message catalogue (so French can follow) and cannot end the <script> element early.
import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/en";
import { quickExitScript, type QuickExitWords } from "@/lib/quick-exit/inline-script";
import { QUICK_EXIT_URL } from "@/lib/site";

const words: QuickExitWords = { left: { 1: en.exit.pressesLeft(1), 2: en.exit.pressesLeft(2) }, leaving: en.exit.leaving, reset: en.exit.reset };

describe("quickExitScript", () => {
  // Descriptive names and the title guard cost about 450 bytes over the old ~1 KB;
  // gzipped in the page, the difference is a few dozen.
  it("is about a kilobyte of code, plus its words", () => {
    const script = quickExitScript(QUICK_EXIT_URL, words);
    const code = Buffer.byteLength(script) - Buffer.byteLength(JSON.stringify(words)) - Buffer.byteLength(JSON.stringify(QUICK_EXIT_URL));
    expect(code).toBeLessThan(1500);
    expect(() => new Function(script)).not.toThrow();
  });

  it("carries the catalogue's words and the exit address as data", () => {
    const script = quickExitScript(QUICK_EXIT_URL, words);
    expect(script).toContain(JSON.stringify(words));
    expect(script).toContain(JSON.stringify(QUICK_EXIT_URL));
  });

  it("has no English of its own: other words give a script without any of these", () => {
    const other: QuickExitWords = { left: { 1: "un", 2: "deux" }, leaving: "départ", reset: "annulé" };
    const script = quickExitScript("https://example.org/", other);
    for (const text of [en.exit.pressesLeft(1), en.exit.pressesLeft(2), en.exit.leaving, en.exit.reset, "Shift pressed", "more time"]) {
      expect(script).not.toContain(text);
    }
  });

  it("escapes what could close the script element, and keeps $ patterns as written", () => {
    const script = quickExitScript(QUICK_EXIT_URL, { ...words, reset: "</script><script>alert(1)</script> $& $'" });
    expect(script).not.toContain("</script");
    expect(script).toContain("$& $'");
    expect(() => new Function(script)).not.toThrow();
  });
});
