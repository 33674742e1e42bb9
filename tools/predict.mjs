// make predict IN=gold.jsonl OUT=pred.jsonl: runs the BUILT WASM over an evaluation file and writes
// predictions in the format of ../shared/eval/FORMAT.md, the reference date taken from each line's `date`.
import { readFileSync, writeFileSync } from "node:fs";
import { loadWasm } from "./load-wasm.mjs";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node tools/predict.mjs GOLD.jsonl PRED.jsonl");
  process.exit(2);
}

const { analyze } = loadWasm();

/** One prediction line from one gold line. */
export function predict(doc) {
  const a = analyze(doc.text ?? "", doc.date ? { date: doc.date } : {});
  const types = new Map(a.entities.map((e) => [e.id, e.type]));
  return {
    id: doc.id,
    entities: a.mentions.map((m) => ({ start: m.start, end: m.end, type: types.get(m.entity), entity: m.entity })),
    quotes: a.quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speakerName })),
    times: a.times.map((t) => ({ start: t.start, end: t.end, value: t.value })),
  };
}

const lines = readFileSync(input, "utf8").split("\n").filter((l) => l.trim());
const predictions = lines.map((l) => JSON.stringify(predict(JSON.parse(l))));
writeFileSync(output, predictions.join("\n") + "\n");
console.log(`wrote ${predictions.length} predictions to ${output}`);
