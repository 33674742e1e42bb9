// Export (issue 6): the Analysis as JSON, CSV of entities and of quotes, TimelineJS JSON; copy and download.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { browserSession, paste, analysisOf } from "./harness.mjs";

const env = browserSession();

/** A small RFC 4180 reader, enough to check what the widget writes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

/** The export in `format`, as the Download button saves it. */
async function exported(page, format) {
  await page.locator("article-lens #export-format").selectOption(format);
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("article-lens button.download").click()]);
  return readFile(await download.path(), "utf8");
}

test("the four export formats hold the analysis", async () => {
  const page = await env.newPage();
  await page.goto(`${env.base}/www/`);
  const seed = env.docs.find((d) => d.id === "seed-002");
  await page.locator("article-lens #date").fill(seed.date);
  await paste(page, seed.text);
  const analysis = await analysisOf(page);

  assert.deepEqual(JSON.parse(await exported(page, "json")), analysis);

  const entities = parseCsv(await exported(page, "entities-csv"));
  assert.deepEqual(entities[0], ["id", "type", "name", "mentions", "first_offset"]);
  assert.deepEqual(entities.slice(1).map((r) => [r[0], r[1], r[2], Number(r[3])]), analysis.entities.map((e) => [e.id, e.type, e.name, e.mentions]));

  const quotes = parseCsv(await exported(page, "quotes-csv"));
  assert.deepEqual(quotes[0], ["start", "end", "speaker", "speaker_name", "cue", "quote"]);
  assert.equal(quotes.length - 1, analysis.quotes.length);
  quotes.slice(1).forEach((r, i) => {
    const q = analysis.quotes[i];
    assert.equal(Number(r[0]), q.start);
    assert.equal(r[5].replace(/^'/, ""), seed.text.slice(q.start, q.end));
  });

  const timeline = JSON.parse(await exported(page, "timelinejs"));
  assert.equal(timeline.events.length, analysis.timeline.length);
  timeline.events.forEach((e, i) => {
    assert.equal(e.start_date.year, analysis.timeline[i].value.slice(0, 4));
    assert.doesNotMatch(e.text.headline, /</);
  });
  await page.close();
});

test("Copy puts the export on the clipboard; the preview shows it", async () => {
  const page = await env.newPage();
  await env.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.base });
  await page.goto(`${env.base}/www/`);
  await paste(page, env.docs[0].text);
  await page.locator("article-lens #export-format").selectOption("entities-csv");
  await page.locator("article-lens button.copy").click();
  await page.waitForFunction(() => /Copied/.test(document.querySelector("article-lens").shadowRoot.querySelector(".status").textContent));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const saved = await exported(page, "entities-csv");
  assert.equal(copied, saved);
  assert.match(saved, /^id,type,name,mentions,first_offset\r\n/);
  await page.locator("article-lens .export-preview summary").click();
  await page.waitForFunction(() => document.querySelector("article-lens").shadowRoot.querySelector(".export-output").value !== "");
  // A text area shows line breaks as \n whatever they were.
  assert.equal(await page.locator("article-lens .export-output").inputValue(), saved.replace(/\r\n/g, "\n"));
  await page.close();
});
