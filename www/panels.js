// The side panels built from an analysis: the legend, the entity list, the quotes by speaker, the
// sources count, and the card shown for one entity. Each function returns a fresh element; the widget
// wires the clicks. Text always goes in as text.
import { h } from "./dom.js";

/** Entity types in display order, with their labels. */
const TYPES = [
  { type: "PERSON", label: "People" },
  { type: "ORG", label: "Organizations" },
  { type: "LOC", label: "Places" },
];
const TYPE_NAMES = { PERSON: "person", ORG: "organization", LOC: "place" };

/** A short human label for a type: "person", "organization", "place". */
function typeName(type) {
  return TYPE_NAMES[type] ?? String(type).toLowerCase();
}

const QUOTE_PREVIEW = 160;
/** Lists show this many items at first; a button shows the rest (a long article has thousands). */
const LIST_LIMIT = 40;

/**
 * A list element `tag` with the first `limit` of `items` rendered by `render`, and a "Show all" button
 * that renders the others when pressed.
 */
export function cappedList(tag, attrs, items, render, limit = LIST_LIMIT) {
  const list = h(tag, attrs, items.slice(0, limit).map(render));
  if (items.length <= limit) return list;
  const more = h("button", { type: "button", class: "more" }, `Show all ${items.length}`);
  more.addEventListener("click", () => {
    list.append(...items.slice(limit).map(render));
    more.remove();
  });
  return h("div", { class: "capped" }, list, more);
}

/** The quoted words, shortened for a list. */
function quoteText(text, quote, limit = QUOTE_PREVIEW) {
  const words = text.slice(quote.start, quote.end).replace(/\s+/g, " ").trim();
  return words.length > limit ? `${words.slice(0, limit - 1)}…` : words;
}

/** First-mention offset of each entity id. */
function firstMentions(analysis) {
  const first = new Map();
  for (const m of analysis.mentions) if (!first.has(m.entity)) first.set(m.entity, m.start);
  return first;
}

/** Entities of one type, most prominent first: more mentions, then earlier first mention. */
function byProminence(analysis, type) {
  const first = firstMentions(analysis);
  return analysis.entities
    .filter((e) => e.type === type)
    .sort((a, b) => b.mentions - a.mentions || (first.get(a.id) ?? 0) - (first.get(b.id) ?? 0));
}

/** The legend: one swatch per type, styled like the marks in the text, and one for quoted speech. */
export function legend() {
  return h(
    "ul",
    { class: "legend", "aria-label": "Colour key" },
    TYPES.map(({ type, label }) => h("li", {}, h("mark", { "data-type": type, class: "swatch" }, label))),
    h("li", {}, h("span", { class: "quote swatch" }, "Quotes")),
  );
}

/** The entity list grouped by type. */
export function entityList(analysis) {
  // A type the analyzer may add later still gets a group, after the known ones.
  const known = new Set(TYPES.map((t) => t.type));
  const others = [...new Set(analysis.entities.map((e) => e.type))].filter((t) => !known.has(t));
  const groups = [...TYPES, ...others.map((type) => ({ type, label: String(type) }))].map(({ type, label }) => {
    const entities = byProminence(analysis, type);
    if (entities.length === 0) return null;
    return h(
      "section",
      { class: "entity-group", "data-type": type },
      h("h3", {}, `${label} (${entities.length})`),
      cappedList(
        "ul",
        { class: "entities" },
        entities,
        (e) =>
          h(
            "li",
            {},
            h(
              "button",
              {
                type: "button",
                class: "entity",
                "data-entity": e.id,
                "data-type": e.type,
                "aria-pressed": "false",
                "aria-label": `${e.name}, ${typeName(e.type)}, ${e.mentions} mention${e.mentions === 1 ? "" : "s"}`,
              },
              h("span", { class: "name" }, e.name),
              h("span", { class: "count", "aria-hidden": "true" }, String(e.mentions)),
            ),
          ),
      ),
    );
  });
  if (groups.every((g) => g === null)) return h("p", { class: "empty" }, "No people, organizations or places found.");
  return h("div", {}, groups);
}

