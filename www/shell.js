// The shadow tree of <article-lens>: editor, date field, status line, article, panels and entity card,
// built empty. It holds no behaviour; the element and the reader wire the events.
import { h } from "./dom.js";
import { legend } from "./panels.js";
import { MAX_TEXT_LENGTH } from "./engine.js";

/** Every panel, in display order: the compact timeline first, the long lists after it. */
export const ALL_PANELS = ["timeline", "entities", "quotes", "sources", "export"];
/** Panels shown by a widget without a `panels` attribute (an editable one shows them all). */
export const DEFAULT_PANELS = ["entities", "quotes", "timeline"];
const PANEL_TITLES = { entities: "Names", quotes: "Quotes", sources: "Sources", timeline: "Timeline", export: "Export" };

/** Builds the widget's elements; returns them by name, `base` being the root to append. */
export function buildShell() {
  const input = h("textarea", {
    id: "input",
    part: "input",
    rows: "8",
    spellcheck: "false",
    placeholder: "Paste a news article here…",
    "aria-describedby": "limit",
  });
  const date = h("input", { id: "date", type: "date", part: "date" });
  const dateNote = h("span", { class: "date-note", id: "date-note", "aria-live": "polite" });
  const clearButton = h("button", { type: "button", class: "clear", part: "button" }, "Clear");
  const progress = h("progress", { hidden: true, "aria-label": "Analysis progress" });
  const message = h("span", { class: "message" });
  const status = h("div", { class: "status", role: "status", "aria-live": "polite", part: "status", "data-state": "empty" }, progress, message);
  const article = h("div", {
    class: "article",
    part: "text",
    tabindex: "0",
    role: "region",
    "aria-label": "Article text with highlighted names. Left and right arrow keys move between names.",
  });
  const card = h("div", { class: "card", id: "card", role: "tooltip", part: "card", hidden: true });
  const panels = {};
  for (const name of ALL_PANELS) {
    const body = h("div", { class: "panel-body" });
    const section = h(
      "section",
      { class: "panel", "data-panel": name, part: `panel ${name}`, "aria-labelledby": `title-${name}` },
      h("h2", { id: `title-${name}` }, PANEL_TITLES[name]),
      body,
    );
    panels[name] = { section, body };
  }
  const showText = h("button", { type: "button", class: "show-text" }, "Show the text anyway");
  const largeNote = h(
    "div",
    { class: "large-note", tabindex: "0", role: "group", "aria-label": "Large article", hidden: true },
    h("span", { class: "large-size" }),
    " The text box is hidden to keep the page responsive; paste here to replace the text, or ",
    showText,
    ".",
  );
  const editor = h(
    "div",
    { class: "editor", part: "editor", hidden: true },
    h("label", { for: "input", class: "input-label" }, "Article"),
    input,
    largeNote,
    h(
      "div",
      { class: "editor-foot" },
      h("p", { class: "hint", id: "limit" }, `Up to ${MAX_TEXT_LENGTH.toLocaleString("en")} characters. The text stays in this browser.`),
      clearButton,
    ),
  );
  const controls = h(
    "div",
    { class: "controls", part: "controls" },
    h("label", { for: "date" }, "Published "),
    date,
    dateNote,
  );
  const base = h(
    "div",
    { class: "lens", part: "base" },
    editor,
    controls,
    status,
    h(
      "div",
      { class: "body" },
      h("div", { class: "reading" }, legend(), article),
      h("div", { class: "panels" }, ALL_PANELS.map((n) => panels[n].section)),
    ),
    card,
  );
  return { base, editor, input, largeNote, showText, date, dateNote, clearButton, status, progress, message, article, card, panels };
}
