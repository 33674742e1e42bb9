// Reading the results (issue 6): legend, entity card on hover and focus, selecting an entity, the entity
// list by type and prominence, quotes by speaker linked to the text, the sources view, the timeline tied
// back to the text, the reference date field, keyboard navigation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserSession, paste, analysisOf, textOf, waitInViewport, waitForAnalysisOf } from "./harness.mjs";

const env = browserSession();

async function pageWith(id, { date } = {}) {
  const page = await env.newPage();
  await page.goto(`${env.base}/www/`);
  const seed = env.docs.find((d) => d.id === id);
  if (date) await page.locator("article-lens #date").fill(date);
  await paste(page, seed.text);
  return { page, seed, analysis: await analysisOf(page) };
}

test("the legend names the three types and quotes, styled like the text", async () => {
  const { page } = await pageWith("seed-000");
  const legend = await page.locator("article-lens .legend mark").evaluateAll((els) =>
    els.map((m) => ({ type: m.dataset.type, text: m.textContent, bg: getComputedStyle(m).backgroundColor })),
  );
  assert.deepEqual(legend.map((l) => l.type), ["PERSON", "ORG", "LOC"]);
  assert.equal(new Set(legend.map((l) => l.bg)).size, 3, "each type has its own colour");
  const markBg = await page.locator("article-lens .article mark[data-type]").first().evaluate((m) => [m.dataset.type, getComputedStyle(m).backgroundColor]);
  assert.equal(markBg[1], legend.find((l) => l.type === markBg[0]).bg);
  const quoteBg = (selector) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const swatch = await quoteBg("article-lens .legend .quote");
  assert.equal(swatch, await quoteBg("article-lens .article .quote"), "the quote swatch looks like a quote in the text");
  assert.ok(!legend.some((l) => l.bg === swatch), "quotes are told apart from names");
  await page.close();
});

test("hovering or focusing a mention shows its entity: name, type, mentions, quotes", async () => {
  const { page, analysis } = await pageWith("seed-000");
  const mark = page.locator("article-lens .article mark[data-entity]").first();
  const id = await mark.getAttribute("data-entity");
  const entity = analysis.entities.find((e) => e.id === id);
  await mark.hover();
  const card = page.locator("article-lens .card");
  await card.waitFor({ state: "visible" });
  const shown = await card.textContent();
  assert.ok(shown.includes(entity.name), `card "${shown}" lacks ${entity.name}`);
  assert.match(shown, new RegExp(`${entity.mentions} mentions?`));
  assert.match(shown, /person|organization|place/);
  const quotes = analysis.quotes.filter((q) => q.speaker === id).length;
  if (quotes) assert.match(shown, new RegExp(`${quotes} quotes?`));
  await page.mouse.move(0, 0);
  await card.waitFor({ state: "hidden" });
  await page.close();
});

test("clicking an entity in the list highlights all its mentions and scrolls to the first", async () => {
  const { page, analysis } = await pageWith("seed-001");
  const top = [...analysis.entities].sort((a, b) => b.mentions - a.mentions)[0];
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.locator(`article-lens button.entity[data-entity="${top.id}"]`).first().click();
  const selected = await page.locator("article-lens .article mark[data-selected]").evaluateAll((els) => els.map((m) => m.dataset.entity));
  const all = await page.locator(`article-lens .article mark[data-entity="${top.id}"]`).count();
  assert.ok(selected.length >= top.mentions && selected.length === all, `${selected.length} selected of ${all}`);
  assert.ok(selected.every((e) => e === top.id));
  assert.equal(await page.locator(`article-lens button.entity[data-entity="${top.id}"][aria-pressed="true"]`).count(), 1);
  await waitInViewport(page.locator(`article-lens .article mark[data-entity="${top.id}"]`));
  // A click on a mention in the text selects its entity too.
  const other = page.locator(`article-lens .article mark[data-entity]:not([data-entity="${top.id}"])`).first();
  const otherId = await other.getAttribute("data-entity");
  await other.click();
  const now = await page.locator("article-lens .article mark[data-selected]").evaluateAll((els) => [...new Set(els.map((m) => m.dataset.entity))]);
  assert.deepEqual(now, [otherId]);
  await page.close();
});

