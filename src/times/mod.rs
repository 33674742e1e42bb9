//! Times: finds temporal expressions, chooses the reference date, and resolves each expression to a
//! TIMEX3-style value. Output is in byte offsets, in text order; it knows nothing of entities.

mod calendar;

use serde::{Deserialize, Serialize};

pub use calendar::Date;

use crate::tokens::{Document, TokenKind};

/// Where the reference date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RefDateSource {
    /// Given by the caller (`Options::date`).
    Given,
    /// Inferred from the text: a dateline or a full date in it.
    Inferred,
    /// No date given and none could be inferred.
    None,
}

/// One temporal expression.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    /// Byte offsets, `end` exclusive.
    pub start: usize,
    pub end: usize,
    /// TIMEX3-style value, or `None` when the text does not fix it.
    pub value: Option<String>,
}

/// The times of one article and the reference date used to resolve them.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeSet {
    pub times: Vec<TimeExpr>,
    pub reference: Option<Date>,
    pub reference_source: RefDateSource,
}

const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
];
const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Finds and resolves the times of `doc`. `given` is the caller's reference date, `YYYY-MM-DD`.
pub fn extract(doc: &Document, given: Option<&str>) -> TimeSet {
    let found = recognize(doc);
    let (reference, reference_source) = match given.and_then(Date::parse) {
        Some(d) => (Some(d), RefDateSource::Given),
        None => match found.iter().find_map(|f| f.full_date) {
            Some(d) => (Some(d), RefDateSource::Inferred),
            None => (None, RefDateSource::None),
        },
    };
    let times = found
        .into_iter()
        .map(|f| TimeExpr {
            start: f.start,
            end: f.end,
            value: match f.pattern {
                Pattern::Full(d) => Some(d.to_string()),
                Pattern::Year(y) => Some(format!("{y:04}")),
                Pattern::Weekday(w) => reference.map(|r| r.previous_weekday(w).to_string()),
            },
        })
        .collect();
    TimeSet { times, reference, reference_source }
}

enum Pattern {
    Full(Date),
    Year(i32),
    Weekday(u32),
}

struct Found {
    start: usize,
    end: usize,
    pattern: Pattern,
    full_date: Option<Date>,
}

fn recognize(doc: &Document) -> Vec<Found> {
    let mut found = Vec::new();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        let lower = doc.word(i).to_lowercase();
        let start = doc.tokens[i].start;
        if let Some(m) = MONTHS.iter().position(|&m| m == lower) {
            // Month D, YYYY
            let day = (i + 1 < n).then(|| doc.word(i + 1).parse::<u32>().ok()).flatten();
            let year = (i + 3 < n && doc.word(i + 2) == ",").then(|| doc.word(i + 3).parse::<i32>().ok()).flatten();
            if let (Some(d), Some(y)) = (day, year) {
                if let Some(date) = Date::new(y, m as u32 + 1, d) {
                    let end = doc.tokens[i + 3].end;
                    found.push(Found { start, end, pattern: Pattern::Full(date), full_date: Some(date) });
                    i += 4;
                    continue;
                }
            }
        } else if let Some(w) = WEEKDAYS.iter().position(|&w| w == lower) {
            let end = doc.tokens[i].end;
            found.push(Found { start, end, pattern: Pattern::Weekday(w as u32), full_date: None });
        } else if doc.tokens[i].kind == TokenKind::Number && doc.word(i).len() == 4 {
            if let Ok(y) = doc.word(i).parse::<i32>() {
                if (1900..2100).contains(&y) {
                    let end = doc.tokens[i].end;
                    found.push(Found { start, end, pattern: Pattern::Year(y), full_date: None });
                }
            }
        }
        i += 1;
    }
    found
}
