// The mini timeline: TIMEX3 values placed on a compact SVG strip, with the list of dated items under it.
// It reads `analysis.timeline` only; the widget ties the clicks back to the text.
import { h } from "./dom.js";
import { cappedList } from "./panels.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// Meteorological seasons (northern hemisphere): the month each starts; winter runs into the next year.
const SEASONS = { SP: ["spring", 3], SU: ["summer", 6], FA: ["autumn", 9], WI: ["winter", 12] };
const DAY = 86_400_000;

/**
 * The span of time a TIMEX3 value names, as {from, to} in milliseconds (UTC), or null for values that are
 * not on the calendar (PAST_REF, ...). Handles days, months, years, ISO weeks, quarters, seasons, decades.
 */
export function timexSpan(value) {
  if (typeof value !== "string") return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const from = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return { from, to: from + DAY };
  }
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
    const from = monday + (+m[2] - 1) * 7 * DAY;
    return { from, to: from + 7 * DAY };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { from: Date.UTC(+m[1], +m[2] - 1, 1), to: Date.UTC(+m[1], +m[2], 1) };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { from: Date.UTC(+m[1], (+m[2] - 1) * 3, 1), to: Date.UTC(+m[1], +m[2] * 3, 1) };
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return { from: Date.UTC(+m[1], (+m[2] - 1) * 6, 1), to: Date.UTC(+m[1], +m[2] * 6, 1) };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const start = SEASONS[m[2]][1] - 1;
    return { from: Date.UTC(+m[1], start, 1), to: Date.UTC(+m[1], start + 3, 1) };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { from: Date.UTC(+m[1], 0, 1), to: Date.UTC(+m[1] + 1, 0, 1) };
  m = /^(\d{3})X$/.exec(value);
  if (m) return { from: Date.UTC(+m[1] * 10, 0, 1), to: Date.UTC(+m[1] * 10 + 10, 0, 1) };
  m = /^(\d{2})XX$/.exec(value);
  if (m) return { from: Date.UTC(+m[1] * 100, 0, 1), to: Date.UTC(+m[1] * 100 + 100, 0, 1) };
  return null;
}

/** A reader's form of a TIMEX3 value: "1 Aug 2022", "Oct 2021", "week 31, 2022", "the 1990s". */
export function formatTimex(value) {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${+m[3]} ${MONTHS[+m[2] - 1] ?? m[2]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})(-WE)?/.exec(value);
  if (m) return m[3] ? `weekend of week ${+m[2]}, ${m[1]}` : `week ${+m[2]}, ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${MONTHS[+m[2] - 1] ?? m[2]} ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${SEASONS[m[2]][0]} ${m[1]}`;
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return `${m[2] === "1" ? "first" : "second"} half of ${m[1]}`;
  m = /^(\d{3})X$/.exec(value);
  if (m) return `the ${m[1]}0s`;
  m = /^(\d{2})XX$/.exec(value);
  if (m) return `the ${m[1]}00s`;
  return value;
}

const WIDTH = 320;
const HEIGHT = 50;
const PAD = 10;
const AXIS = 30;
/** Dots on one spot stack up to this height; more would leave the strip. */
const MAX_STACK = 3;
/** The list under the strip starts short; the strip already shows every date. */
const LIST_START = 8;

/** The item's label, with an ellipsis when it leaves words of its clause out (the analyzer's own cut has one). */
export function shownLabel(item) {
  const label = item.label.trimEnd();
  return label.endsWith("…") || label.length >= item.end - item.start ? label : `${label}…`;
}

/** The SVG strip: one dot per item, by date; dots on the same day stack upwards. Null when nothing is dated. */
export function timelineStrip(items) {
  const placed = items.map((item, index) => ({ item, index, span: timexSpan(item.value) })).filter((p) => p.span);
  if (placed.length === 0) return null;
  const svg = h("svg:svg", {
    class: "strip",
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: "group",
    "aria-label": "Timeline strip",
    part: "timeline-strip",
  });
  const mids = placed.map((p) => (p.span.from + p.span.to) / 2);
  // reduce, not Math.min(...list): a long article's list would overflow the call's arguments.
  const min = placed.reduce((m, p) => Math.min(m, p.span.from), Infinity);
  const max = placed.reduce((m, p) => Math.max(m, p.span.to), -Infinity);
  const x = (t) => (max === min ? WIDTH / 2 : PAD + ((t - min) / (max - min)) * (WIDTH - 2 * PAD));
  svg.append(h("svg:line", { class: "axis", x1: PAD, x2: WIDTH - PAD, y1: AXIS, y2: AXIS }));
  const first = new Date(min).getUTCFullYear();
  const last = new Date(max - 1).getUTCFullYear();
  svg.append(h("svg:text", { class: "tick", x: PAD, y: HEIGHT - 4, "text-anchor": "start" }, String(first)));
  if (last !== first) svg.append(h("svg:text", { class: "tick", x: WIDTH - PAD, y: HEIGHT - 4, "text-anchor": "end" }, String(last)));
  const stacks = new Map();
  placed.forEach((p, i) => {
    const cx = Math.round(x(mids[i]));
    const wide = p.span.to - p.span.from > 40 * DAY;
    const spot = `${cx}${wide ? "w" : ""}`;
    const level = stacks.get(spot) ?? 0;
    stacks.set(spot, level + 1);
    if (level >= MAX_STACK) return;
    const dot = h(
      "svg:g",
      { class: wide ? "dot wide" : "dot", "data-item": p.index, tabindex: "0", role: "button", "aria-label": `${formatTimex(p.item.value)}: ${p.item.label}` },
      h("svg:title", {}, `${formatTimex(p.item.value)}: ${p.item.label}`),
      wide
        ? h("svg:rect", { x: Math.max(PAD, x(p.span.from)), width: Math.max(6, x(p.span.to) - x(p.span.from)), y: AXIS - 4 - level * 9, height: 7, rx: 3 })
        : h("svg:circle", { cx, cy: AXIS - level * 9, r: 5 }),
    );
    svg.append(dot);
  });
  return svg;
}

/** The list of dated items under the strip, each a button that shows its sentence in the text. */
export function timelineList(items) {
  if (items.length === 0) return h("p", { class: "empty" }, "No dated events found.");
  return cappedList(
    "ol",
    { class: "timeline-list" },
    items.map((item, index) => ({ item, index })),
    ({ item, index }) =>
      h(
        "li",
        { "data-date": item.value, "data-item": index },
        h(
          "button",
          { type: "button", class: "timeline-link", "data-item": index },
          h("time", { datetime: /^\d{4}(-\d{2}){0,2}$/.test(item.value) ? item.value : null }, formatTimex(item.value)),
          h("span", { class: "label" }, shownLabel(item)),
        ),
      ),
    LIST_START,
  );
}
