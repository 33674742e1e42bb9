//! Writes the full native `Analysis` of every article of a JSON Lines file, one JSON object a line:
//! `cargo run --release --example analyze_jsonl -- FILE.jsonl`. The WASM test compares its own
//! output against this, so native and WASM are proven to agree.

use std::io::{BufRead, BufReader};

use article_lens::{analyze, Options};
use serde_json::Value;

fn main() {
    let path = std::env::args().nth(1).expect("usage: analyze_jsonl FILE.jsonl");
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    for line in BufReader::new(file).lines() {
        let line = line.expect("read error");
        if line.trim().is_empty() {
            continue;
        }
        let doc: Value = serde_json::from_str(&line).expect("bad JSON line");
        let options = Options { date: doc["date"].as_str().map(str::to_string) };
        let analysis = analyze(doc["text"].as_str().unwrap_or(""), &options);
        println!("{}", serde_json::to_string(&analysis).expect("serializable"));
    }
}
