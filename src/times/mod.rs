//! Times: finds temporal expressions, chooses the reference date, and resolves each expression to a
//! TIMEX3-style value. Output is in byte offsets, in text order; it knows nothing of entities.
//!
//! The stages are separate private modules: `recognize` (patterns over tokens, word tables in
//! `lexicon`), `reference` (the reference date: given or inferred), `frame` (the year a sentence opens
//! with), `tense` (past or future clause) and `resolve` (calendar arithmetic in `calendar`).

mod calendar;
mod expr;
mod frame;
mod lexicon;
mod recognize;
mod reference;
mod resolve;
mod tense;
#[cfg(test)]
mod tests;

use std::ops::Range;

pub use calendar::{days_in_month, Date};
pub use reference::RefDateSource;

use crate::tokens::Document;

/// One temporal expression.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeExpr {
    /// Byte offsets, `end` exclusive.
    pub start: usize,
    pub end: usize,
    /// Token indices of the expression in [`Document::tokens`].
    pub tokens: Range<usize>,
    /// TIMEX3-style value, or `None` when the text does not fix it.
    pub value: Option<String>,
}

/// The times of one article and the reference date used to resolve them.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeSet {
    pub times: Vec<TimeExpr>,
    /// The reference date, when one was given or inferred.
    pub reference: Option<Date>,
    /// The reference year, also when only a year could be inferred (`reference_source` is `Year`).
    pub reference_year: Option<i32>,
    pub reference_source: RefDateSource,
}

/// Finds and resolves the times of `doc`. `given` is the caller's reference date, `YYYY-MM-DD`.
pub fn extract(doc: &Document, given: Option<&str>) -> TimeSet {
    let found = recognize::recognize(doc);
    let reference = reference::choose(doc, &found, given);
    let mut ctx = resolve::Context::new(reference);
    let mut times = Vec::with_capacity(found.len());
    let mut frame = None;
    let mut day_named: Option<frame::DayNamed> = None;
    for mut f in found {
        // the clause's tense, read once and only when something asks for it
        let clause_tense = std::cell::OnceCell::new();
        let tokens = f.tokens.clone();
        let tense_of_clause = || *clause_tense.get_or_init(|| tense::tense_around(doc, tokens.clone()));
        frame::apply(doc, frame.as_ref(), &mut f);
        frame::put_clock_on(doc, day_named, &mut f, tense_of_clause);
        frame = frame::set_by(doc, &f).or(frame);
        let tense = if resolve::depends_on_tense(&f.expr) { tense_of_clause() } else { tense::Tense::Unknown };
        let (value, day) = resolve::resolve(&f.expr, tense, &ctx);
        ctx.remember(value.as_deref(), day);
        day_named = frame::day_named_by(&f, day).or(day_named);
        let (Some(first), Some(last)) = (doc.tokens.get(f.tokens.start), doc.tokens.get(f.tokens.end - 1)) else {
            continue;
        };
        times.push(TimeExpr { start: first.start, end: last.end, tokens: f.tokens, value });
    }
    TimeSet { times, reference: reference.date, reference_year: reference.year, reference_source: reference.source }
}
