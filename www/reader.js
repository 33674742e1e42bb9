// The reader's side of a shown analysis: selecting an entity (all its mentions highlighted, scrolled to),
// the entity card on hover and focus, arrow keys between mentions, and the panels' links back to the
// text (quotes, timeline items). It reads the analysis and the text view's index; it builds no text.
import { entityCard } from "./panels.js";
import { rangeOf } from "./text-view.js";

/** The CSS highlight (one per page) that marks the sentence of the timeline item last clicked. */
const FOCUS_HIGHLIGHT = "article-lens-focus";

/** Smooth scrolling, unless the reader asked for reduced motion. */
function scrollBehavior() {
  return matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}

export class Reader {
  #root;
  #els;
  #text = "";
  #analysis = null;
  #view = null;
  #selected = null;
  #selectedStep = 0;
  #focusedQuotes = [];

  /** `root` is the shadow root, `els` the shell's elements; listens on the article and the panels. */
  constructor(root, els) {
    this.#root = root;
    this.#els = els;
    const { article, panels } = els;
    article.addEventListener("click", (e) => this.#onArticleClick(e));
    article.addEventListener("keydown", (e) => this.#onArticleKey(e));
    article.addEventListener("mouseover", (e) => this.#showCardFor(e.target.closest?.("mark[data-entity]")));
    article.addEventListener("mouseout", (e) => {
      if (!e.relatedTarget?.closest?.("mark[data-entity]")) this.#showCardFor(root.activeElement?.closest?.("mark[data-entity]") ?? null);
    });
    article.addEventListener("focusin", (e) => this.#showCardFor(e.target.closest?.("mark[data-entity]")));
    article.addEventListener("focusout", () => this.#showCardFor(null));
    const onPanelActivate = (e) => this.#onPanelActivate(e);
    for (const { section } of Object.values(panels)) {
      section.addEventListener("click", onPanelActivate);
      section.addEventListener("keydown", (e) => {
        if ((e.key === "Enter" || e.key === " ") && e.target.matches?.("g[role=button]")) {
          e.preventDefault();
          onPanelActivate(e);
        }
      });
    }
  }

  /** Follows a newly shown analysis; `view` is the index renderText returned (null clears). */
  show(text, analysis, view) {
    this.#text = text;
    this.#analysis = analysis;
    this.#view = view;
    this.#selected = null;
    this.#focusedQuotes = [];
    this.#showCardFor(null);
  }

  #onArticleClick(event) {
    const mark = event.target.closest?.("mark[data-entity]");
    if (mark) this.#select(mark.dataset.entity, { from: mark });
  }

  #onArticleKey(event) {
    const marks = () => [...this.#els.article.querySelectorAll("mark[data-entity]")];
    const current = event.target.closest?.("mark[data-entity]");
    if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      const all = marks();
      if (!all.length) return;
      event.preventDefault();
      const at = current ? all.indexOf(current) : -1;
      const next = event.key === "ArrowRight" ? (at + 1) % all.length : (at <= 0 ? all.length : at) - 1;
      all[next].focus();
    } else if ((event.key === "Enter" || event.key === " ") && current) {
      event.preventDefault();
      this.#select(current.dataset.entity, { from: current });
    } else if (event.key === "Escape") {
      this.#select(null);
    }
  }

  #onPanelActivate(event) {
    const target = event.target.closest?.("[data-entity], [data-quote], [data-item]");
    if (!target || !target.matches("button, g[role=button]")) return;
    if (target.classList.contains("entity")) this.#select(target.dataset.entity, { step: true });
    else if (target.dataset.quote !== undefined) this.#showQuote(Number(target.dataset.quote));
    else if (target.dataset.item !== undefined) this.#showTimelineItem(Number(target.dataset.item));
  }

  /** Highlights every mention of entity `id` and scrolls to its first (to the next one on a repeat click). */
  #select(id, { step = false, from = null } = {}) {
    const view = this.#view;
    if (!view) return;
    const previous = this.#selected;
    if (previous) for (const m of view.marksByEntity.get(previous) ?? []) m.removeAttribute("data-selected");
    for (const b of this.#root.querySelectorAll("button.entity[aria-pressed]")) b.setAttribute("aria-pressed", "false");
    this.#selected = id;
    if (!id) return;
    const marks = view.marksByEntity.get(id) ?? [];
    for (const m of marks) m.setAttribute("data-selected", "");
    for (const b of this.#root.querySelectorAll(`button.entity[data-entity="${CSS.escape(id)}"][aria-pressed]`)) b.setAttribute("aria-pressed", "true");
    this.#selectedStep = step && previous === id ? (this.#selectedStep + 1) % Math.max(1, marks.length) : 0;
    const target = marks[this.#selectedStep];
    if (target && target !== from) target.scrollIntoView({ block: "center", behavior: scrollBehavior() });
    if (from) this.#showCardFor(from);
  }

  #showQuote(index) {
    for (const el of this.#focusedQuotes) el.removeAttribute("data-focus");
    this.#focusedQuotes = this.#view?.quoteEls.get(index) ?? [];
    for (const el of this.#focusedQuotes) el.setAttribute("data-focus", "");
    const first = this.#focusedQuotes[0];
    if (first) {
      first.setAttribute("tabindex", "-1");
      first.scrollIntoView({ block: "center", behavior: scrollBehavior() });
      first.focus({ preventScroll: true });
    } else {
      // A quote the text view could not wrap (it overlaps another): show its words with the highlight.
      const quote = this.#analysis?.quotes[index];
      if (quote) this.#highlightRange(quote.start, quote.end);
    }
  }

  #showTimelineItem(index) {
    const item = this.#analysis?.timeline[index];
    if (!item) return;
    this.#highlightRange(item.start, item.end);
    for (const li of this.#root.querySelectorAll(".timeline-list li[aria-current]")) li.removeAttribute("aria-current");
    const find = () => this.#root.querySelector(`.timeline-list li[data-item="${index}"]`);
    // An item past the list's first few: show the whole list, so that the item is there to mark.
    if (!find()) this.#root.querySelector('[data-panel="timeline"] button.more')?.click();
    find()?.setAttribute("aria-current", "true");
  }

  /** Marks [start, end) of the text with the focus highlight and scrolls to it. */
  #highlightRange(start, end) {
    const range = this.#view && rangeOf(this.#view, start, end);
    if (!range) return;
    if (globalThis.CSS?.highlights && globalThis.Highlight) CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(range));
    const block = range.startContainer.parentElement?.closest(".block");
    block?.scrollIntoView({ block: "center", behavior: scrollBehavior() });
  }

  /** Shows the card of the entity under `mark` beside it, or hides the card when `mark` is null. */
  #showCardFor(mark) {
    const { card, base } = this.#els;
    const body = mark && this.#analysis ? entityCard(this.#text, this.#analysis, mark.dataset.entity) : null;
    if (!body) {
      card.hidden = true;
      return;
    }
    card.replaceChildren(body);
    card.hidden = false;
    mark.setAttribute("aria-describedby", "card");
    const box = base.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    const width = Math.min(320, box.width - 16);
    card.style.width = `${width}px`;
    card.style.left = `${Math.max(8, Math.min(at.left - box.left, box.width - width - 8))}px`;
    card.style.top = `${at.bottom - box.top + 6}px`;
  }
}