/** Quotes grouped by speaker (most quoted first), the unattributed ones last. */
function quotesBySpeaker(analysis) {
  const groups = new Map();
  analysis.quotes.forEach((quote, index) => {
    const key = quote.speaker ?? "";
    if (!groups.has(key)) groups.set(key, { speaker: quote.speaker, name: quote.speakerName, quotes: [] });
    groups.get(key).quotes.push({ quote, index });
  });
  return [...groups.values()].sort((a, b) => (a.speaker === null) - (b.speaker === null) || b.quotes.length - a.quotes.length);
}

function quoteItem(text, quote, index) {
  return h(
    "li",
    { class: "quote-item", "data-speaker": quote.speaker ?? "", "data-quote": index },
    h(
      "button",
      { type: "button", class: "quote-link", "data-quote": index, title: "Show in the text" },
      h("q", {}, quoteText(text, quote)),
    ),
    quote.cue ? h("span", { class: "cue" }, ` (${quote.cue})`) : null,
  );
}

/** The quotes panel: one group per speaker; each quote is a button that shows it in the text. */
export function quoteList(text, analysis) {
  if (analysis.quotes.length === 0) return h("p", { class: "empty" }, "No direct quotes found.");
  return cappedList(
    "div",
    {},
    quotesBySpeaker(analysis),
    (group) =>
      h(
        "section",
        { class: "speaker-group", "data-speaker": null },
        h(
          "h3",
          {},
          group.speaker
            ? h("button", { type: "button", class: "entity inline", "data-entity": group.speaker }, group.name ?? group.speaker)
            : "No named speaker",
        ),
        cappedList("ul", { class: "quotes" }, group.quotes, ({ quote, index }) => quoteItem(text, quote, index), 10),
      ),
    15,
  );
}

/** The sources view: quotes counted per named speaker, unnamed-source quotes listed apart. */
export function sourcesView(text, analysis) {
  const groups = quotesBySpeaker(analysis);
  const named = groups.filter((g) => g.speaker !== null);
  const unnamed = groups.find((g) => g.speaker === null);
  const total = analysis.quotes.length;
  if (total === 0) return h("p", { class: "empty" }, "No direct quotes, so no quoted sources.");
  return h(
    "div",
    {},
    h(
      "p",
      { class: "summary" },
      `${total} quote${total === 1 ? "" : "s"}: ${named.length} named source${named.length === 1 ? "" : "s"}` +
        (unnamed ? `, ${unnamed.quotes.length} without a named source.` : "."),
    ),
    named.length
      ? h(
          "table",
          { class: "sources" },
          h("caption", {}, "Quotes per named source"),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Source"), h("th", { scope: "col" }, "Quotes"))),
          h(
            "tbody",
            {},
            named.map((g) =>
              h(
                "tr",
                { "data-source": g.speaker },
                h("th", { scope: "row" }, h("button", { type: "button", class: "entity inline", "data-entity": g.speaker }, g.name ?? g.speaker)),
                h("td", {}, String(g.quotes.length)),
              ),
            ),
          ),
        )
      : null,
    unnamed
      ? h(
          "section",
          { class: "unnamed" },
          h("h3", {}, "Quotes without a named source"),
          cappedList("ul", { class: "quotes" }, unnamed.quotes, ({ quote, index }) => quoteItem(text, quote, index), 10),
        )
      : null,
  );
}

/** The card for one entity: canonical name, type, mention count and the quotes by it. */
export function entityCard(text, analysis, id) {
  const entity = analysis.entities.find((e) => e.id === id);
  if (!entity) return null;
  const quotes = analysis.quotes.filter((q) => q.speaker === id);
  return h(
    "div",
    { class: "card-body", "data-entity": id, "data-type": entity.type },
    h("strong", { class: "card-name" }, entity.name),
    h("span", { class: "card-type" }, ` ${typeName(entity.type)}`),
    h("div", { class: "card-count" }, `${entity.mentions} mention${entity.mentions === 1 ? "" : "s"}` +
      (quotes.length ? `, ${quotes.length} quote${quotes.length === 1 ? "" : "s"}` : "")),
    quotes.length
      ? h("ul", { class: "card-quotes" }, quotes.slice(0, 3).map((q) => h("li", {}, h("q", {}, quoteText(text, q, 120)))))
      : null,
  );
}
