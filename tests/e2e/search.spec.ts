// Search as people in a hurry use it: from the header box with JavaScript off, with typos,
// with everyday words ("cops"), with a phone number, and with words that say they are in
// danger, which must put 911 and the hotline above every result. The URL is typed or
// crafted by anyone, so hostile query strings must give a normal page, and the query must
// never reach the tab title (titles stay in history and screenshots).
import { expect, test, type Page } from "@playwright/test";

const SEARCH_TITLE = "Search | Ontario Trafficking Support";
const HOTLINE_TEL = 'a[href="tel:+18339001010"]';
const TEL_911 = 'a[href="tel:911"]';

function results(page: Page) {
  return page.locator("main article");
}

/** Result names, best first. */
async function resultNames(page: Page) {
  return (await results(page).locator("h2").allInnerTexts()).map((s) => s.trim());
}

async function search(page: Page, q: string) {
  const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
  expect(response?.status()).toBe(200);
}

/** The "N results" line, as a number. */
async function statedCount(page: Page) {
  const text = await page.locator("main").getByRole("status").innerText();
  return Number(/(\d+) results?/.exec(text)?.[1]);
}

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the header search box leads to results with Enter", async ({ page }) => {
    await page.goto("/hotlines/canadian-human-trafficking-hotline");
    const box = page.locator("header").getByRole("searchbox");
    await box.fill("housing");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=housing$/);
    await expect(page.locator("main h1")).toHaveText("Results for “housing”");
    expect(await results(page).count()).toBeGreaterThan(0);
    expect((await resultNames(page))[0]).toBe("Housing support for survivors");
    // The stated count is the number of cards shown.
    expect(await statedCount(page)).toBe(await results(page).count());
  });

  test("filters narrow the results, keep the query, and clear again", async ({ page }) => {
    await search(page, "help");
    const all = await results(page).count();
    expect(all).toBeGreaterThan(5);

    // Kind: the option's own count says how many results to expect.
    const kind = page.getByLabel("Kind of help");
    const hotlinesOption = await kind.locator('option[value="hotlines"]').innerText();
    const promised = Number(/\((\d+)\)/.exec(hotlinesOption)?.[1]);
    await kind.selectOption("hotlines");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]q=help(&|$)/);
    await expect(page).toHaveURL(/[?&]kind=hotlines(&|$)/);
    const hotlines = await results(page).count();
    expect(hotlines).toBeGreaterThan(0);
    expect(hotlines).toBeLessThan(all);
    expect(hotlines).toBe(promised);
    for (const card of await results(page).all()) await expect(card.locator(".badge").first()).toHaveText("Hotline");
    // The form remembers the choice, so the next filter adds to it.
    await expect(page.getByLabel("Kind of help")).toHaveValue("hotlines");

    await page.getByLabel("With a 24/7 line or chat only").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]q=help(&|$)/);
    await expect(page).toHaveURL(/[?&]kind=hotlines(&|$)/);
    await expect(page).toHaveURL(/[?&]open247=1(&|$)/);
    const open247 = await results(page).count();
    expect(open247).toBeGreaterThan(0);
    expect(open247).toBeLessThanOrEqual(hotlines);
    for (const card of await results(page).all()) await expect(card.getByText(/^24\/7 (line|chat)$/)).toBeVisible();
    await expect(page.getByLabel("With a 24/7 line or chat only")).toBeChecked();

    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/search\?q=help$/);
    expect(await results(page).count()).toBe(all);
    await expect(page.getByLabel("Kind of help")).toHaveValue("");
    await expect(page.getByLabel("With a 24/7 line or chat only")).not.toBeChecked();
  });
});

// Read-only searches share one page; each is its own step, named in any failure.
test("finds what people mean: misspelt names and words, synonyms, phone numbers", async ({ page }) => {
  await test.step("a misspelt name: 'kids help phon' finds Kids Help Phone first", async () => {
    await search(page, "kids help phon");
    expect((await resultNames(page))[0]).toBe("Kids Help Phone");
  });

  await test.step("a misspelt word: 'hotlne' finds hotlines, the national hotline in the first three", async () => {
    await search(page, "hotlne");
    const top3 = (await resultNames(page)).slice(0, 3);
    expect(top3).toContain("Canadian Human Trafficking Hotline");
    // Every one of the first three is a hotline, not something that merely mentions one.
    for (const card of (await results(page).all()).slice(0, 3)) await expect(card.locator(".badge").first()).toHaveText("Hotline");
  });

  await test.step("a synonym: 'cops' finds the police", async () => {
    await search(page, "cops");
    const names = await resultNames(page);
    // No entry says "cops": these come from the synonym list.
    expect(names.slice(0, 3).every((n) => /Police/.test(n)), names.slice(0, 3).join(" / ")).toBe(true);
    expect(names).toContain("Toronto Police Service");
  });

  await test.step("a phone number typed with spaces finds its line", async () => {
    await search(page, "833 900 1010");
    expect((await resultNames(page))[0]).toBe("Canadian Human Trafficking Hotline");
  });
});

