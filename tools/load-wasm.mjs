// Loads the built WASM (pkg/) under Node, synchronously, for the command-line tools.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, analyze, version } from "../pkg/article_lens.js";

const wasmPath = fileURLToPath(new URL("../pkg/article_lens_bg.wasm", import.meta.url));

/** Instantiates the module once; returns the exported functions. */
export function loadWasm() {
  initSync({ module: readFileSync(wasmPath) });
  return { analyze, version };
}

export { wasmPath };
