// make bench: one run under Node over the BUILT WASM (pkg/). Prints the download sizes, the cold start, the
// analysis time per 10,000 characters over the evaluation articles next to compromise's, the scaling
// table (10 KB to 5 MB of real article text, which must stay linear), the WASM memory growth of a 5 MB
// analysis, and whether adversarial inputs run without a trap. Exits 1 when a bar is missed.
//
//   node tools/bench.mjs EVAL_DIR
//
// Times are medians after warm-up. This script measures; it does not tune or change anything.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const wasmPath = join(root, "pkg", "article_lens_bg.wasm");
const gluePath = join(root, "pkg", "article_lens.js");

/** The bars of the README's "Limits, robustness and speed". */
const BARS = { linearRatio: 1.5, fiveMbMs: 1000, memoryFactor: 20, msPer10k: 1 };
/** Passes over the evaluation articles before the steady speed is taken (see the speed section). */
const STEADY_WARMUP_MS = 2000;
const SIZES = [10_000, 100_000, 1_000_000, 5_000_000];
/** A size is skipped when even linear growth from the size before would take longer than this. */
const SKIP_PROJECTED_MS = 10_000;
/** compromise is slow: it runs over the first articles up to this many characters. */
const COMPROMISE_CHARS = 30_000;

/** A fresh instance of the built module: its `analyze` and its linear memory. */
async function instantiate() {
  const glue = await import(gluePath);
  const exports = glue.initSync({ module: readFileSync(wasmPath) });
  return { analyze: glue.analyze, memory: exports.memory };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median milliseconds of up to `runs` calls of `fn` after `warmup` calls and at least `warmupMs` of
 * calls; fewer runs (at least one) once `budgetMs` is spent, so that a slow build cannot make the
 * benchmark take minutes. */
function timeMedian(fn, runs, warmup = 1, budgetMs = 3000, warmupMs = 0) {
  const warmStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmStart < warmupMs; i++) fn();
  const times = [];
  let spent = 0;
  while (times.length < runs && (times.length === 0 || spent < budgetMs)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    spent += times.at(-1);
  }
  return median(times);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t) => `${t.toFixed(t < 10 ? 2 : 0)} ms`;

function readArticles(evalDir) {
  const files = readdirSync(evalDir).filter((f) => f.endsWith(".jsonl")).sort();
  const articles = [];
  for (const f of files) {
    for (const line of readFileSync(join(evalDir, f), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line);
      articles.push({ file: f, text: doc.text ?? "", date: doc.date ?? undefined });
    }
  }
  return articles;
}

/** Every file under `dir`, recursively. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function printSizes() {
  console.log("\n## Download (raw / gzip -9)");
  const files = [wasmPath, gluePath, ...filesUnder(join(root, "pkg", "snippets")), ...filesUnder(join(root, "www"))];
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += zipped;
    console.log(`  ${file.slice(root.length).padEnd(40)} ${kb(bytes.length).padStart(10)} ${kb(zipped).padStart(10)}`);
  }
  console.log(`  ${"total download".padEnd(40)} ${kb(raw).padStart(10)} ${kb(gz).padStart(10)}`);
}

/** Real article text: the evaluation articles joined by blank lines, repeated up to `length` characters. */
function articleText(articles, length) {
  const all = articles.map((a) => a.text).join("\n\n");
  let text = all;
  while (text.length < length) text += "\n\n" + all;
  text = text.slice(0, length);
  // never end on the first half of a surrogate pair
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last < 0xdc00 ? text.slice(0, -1) : text;
}

