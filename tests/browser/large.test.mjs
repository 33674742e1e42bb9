// Bad and big input (issues 2 and 6): empty text and text over the limit get a clear message and the text
// is kept; a 2 MB paste is analyzed in a Web Worker with a progress state while the page keeps painting.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserSession, waitForState } from "./harness.mjs";

const env = browserSession();

/** A text of exactly `length` UTF-16 units made of the seed articles. */
function bigText(length) {
  const unit = env.docs.map((d) => d.text).join("\n\n") + "\n\n";
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

test("an empty text gets a message, not a blank widget", async () => {
  const page = await env.newPage();
  await page.goto(`${env.base}/www/`);
  await page.locator("article-lens button.clear").click();
  await waitForState(page, "empty");
  const message = await page.locator("article-lens .status").textContent();
  assert.match(message, /paste an article/i);
  await page.locator("article-lens #input").fill("   \n\n  ");
  await waitForState(page, "empty");
  assert.equal(await page.locator("article-lens .article mark").count(), 0);
  await page.close();
});

test("a text over the size limit gets a message and stays in the editor", async () => {
  const page = await env.newPage();
  await page.goto(`${env.base}/www/`);
  const limit = await page.evaluate(async () => (await import("./article-lens.js")).MAX_TEXT_LENGTH);
  assert.equal(limit, 5_000_000);
  await page.locator("article-lens #input").evaluate((el, n) => {
    el.value = "word ".repeat(Math.ceil(n / 5)).slice(0, n);
    el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, limit + 1);
  await waitForState(page, "error");
  assert.match(await page.locator("article-lens .status").textContent(), /5,000,001 characters.*limit is 5,000,000/);
  assert.equal(await page.evaluate(() => document.querySelector("article-lens").text.length), limit + 1);
  // The editor is hidden for such a text, with a way to show it; Clear empties it.
  assert.ok(await page.locator("article-lens .large-note").isVisible());
  assert.ok(!(await page.locator("article-lens #input").isVisible()));
  // The JavaScript API refuses it with a typed error.
  const error = await page.evaluate(async (n) => {
    const { analyze } = await import("./article-lens.js");
    return analyze("x".repeat(n)).then(() => null, (e) => [e.name, e.code]);
  }, limit + 1);
  assert.deepEqual(error, ["InputError", "too-long"]);
  await page.locator("article-lens button.show-text").click();
  assert.ok(await page.locator("article-lens #input").isVisible());
  assert.equal(await page.locator("article-lens #input").evaluate((el) => el.value.length), limit + 1);
  await page.locator("article-lens button.clear").click();
  await waitForState(page, "empty");
  assert.ok(await page.locator("article-lens #input").isVisible());
  assert.ok(!(await page.locator("article-lens .large-note").isVisible()));
  await page.close();
});

test("a 2 MB paste is analyzed in a worker, shows progress, and never stops the page painting", async () => {
  const page = await env.newPage();
  await env.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.base });
  await page.goto(`${env.base}/www/`);
  await page.locator("article-lens button.clear").click();
  await waitForState(page, "empty");
  const text = bigText(2_000_000);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator("article-lens #input").focus();
  await page.evaluate(() => {
    const lens = document.querySelector("article-lens");
    const status = lens.shadowRoot.querySelector(".status");
    const bar = status.querySelector("progress");
    window.watch = { gaps: [], busyWithProgress: false, running: true };
    new MutationObserver(() => {
      if (status.dataset.state === "busy" && !bar.hidden) window.watch.busyWithProgress = true;
    }).observe(status, { attributes: true, subtree: true, childList: true });
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      window.watch.gaps.push(now - last);
      last = now;
      if (window.watch.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.watch.done = new Promise((ok) =>
      lens.addEventListener("analyzed", (e) => {
        window.watch.running = false;
        ok(e.detail.textLength);
      }, { once: true }),
    );
  });
  await page.keyboard.press("Control+V");
  const length = await page.evaluate(() => window.watch.done);
  assert.equal(length, 2_000_000);
  const watch = await page.evaluate(() => ({ gaps: window.watch.gaps, busy: window.watch.busyWithProgress }));
  assert.ok(watch.busy, "a progress state was shown");
  const worst = Math.max(...watch.gaps);
  const long = watch.gaps.filter((g) => g > 100).map(Math.round);
  assert.ok(worst < 200, `a frame gap of ${Math.round(worst)} ms (gaps over 100 ms: ${long.join(", ")}; ${watch.gaps.length} frames)`);
  assert.ok(page.workers().some((w) => w.url().endsWith("/www/worker.js")), "the analysis ran in the worker");
  assert.ok((await page.locator("article-lens .article mark").count()) > 1000);
  await page.close();
});
