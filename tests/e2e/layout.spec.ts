// Layout under the conditions people actually read this site in: a small old phone,
// text zoomed to 200%, big thumbs, dark mode, Windows high-contrast (forced colours) and
// "reduce motion". One page of each template (plus the variants that lay out differently:
// a CARE Unit's partners, a place search's local results); the crawl spec covers the rest
// in light mode. Each page is loaded once per project and every condition is checked on
// it in turn, switching the emulated screen and media features in place: CSS applies them
// at once, so what is measured is what a fresh load under that condition would show.
import { expect, test, type Page } from "@playwright/test";
import { axe } from "./sample";
import { BOTH_VIEWPORTS, exitLink } from "./support";

const PAGES = [
  "/",
  "/hotlines",
  "/hotlines/canadian-human-trafficking-hotline",
  "/care-units/toronto-care-unit",
  "/search?q=housing",
  "/search?q=Thunder+Bay",
  "/regions/northwest",
  "/safety",
  "/learn/toronto-police-figures",
];

/**
 * Page width against the viewport, naming what sticks out when something does. The
 * bound is the layout viewport (clientWidth): a phone browser zooms out to show an
 * over-wide page, which makes innerWidth grow with the page and hides the problem.
 */
async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = Math.min(window.innerWidth, document.documentElement.clientWidth);
    const sticksOut = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right > width + 0.5;
    };
    // The innermost elements that stick out: the cause, not every ancestor.
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
      .slice(0, 8)
      .map((el) => {
        const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join(".")}` : "";
        return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${cls} right=${Math.round(el.getBoundingClientRect().right)} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
  });
}

async function expectFitsAndExitVisible(page: Page, what: string) {
  const o = await horizontalOverflow(page);
  expect.soft(o.scrollWidth, `${what}: page scrolls sideways: ${o.scrollWidth} > ${o.width}; sticking out: ${o.culprits.join(" | ")}`).toBeLessThanOrEqual(o.width);
  await expect.soft(exitLink(page), `${what}: quick exit fully on screen`).toBeInViewport({ ratio: 1 });
  // The sticky bar must leave most of a small screen for the page itself.
  const bar = (await page.locator(".urgent-bar").boundingBox())!;
  expect.soft(bar.height, `${what}: sticky bar height`).toBeLessThanOrEqual(page.viewportSize()!.height / 3);
}

// Controls a thumb has to hit: the button-like links, the quick exit, form controls. A
// checkbox is small by nature, so its whole row (box + label) is what must be 44 px tall.
// Plain text links inside sentences are exempt (WCAG 2.5.8's inline exception).
const CONTROLS = [
  ".button-primary",
  ".button-secondary",
  ".button-call",
  ".call-link",
  ".nav-link",
  ".urgent-bar [data-quick-exit]",
  "button",
  "select",
  'input:not([type="hidden"])',
].join(", ");

/** Every control's size (a checkbox: its row), as "what" and CSS px. */
async function measureControls(page: Page) {
  return page.evaluate((selector) => {
    const out: { what: string; width: number; height: number }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      let target: Element = el;
      if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
        // The smallest element holding both the box and its label: the row you tap.
        const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : el.closest("label");
        let row: Element | null = el.parentElement;
        while (row && label && !row.contains(label)) row = row.parentElement;
        target = row ?? el;
      }
      const r = target.getBoundingClientRect();
      const name = (el.getAttribute("aria-label") ?? el.textContent ?? (el as HTMLInputElement).name ?? "").trim().slice(0, 40);
      out.push({ what: `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/)[0]}` : ""}${el.id ? `#${el.id}` : ""} "${name}"`, width: r.width, height: r.height });
    }
    return out;
  }, CONTROLS);
}

