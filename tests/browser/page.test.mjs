// The page (issue 2): paste seed 000 and see the mentions highlighted and grouped by entity, the quotes
// with their speakers, and a timeline; a screenshot is saved in tests/artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readFile } from "node:fs/promises";
import { browserSession, paste, artifacts, repoRoot, waitForAnalysisOf } from "./harness.mjs";

const env = browserSession();

/** Every highlighted mention in the widget: its text, type and entity id. */
function marks(page) {
  return page.locator("article-lens mark[data-type][data-entity]").evaluateAll((els) =>
    els.map((m) => ({ text: m.textContent, type: m.dataset.type, entity: m.dataset.entity })),
  );
}

test("seed 000: mentions highlighted and grouped by entity, quotes with speakers", async () => {
  const page = await env.newPage();
  await page.goto(`${env.base}/www/`);
  const seed = env.docs.find((d) => d.id === "seed-000");
  await paste(page, seed.text);

  const found = await marks(page);
  assert.ok(found.length >= 5, `expected highlighted mentions, got ${found.length}`);
  const typeOf = new Map();
  for (const m of found) {
    assert.match(m.type, /^(PERSON|ORG|LOC)$/);
    assert.equal(typeOf.get(m.entity) ?? m.type, m.type, `entity ${m.entity} has marks of two types`);
    typeOf.set(m.entity, m.type);
    assert.ok(seed.text.includes(m.text), `mark text "${m.text}" is not from the article`);
  }
  // The marks' text is the article's text, unchanged.
  const shown = await page.locator("article-lens .article").evaluate((el) => el.textContent.replace(/\s+/g, ""));
  assert.equal(shown, seed.text.replace(/\s+/g, ""));

  const quotes = await page.locator("article-lens [data-speaker]").evaluateAll((els) =>
    els.map((q) => ({ speaker: q.dataset.speaker, text: q.textContent })),
  );
  assert.ok(quotes.length >= 1, "expected quotes with data-speaker");
  for (const q of quotes) assert.ok(q.speaker === "" || typeOf.has(q.speaker), `unknown speaker ${q.speaker}`);

  assert.deepEqual(page.errors, []);
  await page.screenshot({ path: join(artifacts, "page-seed-000.png"), fullPage: true });
  await page.close();
});

test("seed 000: al-Maliki highlighted as one PERSON entity, a quote attributed to Al-Kazemi", async () => {
  const page = await env.newPage();
  await page.goto(`${env.base}/www/`);
  await paste(page, env.docs.find((d) => d.id === "seed-000").text);
  const entities = await page.evaluate(() => document.querySelector("article-lens").analysis.entities);
  const maliki = entities.filter((e) => /Maliki$/.test(e.name));
  assert.equal(maliki.length, 1, `one entity named …Maliki, got ${JSON.stringify(maliki)}`);
  assert.equal(maliki[0].type, "PERSON");
  const malikiMarks = (await marks(page)).filter((m) => m.text.includes("Maliki"));
  assert.ok(malikiMarks.length >= 4, `expected al-Maliki's mentions highlighted, got ${malikiMarks.length}`);
  for (const m of malikiMarks) {
    assert.equal(m.entity, maliki[0].id);
    assert.equal(m.type, "PERSON");
  }

  const names = new Map(entities.map((e) => [e.id, e.name]));
  const speakers = await page.locator("article-lens li[data-speaker]").evaluateAll((els) => els.map((q) => q.dataset.speaker));
  assert.ok(
    speakers.some((id) => /Kazemi/.test(names.get(id) ?? "")),
    `no quote attributed to Al-Kazemi; speakers: ${speakers.map((id) => names.get(id) ?? "(none)").join(", ")}`,
  );
  await page.close();
});

// Seed 000 has no calendar date at all (its only time expression is "recently"), so the timeline is
// checked on seed 002, which has its publication date and many dates.
test("seed 002: the timeline lists dated items with data-date", async () => {
  const page = await env.newPage();
  await page.goto(`${env.base}/www/`);
  const seed = env.docs.find((d) => d.id === "seed-002");
  await page.locator("article-lens input[type=date]").fill(seed.date);
  await paste(page, seed.text);
  const analysis = await page.evaluate(() => document.querySelector("article-lens").analysis);
  assert.equal(analysis.referenceDate.value, seed.date);
  assert.equal(analysis.referenceDate.source, "given");
  const more = page.locator('article-lens [data-panel="timeline"] button.more');
  if (await more.count()) await more.click();
  const dates = await page.locator("article-lens [data-date]").evaluateAll((els) => els.map((el) => el.dataset.date));
  assert.ok(dates.length >= 1, "expected timeline items");
  assert.deepEqual(dates, analysis.timeline.map((t) => t.value));
  for (const d of dates) assert.match(d, /^\d/);
  assert.equal(await page.locator("article-lens svg.strip .dot").count(), dates.length);
  await page.close();
});

test("the example button loads the sample article into the editor", async () => {
  const page = await env.newPage();
  await page.goto(`${env.base}/www/`);
  await page.locator("#example").click();
  const sample = await readFile(join(repoRoot, "www", "samples", "harbour.txt"), "utf8");
  await waitForAnalysisOf(page, sample.length);
  assert.equal(await page.locator("article-lens #input").inputValue(), sample);
  await page.close();
});