test.describe("danger words put 911 and the hotline above every result", () => {
  test(`"he took my passport", "I can’t leave", "I can't leave"`, async ({ page }) => {
    for (const q of ["he took my passport", "I can’t leave", "I can't leave"]) {
      await test.step(`"${q}"`, async () => {
        await search(page, q);
        const danger = page.getByRole("region", { name: "If you are in danger now" });
        await expect(danger).toBeVisible();
        await expect(danger.locator(TEL_911)).toBeVisible();
        await expect(danger.locator(HOTLINE_TEL)).toBeVisible();
        await expect(danger.locator(HOTLINE_TEL)).toContainText("1-833-900-1010");

        // There are results, and the danger section comes before the first one, both in
        // reading order (screen readers) and on screen.
        const first = results(page).first();
        await expect(first).toBeVisible();
        const before = await danger.evaluate((d, card) => Boolean(d.compareDocumentPosition(card!) & Node.DOCUMENT_POSITION_FOLLOWING), await first.elementHandle());
        expect(before).toBe(true);
        const dangerBox = (await danger.boundingBox())!;
        const firstBox = (await first.boundingBox())!;
        expect(dangerBox.y + dangerBox.height).toBeLessThanOrEqual(firstBox.y);
      });
    }
  });

  test("an ordinary search shows no danger section", async ({ page }) => {
    await search(page, "housing");
    await expect(page.getByRole("region", { name: "If you are in danger now" })).toHaveCount(0);
    expect(await results(page).count()).toBeGreaterThan(0);
  });
});

test("no results: a plain message, with the hotline and 911", async ({ page }) => {
  await search(page, "zzzqqq");
  await expect(results(page)).toHaveCount(0);
  expect(await statedCount(page)).toBe(0);
  const main = page.locator("main");
  await expect(main.getByText("Nothing matched “zzzqqq”.")).toBeVisible();
  await expect(main.locator(HOTLINE_TEL)).toBeVisible();
  await expect(main.locator(TEL_911)).toBeVisible();
  // Not a danger phrase: the ordinary "Get help now" box, not the danger one.
  await expect(main.getByRole("region", { name: "If you are in danger now" })).toHaveCount(0);
});

test.describe("hostile query strings give a normal page", () => {
  const HOSTILE: Record<string, string> = {
    "no q": "",
    "empty q": "q=",
    "5,000 characters": `q=${"a".repeat(5000)}`,
    "5,000 characters of words": `q=${encodeURIComponent("help ".repeat(1000))}`,
    "repeated parameters": "q=a&q=b&kind=x&kind=hotlines",
    "array and object syntax": "q[]=x&q[a]=1&kind[]=hotlines",
    "prototype names": "__proto__=x&constructor=y&kind=__proto__&region=constructor",
    "NUL byte": "q=%00",
    "NUL inside a word": "q=a%00b",
    emoji: `q=${encodeURIComponent("😀 help")}`,
    "right-to-left override": "q=%E2%80%AEenilhot",
    "lone surrogate": "q=%ED%A0%80",
    "broken percent-encoding": "q=%&kind=%E0%A4%A",
    "script tag": `q=${encodeURIComponent("<script>alert(1)</script>")}`,
  };

  for (const [name, query] of Object.entries(HOSTILE)) {
    test(name, async ({ request }) => {
      const response = await request.get(`/search?${query}`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("text/html");
      const html = await response.text();
      // The whole page, not an error page: heading, search box, quick exit, hotline.
      expect(html).toMatch(/<h1[^>]*>(Search|Results for “)/);
      expect(html).toContain('role="search"');
      expect(html).toContain("data-quick-exit");
      expect(html).toContain('href="tel:+18339001010"');
      expect(html).not.toContain("<script>alert");
      // The query is cut to a sane length before it is echoed.
      const heading = /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1] ?? "";
      expect(heading.length).toBeLessThan(400);
    });
  }

  test("a script tag is shown as text and never runs", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await search(page, "<script>alert(1)</script>");
    await expect(page.locator("main h1")).toHaveText("Results for “<script>alert(1)</script>”");
    await expect(page.getByRole("searchbox").nth(1)).toHaveValue("<script>alert(1)</script>");
    expect(dialogs).toEqual([]);
  });

  test("unknown filter values are ignored, not applied", async ({ request }) => {
    const count = async (query: string) => Number(/role="status">(\d+) result/.exec(await (await request.get(`/search?${query}`)).text())?.[1]);
    const plain = await count("q=help");
    expect(plain).toBeGreaterThan(0);
    expect(await count("q=help&kind=nope&region=mars&audience=__proto__&language=zz&open247=maybe")).toBe(plain);
    // A real filter does change the count, so the comparison above means something.
    expect(await count("q=help&kind=hotlines")).toBeLessThan(plain);
  });
});

test("the page title never contains the query", async ({ page }) => {
  for (const query of ["housing", "he took my passport", "zzzqqq", "kids help phon", "Toronto trafficking lawyer"]) {
    await test.step(`"${query}"`, async () => {
      await page.goto(`/search?q=${encodeURIComponent(query)}&kind=hotlines&open247=1`);
      await page.waitForLoadState("load"); // after hydration, in case a script retitles the tab
      const title = await page.title();
      expect(title).toBe(SEARCH_TITLE);
      for (const word of query.toLowerCase().split(" ")) {
        if (!SEARCH_TITLE.toLowerCase().split(/\W+/).includes(word)) expect(title.toLowerCase()).not.toContain(word);
      }
      // The query is on the page itself, so the title check is not vacuous.
      await expect(page.locator("main h1")).toContainText(query);
    });
  }
});
