//! Fuzzes `analyze` over any input and checks every invariant of the output (the checker is the one the
//! random-input test uses). The first byte picks the reference date, the rest (made valid UTF-8) is the text.
#![no_main]

use article_lens::{analyze, Options};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

/// Reference dates the caller may give: none, valid, malformed and at the ends of the four-digit years
/// (a date past 9999 is a known times bug, kept as an ignored test in `tests/robustness.rs`).
const DATES: &[Option<&str>] =
    &[None, Some("2022-08-01"), Some("2000-02-29"), Some("2022-13-45"), Some("0001-01-01"), Some("9999-12-31")];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let options = Options { date: DATES[usize::from(pick) % DATES.len()].map(str::to_string) };
    let analysis = analyze(&text, &options);
    if let Err(e) = invariants::check(&text, &analysis) {
        panic!("invariant broken: {e} (date {:?})", options.date);
    }
});
