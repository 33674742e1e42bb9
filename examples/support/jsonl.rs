//! Reading the JSON Lines files of the evaluation and training sets, for the development examples
//! (each includes this file with `#[path]`). Not part of the analyzer.

use std::io::{BufRead, BufReader};

use serde_json::Value;

/// The records of the JSON Lines file at `path`, one per non-blank line. Panics naming the file when
/// it cannot be read or a line is not JSON: these are tools, and a bad input file is the user's to fix.
pub fn records(path: &str) -> impl Iterator<Item = Value> + '_ {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    BufReader::new(file)
        .lines()
        .map(move |line| line.unwrap_or_else(|e| panic!("{path}: {e}")))
        .filter(|line| !line.trim().is_empty())
        .map(move |line| serde_json::from_str(&line).unwrap_or_else(|e| panic!("{path}: bad JSON line: {e}")))
}
