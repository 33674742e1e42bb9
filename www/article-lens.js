// <article-lens>: the page and the embeddable widget, one custom element. It takes an article (inline
// text, a same-origin `src`, or typed into its editor), has it analyzed off the main thread, and shows the
// names highlighted, the quotes by speaker, the sources and a mini timeline. Everything lives in its
// shadow root; the module defines the element and exports `analyze` and nothing else global.
//
//   <script type="module" src="www/article-lens.js"></script>
//   <article-lens date="2022-08-02">The article's text…</article-lens>
import { h, clear, nextFrame } from "./dom.js";
import { analyze, checkInput, InputError, MAX_TEXT_LENGTH } from "./engine.js";
import { renderText } from "./text-view.js";
import { entityList, quoteList, sourcesView } from "./panels.js";
import { timelineStrip, timelineList, formatTimex } from "./timeline.js";
import { exportPanel } from "./export-panel.js";
import { buildShell, ALL_PANELS, DEFAULT_PANELS } from "./shell.js";
import { Reader } from "./reader.js";

export { analyze, MAX_TEXT_LENGTH, InputError };

/** Typing pauses this long before the text is analyzed again. */
const DEBOUNCE_MS = 300;
/** From this length on, the widget shows a progress bar while it works. */
const LARGE_TEXT = 100_000;
/** From this length on, the editor hides its text area until asked: laying out megabytes in it takes seconds. */
const LARGE_EDIT = 200_000;
const STORAGE_PREFIX = "article-lens:";
/** Where an inferred reference date came from (`referenceDate.source`), for the note under the date field. */
const INFERRED_FROM = {
  dateline: "the dateline",
  text: "the first full date in the text",
  weekday: "a weekday and date in the text",
};

/** Removes the indentation an HTML author gives inline text, and blank lines at its ends. */
function dedent(raw) {
  const lines = raw.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && lines[0].trim() === "") lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === "") lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
  const cut = indents.length ? indents.reduce((a, b) => Math.min(a, b)) : 0;
  return lines.map((l) => l.slice(cut)).join("\n");
}

class ArticleLens extends HTMLElement {
  static observedAttributes = ["date", "panels", "src", "editable"];

  #text = "";
  #analysis = null;
  #generation = 0;
  #debounce = 0;
  #saveTimer = 0;
  #userTyped = false;
  #showLargeText = false;
  #inFlight = false;
  #rerun = false;
  #lightObserver = null;
  #els = null;
  #reader = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    this.#els = buildShell();
    this.#reader = new Reader(root, this.#els);
    this.#listen();
    root.append(h("link", { rel: "stylesheet", href: new URL("./article-lens.css", import.meta.url).href }), this.#els.base);
  }

  /** The text being analyzed. Setting it analyzes it. */
  get text() {
    return this.#text;
  }
  set text(value) {
    this.#setText(String(value ?? ""), { fromEditor: false });
  }

  /** The last Analysis shown, or null. */
  get analysis() {
    return this.#analysis;
  }

  connectedCallback() {
    this.#applyPanels();
    this.#applyEditable();
    if (this.hasAttribute("src")) this.#loadSrc();
    else if (this.#isEditable() && this.#restore()) this.#schedule(0);
    else this.#readLightText();
    // Inline text may arrive after the element upgrades, or change later: follow it.
    this.#lightObserver = new MutationObserver(() => {
      if (!this.hasAttribute("src") && !this.#userTyped) this.#readLightText();
    });
    this.#lightObserver.observe(this, { childList: true, characterData: true, subtree: true });
  }

  disconnectedCallback() {
    this.#lightObserver?.disconnect();
    clearTimeout(this.#debounce);
    this.#generation++;
  }

  attributeChangedCallback(name, before, after) {
    if (!this.isConnected || before === after) return;
    if (name === "panels") this.#applyPanels();
    else if (name === "editable") this.#applyEditable();
    else if (name === "src") this.#loadSrc();
    else if (name === "date") {
      this.#els.date.value = after ?? "";
      this.#schedule(0);
    }
  }

  /** Wires the editor's events (the reader wires the article and the panels). */
  #listen() {
    const { input, largeNote, showText, date, clearButton } = this.#els;
    // Typing waits for a pause; a paste or a drop is analyzed at once.
    input.addEventListener("input", (e) =>
      this.#setText(input.value, { fromEditor: true, now: e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop" }),
    );
    // A paste of megabytes into the text area costs seconds of layout: take it over and keep it hidden.
    input.addEventListener("paste", (e) => {
      const pasted = e.clipboardData?.getData("text/plain") ?? "";
      if (input.value.length - (input.selectionEnd - input.selectionStart) + pasted.length <= LARGE_EDIT) return;
      e.preventDefault();
      const value = input.value.slice(0, input.selectionStart) + pasted + input.value.slice(input.selectionEnd);
      this.#setText(value, { fromEditor: true, now: true });
    });
    largeNote.addEventListener("paste", (e) => {
      e.preventDefault();
      this.#setText(e.clipboardData?.getData("text/plain") ?? "", { fromEditor: true, now: true });
    });
    showText.addEventListener("click", () => {
      this.#showLargeText = true;
      this.#syncEditor();
      input.focus();
    });
    date.addEventListener("change", () => this.#schedule(0));
    clearButton.addEventListener("click", () => this.#clearText());
  }

  #isEditable() {
    return this.hasAttribute("editable");
  }

  #applyEditable() {
    const editable = this.#isEditable();
    this.#els.editor.hidden = !editable;
    if (editable) this.#syncEditor();
  }

