//! The year a sentence is set in. A sentence that opens with an explicit year ("In 2005, ...",
//! "During the spring of 2003", "On March 3, 2004,") speaks of that year, and a month, day, season or
//! quarter it names later without a year ("... the plant opened in March") is of that year, not of
//! the reference date's. Only within that sentence: the next one may be back in the present.
//!
//! Not for years named inside a sentence ("The firm, founded in 1998, said in June ..."), whose
//! months stay with the reference date. A month or season with its year inside a sentence holds only
//! for the clause joined straight to it: "hit a record in July 2008 and then fell in December".
//!
//! Likewise a clock time with no day beside it is on the day its clause named before it ("made its
//! first flight Tuesday in Everett at 18:00 UTC"), or in a past clause the day the text named last,
//! not on the reference date.

use std::ops::Range;

use super::expr::{Expr, Rel};
use super::recognize::Found;
use super::tense::Tense;
use super::Date;
use crate::tokens::Document;

/// Words that may stand before a year that opens its sentence. Not "by": "By 2020, the firm will open
/// stores, starting in March" sets a deadline, not the year of its March.
const OPENING_PREPOSITIONS: &[&str] = &["in", "during", "throughout", "on"];

/// A year that holds for the rest of a sentence, or of a clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// The tokens of the sentence.
    sentence: Range<usize>,
    year: i32,
    /// For a frame set inside the sentence, the token after the time that set it: the frame holds
    /// only up to a comma that does not join a clause ("in July 2008 and then fell in December").
    inside_from: Option<usize>,
}

/// The frame `found` sets, when it names a year and opens its sentence (after at most a preposition),
/// or names a month or season with its year anywhere in it.
pub fn set_by(doc: &Document, found: &Found) -> Option<Frame> {
    let year = found.expr.named_year()?;
    let sentence = doc.sentences.get(doc.sentence_of(found.tokens.start))?.tokens.clone();
    let opens = match found.tokens.start.checked_sub(sentence.start)? {
        0 => true,
        1 => OPENING_PREPOSITIONS.iter().any(|p| doc.word(sentence.start).eq_ignore_ascii_case(p)),
        _ => false,
    };
    let within_year = matches!(found.expr, Expr::YearMonth { .. } | Expr::Date(_) | Expr::Season { year: Some(_), .. });
    let inside_from = (!opens).then_some(found.tokens.end);
    (opens || within_year).then_some(Frame { sentence, year, inside_from })
}

/// Gives `found` the frame's year when it names a month, day, season or quarter without a year and
/// stands in the frame's sentence (or clause).
pub fn apply(doc: &Document, frame: Option<&Frame>, found: &mut Found) {
    let Some(frame) = frame.filter(|f| f.sentence.contains(&found.tokens.start)) else { return };
    if frame.inside_from.is_some_and(|from| !joined_clauses(doc, from..found.tokens.start)) {
        return;
    }
    let year = frame.year;
    found.expr = match found.expr {
        Expr::Month { month, rel: Rel::Bare } => Expr::YearMonth { year, month },
        Expr::MonthDay { month, day, .. } => match Date::new(year, month, day) {
            Some(date) => Expr::Date(date),
            None => return,
        },
        Expr::Season { code, year: None, rel: Rel::Bare } => Expr::Season { code, year: Some(year), rel: Rel::Bare },
        Expr::Quarter { quarter, year: None, year_offset: 0 } => Expr::Quarter { quarter, year: Some(year), year_offset: 0 },
        Expr::WeekOfMonth { week, month, year: None } => Expr::WeekOfMonth { week, month, year: Some(year) },
        Expr::Holiday { rule, year: None } => Expr::Holiday { rule, year: Some(year) },
        _ => return,
    };
}

/// True when the tokens `between` two times hold no comma, or only one that joins clauses (", and",
/// ", but", ", then"), and no semicolon or bracket: the second time belongs to the same narration.
fn joined_clauses(doc: &Document, between: Range<usize>) -> bool {
    between.clone().all(|i| match doc.word(i) {
        "," => i + 1 < between.end && ["and", "but", "then"].iter().any(|w| doc.word(i + 1).eq_ignore_ascii_case(w)),
        ";" | ":" | "(" | ")" | "—" | "–" => false,
        _ => true,
    })
}

/// A day a time expression named (not a clock time's), and the token after it.
#[derive(Debug, Clone, Copy)]
pub struct DayNamed {
    day: Date,
    after: usize,
}

/// The day `found` named, when it named one (`day`) and is no clock time.
pub fn day_named_by(found: &Found, day: Option<Date>) -> Option<DayNamed> {
    match found.expr {
        Expr::Clock { .. } => None,
        _ => Some(DayNamed { day: day?, after: found.tokens.end }),
    }
}

/// Puts a clock time that names no day of its own on the day named earlier in its clause (in its
/// sentence, with no semicolon between), or, in a past clause, on the day the text named last before
/// it ("The election was held on Sunday. ... the polls closed at 22:30"). Otherwise it stays on the
/// reference date ("The next burn is at 09:30 UTC"). `tense` gives the tense of the clock time's clause.
pub fn put_clock_on(doc: &Document, named: Option<DayNamed>, found: &mut Found, tense: impl FnOnce() -> Tense) {
    let Some(named) = named.filter(|n| n.after <= found.tokens.start) else { return };
    let Expr::Clock { anchor_days: 0, on: on @ None, .. } = &mut found.expr else { return };
    let start = found.tokens.start;
    let same_clause = doc.sentence_of(named.after.saturating_sub(1)) == doc.sentence_of(start)
        && (named.after..start).all(|t| doc.word(t) != ";");
    if same_clause || tense() == Tense::Past {
        *on = Some(Box::new(Expr::Date(named.day)));
    }
}
