// The widget's pure helpers, run under Node without a browser: TIMEX3 values on the calendar and in
// words, CSV fields, and how the text is cut into paragraph blocks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { timexSpan, formatTimex, shownLabel } from "../../www/timeline.js";
import { csvField } from "../../www/export.js";
import { blocksOf } from "../../www/text-view.js";

const day = (s) => Date.parse(`${s}T00:00:00Z`);

test("timexSpan places TIMEX3 values on the calendar", () => {
  assert.deepEqual(timexSpan("2022-07-31"), { from: day("2022-07-31"), to: day("2022-08-01") });
  assert.deepEqual(timexSpan("2021-10"), { from: day("2021-10-01"), to: day("2021-11-01") });
  assert.deepEqual(timexSpan("2008"), { from: day("2008-01-01"), to: day("2009-01-01") });
  // ISO week 31 of 2022 runs from Monday 1 August; week 1 of 2021 from Monday 4 January.
  assert.deepEqual(timexSpan("2022-W31"), { from: day("2022-08-01"), to: day("2022-08-08") });
  assert.equal(timexSpan("2021-W01").from, day("2021-01-04"));
  assert.equal(timexSpan("2022-W30-WE").from, day("2022-07-25"));
  assert.deepEqual(timexSpan("2022-SU"), { from: day("2022-06-01"), to: day("2022-09-01") });
  assert.deepEqual(timexSpan("199X"), { from: day("1990-01-01"), to: day("2000-01-01") });
  assert.deepEqual(timexSpan("2021-H2"), { from: day("2021-07-01"), to: day("2022-01-01") });
  assert.deepEqual(timexSpan("18XX"), { from: day("1800-01-01"), to: day("1900-01-01") });
  assert.equal(timexSpan("PAST_REF"), null);
  assert.equal(timexSpan(null), null);
});

test("shownLabel marks a shortened label with one ellipsis", () => {
  assert.equal(shownLabel({ label: "Talks collapsed", start: 0, end: 30 }), "Talks collapsed…");
  assert.equal(shownLabel({ label: "the firm would publish its full…", start: 0, end: 60 }), "the firm would publish its full…");
  assert.equal(shownLabel({ label: "Talks collapsed.", start: 10, end: 26 }), "Talks collapsed.");
});

test("formatTimex says a value in words", () => {
  assert.equal(formatTimex("2022-08-01"), "1 Aug 2022");
  assert.equal(formatTimex("2021-10"), "Oct 2021");
  assert.equal(formatTimex("2022-W31"), "week 31, 2022");
  assert.equal(formatTimex("2022-SU"), "summer 2022");
  assert.equal(formatTimex("2021-H1"), "first half of 2021");
  assert.equal(formatTimex("18XX"), "the 1800s");
  assert.equal(formatTimex("199X"), "the 1990s");
  assert.equal(formatTimex("2014"), "2014");
});

test("csvField quotes what needs quoting and defuses spreadsheet formulas", () => {
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField('say "hi", then go'), '"say ""hi"", then go"');
  assert.equal(csvField("two\nlines"), '"two\nlines"');
  assert.equal(csvField("=HYPERLINK(1)"), "'=HYPERLINK(1)");
  assert.equal(csvField(null), "");
  assert.equal(csvField(12), "12");
});

test("blocksOf cuts paragraphs at blank lines and long ones at line breaks", () => {
  const text = "One.\n\nTwo\nlines.\r\n\r\nThree.";
  assert.deepEqual(blocksOf(text).map((b) => text.slice(b.start, b.end)), ["One.", "Two\nlines.", "Three."]);
  const long = ("word ".repeat(1000) + "\n").repeat(10);
  const blocks = blocksOf(long);
  assert.ok(blocks.length > 1);
  assert.ok(blocks.every((b) => b.end - b.start <= 20_000));
  assert.equal(blocks.map((b) => long.slice(b.start, b.end)).join(""), long);
  assert.ok(blocks.slice(1).every((b) => b.continued));
});
