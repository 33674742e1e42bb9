// Privacy and safety (issue 6): the page requests only its own files, sets no cookies, has a strict
// Content-Security-Policy it never violates, keeps the pasted text across a reload until cleared, and
// shows pasted markup as inert text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserSession, paste, waitForState, waitForAnalysisOf } from "./harness.mjs";

const env = browserSession();

/** Records every request and every CSP violation of `page`. */
function watch(page) {
  const seen = { requests: [], violations: [], dialogs: [] };
  page.on("request", (r) => seen.requests.push(r.url()));
  page.on("dialog", (d) => {
    seen.dialogs.push(d.message());
    d.dismiss();
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.violations.push(m.text());
  });
  return seen;
}

test("only its own files are requested, no cookies, a strict CSP that is never violated", async () => {
  const page = await env.newPage();
  const seen = watch(page);
  await page.goto(`${env.base}/www/`);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*/);
  await paste(page, env.docs[0].text);
  await page.locator("article-lens .article mark").first().hover();
  await page.locator("article-lens button.entity").first().click();
  await page.locator("article-lens #export-format").selectOption("quotes-csv");
  await page.locator("article-lens .export-preview summary").click();
  await page.reload();
  await waitForAnalysisOf(page, env.docs[0].text.length);
  assert.ok(seen.requests.length >= 5);
  for (const url of seen.requests) assert.ok(url.startsWith(`${env.base}/`), `request to ${url}`);
  assert.deepEqual(seen.violations, []);
  assert.deepEqual(await env.context.cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), "");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the pasted text survives a reload, and Clear removes it", async () => {
  const page = await env.newPage();
  await page.goto(`${env.base}/www/`);
  const text = env.docs[1].text;
  await paste(page, text);
  await page.waitForFunction((n) => localStorage.getItem("article-lens:page-lens")?.length === n, text.length);
  await page.reload();
  await waitForAnalysisOf(page, text.length);
  assert.equal(await page.locator("article-lens #input").inputValue(), text);
  await page.locator("article-lens button.clear").click();
  await waitForState(page, "empty");
  await page.waitForFunction(() => localStorage.getItem("article-lens:page-lens") === null);
  await page.reload();
  await waitForState(page, "empty");
  assert.equal(await page.locator("article-lens #input").inputValue(), "");
  await page.close();
});

test("pasted markup stays inert and shows as text", async () => {
  const page = await env.newPage();
  const seen = watch(page);
  await page.goto(`${env.base}/www/`);
  const text =
    'Mayor Dana Whitcombe said: "<img src=x onerror=alert(1)> is not a picture."\n\n' +
    "<script>alert(2)</script> The council of Port Ellis met in March.\n\n" +
    '<a href="javascript:alert(3)">Click here</a> said Amir Haddad. <svg onload=alert(4)></svg>';
  await paste(page, text);
  await page.waitForTimeout(300);
  assert.deepEqual(seen.dialogs, []);
  assert.ok(seen.requests.every((u) => !/\/x$/.test(u)), "no request for the image");
  const article = page.locator("article-lens .article");
  assert.equal(await article.locator("img, script, a, svg, iframe").count(), 0);
  const shown = (await article.textContent()).replace(/\s+/g, "");
  assert.equal(shown, text.replace(/\s+/g, ""));
  // The panels show the same words as text too.
  assert.equal(await page.locator("article-lens .panels img, article-lens .panels script, article-lens .panels a").count(), 0);
  await page.close();
});
