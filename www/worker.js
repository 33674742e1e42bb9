// The analysis worker: runs the WASM analyzer off the main thread. Receives {id, text, date} and posts
// the Analysis back in parts ({id, head}, then {id, key, items} slices of its lists, then {id, done}), so
// that the page reads a long article's result in small tasks instead of one long one. On failure it
// posts {id, error}. It holds no state beyond the loaded module and never touches the DOM.
import init, { analyze } from "../pkg/article_lens.js";

/** Items per message: small enough that reading one never holds the page for long. */
const PART = 2000;
const LISTS = ["mentions", "quotes", "times", "timeline"];

const ready = init({ module_or_path: new URL("../pkg/article_lens_bg.wasm", import.meta.url) });

self.addEventListener("message", async (event) => {
  const { id, text, date } = event.data;
  let analysis;
  try {
    await ready;
    analysis = analyze(text, date ? { date } : {});
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
    return;
  }
  const head = { ...analysis };
  for (const key of LISTS) delete head[key];
  self.postMessage({ id, head });
  for (const key of LISTS) {
    const list = analysis[key];
    for (let i = 0; i < list.length; i += PART) self.postMessage({ id, key, items: list.slice(i, i + PART) });
  }
  self.postMessage({ id, done: true });
});
