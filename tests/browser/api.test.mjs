// The JavaScript API (issue 2): `analyze(text, {date})` exported by www/article-lens.js gives the plain
// Analysis object, the same one the widget shows; without Web Workers it runs on the main thread.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserSession, paste, analysisOf } from "./harness.mjs";

const env = browserSession();

test("analyze(text, {date}) resolves to the Analysis the widget shows", async () => {
  const page = await env.newPage();
  await page.goto(`${env.base}/www/`);
  const seed = env.docs.find((d) => d.id === "seed-002");
  await page.locator("article-lens #date").fill(seed.date);
  await paste(page, seed.text);
  const shown = await analysisOf(page);
  const direct = await page.evaluate(
    async ([text, date]) => {
      const { analyze } = await import("./article-lens.js");
      const a = await analyze(text, { date });
      return { a, plain: Object.getPrototypeOf(a) === Object.prototype };
    },
    [seed.text, seed.date],
  );
  assert.ok(direct.plain, "a plain object");
  assert.deepEqual(Object.keys(direct.a).sort(), ["entities", "mentions", "quotes", "referenceDate", "textLength", "timeline", "times"]);
  assert.deepEqual(direct.a, shown);
  await page.close();
});

test("without Web Workers the widget analyzes on the main thread", async () => {
  const page = await env.newPage();
  await page.addInitScript(() => {
    delete window.Worker;
  });
  await page.goto(`${env.base}/www/`);
  await paste(page, env.docs[0].text);
  assert.ok((await page.locator("article-lens .article mark[data-entity]").count()) > 0);
  assert.equal(page.workers().length, 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});
