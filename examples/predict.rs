//! Native predictions over an evaluation file, for fast iteration on a stage:
//! `cargo run --release --example predict -- GOLD.jsonl > PRED.jsonl`.
//! (`make predict` does the same through the built WASM under Node; both write the format of
//! `../shared/eval/FORMAT.md`.)

#[path = "support/jsonl.rs"]
mod jsonl;

use std::io::Write;

use article_lens::{analyze, Options};
use serde_json::json;

fn main() {
    let path = std::env::args().nth(1).expect("usage: predict GOLD.jsonl > PRED.jsonl");
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for gold in jsonl::records(&path) {
        let text = gold["text"].as_str().unwrap_or("");
        let options = Options { date: gold["date"].as_str().map(str::to_string) };
        let a = analyze(text, &options);
        let kinds: std::collections::HashMap<&str, &article_lens::analysis::EntityOut> =
            a.entities.iter().map(|e| (e.id.as_str(), e)).collect();
        let pred = json!({
            "id": gold["id"],
            "entities": a.mentions.iter().map(|m| json!({
                "start": m.start, "end": m.end, "type": kinds[m.entity.as_str()].kind, "entity": m.entity,
            })).collect::<Vec<_>>(),
            "quotes": a.quotes.iter().map(|q| json!({
                "start": q.start, "end": q.end, "speaker": q.speaker_name,
            })).collect::<Vec<_>>(),
            "times": a.times.iter().map(|t| json!({
                "start": t.start, "end": t.end, "value": t.value,
            })).collect::<Vec<_>>(),
        });
        writeln!(out, "{pred}").expect("write error");
    }
}
