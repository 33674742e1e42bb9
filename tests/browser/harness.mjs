// Shared set-up of the browser tests: the static server on a free port, Debian's Chromium driven by
// playwright-core in a fresh profile, and the evaluation seeds. No browser is downloaded.
import { mkdtemp, rm, readFile, mkdir, access } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { serve } from "../../tools/serve.mjs";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const artifacts = join(repoRoot, "tests", "artifacts");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Starts the server and a browser; returns {base, browser, newPage, close}. */
export async function start() {
  await access(join(repoRoot, "pkg", "article_lens_bg.wasm")).catch(() => {
    throw new Error("pkg/ is not built: run `make build` first");
  });
  const server = await serve({ port: 0 });
  const base = `http://127.0.0.1:${server.address().port}`;
  const profile = await mkdtemp(join(tmpdir(), "article-lens-browser-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  await mkdir(artifacts, { recursive: true });
  return {
    base,
    context,
    /** A fresh page; `options.colorScheme` and `options.viewport` set the emulation. */
    async newPage({ colorScheme = "light", viewport } = {}) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      if (viewport) await page.setViewportSize(viewport);
      const errors = [];
      page.on("pageerror", (e) => errors.push(e));
      page.errors = errors;
      return page;
    },
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The set-up of one test file: starts the server and a browser before its tests and stops them after.
 * The returned object receives `start()`'s fields (`base`, `context`, `newPage`, `close`) and `docs`
 * (the seed documents) once `before` has run.
 */
export function browserSession() {
  const session = {};
  before(async () => Object.assign(session, await start(), { docs: await seeds() }));
  after(() => session.close?.());
  return session;
}

/** The seed documents of the evaluation set (`../shared/eval/seeds.jsonl` beside the repository). */
export async function seeds() {
  const raw = await readFile(join(repoRoot, "..", "shared", "eval", "seeds.jsonl"), "utf8");
  return raw.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/** Puts `text` into the page widget's editor as a paste would (an input event), then waits until it is shown. */
export async function paste(page, text, { selector = "article-lens" } = {}) {
  await page.locator(`${selector} #input`).evaluate((el, value) => {
    el.value = value;
    el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, text);
  await waitForAnalysisOf(page, text.length, { selector });
}

/** Waits until the widget shows the analysis of a text of `length` UTF-16 units. */
export async function waitForAnalysisOf(page, length, { selector = "article-lens", timeout = 15000 } = {}) {
  await page.waitForFunction(
    ([sel, n]) => {
      const el = document.querySelector(sel);
      return el?.analysis?.textLength === n && el.shadowRoot.querySelector(".status").dataset.state === "done";
    },
    [selector, length],
    { timeout },
  );
}

/** Waits until the widget's status says `state` (empty, busy, done, error). */
export async function waitForState(page, state, { selector = "article-lens", timeout = 15000 } = {}) {
  await page.locator(`${selector} .status[data-state="${state}"]`).waitFor({ state: "attached", timeout });
}

/** The Analysis the widget shows. */
export function analysisOf(page, selector = "article-lens") {
  return page.evaluate((sel) => document.querySelector(sel).analysis, selector);
}

/** The text the widget analyzed. */
export function textOf(page, selector = "article-lens") {
  return page.evaluate((sel) => document.querySelector(sel).text, selector);
}

/** Waits until `locator`'s first element is inside the viewport. */
export async function waitInViewport(locator, timeout = 5000) {
  await locator.first().evaluate(
    (el, ms) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("not scrolled into view")), ms);
        const io = new IntersectionObserver((entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            clearTimeout(timer);
            io.disconnect();
            resolve();
          }
        });
        io.observe(el);
      }),
    timeout,
  );
}
