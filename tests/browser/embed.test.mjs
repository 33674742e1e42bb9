// Embedding (issues 2 and 6): www/embed.html shows two widgets side by side with different articles (one
// inline, one from `src`); the module adds no global name; host styles do not leak in, and the widget
// is restyled only through its custom properties and parts; `panels`, `date` and `analyzed` work.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { browserSession, repoRoot, waitForAnalysisOf, artifacts } from "./harness.mjs";

const env = browserSession();

async function openEmbed() {
  const page = await env.newPage();
  await page.goto(`${env.base}/www/embed.html`);
  const harbour = await readFile(join(repoRoot, "www", "samples", "harbour.txt"), "utf8");
  await waitForAnalysisOf(page, harbour.length, { selector: "#src-lens" });
  await page.waitForFunction(() => document.querySelector("#inline-lens").analysis !== null);
  return { page, harbour };
}

test("two widgets side by side, each with its own article and panels", async () => {
  const { page, harbour } = await openEmbed();
  const inline = await page.evaluate(() => document.querySelector("#inline-lens").text);
  const fromSrc = await page.evaluate(() => document.querySelector("#src-lens").text);
  assert.equal(fromSrc, harbour);
  assert.match(inline, /^A late frost/);
  assert.doesNotMatch(inline, /^\s|\n {2,}/, "the HTML indentation is removed");
  for (const id of ["#inline-lens", "#src-lens"]) {
    const marks = await page.locator(`${id} .article mark[data-entity]`).allTextContents();
    assert.ok(marks.length >= 3, `${id} has highlighted mentions`);
  }
  const boxes = await Promise.all(["#inline-lens", "#src-lens"].map((id) => page.locator(id).boundingBox()));
  assert.ok(boxes[1].x > boxes[0].x + boxes[0].width - 1, "side by side");
  // panels="entities quotes" on the first, "entities quotes timeline" on the second.
  assert.ok(!(await page.locator('#inline-lens [data-panel="timeline"]').isVisible()));
  assert.ok(await page.locator('#src-lens [data-panel="timeline"]').isVisible());
  assert.ok(!(await page.locator('#src-lens [data-panel="export"]').isVisible()));
  assert.ok(!(await page.locator("#src-lens #input").isVisible()), "not editable");
  assert.equal(await page.locator("#inline-lens #date").inputValue(), "2023-04-18");
  assert.deepEqual(page.errors, []);
  await page.screenshot({ path: join(artifacts, "embed.png"), fullPage: true });
  await page.close();
});

test("the module adds no global name to the page", async () => {
  const page = await env.newPage();
  await page.goto(`${env.base}/www/samples/harbour.txt`);
  const baseline = new Set(await page.evaluate(() => Object.getOwnPropertyNames(window)));
  await page.close();
  const { page: embed } = await openEmbed();
  const names = await embed.evaluate(() => Object.getOwnPropertyNames(window));
  assert.deepEqual(names.filter((n) => !baseline.has(n)), []);
  assert.ok(await embed.evaluate(() => customElements.get("article-lens") !== undefined));
  await embed.close();
});

test("host styles stay out; custom properties and parts restyle the widget", async () => {
  const { page } = await openEmbed();
  // page.css gives buttons a left margin; the widget's own buttons do not get it.
  assert.equal(await page.locator("#src-lens button.entity").first().evaluate((b) => getComputedStyle(b).marginLeft), "0px");
  await page.evaluate(() => {
    document.querySelector("#src-lens").style.setProperty("--al-person-bg", "rgb(255, 0, 0)");
    document.styleSheets[0].insertRule("#inline-lens::part(mention) { outline: 3px solid rgb(0, 128, 0); }");
  });
  const person = await page.locator('#src-lens mark[data-type="PERSON"]').first().evaluate((m) => getComputedStyle(m).backgroundColor);
  assert.equal(person, "rgb(255, 0, 0)");
  const outline = await page.locator("#inline-lens .article mark").first().evaluate((m) => getComputedStyle(m).outlineColor);
  assert.equal(outline, "rgb(0, 128, 0)");
  await page.close();
});

test("the analyzed event hands the analysis to the host; date and text follow changes", async () => {
  const { page } = await openEmbed();
  const detail = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const lens = document.querySelector("#inline-lens");
        document.addEventListener("analyzed", (e) => resolve({ target: e.target.id, detail: e.detail, same: e.detail === lens.analysis }), { once: true });
        lens.setAttribute("date", "2023-05-02");
      }),
  );
  assert.equal(detail.target, "inline-lens");
  assert.equal(detail.detail.referenceDate.value, "2023-05-02");
  assert.equal(detail.detail.referenceDate.source, "given");
  assert.ok(detail.same);
  const length = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const lens = document.querySelector("#inline-lens");
        lens.addEventListener("analyzed", (e) => resolve(e.detail.textLength), { once: true });
        lens.textContent = "Lucia Ferrante met the Ministry of Agriculture in Monteverde.";
      }),
  );
  assert.equal(length, "Lucia Ferrante met the Ministry of Agriculture in Monteverde.".length);
  await page.close();
});

test("a src on another site is refused without a request", async () => {
  const { page } = await openEmbed();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.evaluate(() => document.querySelector("#src-lens").setAttribute("src", "https://example.com/article.txt"));
  await page.locator('#src-lens .status[data-state="error"]').waitFor({ state: "attached" });
  assert.match(await page.locator("#src-lens .status").textContent(), /same site/);
  assert.equal(await page.locator("#src-lens .article mark").count(), 0, "the previous article is not shown under the error");
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.base)), []);
  await page.close();
});
