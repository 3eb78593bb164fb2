// Layout under the conditions people actually read this site in: a small old phone,
// text zoomed to 200%, big thumbs, dark mode, Windows high-contrast (forced colours) and
// "reduce motion". One page of each type; the crawl spec covers the rest in light mode.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { exitLink } from "./support";

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

async function expectFitsAndExitVisible(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  const o = await horizontalOverflow(page);
  expect(o.scrollWidth, `page scrolls sideways: ${o.scrollWidth} > ${o.width}; sticking out: ${o.culprits.join(" | ")}`).toBeLessThanOrEqual(o.width);
  await expect(exitLink(page)).toBeInViewport({ ratio: 1 });
  // The sticky bar must leave most of a small screen for the page itself.
  const bar = (await page.locator(".urgent-bar").boundingBox())!;
  expect(bar.height, "sticky bar height").toBeLessThanOrEqual(page.viewportSize()!.height / 3);
}

test.describe("at 320 CSS px wide (an old, small phone)", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of PAGES) {
    test(`${path} does not scroll sideways and shows the quick exit`, async ({ page }) => {
      await expectFitsAndExitVisible(page, path);
    });
  }
  // Not in the sample above, but the widest unbreakable word in any card title
  // ("HelpingTraffickedPersons.org") is on this listing: a fieldset and grid items once
  // refused to shrink below their content and pushed the page to 349 px.
  test("/services does not scroll sideways and shows the quick exit", async ({ page }) => {
    await expectFitsAndExitVisible(page, "/services");
  });
});

test.describe("at 200% zoom (a 1280 px screen: 640×400 CSS px)", () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  for (const path of PAGES) {
    test(`${path} does not scroll sideways and shows the quick exit`, async ({ page }) => {
      await expectFitsAndExitVisible(page, path);
    });
  }
});

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

for (const path of PAGES) {
  test(`${path}: every control is at least 44×44 CSS px`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("load"); // client components (copy/share buttons) render after hydration
    const measured = await page.evaluate((selector) => {
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
    // The page has controls at all (the sticky bar alone has three): an empty list means
    // the selector broke, not that every target is big enough.
    expect(measured.length).toBeGreaterThanOrEqual(3);
    // Half a pixel of slack for sub-pixel rounding on high-density screens.
    const small = measured.filter((m) => m.width < 43.5 || m.height < 43.5).map((m) => `${m.what} is ${m.width.toFixed(1)}×${m.height.toFixed(1)}`);
    expect(small).toEqual([]);
  });
}

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });
  for (const path of PAGES) {
    test(`${path} has enough colour contrast`, async ({ page }) => {
      await page.goto(path);
      // The dark palette really is in use (a light page would pass for the wrong reason).
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe("rgb(18, 21, 25)");
      const axe = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
      expect(axe.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`))).toEqual([]);
    });
  }
});

test.describe("with forced colours (Windows high contrast)", () => {
  for (const path of PAGES) {
    test(`${path} keeps the quick exit visible as a distinct button`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: "active" });
      await page.goto(path);
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
      expect(hasBorder || opaque(style.background), JSON.stringify(style)).toBe(true);
      // Its text must differ from its own background, or the label disappears.
      expect(style.color, JSON.stringify(style)).not.toBe(style.background);
    });
  }
});

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });
  for (const path of PAGES) {
    test(`${path} runs no animation or transition`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState("load");
      expect(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches)).toBe(true);
      expect(await page.evaluate(() => document.getAnimations().map((a) => (a as CSSAnimation).animationName ?? a.constructor.name))).toEqual([]);
      // Transitions start on a state change: hover and focus the controls people touch first.
      const exit = exitLink(page);
      await exit.hover();
      await exit.focus();
      await page.locator("main").locator("a, button").first().hover();
      expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    });
  }
});