test("the entity list is grouped by type and ordered by prominence", async () => {
  const { page, analysis } = await pageWith("seed-002", { date: "2022-08-02" });
  const groups = await page.locator("article-lens .entity-group").evaluateAll((els) =>
    els.map((g) => ({
      type: g.dataset.type,
      items: [...g.querySelectorAll("button.entity")].map((b) => ({ id: b.dataset.entity, type: b.dataset.type })),
    })),
  );
  const order = ["PERSON", "ORG", "LOC"];
  assert.deepEqual(groups.map((g) => g.type), order.filter((t) => analysis.entities.some((e) => e.type === t)));
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  for (const g of groups) {
    const counts = g.items.map((i) => byId.get(i.id).mentions);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), `${g.type} not by prominence`);
    assert.ok(g.items.every((i) => i.type === g.type && byId.get(i.id).type === g.type));
  }
  await page.close();
});

test("quotes are grouped by speaker and each one shows its place in the text", async () => {
  const { page, analysis, seed } = await pageWith("seed-001");
  assert.ok(analysis.quotes.length > 0, "seed 001 has quotes");
  const groups = await page.locator('article-lens [data-panel="quotes"] .speaker-group').evaluateAll((els) =>
    els.map((g) => [...g.querySelectorAll("li[data-speaker]")].map((li) => li.dataset.speaker)),
  );
  for (const g of groups) assert.equal(new Set(g).size, 1, "one speaker per group");
  const speakers = groups.map((g) => g[0]);
  assert.equal(new Set(speakers).size, speakers.length, "one group per speaker");
  const link = page.locator('article-lens [data-panel="quotes"] button.quote-link').first();
  const index = Number(await link.getAttribute("data-quote"));
  await link.click();
  const focused = page.locator(`article-lens .article .quote[data-focus]`);
  await waitInViewport(focused);
  const shown = (await focused.allTextContents()).join("");
  const q = analysis.quotes[index];
  assert.equal(shown.replace(/\s+/g, ""), seed.text.slice(q.start, q.end).replace(/\s+/g, ""));
  const title = await focused.first().getAttribute("title");
  assert.equal(title, q.speakerName ? `Quote: ${q.speakerName}` : "Quote: speaker not named", "the quote in the text names its speaker on hover");
  await page.close();
});

test("the sources view counts quotes per named speaker and lists unnamed ones apart", async () => {
  const { page, analysis } = await pageWith("seed-001");
  const rows = await page.locator("article-lens table.sources tbody tr").evaluateAll((els) =>
    els.map((tr) => [tr.dataset.source, Number(tr.querySelector("td").textContent)]),
  );
  const expected = new Map();
  for (const q of analysis.quotes) if (q.speaker) expected.set(q.speaker, (expected.get(q.speaker) ?? 0) + 1);
  assert.deepEqual(new Map(rows), expected);
  const unnamed = analysis.quotes.filter((q) => !q.speaker).length;
  assert.equal(await page.locator('article-lens [data-panel="sources"] .unnamed li[data-speaker=""]').count(), Math.min(unnamed, 10));
  await page.close();
});

test("a click on a timeline item shows its sentence in the text", async () => {
  const { page, analysis, seed } = await pageWith("seed-002", { date: "2022-08-02" });
  assert.ok(analysis.timeline.length > 1);
  for (const [selector, i] of [['article-lens .timeline-list button[data-item="1"]', 1], ['article-lens svg.strip .dot[data-item="0"]', 0]]) {
    await page.locator(selector).click();
    const highlighted = await page.evaluate(() => CSS.highlights.get("article-lens-focus")?.values().next().value?.toString());
    const item = analysis.timeline[i];
    assert.equal(highlighted?.replace(/\s+/g, " "), seed.text.slice(item.start, item.end).replace(/\s+/g, " "));
    assert.equal(await page.locator(`article-lens .timeline-list li[data-item="${i}"]`).getAttribute("aria-current"), "true");
  }
  // The strip's dots work from the keyboard too.
  const dot = page.locator("article-lens svg.strip .dot").last();
  const item = await dot.getAttribute("data-item");
  await dot.focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.locator(`article-lens .timeline-list li[data-item="${item}"]`).getAttribute("aria-current"), "true");
  await page.close();
});

