// How it looks (issue 6): readable contrast in light and dark mode, a layout that fits a phone, labelled
// controls; saves screenshots (light, dark, phone) in tests/artifacts/ for a person to look at.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { browserSession, paste, artifacts } from "./harness.mjs";

const env = browserSession();

/** WCAG contrast ratio of two computed `rgb(...)` colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Text and background colours of the widget's main readable parts. */
function colours(page) {
  return page.evaluate(() => {
    const root = document.querySelector("article-lens").shadowRoot;
    const host = getComputedStyle(document.querySelector("article-lens"));
    const pick = (el) => ({ fg: getComputedStyle(el).color, bg: getComputedStyle(el).backgroundColor });
    const out = {};
    for (const type of ["PERSON", "ORG", "LOC"]) out[type] = pick(root.querySelector(`.legend mark[data-type="${type}"]`));
    out.text = { fg: getComputedStyle(root.querySelector(".article")).color, bg: host.backgroundColor };
    out.status = { fg: getComputedStyle(root.querySelector(".status")).color, bg: host.backgroundColor };
    out.label = { fg: getComputedStyle(root.querySelector(".timeline-link .label") ?? root.querySelector(".date-note")).color, bg: getComputedStyle(root.querySelector(".panel")).backgroundColor };
    return out;
  });
}

for (const scheme of ["light", "dark"]) {
  test(`${scheme} mode: readable contrast everywhere, screenshot`, async () => {
    const page = await env.newPage({ colorScheme: scheme });
    await page.goto(`${env.base}/www/`);
    const seed = env.docs.find((d) => d.id === "seed-002");
    await page.locator("article-lens #date").fill(seed.date);
    await paste(page, seed.text);
    const found = await colours(page);
    for (const [part, { fg, bg }] of Object.entries(found)) {
      const ratio = contrast(fg, bg);
      assert.ok(ratio >= 4.5, `${scheme} ${part}: contrast ${ratio.toFixed(2)} (${fg} on ${bg})`);
    }
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector("article-lens")).backgroundColor);
    const lum = bg.match(/\d+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0);
    assert.ok(scheme === "dark" ? lum < 150 : lum > 600, `${scheme} background ${bg}`);
    await page.locator("article-lens .article mark").first().hover();
    await page.screenshot({ path: join(artifacts, `page-${scheme}.png`), fullPage: true });
    await page.close();
  });
}

test("phone width: nothing overflows sideways, panels stack under the text, screenshot", async () => {
  const page = await env.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${env.base}/www/`);
  await paste(page, env.docs.find((d) => d.id === "seed-001").text);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  const text = await page.locator("article-lens .article").boundingBox();
  const panels = await page.locator("article-lens .panels").boundingBox();
  assert.ok(panels.y >= text.y + text.height - 1, "panels under the text");
  assert.ok(text.width > 300);
  await page.screenshot({ path: join(artifacts, "page-phone.png"), fullPage: true });
  await page.close();
});

test("controls have labels and roles for assistive technology", async () => {
  const page = await env.newPage();
  await page.goto(`${env.base}/www/`);
  await paste(page, env.docs[0].text);
  const snapshot = await page.locator("article-lens").ariaSnapshot();
  assert.match(snapshot, /textbox "Article"/);
  assert.match(snapshot, /status/);
  assert.match(snapshot, /region "Article text with highlighted names/);
  assert.match(snapshot, /heading "Names"/);
  assert.match(snapshot, /heading "Quotes"/);
  assert.match(snapshot, /heading "Timeline"/);
  // Every button has a name.
  const unnamed = await page.locator("article-lens button").evaluateAll((els) =>
    els.filter((b) => !b.hidden && !(b.getAttribute("aria-label") || b.textContent.trim())).length,
  );
  assert.equal(unnamed, 0);
  await page.close();
});
