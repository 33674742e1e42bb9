//! Native time of each stage of the analysis, per 10,000 characters, to find which stage to speed up:
//!
//!   cargo run --release --example stage_times -- FILE.jsonl [BYTES] [RUNS]
//!
//! The articles of FILE (JSON Lines, field `text`) are joined by blank lines and repeated up to BYTES
//! (1,000,000 by default); each stage runs RUNS times (9 by default) and the median is printed, with the
//! whole `analyze` (stages plus building the `Analysis`) last. The figures for the bars are those of
//! the WASM build (`make bench`); these show where the time goes.

#[path = "support/jsonl.rs"]
mod jsonl;

use std::time::Instant;

use article_lens::{analyze, entities, quotes, times, timeline, tokens, Options};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: stage_times FILE.jsonl [BYTES] [RUNS]");
    let bytes: usize = args.next().map_or(1_000_000, |a| a.parse().expect("BYTES is a number"));
    let runs: usize = args.next().map_or(9, |a| a.parse().expect("RUNS is a number"));
    let text = repeated_articles(&path, bytes);
    let per_10k = text.len() as f64 / 10_000.0;
    let mut samples: Vec<[f64; 6]> = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        samples.push(time_stages(&text).map(|ms| ms / per_10k));
    }
    let names = ["tokens", "entities", "quotes", "times", "timeline", "analyze"];
    println!("ms per 10,000 characters over {} bytes, median of {} runs:", text.len(), samples.len());
    for (k, name) in names.iter().enumerate() {
        let mut column: Vec<f64> = samples.iter().map(|s| s[k]).collect();
        column.sort_by(f64::total_cmp);
        println!("  {name:<9} {:.3}", column[column.len() / 2]);
    }
}

/// The texts of the file joined by blank lines, repeated until the text has at least `bytes` bytes.
fn repeated_articles(path: &str, bytes: usize) -> String {
    let mut articles = String::new();
    for doc in jsonl::records(path) {
        articles.push_str(doc["text"].as_str().unwrap_or(""));
        articles.push_str("\n\n");
    }
    assert!(!articles.trim().is_empty(), "{path}: no text");
    let mut text = articles.clone();
    while text.len() < bytes {
        text.push_str(&articles);
    }
    text
}

/// Milliseconds of each stage over `text`, then of the whole analysis.
fn time_stages(text: &str) -> [f64; 6] {
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1000.0;
    let t = Instant::now();
    let doc = tokens::Document::new(text);
    let tokens = ms(t);
    let t = Instant::now();
    let found = entities::recognize(&doc);
    let entities = ms(t);
    let t = Instant::now();
    let quotes = quotes::extract(&doc, &found);
    let quotes_ms = ms(t);
    let t = Instant::now();
    let times = times::extract(&doc, None);
    let times_ms = ms(t);
    let t = Instant::now();
    let timeline = timeline::build(&doc, &found, &quotes, &times);
    let timeline_ms = ms(t);
    drop((quotes, timeline));
    let t = Instant::now();
    let analysis = analyze(text, &Options::default());
    let analyze_ms = ms(t);
    drop(analysis);
    [tokens, entities, quotes_ms, times_ms, timeline_ms, analyze_ms]
}