test("changing the reference date changes a resolved value, and the page says where the date came from", async () => {
  const page = await env.newPage();
  await page.goto(`${env.base}/www/`);
  const text = "The council met on Monday to discuss the bridge. Mayor Dana Whitcombe said the repairs would start soon.";
  await page.locator("article-lens #date").fill("2022-08-02");
  await paste(page, text);
  const note = page.locator("article-lens .date-note");
  const before = await analysisOf(page);
  assert.equal(before.referenceDate.source, "given");
  assert.equal(await note.getAttribute("data-source"), "given");
  assert.match(await note.textContent(), /given/);
  const monday = before.times.find((t) => text.slice(t.start, t.end) === "Monday");
  assert.ok(monday?.value, "Monday is resolved");
  await page.locator("article-lens #date").fill("2022-08-10");
  await page.waitForFunction((v) => document.querySelector("article-lens").analysis?.referenceDate.value === v, "2022-08-10");
  const after = await analysisOf(page);
  const mondayAfter = after.times.find((t) => t.start === monday.start);
  assert.notEqual(mondayAfter.value, monday.value);
  assert.ok(after.timeline.length <= 8, "the whole timeline is listed");
  assert.deepEqual(
    await page.locator("article-lens [data-date]").evaluateAll((els) => els.map((e) => e.dataset.date)),
    after.timeline.map((t) => t.value),
  );
  // Without a date the note says whether one was inferred or none was found.
  await page.locator("article-lens #date").fill("");
  await page.waitForFunction(() => document.querySelector("article-lens").analysis?.referenceDate.source !== "given");
  const none = await analysisOf(page);
  assert.equal(await note.getAttribute("data-source"), none.referenceDate.source);
  assert.match(await note.textContent(), none.referenceDate.value ? /inferred from/ : /No reference date/);
  await page.close();
});

test("keyboard: arrows move between mentions, Enter selects the entity, Escape clears", async () => {
  const { page } = await pageWith("seed-000");
  await page.locator("article-lens .article").focus();
  await page.keyboard.press("ArrowRight");
  const first = await page.evaluate(() => {
    const root = document.querySelector("article-lens").shadowRoot;
    return root.activeElement?.matches("mark[data-entity]") ? root.activeElement.dataset.entity : null;
  });
  assert.ok(first, "a mention has the focus");
  await page.locator("article-lens .card").waitFor({ state: "visible" });
  await page.keyboard.press("ArrowRight");
  const second = await page.evaluate(() => document.querySelector("article-lens").shadowRoot.activeElement?.dataset.mention);
  assert.equal(second, "1");
  await page.keyboard.press("Enter");
  const selected = await page.locator("article-lens .article mark[data-selected]").count();
  assert.ok(selected >= 1);
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("article-lens .article mark[data-selected]").count(), 0);
  await page.close();
});

test("typing updates the analysis without a button", async () => {
  const page = await env.newPage();
  await page.goto(`${env.base}/www/`);
  await page.locator("article-lens button.clear").click();
  await page.locator("article-lens #input").pressSequentially("Angela Merkel visited Paris. ");
  await waitForAnalysisOf(page, "Angela Merkel visited Paris. ".length);
  assert.equal(await textOf(page), "Angela Merkel visited Paris. ");
  assert.ok((await page.locator("article-lens .article mark[data-entity]").count()) >= 1);
  assert.equal(await page.locator("article-lens button:text-is('Analyze')").count(), 0);
  await page.close();
});