for (const path of PAGES) {
  test(`${path} fits 320 px and 200% zoom, has 44 px targets, and holds up in dark mode, forced colours and reduced motion`, BOTH_VIEWPORTS, async ({ page }) => {
    // "Reduce motion" is on from the first frame: an animation that starts on load must not run.
    await page.emulateMedia({ reducedMotion: "reduce" });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("load"); // client components (copy/share buttons) render after hydration
    const own = page.viewportSize()!;

    await test.step("at 320 CSS px wide (an old, small phone): no sideways scroll, quick exit on screen", async () => {
      await page.setViewportSize({ width: 320, height: 640 });
      await expectFitsAndExitVisible(page, "320 px");
    });

    // Browser zoom divides the CSS viewport: a 1280×800 screen at 200% lays out at 640×400.
    // (The device pixel ratio does not change CSS layout; the CSS has no resolution queries.)
    await test.step("at 200% zoom (a 1280 px screen: 640×400 CSS px): no sideways scroll, quick exit on screen", async () => {
      await page.setViewportSize({ width: 640, height: 400 });
      await expectFitsAndExitVisible(page, "200% zoom");
    });
    await page.setViewportSize(own);

    await test.step("every control is at least 44×44 CSS px", async () => {
      const measured = await measureControls(page);
      // The page has controls at all (the sticky bar alone has three): an empty list means
      // the selector broke, not that every target is big enough.
      expect(measured.length).toBeGreaterThanOrEqual(3);
      // Half a pixel of slack for sub-pixel rounding on high-density screens.
      const small = measured.filter((m) => m.width < 43.5 || m.height < 43.5).map((m) => `${m.what} is ${m.width.toFixed(1)}×${m.height.toFixed(1)}`);
      expect.soft(small, "controls smaller than 44×44").toEqual([]);
    });

    await test.step("in dark mode: enough colour contrast", async () => {
      await page.emulateMedia({ colorScheme: "dark" });
      // The dark palette really is in use (a light page would pass for the wrong reason).
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe("rgb(18, 21, 25)");
      const { violations } = await axe(page, ["color-contrast"]);
      expect.soft(violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`)), "dark-mode contrast").toEqual([]);
      await page.emulateMedia({ colorScheme: "light" });
    });

    await test.step("with forced colours (Windows high contrast): the quick exit stays a visible, distinct button", async () => {
      await page.emulateMedia({ forcedColors: "active" });
      expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
      const exit = exitLink(page);
      await expect(exit).toBeVisible();
      await expect(exit).toBeInViewport({ ratio: 1 });
      const style = await exit.evaluate((el) => {
        const s = getComputedStyle(el);
        return { borderStyle: s.borderTopStyle, borderWidth: parseFloat(s.borderTopWidth), borderColor: s.borderTopColor, background: s.backgroundColor, color: s.color };
      });
      const opaque = (c: string) => c !== "transparent" && !/rgba\(.*,\s*0\)$/.test(c);
      const hasBorder = style.borderStyle !== "none" && style.borderWidth >= 1 && opaque(style.borderColor);
      expect.soft(hasBorder || opaque(style.background), `forced colours: ${JSON.stringify(style)}`).toBe(true);
      // Its text must differ from its own background, or the label disappears.
      expect.soft(style.color, `forced colours: ${JSON.stringify(style)}`).not.toBe(style.background);
      await page.emulateMedia({ forcedColors: "none" });
    });

    // Last, because it hovers and focuses: the other checks see the page as loaded.
    await test.step("with reduced motion: no animation or transition runs", async () => {
      expect(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches)).toBe(true);
      expect.soft(await page.evaluate(() => document.getAnimations().map((a) => (a as CSSAnimation).animationName ?? a.constructor.name)), "animations after load").toEqual([]);
      // Transitions start on a state change: hover and focus the controls people touch first.
      const exit = exitLink(page);
      await exit.hover();
      await exit.focus();
      await page.locator("main").locator("a, button").first().hover();
      expect.soft(await page.evaluate(() => document.getAnimations().length), "animations after hover and focus").toBe(0);
    });
  });
}

// Not in the sample above, but the widest unbreakable word in any card title
// ("HelpingTraffickedPersons.org") is on this listing: a fieldset and grid items once
// refused to shrink below their content and pushed the page to 349 px.
test.describe("at 320 CSS px wide (an old, small phone)", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("/services does not scroll sideways and shows the quick exit", async ({ page }) => {
    expect((await page.goto("/services"))?.status()).toBe(200);
    await expectFitsAndExitVisible(page, "320 px");
  });
});