  #panelList() {
    const raw = this.getAttribute("panels");
    if (raw === null) return this.#isEditable() ? ALL_PANELS : DEFAULT_PANELS;
    const wanted = raw.toLowerCase().split(/[\s,]+/).filter(Boolean);
    return wanted.includes("all") ? ALL_PANELS : wanted;
  }

  #applyPanels() {
    const shown = this.#panelList();
    for (const [name, { section }] of Object.entries(this.#els.panels)) section.hidden = !shown.includes(name);
  }

  // ---- text in ----

  #readLightText() {
    const text = dedent(this.textContent ?? "");
    if (text !== this.#text || !this.#analysis) this.#setText(text, { fromEditor: false });
  }

  async #loadSrc() {
    const src = this.getAttribute("src");
    if (!src) return this.#readLightText();
    const generation = ++this.#generation;
    const fail = (message) => {
      this.#clearResults();
      this.#showStatus("error", message);
    };
    let url;
    try {
      url = new URL(src, document.baseURI);
    } catch {
      return fail(`The src "${src}" is not a valid URL.`);
    }
    if (url.origin !== location.origin) {
      return fail("The src must be on the same site as the page; the widget fetches nothing else.");
    }
    this.#showStatus("busy", "Loading the article…");
    try {
      const response = await fetch(url, { credentials: "same-origin" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      if (generation === this.#generation) this.#setText(text, { fromEditor: false });
    } catch (error) {
      if (generation === this.#generation) fail(`Could not load the article (${error.message}).`);
    }
  }

  #setText(text, { fromEditor, now = !fromEditor }) {
    this.#text = text;
    this.#syncEditor();
    if (fromEditor) this.#userTyped = true;
    if (this.#isEditable()) this.#save();
    this.#schedule(now ? 0 : DEBOUNCE_MS);
  }

  /**
   * Puts the text in the text area, or hides the text area for very long texts (until the reader asks
   * for it) and keeps the text out of it: even a hidden text area costs time to fill with megabytes.
   */
  #syncEditor() {
    const { input, largeNote } = this.#els;
    const large = this.#text.length > LARGE_EDIT;
    if (!large) this.#showLargeText = false;
    const hide = large && !this.#showLargeText;
    if (hide) {
      const size = `This article is ${(this.#text.length / 1e6).toFixed(1)} million characters long.`;
      largeNote.querySelector(".large-size").textContent = size;
      if (this.shadowRoot.activeElement === input) largeNote.focus();
    }
    input.hidden = hide;
    largeNote.hidden = !hide;
    const value = hide ? "" : this.#text;
    if (input.value !== value) input.value = value;
  }

  #clearText() {
    this.#setText("", { fromEditor: true });
    this.#els.input.focus();
  }

  // ---- keeping the pasted text across reloads (editable widgets only) ----

  #storageKey() {
    return STORAGE_PREFIX + (this.id || "text");
  }

  #restore() {
    try {
      const saved = localStorage.getItem(this.#storageKey());
      if (!saved) return false;
      this.#userTyped = true;
      this.#text = saved;
      this.#syncEditor();
      return true;
    } catch {
      return false;
    }
  }

  #save() {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      try {
        if (this.#text) localStorage.setItem(this.#storageKey(), this.#text);
        else localStorage.removeItem(this.#storageKey());
        this.#els.editor.removeAttribute("data-unsaved");
      } catch {
        // Storage full or disabled: the text is still in the editor, it just will not survive a reload.
        this.#els.editor.setAttribute("data-unsaved", "");
      }
    }, DEBOUNCE_MS);
  }

  // ---- analysis ----

  #date() {
    return this.#els.date.value || this.getAttribute("date") || "";
  }

  #schedule(delay) {
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.#run(), delay);
  }

  async #run() {
    const generation = ++this.#generation;
    const text = this.#text;
    const date = this.#date();
    if (!this.#els.date.value && this.getAttribute("date")) this.#els.date.value = this.getAttribute("date");
    try {
      checkInput(text);
    } catch (error) {
      this.#clearResults();
      return this.#showStatus(error.code === "empty" ? "empty" : "error", error.message);
    }
    // One analysis at a time per widget: typing during a long one asks for one more run, not a queue.
    if (this.#inFlight) {
      this.#rerun = true;
      return;
    }
    const large = text.length >= LARGE_TEXT;
    this.#showStatus("busy", large ? `Analyzing ${(text.length / 1e6).toFixed(1)} million characters…` : "Analyzing…", large ? null : undefined);
    const started = performance.now();
    let analysis;
    this.#inFlight = true;
    try {
      analysis = await analyze(text, { date });
    } catch (error) {
      analysis = error;
    } finally {
      this.#inFlight = false;
    }
    if (this.#rerun) {
      this.#rerun = false;
      return this.#schedule(0);
    }
    if (generation !== this.#generation) return;
    if (analysis instanceof Error) {
      this.#clearResults();
      const message = analysis instanceof InputError ? analysis.message : `The analyzer could not run: ${analysis.message}`;
      return this.#showStatus("error", message);
    }
    if (large) this.#showStatus("busy", "Showing the results…", 0);
    const view = await renderText(this.#els.article, text, analysis, {
      onProgress: (fraction) => large && this.#showStatus("busy", "Showing the results…", fraction),
      isCancelled: () => generation !== this.#generation,
    });
    if (!view || generation !== this.#generation) return;
    this.#analysis = analysis;
    this.#reader.show(text, analysis, view);
    if (!(await this.#renderPanels(text, analysis, () => generation !== this.#generation))) return;
    this.#showDateNote(analysis.referenceDate);
    this.#showStatus("done", this.#summary(analysis, performance.now() - started));
    this.dispatchEvent(new CustomEvent("analyzed", { detail: analysis, bubbles: true, composed: true }));
  }

  #summary(analysis, ms) {
    const count = (type) => analysis.entities.filter((e) => e.type === type).length;
    const n = (k, word) => `${k} ${word}${k === 1 ? "" : "s"}`;
    return (
      `${n(count("PERSON"), "person")}, ${n(count("ORG"), "organization")}, ${n(count("LOC"), "place")}; ` +
      `${n(analysis.quotes.length, "quote")}; ${n(analysis.timeline.length, "dated event")} ` +
      `(${(ms / 1000).toFixed(2)} s).`
    );
  }

  #showStatus(state, message, progress) {
    const { status, progress: bar, message: text } = this.#els;
    status.dataset.state = state;
    text.textContent = message;
    this.#els.base.setAttribute("aria-busy", state === "busy" ? "true" : "false");
    // progress: undefined = no bar, null = indeterminate, a number = that fraction.
    bar.hidden = progress === undefined;
    if (progress === null) bar.removeAttribute("value");
    else if (typeof progress === "number") bar.value = progress;
  }

  #showDateNote(ref) {
    const note = this.#els.dateNote;
    note.dataset.source = ref?.source ?? "none";
    if (!ref || !ref.value) {
      note.textContent = "No reference date: set the publication date to resolve “Monday” or “last week”.";
    } else if (ref.source === "given") {
      note.textContent = `Dates resolved from ${formatTimex(ref.value)} (given).`;
    } else if (ref.source === "year") {
      note.textContent = `Dates resolved within ${ref.value} (inferred from the text); set the publication date to resolve “Monday” or “last week”.`;
    } else {
      note.textContent = `Dates resolved from ${formatTimex(ref.value)} (inferred from ${INFERRED_FROM[ref.source] ?? "the text"}).`;
    }
  }

  #clearResults() {
    this.#analysis = null;
    this.#reader.show("", null, null);
    clear(this.#els.article);
    for (const { body } of Object.values(this.#els.panels)) clear(body);
    this.#els.dateNote.textContent = "";
  }

  /** Fills the panels one per frame (a long article's panels are a lot of layout); false if cancelled. */
  async #renderPanels(text, analysis, isCancelled) {
    const { panels } = this.#els;
    const builders = {
      entities: () => [entityList(analysis)],
      quotes: () => [quoteList(text, analysis)],
      sources: () => [sourcesView(text, analysis)],
      timeline: () => [timelineStrip(analysis.timeline), timelineList(analysis.timeline)],
      export: () => [exportPanel(text, analysis, (message) => this.#showStatus("done", message))],
    };
    for (const [name, build] of Object.entries(builders)) {
      panels[name].body.replaceChildren(...build().filter(Boolean));
      if (analysis.textLength >= LARGE_TEXT) await nextFrame();
      if (isCancelled()) return false;
    }
    return true;
  }
}

if (!customElements.get("article-lens")) customElements.define("article-lens", ArticleLens);
