//! Entity predictions with a weights file other than the compiled-in one, for trying a retrained or
//! held-out tagger without rebuilding: `cargo run --release --example predict_entities -- WEIGHTS.bin
//! GOLD.jsonl > PRED.jsonl`. It runs `entities::recognize_with` and writes the entity
//! layer only, in the format of the evaluation sets. It is a development tool, not the analyzer.

#[path = "support/jsonl.rs"]
mod jsonl;

use std::io::Write;

use article_lens::entities::{recognize_with, tagger::Model};
use article_lens::text::Utf16Map;
use article_lens::tokens::Document;
use serde_json::{json, Value};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [weights, gold] = args.as_slice() else {
        eprintln!("usage: predict_entities WEIGHTS.bin GOLD.jsonl > PRED.jsonl");
        std::process::exit(2);
    };
    let bytes = std::fs::read(weights).unwrap_or_else(|e| panic!("{weights}: {e}"));
    let model = Model::decode(&bytes);
    let mut out = std::io::stdout().lock();
    for record in jsonl::records(gold) {
        let text = record["text"].as_str().unwrap_or("");
        let set = recognize_with(&Document::new(text), &model);
        let map = Utf16Map::new(text);
        let entities: Vec<Value> = set
            .mentions
            .iter()
            .map(|m| {
                json!({"start": map.to_utf16(m.start), "end": map.to_utf16(m.end),
                       "type": set.entities[m.entity].kind, "entity": format!("e{}", m.entity + 1)})
            })
            .collect();
        writeln!(out, "{}", json!({"id": record["id"], "entities": entities})).expect("write error");
    }
}
