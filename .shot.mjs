import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] });
const [, , ...paths] = process.argv;
for (const spec of paths) {
  const [p, w = "375", scheme = "light"] = spec.split("@");
  const ctx = await browser.newContext({ viewport: { width: +w, height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto("http://127.0.0.1:3000" + p);
  const name = `/tmp/shots/${(p.replace(/\W+/g, "_") || "home")}_${w}_${scheme}.png`;
  await page.screenshot({ path: name, fullPage: true });
  console.log(name);
  await ctx.close();
}
await browser.close();
