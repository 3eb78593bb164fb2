// The quick exit with JavaScript on (GOV.UK "Exit this page" pattern): click or Shift ×3
// blanks the page and leaves with location.replace, so Back does not return to it.
// Typing capitals is not an exit. The neutral site is a local stub.
import { expect, test, type Page } from "@playwright/test";
import { QUICK_EXIT_URL } from "../../lib/site";
import { BOTH_VIEWPORTS, EXIT_STUB_TITLE, isolate, exitLink } from "./support";

async function openTwoPages(page: Page) {
  await page.goto("/");
  await page.goto("/hotlines/canadian-human-trafficking-hotline");
  await page.waitForFunction(() => document.readyState === "complete");
}

let exitRequests = 0;

test.beforeEach(async ({ context, baseURL }) => {
  await isolate(context, baseURL!);
  exitRequests = 0;
  context.on("request", (request) => {
    if (request.url().startsWith(QUICK_EXIT_URL)) exitRequests++;
  });
});

/** Still on the entry page: not hidden, not leaving, and nothing asked of the neutral site. */
async function expectStillHere(page: Page) {
  expect(await page.evaluate(() => ({ leaving: document.documentElement.classList.contains("quick-exiting"), hidden: document.documentElement.style.visibility }))).toEqual({ leaving: false, hidden: "" });
  expect(exitRequests, "requests to the neutral site").toBe(0);
  expect(new URL(page.url()).pathname).toBe("/hotlines/canadian-human-trafficking-hotline");
}

test("clicking the quick exit leaves, and Back does not return to the page", async ({ page }) => {
  await openTwoPages(page);
  await exitLink(page).click();
  await expect(page).toHaveTitle(EXIT_STUB_TITLE);
  await page.goBack();
  // The entry page was replaced in history: Back lands on the page before it.
  expect(new URL(page.url()).pathname).toBe("/");
  await expect(page.locator("html")).not.toHaveClass(/quick-exiting/);
});

test("pressing Shift three times leaves, announcing the countdown", async ({ page }) => {
  await openTwoPages(page);
  await page.keyboard.press("Shift");
  await expect(page.getByRole("status").filter({ hasText: "Shift pressed" })).toContainText("2 more times");
  await page.keyboard.press("Shift");
  await expect(page.getByRole("status").filter({ hasText: "Shift pressed" })).toContainText("1 more time");
  await page.keyboard.press("Shift");
  await expect(page).toHaveTitle(EXIT_STUB_TITLE);
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe("/");
});

test("Shift presses more than 5 seconds apart start the count again, and the cancellation is said", async ({ page }) => {
  await openTwoPages(page);
  const status = page.getByRole("status").filter({ hasText: /Shift pressed|cancelled/ });
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await expect(status).toContainText("1 more time");
  await expect(status).toContainText("cancelled", { timeout: 8_000 });
  await page.waitForTimeout(300); // past 5 s since the last press, whatever the timer's own delay
  await page.keyboard.press("Shift");
  await expect(status).toContainText("2 more times");
  await page.keyboard.press("Shift");
  await expect(status).toContainText("1 more time");
  // Four presses, but never three within 5 s: still here.
  expect(new URL(page.url()).pathname).toBe("/hotlines/canadian-human-trafficking-hotline");
});

test("typing capital letters in the search box does not leave", async ({ page }) => {
  await openTwoPages(page);
  await page.getByRole("searchbox").first().click();
  for (const key of ["KeyH", "KeyE", "KeyL", "KeyP", "KeyM", "KeyE"]) {
    await page.keyboard.down("Shift");
    await page.keyboard.press(key);
    await page.keyboard.up("Shift");
  }
  // Leaving starts inside the key handler (the page is hidden and the exit requested in
  // the same task), so by the time the keys are delivered it would already show.
  await expectStillHere(page);
  await expect(page.getByRole("searchbox").first()).toHaveValue("HELPME");
});

test("the page is blanked in the same moment as the click", async ({ page }) => {
  await openTwoPages(page);
  // Click and read the page in one task: nothing may be visible once the handler ran,
  // however slowly the next site answers.
  const after = await page.evaluate(() => {
    document.querySelector<HTMLAnchorElement>(".urgent-bar a[data-quick-exit]")!.click();
    return { visibility: getComputedStyle(document.body).visibility, title: document.title };
  });
  expect(after.visibility).toBe("hidden");
  expect(after.title).not.toContain("Hotline");
  await expect(page).toHaveTitle(EXIT_STUB_TITLE);
});

