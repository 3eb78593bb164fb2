// WebKit: Debian's WebKitGTK MiniBrowser, driven by WebKitWebDriver over classic WebDriver
// through selenium-webdriver (Playwright's own WebKit cannot be downloaded here, and this
// WebKitWebDriver speaks no BiDi). Requests go through webkit-proxy.ts, MiniBrowser's own
// --proxy: WebKitWebDriver 2.50's `proxy` capability ignores socksProxy and turns sslProxy
// into a TLS connection to the proxy itself. MiniBrowser has no headless mode: it draws into
// a private Xvfb display. Like Firefox, WebKit runs scripts in a page whose navigation is
// pending, and keeps pages in its back/forward cache.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { expect } from "@playwright/test";
import { Capabilities, Key, Origin, WebDriver } from "selenium-webdriver";
import { Executor, HttpClient } from "selenium-webdriver/http";
import { DriverService } from "selenium-webdriver/remote";
import { QUICK_EXIT_URL } from "../../../../lib/site";
import { createHold } from "../hold";
import { addSpy, probe, readSpy, VIEWPORT, type Driver, type Engine, type FirstFrame, type Seen } from "../scenario";
import { OPENSSL, startProxy } from "./webkit-proxy";

const WEBDRIVER = process.env.WEBKIT_WEBDRIVER_PATH ?? "/usr/bin/WebKitWebDriver";
// libwebkit2gtk-4.1-0 puts MiniBrowser under the architecture's library folder.
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? (existsSync("/usr/lib") ? readdirSync("/usr/lib") : [])
  .map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`).find((file) => existsSync(file)) ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const XVFB = "/usr/bin/Xvfb";
// Asked again at once while the page before still shows; on the target, every frame until it paints the exit.
const FIRST_FRAME = `const [target, done] = arguments; const probe = ${probe};
  const check = () => { const at = probe(target); if (at || location.pathname !== target) done(at); else requestAnimationFrame(check); };
  check();`;

export const webkit: Engine = {
  name: "WebKit",
  rounds: 3,
  // About 20 s for both tests on a quiet machine.
  timeout: 120_000,
  serial: true,
  missing() {
    const absent = [WEBDRIVER, MINIBROWSER, XVFB, OPENSSL].filter((file) => !existsSync(file));
    if (absent.length) return `${absent.join(", ")} not found: apt-get install webkit2gtk-driver xvfb openssl (scripts/install-test-deps.sh does), or set WEBKIT_WEBDRIVER_PATH / MINIBROWSER_PATH`;
  },
  launch,
};

/** A private X display; its number as Xvfb reports it once it is ready. */
async function startXvfb() {
  const child = spawn(XVFB, ["-displayfd", "3", "-screen", "0", "1024x900x24", "-nolisten", "tcp"], { stdio: ["ignore", "ignore", "pipe", "pipe"] });
  let errors = "";
  child.stderr!.on("data", (chunk) => (errors += chunk));
  const display = await new Promise<string>((resolve, reject) => {
    child.stdio[3]!.on("data", (chunk: Buffer) => resolve(`:${chunk.toString().trim()}`));
    child.on("exit", (code) => reject(new Error(`Xvfb exited (${code}): ${errors}`)));
  });
  return { display, stop: () => child.kill("SIGKILL") }; // MiniBrowser, if still open, goes with its display
}

async function launch(baseURL: string): Promise<Driver> {
  const [exit, scripts, offsite] = [createHold(), createHold(), [] as string[]];
  const proxy = await startProxy(baseURL, { scripts, exit, offsite });
  const xvfb = await startXvfb().catch((error) => (proxy.close(), Promise.reject(error)));
  const service = new DriverService.Builder(WEBDRIVER).setLoopback(true).setEnvironment({
    ...(process.env as Record<string, string>), DISPLAY: xvfb.display, GDK_BACKEND: "x11", WAYLAND_DISPLAY: "", NO_AT_BRIDGE: "1",
    http_proxy: "", https_proxy: "", HTTP_PROXY: "", HTTPS_PROXY: "", no_proxy: "",
  }).build();
  let session: WebDriver | undefined;
  const close = async () => {
    await session?.quit().catch(() => {});
    await service.kill();
    xvfb.stop();
    exit.release();
    scripts.release();
    proxy.close();
  };
  try {
    const executor = new Executor(new HttpClient(await service.start(10_000)));
    session = WebDriver.createSession(executor, new Capabilities({
      // Commands return at once: a page whose scripts are held back never finishes loading.
      pageLoadStrategy: "none",
      acceptInsecureCerts: true, // the local stand-in for the neutral site's certificate
      timeouts: { script: 10_000, pageLoad: 30_000, implicit: 0 },
      // Full screen hides MiniBrowser's toolbar, which keeps the window at least 447px wide.
      "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation", "--full-screen", `--proxy=${proxy.site}`] },
    }));
    await setViewport(session);
  } catch (error) {
    await close();
    throw error;
  }
  const browser = session;
  // Asks until the answer is truthy. A failed probe (the page changing under it) is asked
  // again; the last error is in the timeout's message.
  const until = <T>(probe: () => Promise<T | null | undefined | false>, ms: number, what: string, every = 50) => {
    let last = "none";
    const ask = () => probe().catch((error: Error) => void (last = `${error.name}: ${error.message}`));
    return browser.wait(ask, ms, undefined, every).catch((error: Error) => {
      throw new Error(`waiting for ${what}: ${error.message}; last error: ${last}`);
    }) as Promise<T>;
  };

  return {
    offsite,
    async load(path) {
      await browser.get(proxy.site + path); // returns at once: see pageLoadStrategy
      await until(async () => {
        const [href, state] = await browser.executeScript<string[]>(() => [location.href, document.readyState]);
        if (href !== proxy.site + path || state === "loading") throw new Error(`${href} ${state}`);
        return true;
      }, 30_000, `${path} to load`);
    },
    async hold(held) {
      scripts.start(held);
      exit.start();
    },
    async firstFrame(path) {
      await browser.get(proxy.site + path);
      const at = await until(() => browser.executeAsyncScript<FirstFrame | null>(FIRST_FRAME, path), 30_000, `${path} to paint its exit`, 20);
      await browser.executeScript(addSpy, null);
      return at;
    },
    tap: ({ x, y }) => browser.actions({ async: true }).move({ x: Math.round(x), y: Math.round(y), duration: 0, origin: Origin.VIEWPORT }).press().release().perform(),
    // One press per command, as in the other engines.
    pressShift: () => browser.actions({ async: true }).keyDown(Key.SHIFT).keyUp(Key.SHIFT).perform(),
    async seen(events) {
      const spy = () => browser.executeScript<Seen[]>(readSpy);
      await expect.poll(async () => (await spy()).length, { timeout: 10_000 }).toBe(events).catch(() => {});
      return spy();
    },
    release: async () => (exit.release(), scripts.release()),
    title: () => browser.getTitle(),
    async back() {
      await browser.navigate().back();
      return until(async () => {
        const url = await browser.getCurrentUrl();
        return url.startsWith(QUICK_EXIT_URL) ? undefined : url;
      }, 30_000, "Back to leave the neutral site");
    },
    close,
  };
}

/** The window is sized so that the page gets the phone's viewport. */
async function setViewport(session: WebDriver) {
  const inner = () => session.executeScript<typeof VIEWPORT>(() => ({ width: innerWidth, height: innerHeight }));
  let rect = { ...VIEWPORT };
  for (let attempt = 0; attempt < 3; attempt++) {
    await session.manage().window().setRect(rect);
    const { width, height } = await inner();
    if (width === VIEWPORT.width && height === VIEWPORT.height) return;
    rect = { width: rect.width + VIEWPORT.width - width, height: rect.height + VIEWPORT.height - height };
  }
  expect(await inner(), "MiniBrowser's viewport").toEqual(VIEWPORT);
}
