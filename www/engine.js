// Runs the analyzer: in a Web Worker when the browser allows one (same origin as the page), otherwise on
// the main thread. Checks the input first so that callers get a clear error, never a frozen page.
// It knows nothing of rendering.

/** The longest text analyzed, in UTF-16 code units (what `String.length` counts): about 5 MB of prose. */
export const MAX_TEXT_LENGTH = 5_000_000;

/** An input the analyzer refuses; `code` is "empty", "too-long" or "not-text". */
export class InputError extends Error {
  constructor(code, message) {
    super(message);
    this.name = "InputError";
    this.code = code;
  }
}

/** Throws an InputError when `text` cannot be analyzed. */
export function checkInput(text) {
  if (typeof text !== "string") throw new InputError("not-text", "The input must be a string of text.");
  if (text.trim() === "") throw new InputError("empty", "There is no text to analyze yet: paste an article.");
  if (text.length > MAX_TEXT_LENGTH) {
    throw new InputError(
      "too-long",
      `This text is ${text.length.toLocaleString("en")} characters long; the limit is ` +
        `${MAX_TEXT_LENGTH.toLocaleString("en")}. Shorten it to analyze it.`,
    );
  }
}

let worker = null;
let workerFailed = false;
let nextId = 1;
const pending = new Map();

function startWorker() {
  if (worker || workerFailed) return worker;
  try {
    worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module", name: "article-lens" });
  } catch {
    // A page on another origin than these files cannot start the worker: fall back to the main thread.
    workerFailed = true;
    return null;
  }
  worker.addEventListener("message", (event) => {
    const request = pending.get(event.data.id);
    if (request) receivePart(event.data, request);
  });
  worker.addEventListener("error", () => {
    // The worker could not load (module workers unsupported, blocked): go on without one.
    workerFailed = true;
    restartWorker();
  });
  return worker;
}

/** Takes one message of the worker's answer (see worker.js) and completes the request on the last. */
function receivePart({ id, head, key, items, done, error }, request) {
  if (error) {
    pending.delete(id);
    request.reject(new Error(error));
    // A failed call may leave the WASM instance broken: start a fresh worker for the others.
    restartWorker();
  } else if (head) {
    request.parts = { ...head, mentions: [], quotes: [], times: [], timeline: [] };
  } else if (key) {
    const list = request.parts[key];
    for (const item of items) list.push(item);
  } else if (done) {
    pending.delete(id);
    const p = request.parts;
    // The README's order of fields, as the WASM gives it.
    request.resolve({
      textLength: p.textLength,
      entities: p.entities,
      mentions: p.mentions,
      quotes: p.quotes,
      times: p.times,
      timeline: p.timeline,
      referenceDate: p.referenceDate,
    });
  }
}

/** Ends the current worker and sends what it still had to do to a new one (or to the main thread). */
function restartWorker() {
  worker?.terminate();
  worker = null;
  const waiting = [...pending.entries()];
  pending.clear();
  const next = startWorker();
  for (const [id, request] of waiting) {
    if (next) {
      pending.set(id, request);
      next.postMessage({ id, text: request.text, date: request.date });
    } else {
      analyzeOnMainThread(request.text, request.date).then(request.resolve, request.reject);
    }
  }
}

let mainThreadModule = null;

async function analyzeOnMainThread(text, date) {
  if (!mainThreadModule) {
    mainThreadModule = import("../pkg/article_lens.js").then(async (mod) => {
      await mod.default({ module_or_path: new URL("../pkg/article_lens_bg.wasm", import.meta.url) });
      return mod;
    });
  }
  const mod = await mainThreadModule;
  return mod.analyze(text, date ? { date } : {});
}

/**
 * Analyzes `text` and resolves to the plain Analysis object of the README. `date` (`YYYY-MM-DD`) is the
 * article's publication date. Rejects with an InputError for empty or over-long text.
 */
export async function analyze(text, { date } = {}) {
  checkInput(text);
  const dateValue = typeof date === "string" && date ? date : undefined;
  const w = startWorker();
  if (!w) return analyzeOnMainThread(text, dateValue);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject, text, date: dateValue });
    w.postMessage({ id, text, date: dateValue });
  });
}