test("an on-screen keyboard's Shift (no physical key) and text input do not count as presses", async ({ page }) => {
  await openTwoPages(page);
  // iOS and iPadOS keyboards send Shift for their Shift and 123/ABC layer keys while
  // someone types (alphagov/govuk-frontend#4095); such events have no physical key code.
  await page.evaluate(() => {
    for (let i = 0; i < 4; i++) {
      for (const type of ["keydown", "keyup"]) document.body.dispatchEvent(new KeyboardEvent(type, { key: "Shift", code: "", bubbles: true }));
    }
  });
  // Text that arrives without key events (on-screen keyboards, dictation) starts the count again.
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.getByRole("searchbox").first().focus();
  await page.keyboard.insertText("x");
  await page.keyboard.press("Shift");
  await expect(page.getByRole("status").filter({ hasText: "Shift pressed" })).toContainText("2 more times");
  await expectStillHere(page);
});

test("a page left with the exit leaves again if the back/forward cache shows it", async ({ page }) => {
  await openTwoPages(page);
  // The neutral site answers late, so the page left is still there to be shown again.
  const asked: string[] = [];
  await page.route(`${QUICK_EXIT_URL}**`, async (route) => {
    asked.push(route.request().url());
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.fallback().catch(() => {}); // the first request is cancelled by the second
  });
  // One call: once a page is leaving, Playwright cannot reach it again. The pageshow is
  // what Firefox and Safari fire when Back restores a page from their cache.
  await page.evaluate(() => {
    document.querySelector<HTMLAnchorElement>(".urgent-bar a[data-quick-exit]")!.click();
    setTimeout(() => window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })), 500);
  });
  // The first request to the neutral site, then the second: the page left again.
  await expect.poll(() => asked.length).toBe(2);
  await expect(page).toHaveTitle(EXIT_STUB_TITLE);
});

test("the quick exit is first in the tab order after the skip link", BOTH_VIEWPORTS, async ({ page }) => {
  await page.goto("/hotlines");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Skip to main content");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("data-quick-exit", "");
  await expect(page.locator(":focus")).toBeVisible();
});

test("the quick exit stays on screen while scrolling a long page", BOTH_VIEWPORTS, async ({ page }) => {
  await page.goto("/safety");
  await page.mouse.wheel(0, 4000);
  // Wait for the scroll itself (4000 px, or the bottom of the page) rather than a fixed time.
  await expect.poll(() => page.evaluate(() => scrollY >= Math.min(4000, document.documentElement.scrollHeight - innerHeight) - 1)).toBe(true);
  const exit = exitLink(page);
  await expect(exit).toBeInViewport({ ratio: 1 });
  // Nothing covers it: the element at its centre is the link itself.
  const box = (await exit.boundingBox())!;
  const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest("a[data-quick-exit]") !== null, [box.x + box.width / 2, box.y + box.height / 2]);
  expect(onTop).toBe(true);
});

// While the neutral site loads, the page left must stay untitled: a tab switcher or a
// history menu would otherwise show what it was (seen in Firefox when React set the
// title again). The neutral site is held, so the page stays; anything that sets its
// title, as a framework would, is undone.
test("the page left stays untitled while the neutral site loads, whatever sets its title", async ({ page, context }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(`${QUICK_EXIT_URL}**`, async (route) => {
    await held;
    await route.fulfill({ contentType: "text/html", body: `<title>${EXIT_STUB_TITLE}</title>` });
  });
  await openTwoPages(page);
  // Playwright's own click and locators wait for a pending navigation, which is held
  // here: the tap and the checks run inside the page, in one go.
  const titles = await page.evaluate(async () => {
    (document.querySelector("a[data-quick-exit]") as HTMLAnchorElement).click();
    const leaving = document.documentElement.classList.contains("quick-exiting");
    document.title = "Canadian Human Trafficking Hotline";
    await new Promise((r) => setTimeout(r, 50));
    const afterSet = document.title;
    const element = document.createElement("title");
    element.textContent = "Another title";
    document.head.append(element);
    await new Promise((r) => setTimeout(r, 50));
    return [leaving, afterSet, document.title];
  });
  expect(titles).toEqual([true, "\u200b", "\u200b"]);
  release();
  await expect(page).toHaveTitle(EXIT_STUB_TITLE);
});