async function main() {
  const evalDir = process.argv[2];
  if (!evalDir) {
    console.error("usage: node tools/bench.mjs EVAL_DIR");
    process.exit(2);
  }
  const articles = readArticles(evalDir);
  const seed = articles.find((a) => a.file === "seeds.jsonl") ?? articles[0];
  const failures = [];

  // Cold start first, before anything else has warmed the engine.
  const t0 = performance.now();
  const { analyze } = await instantiate();
  const t1 = performance.now();
  analyze(seed.text, seed.date ? { date: seed.date } : {});
  const t2 = performance.now();
  console.log("# article-lens benchmark (built WASM under Node " + process.version + ")");
  console.log("\n## Cold start");
  console.log(`  compile + instantiate ${ms(t1 - t0)}, first analysis of a seed article ${ms(t2 - t1)}, total ${ms(t2 - t0)}`);

  printSizes();

  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  console.log(`\n## Speed over the ${articles.length} evaluation articles (${chars} characters)`);
  const pass = () => articles.forEach((a) => analyze(a.text, a.date ? { date: a.date } : {}));
  // The engine first runs WebAssembly from a quick baseline compile and swaps in optimized code for
  // hot functions over the next passes: the first pass shows what one page load sees, the median
  // after two seconds of passes the steady speed (what the bar is about, as for compromise).
  const first = timeMedian(pass, 1, 0);
  // The steady speed is measured in three rounds of 21 passes spread over the run (here, after
  // compromise, after the scaling): a burst of load on a shared machine slows one round, and the
  // median of the rounds is the speed of the build, not of the neighbours. Every round is printed.
  const steadyRates = [];
  const steadyRound = (warmupMs) => {
    steadyRates.push((timeMedian(pass, 21, 3, 3000, warmupMs) / chars) * 10_000);
    return steadyRates.at(-1);
  };
  const ourRate = steadyRound(STEADY_WARMUP_MS);
  console.log(`  article-lens  ${ms((ourRate * chars) / 10_000).padStart(10)} per pass, ${ourRate.toFixed(3)} ms per 10,000 characters (steady, round 1 of 3)`);
  console.log(`  article-lens  ${ms(first).padStart(10)} first pass, ${((first / chars) * 10_000).toFixed(3)} ms per 10,000 characters (engine still optimizing)`);
  try {
    const nlp = (await import("compromise")).default;
    const subset = [];
    for (let n = 0, i = 0; i < articles.length && n < COMPROMISE_CHARS; n += articles[i++].text.length) {
      subset.push(articles[i]);
    }
    const subsetChars = subset.reduce((n, a) => n + a.text.length, 0);
    const compromise = () =>
      subset.forEach((a) => {
        const doc = nlp(a.text);
        doc.people().out("array");
        doc.organizations().out("array");
        doc.places().out("array");
        doc.quotations().out("array");
      });
    const theirs = timeMedian(compromise, 3, 1, 3000, STEADY_WARMUP_MS);
    const theirRate = (theirs / subsetChars) * 10_000;
    console.log(
      `  compromise    ${ms(theirs).padStart(10)} per pass over the first ${subset.length} articles ` +
        `(${subsetChars} characters), ${theirRate.toFixed(3)} ms per 10,000 characters`,
    );
    console.log(`  compromise takes ${(theirRate / ourRate).toFixed(1)}x the time of article-lens per character`);
  } catch (e) {
    console.log(`  compromise not available (${e.message}); run npm ci`);
  }
  steadyRound(0);

  console.log("\n## Scaling (real article text; must stay linear)");
  console.log("  size        median      per 10,000 chars   vs 10 KB");
  let base;
  let previous;
  let largest = SIZES[0];
  for (const size of SIZES) {
    const label = size >= 1_000_000 ? `${size / 1_000_000} MB` : `${size / 1000} KB`;
    const projected = previous ? previous.t * (size / previous.size) : 0;
    if (projected > SKIP_PROJECTED_MS) {
      console.log(`  ${label.padEnd(8)} skipped: over ${ms(projected)} even if linear from the size before`);
      failures.push(`${label} skipped as too slow`);
      continue;
    }
    largest = size;
    const text = articleText(articles, size);
    const runs = Math.max(3, Math.min(200, Math.round(2_000_000 / size)));
    const t = timeMedian(() => analyze(text, {}), runs, size >= 1_000_000 ? 1 : 5);
    const rate = (t / text.length) * 10_000;
    base ??= rate;
    const ratio = rate / base;
    previous = { size, t };
    console.log(`  ${label.padEnd(8)} ${ms(t).padStart(10)}  ${rate.toFixed(3).padStart(12)} ms  ${ratio.toFixed(2).padStart(9)}x`);
    if (ratio > BARS.linearRatio) failures.push(`${label}: ${ratio.toFixed(2)}x the 10 KB time per character`);
    if (size === 5_000_000 && t > BARS.fiveMbMs) failures.push(`5 MB took ${ms(t)}`);
  }

  steadyRound(0);
  const steady = median(steadyRates);
  console.log(`\n## Steady speed over the evaluation articles, one article a call`);
  console.log(`  rounds: ${steadyRates.map((r) => r.toFixed(3)).join(", ")} ms per 10,000 characters; median ${steady.toFixed(3)}`);
  if (steady > BARS.msPer10k) failures.push(`${steady.toFixed(3)} ms per 10,000 characters, one article a call`);

  console.log(`\n## Memory (a fresh instance analyzing ${largest / 1_000_000} MB of article text once)`);
  const memory = await inWorker({ task: "memory", evalDir, size: largest });
  const factor = memory.growth / memory.inputBytes;
  console.log(
    `  input ${kb(memory.inputBytes)} (UTF-8); WASM memory ${kb(memory.before)} -> ${kb(memory.after)}, ` +
      `growth ${factor.toFixed(1)}x the input`,
  );
  if (factor > BARS.memoryFactor) failures.push(`memory grew ${factor.toFixed(1)}x the input`);
  // the densest input for tokens and sentences: one token and one sentence every two characters
  const dense = await inWorker({ task: "memory", text: ". ".repeat(largest / 2) });
  console.log(
    `  worst case for comparison, ${kb(dense.inputBytes)} of ". ": growth ${(dense.growth / dense.inputBytes).toFixed(1)}x the input`,
  );

  console.log("\n## Adversarial inputs in WASM (no trap, time of one run)");
  const adversarial = await inWorker({ task: "adversarial" });
  for (const r of adversarial) {
    console.log(`  ${r.name.padEnd(34)} ${r.error ? "TRAP " + r.error : "ok " + ms(r.ms)}`);
    if (r.error) failures.push(`${r.name}: ${r.error}`);
  }

  console.log("");
  if (failures.length) {
    console.log("FAILED: " + failures.join("; "));
    process.exit(1);
  }
  console.log(
    `all bars met: under ${BARS.msPer10k} ms per 10,000 characters one article a call, linear within ` +
      `${BARS.linearRatio}x, 5 MB under ${BARS.fiveMbMs} ms, memory under ${BARS.memoryFactor}x the input, no trap`,
  );
}

