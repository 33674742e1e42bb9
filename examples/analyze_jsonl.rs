//! Writes the full native `Analysis` of every article of a JSON Lines file, one JSON object a line:
//! `cargo run --release --example analyze_jsonl -- FILE.jsonl`. The WASM test compares its own
//! output against this, so native and WASM are proven to agree.

#[path = "support/jsonl.rs"]
mod jsonl;

use article_lens::{analyze, Options};

fn main() {
    let path = std::env::args().nth(1).expect("usage: analyze_jsonl FILE.jsonl");
    for doc in jsonl::records(&path) {
        let options = Options { date: doc["date"].as_str().map(str::to_string) };
        let analysis = analyze(doc["text"].as_str().unwrap_or(""), &options);
        println!("{}", serde_json::to_string(&analysis).expect("serializable"));
    }
}
