// The analysis worker: runs the WASM analyzer off the main thread. Receives {id, text, date}, posts back
// {id, analysis} or {id, error}. It holds no state beyond the loaded module and never touches the DOM.
import init, { analyze } from "../pkg/article_lens.js";

const ready = init({ module_or_path: new URL("../pkg/article_lens_bg.wasm", import.meta.url) });

self.addEventListener("message", async (event) => {
  const { id, text, date } = event.data;
  try {
    await ready;
    const analysis = analyze(text, date ? { date } : {});
    self.postMessage({ id, analysis });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
});
