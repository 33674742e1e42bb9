// The export panel: pick a format, see it, copy it or save it as a file. Builds from export.js; the
// download is a blob URL made in this page, so nothing leaves the browser.
import { h } from "./dom.js";
import { FORMATS } from "./export.js";

/** Copies `text`: the Clipboard API where allowed, else the selection of the textarea `fallback()` gives. */
async function copy(text, fallback) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = fallback();
    area.focus();
    area.select();
    return document.execCommand?.("copy") ?? false;
  }
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h("a", { href: url, download: name, hidden: true });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The panel for one analysis; `say(message)` reports what a button did. The preview is built only when
 * the reader opens it: the JSON of a long article is megabytes, too slow to lay out for nothing.
 */
export function exportPanel(text, analysis, say) {
  const select = h(
    "select",
    { id: "export-format", "aria-label": "Export format" },
    FORMATS.map((f) => h("option", { value: f.id }, f.label)),
  );
  const output = h("textarea", { class: "export-output", readonly: true, rows: "6", "aria-label": "Export preview", spellcheck: "false" });
  const current = () => FORMATS.find((f) => f.id === select.value) ?? FORMATS[0];
  const preview = h("details", { class: "export-preview" }, h("summary", {}, "Preview"), output);
  const show = () => {
    if (preview.open) output.value = current().build(text, analysis);
  };
  select.addEventListener("change", show);
  preview.addEventListener("toggle", show);
  const built = () => (preview.open ? output.value : current().build(text, analysis));
  return h(
    "div",
    { class: "export" },
    h(
      "div",
      { class: "export-controls" },
      select,
      h("button", {
        type: "button",
        class: "copy",
        onclick: async () => {
          const value = built();
          const copied = await copy(value, () => {
            preview.open = true;
            output.value = value;
            return output;
          });
          say(copied ? `Copied ${current().label}.` : "Copy failed: select the text in the preview and copy it.");
        },
      }, "Copy"),
      h("button", {
        type: "button",
        class: "download",
        onclick: () => {
          download(current().file, current().type, built());
          say(`Saved ${current().file}.`);
        },
      }, "Download"),
    ),
    preview,
  );
}