/** Runs `task` in a worker thread, which has a module instance (and memory) of its own. */
function inWorker(data) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: data });
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

/** Inputs that once broke analyzers: each must return, not trap. */
function adversarialInputs() {
  const MB = 1 << 20;
  const nested = (open, close, n) => open.repeat(n) + "Angela Merkel said so" + close.repeat(n);
  return [
    ["empty", ""],
    ["1 MB of one letter", "a".repeat(MB)],
    ["1 MB of initials U.S.", "U.S.".repeat(MB / 4)],
    ["1 MB of periods", ".".repeat(MB)],
    ["1 MB of digits and commas", "1,".repeat(MB / 2)],
    ["1 MB of short lines (CR)", "Ab\r".repeat(MB / 3)],
    ["1 MB of capitalized words", "Ab Cd ".repeat(MB / 6)],
    ["100,000 straight quote marks", '"'.repeat(100_000)],
    ["100,000 curly quote pairs", "“a” ".repeat(100_000)],
    ["100,000 nested brackets", nested("(", ")", 100_000)],
    ["100,000 nested quotes", nested("“", "”", 100_000)],
    ["control characters", Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(i % 32)).join("")],
    ["lone surrogates", "\ud800 Angela \udc00 Merkel \ud83d".repeat(10_000)],
    ["emoji", "😀👩‍👩‍👧🇩🇪 Angela Merkel said “𝒜” in 2019. ".repeat(10_000)],
  ];
}

async function workerMain() {
  const { analyze, memory } = await instantiate();
  if (workerData.task === "memory") {
    const text = workerData.text ?? articleText(readArticles(workerData.evalDir), workerData.size);
    const before = memory.buffer.byteLength;
    analyze(text, {});
    const after = memory.buffer.byteLength;
    parentPort.postMessage({ before, after, growth: after - before, inputBytes: Buffer.byteLength(text) });
  } else {
    const results = [];
    for (const [name, text] of adversarialInputs()) {
      const t0 = performance.now();
      try {
        analyze(text, { date: "2022-08-01" });
        results.push({ name, ms: performance.now() - t0 });
      } catch (e) {
        results.push({ name, error: String(e) });
      }
    }
    parentPort.postMessage(results);
  }
}

if (isMainThread) {
  await main();
} else {
  await workerMain();
}
