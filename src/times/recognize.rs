//! Recognition: finds temporal expressions with a few anchored patterns over the tokens and says what
//! each means ([`Expr`]). It does not resolve anything against a date; that is [`super::resolve`].
//!
//! At each token the patterns are tried in a fixed order and the first that matches wins; the scan then
//! continues after it, so expressions never overlap and the work is linear in the number of tokens.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

use super::expr::{Anchor, Expr, Rel, Unit};
use super::lexicon::*;
use super::Date;
use crate::tokens::{Document, Gap, TokenKind};

/// One recognized expression: its tokens and its meaning.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub tokens: Range<usize>,
    pub expr: Expr,
}

/// Whether durations ("two years", "five-year") are reported as times. MEANTIME (TimeML) annotates
/// them, the seed conventions do not; with them MEANTIME F1 gains about 0.06 and the seeds lose two
/// spans ("the past two days"), so they stay on.
pub const WITH_DURATIONS: bool = true;

/// Finds the temporal expressions of `doc`, in text order, never overlapping.
pub fn recognize(doc: &Document) -> Vec<Found> {
    let words = Words::new(doc);
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !words.may_open(i) {
            i += 1;
            continue;
        }
        match words.match_at(i) {
            Some((end, expr)) => {
                if !words.in_set(i) {
                    found.push(Found { tokens: i..end, expr });
                }
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    found
}

/// The tokens with their lower-cased text, and the patterns over them.
struct Words<'d, 'a> {
    doc: &'d Document<'a>,
    /// The tokens that are not already lower case, lower-cased one after the other.
    low: String,
    /// Token `i`'s lower-case text: a range of `low`, or `None` when the token is lower case already.
    spans: Vec<Option<Range<usize>>>,
}

/// FNV-1a: the set below is looked up once per token with short keys, where the default SipHash
/// costs more than the rest of the scan.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// Every word that can open an expression, from the word tables.
fn opening_words() -> &'static WordSet {
    static WORDS: OnceLock<WordSet> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut set: WordSet = OPENING_WORDS.iter().copied().collect();
        set.extend(MONTHS.iter().flat_map(|names| names.iter().copied()));
        set.extend(WEEKDAYS.iter().map(|names| names[0]));
        set.extend(SEASONS.iter().map(|&(s, _)| s));
        set.extend(NUMBER_WORDS.iter().map(|&(w, _)| w));
        set.extend(ORDINALS.iter().map(|&(w, _)| w));
        set.extend(VAGUE_QUANTITIES.iter().copied());
        set.extend(UNITS.iter().flat_map(|&(s, p, _)| [s, p]));
        set.extend(VAGUE_REFS.iter().filter_map(|(words, _)| words.first().copied()));
        set
    })
}

type Match = Option<(usize, Expr)>;

impl<'d, 'a> Words<'d, 'a> {
    fn new(doc: &'d Document<'a>) -> Self {
        let mut low = String::new();
        let mut spans = Vec::with_capacity(doc.tokens.len());
        for i in 0..doc.tokens.len() {
            let word = doc.word(i);
            if !word.chars().any(char::is_uppercase) {
                spans.push(None);
                continue;
            }
            let start = low.len();
            low.extend(word.chars().flat_map(char::to_lowercase));
            spans.push(Some(start..low.len()));
        }
        Words { doc, low, spans }
    }

    fn len(&self) -> usize {
        self.spans.len()
    }

    /// The lower-cased token `i`, or "" past either end.
    fn w(&self, i: usize) -> &str {
        match self.spans.get(i) {
            Some(Some(r)) => self.low.get(r.clone()).unwrap_or(""),
            Some(None) => self.doc.word(i),
            None => "",
        }
    }

    /// True when an expression may start at token `i`: a number, a quote mark ('82) or a word of the
    /// tables. Everything else is skipped without trying the patterns.
    fn may_open(&self, i: usize) -> bool {
        let kind = self.doc.tokens[i].kind;
        if kind == TokenKind::Number || kind == TokenKind::Quote {
            return true;
        }
        let w = self.w(i);
        if !opening_words().contains(w) {
            return false;
        }
        if !WEAK_OPENERS.contains(&w) {
            return true;
        }
        let next = self.w(i + 1);
        self.doc.tokens.get(i + 1).is_some_and(|t| matches!(t.kind, TokenKind::Number | TokenKind::Quote))
            || (opening_words().contains(next) && !WEAK_OPENERS.contains(&next))
            || AFTER_WEAK_OPENERS.contains(&next)
    }

    /// True when token `i` is written directly after the one before it (`mid-2008`).
    fn joined(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.gap == Gap::None)
    }

    /// True when token `i` exists and stands on the same line as the one before it: a date never runs
    /// across a line break ("until Friday" / "September 18, 2008" are a headline and a dateline).
    fn same_line(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.gap < Gap::Line)
    }

    fn is_capitalized(&self, i: usize) -> bool {
        i < self.len() && self.doc.word(i).starts_with(|c: char| c.is_uppercase())
    }

    fn is_number(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// True for an expression that names a recurrence ("every morning at 7am"), which is a set.
    fn in_set(&self, i: usize) -> bool {
        (1..=3).any(|k| i >= k && matches!(self.w(i - k), "every" | "each"))
            && !(1..=3).any(|k| i >= k && self.w(i - k).starts_with(|c: char| c.is_ascii_punctuation()))
    }

    fn match_at(&self, i: usize) -> Match {
        self.modified(i)
            .or_else(|| self.clock(i))
            .or_else(|| self.numeric_date(i))
            .or_else(|| self.day_month(i))
            .or_else(|| self.weekday(i))
            .or_else(|| self.month_with_rel(i))
            .or_else(|| self.month_first(i))
            .or_else(|| self.decade(i))
            .or_else(|| self.year(i))
            .or_else(|| self.quarter(i))
            .or_else(|| self.season(i))
            .or_else(|| self.day_words(i))
            .or_else(|| self.shift(i))
            .or_else(|| self.relative(i))
            .or_else(|| self.vague(i))
            .or_else(|| if WITH_DURATIONS { self.duration(i) } else { None })
    }

    // ---- small readers -------------------------------------------------------------------------

    /// A cardinal at token `i`: digits or a number word.
    fn number(&self, i: usize) -> Option<u32> {
        let w = self.w(i);
        if self.is_number(i) {
            return w.parse().ok();
        }
        NUMBER_WORDS.iter().find(|(n, _)| *n == w).map(|&(_, v)| v)
    }

    /// A day of the month at token `i` ("1", "1st", "21st").
    fn day_number(&self, i: usize) -> Option<u32> {
        if !self.is_number(i) {
            return None;
        }
        let w = self.w(i);
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix_ok = matches!(&w[digits.len()..], "" | "st" | "nd" | "rd" | "th");
        let day: u32 = digits.parse().ok()?;
        (suffix_ok && digits.len() <= 2 && (1..=31).contains(&day)).then_some(day)
    }

    /// A 4-digit year 1900-2099 at token `i`.
    fn year_number(&self, i: usize) -> Option<i32> {
        let w = self.w(i);
        let y: i32 = (self.is_number(i) && w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok())??;
        (1900..=2099).contains(&y).then_some(y)
    }

    /// A month name at token `i` (capitalized); returns the month and the end of the name (an
    /// abbreviation may take its period). Abbreviations only count when `abbreviated` is allowed.
    fn month_name(&self, i: usize, abbreviated: bool) -> Option<(u32, usize)> {
        if !self.is_capitalized(i) {
            return None;
        }
        let w = self.w(i);
        let m = MONTHS.iter().position(|names| names.contains(&w))?;
        let full = MONTHS[m][0] == w;
        if !full && !abbreviated {
            return None;
        }
        let end = if !full && self.w(i + 1) == "." && self.joined(i + 1) { i + 2 } else { i + 1 };
        Some((m as u32 + 1, end))
    }

    fn weekday_name(&self, i: usize) -> Option<u32> {
        let w = self.w(i);
        let d = WEEKDAYS.iter().position(|names| names[0] == w)?;
        self.is_capitalized(i).then_some(d as u32)
    }

    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        let w = self.w(i);
        UNITS.iter().find_map(|&(singular, plural, unit)| {
            if w == singular {
                Some((unit, false))
            } else if w == plural {
                Some((unit, true))
            } else {
                None
            }
        })
    }

    fn day_part(&self, i: usize) -> Option<&'static str> {
        let w = self.w(i);
        DAY_PARTS.iter().find(|(p, _)| *p == w).map(|&(_, code)| code)
    }

    /// `(end, year)` for an optional year after a date: "[,] 2022".
    fn trailing_year(&self, i: usize) -> Option<(usize, i32)> {
        let j = if self.w(i) == "," { i + 1 } else { i };
        if !self.same_line(i) || !self.same_line(j) {
            return None;
        }
        self.year_number(j).map(|y| (j + 1, y))
    }

    // ---- patterns ------------------------------------------------------------------------------

    /// "early 2008", "mid-2008", "late June", "the end of last year", "post-2003": the inner
    /// expression's meaning with a longer span.
    fn modified(&self, i: usize) -> Match {
        let inner_from = match self.w(i) {
            "early" | "late" | "mid" | "post" | "pre" | "earlier" | "later" => {
                if self.w(i + 1) == "-" && self.joined(i + 1) {
                    i + 2
                } else if matches!(self.w(i), "post" | "pre") {
                    return None;
                } else {
                    i + 1
                }
            }
            "the" if matches!(self.w(i + 1), "end" | "beginning" | "start" | "middle" | "turn") && self.w(i + 2) == "of" => {
                i + 3
            }
            "end" | "beginning" | "start" if self.w(i + 1) == "of" => i + 2,
            _ => return None,
        };
        if matches!(self.w(i), "earlier" | "later") && !matches!(self.w(inner_from), "this" | "next" | "last") {
            return None;
        }
        let (end, expr) = self
            .month_first(inner_from)
            .or_else(|| self.decade(inner_from))
            .or_else(|| self.year(inner_from))
            .or_else(|| self.season(inner_from))
            .or_else(|| self.quarter(inner_from))
            .or_else(|| self.relative(inner_from))?;
        let calendar = matches!(
            expr,
            Expr::Year(_)
                | Expr::YearMonth { .. }
                | Expr::Month { .. }
                | Expr::MonthOfYear { .. }
                | Expr::Decade(_)
                | Expr::Season { .. }
                | Expr::Quarter { .. }
                | Expr::Relative { unit: Unit::Year | Unit::Month | Unit::Quarter | Unit::Week, .. }
        );
        let expr = match expr {
            // "later this year" is what remains of the year: MEANTIME and TimeML keep the year
            Expr::Relative { unit: Unit::Year, offset } if self.w(i) == "later" && offset == 0 => {
                Expr::Relative { unit: Unit::Year, offset }
            }
            e => e,
        };
        calendar.then_some((end, expr))
    }

    /// "16:08 UTC", "6:40 p.m.", "0800 GMT", "7am", optionally followed by "today".
    fn clock(&self, i: usize) -> Match {
        let w = self.w(i);
        let (mut hour, minute, mut end, mut marked) = if let Some((h, m)) = w.split_once(':') {
            if m.len() != 2 {
                return None; // "2:1" is a score or a ratio
            }
            (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?, i + 1, true)
        } else if let Some(h) = w.strip_suffix("am").or_else(|| w.strip_suffix("pm")) {
            let h: u32 = h.parse().ok()?;
            (if w.ends_with("pm") && h < 12 { h + 12 } else { h }, 0, i + 1, true)
        } else if w.len() == 4 && self.is_number(i) && (UTC_ZONES.contains(&self.w(i + 1))) {
            let n: u32 = w.parse().ok()?;
            (n / 100, n % 100, i + 1, false)
        } else {
            return None;
        };
        if hour > 24 || minute > 59 {
            return None;
        }
        match self.w(end) {
            "a.m." | "am" => {
                end += 1;
                marked = true;
            }
            "p.m." | "pm" => {
                if hour < 12 {
                    hour += 12;
                }
                end += 1;
                marked = true;
            }
            _ => {}
        }
        let utc = UTC_ZONES.contains(&self.w(end));
        if utc || OTHER_ZONES.contains(&self.w(end)) {
            end += 1;
            marked = true;
        }
        if !marked {
            return None;
        }
        let anchor_days = match self.w(end) {
            "today" => 0,
            "yesterday" => -1,
            _ => 0,
        };
        if matches!(self.w(end), "today" | "yesterday") {
            end += 1;
        }
        Some((end, Expr::Clock { hour, minute, utc, anchor_days }))
    }

    /// "2022-08-01" and "7/8/07" (month first).
    fn numeric_date(&self, i: usize) -> Match {
        if !self.is_number(i) {
            return None;
        }
        let sep = self.w(i + 1);
        if !matches!(sep, "-" | "/") || self.w(i + 3) != sep || !(1..=4).all(|k| self.joined(i + k)) {
            return None;
        }
        let parts = [self.w(i), self.w(i + 2), self.w(i + 4)];
        if !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let n = |k: usize| parts[k].parse::<i32>().ok();
        let date = if sep == "-" && parts[0].len() == 4 {
            Date::new(n(0)?, n(1)? as u32, n(2)? as u32)?
        } else if sep == "/" && matches!(parts[2].len(), 2 | 4) {
            let y = n(2)?;
            let year = if parts[2].len() == 2 { if y < 50 { 2000 + y } else { 1900 + y } } else { y };
            Date::new(year, n(0)? as u32, n(1)? as u32)?
        } else {
            return None;
        };
        if self.w(i + 5) == sep && self.joined(i + 5) {
            return None; // a longer number chain: a code, not a date
        }
        Some((i + 5, Expr::Date(date)))
    }

    /// "1 August 2022", "1st of August", "1 Aug".
    fn day_month(&self, i: usize) -> Match {
        let day = self.day_number(i)?;
        let j = if self.w(i + 1) == "of" { i + 2 } else { i + 1 };
        let (month, end) = self.month_name(j, true)?;
        Some(self.with_year(end, month, day))
    }

    /// The date of `month` `day` with the year that may follow at `end`.
    fn with_year(&self, end: usize, month: u32, day: u32) -> (usize, Expr) {
        if let Some((year_end, year)) = self.trailing_year(end) {
            if let Some(date) = Date::new(year, month, day) {
                return (year_end, Expr::Date(date));
            }
        }
        (end, Expr::MonthDay { month, day, weekday: None })
    }

    /// "August 1", "Aug. 1, 2022", "June 2014", "June of 2014", "October".
    fn month_first(&self, i: usize) -> Match {
        let (month, end) = self.month_name(i, true)?;
        if let Some(day) = self.day_number(end).filter(|_| self.same_line(end)) {
            if self.w(end + 1) != ":" {
                return Some(self.with_year(end + 1, month, day));
            }
        }
        let of = if matches!(self.w(end), "of" | ",") { end + 1 } else { end };
        if let Some(year) = self.year_number(of).filter(|_| self.same_line(of)) {
            return Some((of + 1, Expr::YearMonth { year, month }));
        }
        // "October of next year"
        let year_offset = match (self.w(of), self.w(of + 1)) {
            ("this", "year") => Some(0),
            ("next", "year") => Some(1),
            ("last", "year") => Some(-1),
            _ => None,
        };
        // the month takes its year from the phrase, which stays a time of its own (TimeML tags both)
        if let Some(year_offset) = year_offset.filter(|_| self.same_line(of)) {
            return Some((end, Expr::MonthOfYear { month, year_offset }));
        }
        // a month alone: only a full name, and "May" or "March" only where a date is expected
        if MONTHS[month as usize - 1][0] != self.w(i) {
            return None;
        }
        let before = if i > 0 { self.w(i - 1) } else { "" };
        let rel = match before {
            "last" | "past" => Rel::Last,
            "next" | "coming" => Rel::Next,
            "this" => Rel::This,
            _ => Rel::Bare,
        };
        let ambiguous = matches!(month, 3 | 5);
        let date_context = rel != Rel::Bare
            || matches!(
                before,
                "in" | "since" | "until" | "till" | "by" | "early" | "mid" | "late" | "of" | "from" | "to" | "through"
                    | "between" | "before" | "after" | "during" | "-" | "and" | "or" | "end"
            );
        let name_follows = self.is_capitalized(end) && self.same_line(end) && self.year_number(end).is_none();
        if (ambiguous && !date_context) || name_follows {
            return None;
        }
        Some((end, Expr::Month { month, rel }))
    }

    /// "last October", "next March", "this June": the relation word belongs to the span.
    fn month_with_rel(&self, i: usize) -> Match {
        if !matches!(self.w(i), "last" | "past" | "next" | "coming" | "this") {
            return None;
        }
        match self.month_first(i + 1)? {
            (end, expr @ Expr::Month { .. }) => Some((end, expr)),
            _ => None,
        }
    }

    /// "the 1990s", "the '90s", "1990s".
    fn decade(&self, i: usize) -> Match {
        let the = usize::from(self.w(i) == "the");
        let j = i + the;
        let w = self.w(j);
        let (digits, end) = if self.is_number(j) && w.len() == 5 && w.ends_with('s') {
            (w[..4].to_string(), j + 1)
        } else if matches!(self.w(j), "'" | "’" | "‘") && self.joined(j + 1) && self.w(j + 1).len() == 3 && self.w(j + 1).ends_with('s') {
            (format!("19{}", &self.w(j + 1)[..2]), j + 2)
        } else {
            return None;
        };
        let year: i32 = digits.parse().ok()?;
        (year % 10 == 0 && (1000..=2090).contains(&year)).then_some((end, Expr::Decade(year)))
    }

    /// A year in a context where it is a year: "2014", "'82", "2004" and "2010" of "2004-2010".
    fn year(&self, i: usize) -> Match {
        if matches!(self.w(i), "'" | "’" | "‘") && self.joined(i + 1) && !self.joined(i) {
            let w = self.w(i + 1);
            if self.is_number(i + 1) && w.len() == 2 {
                let y: i32 = w.parse().ok()?;
                return Some((i + 2, Expr::Year(if y < 30 { 2000 + y } else { 1900 + y })));
            }
            return None;
        }
        let year = self.year_number(i)?;
        // "$2010", "about 2000", "No. 1999"
        let label_before = i >= 2 && self.w(i - 1) == "." && QUANTITY_BEFORE.contains(&self.w(i - 2));
        if i > 0 && (QUANTITY_BEFORE.contains(&self.w(i - 1)) || label_before) {
            return None;
        }
        if COUNT_NOUNS.contains(&self.w(i + 1)) {
            return None;
        }
        // ranges: both sides must be years ("2004-2010"), else the number is a quantity ("1500-2000")
        if self.w(i + 1) == "-" && self.joined(i + 1) && self.joined(i + 2) {
            if self.is_number(i + 2) && self.year_number(i + 2).is_none() && self.w(i + 2).len() != 2 {
                return None;
            }
            if !self.is_number(i + 2) && !matches!(self.w(i + 2), "era" | "style" | "present") {
                return None; // "2000-seat"
            }
        }
        if i >= 2 && self.w(i - 1) == "-" && self.joined(i) && self.joined(i - 1) {
            if self.is_number(i - 2) && self.year_number(i - 2).is_none() {
                return None;
            }
            if !self.is_number(i - 2) && !matches!(self.w(i - 2), "post" | "pre" | "mid") {
                return None; // "A-2000", "737-2000"
            }
        }
        Some((i + 1, Expr::Year(year)))
    }

    /// "the third quarter (of 2009 | of this year)", "third-quarter", "Q3 2009", "the last quarter".
    fn quarter(&self, i: usize) -> Match {
        let the = usize::from(self.w(i) == "the");
        let j = i + the;
        let (quarter, after) = if let Some(q) = self.w(j).strip_prefix('q').and_then(|q| q.parse::<u32>().ok()) {
            (q, j + 1)
        } else {
            let q = match self.w(j) {
                "last" | "previous" | "past" => 0,
                w => ORDINALS.iter().find(|(o, _)| *o == w).map(|&(_, v)| v)?,
            };
            let k = if self.w(j + 1) == "-" && self.joined(j + 1) { j + 2 } else { j + 1 };
            if self.w(k) != "quarter" {
                return None;
            }
            (q, k + 1)
        };
        if quarter > 4 {
            return None;
        }
        if quarter == 0 {
            return Some((after, Expr::Relative { unit: Unit::Quarter, offset: -1 }));
        }
        if self.w(after) == "of" || self.w(after).is_empty() || self.is_number(after) {
            let k = if self.w(after) == "of" { after + 1 } else { after };
            if let Some(year) = self.year_number(k) {
                return Some((k + 1, Expr::Quarter { quarter, year: Some(year), year_offset: 0 }));
            }
            let the_year = matches!(self.w(k), "this" | "last" | "next" | "the") && self.w(k + 1) == "year";
            if self.w(after) == "of" && the_year {
                let offset = match self.w(k) {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                return Some((k + 2, Expr::Quarter { quarter, year: None, year_offset: offset }));
            }
        }
        Some((after, Expr::Quarter { quarter, year: None, year_offset: 0 }))
    }

    /// "summer", "last winter", "spring 2009", "the fall of 2008".
    fn season(&self, i: usize) -> Match {
        let rel = match self.w(i) {
            "last" | "past" => Rel::Last,
            "this" => Rel::This,
            "next" | "coming" => Rel::Next,
            _ => Rel::Bare,
        };
        let j = if rel == Rel::Bare { i } else { i + 1 };
        let w = self.w(j);
        let code = SEASONS.iter().find(|(s, _)| *s == w).map(|&(_, c)| c)?;
        let of = if self.w(j + 1) == "of" { j + 2 } else { j + 1 };
        if let Some(year) = self.year_number(of) {
            return Some((of + 1, Expr::Season { code, year: Some(year), rel }));
        }
        // "fall" is mostly a verb or "the fall of Saddam": bare only after "in the" / "this"
        let before = if j > 0 { self.w(j - 1) } else { "" };
        if w == "fall" && rel == Rel::Bare && !(before == "the" && j >= 2 && self.w(j - 2) == "in") {
            return None;
        }
        if self.w(j + 1) == "of" {
            return None;
        }
        Some((j + 1, Expr::Season { code, year: None, rel }))
    }

    /// "Monday", "last Sunday", "Tuesday night", "Monday, August 1, 2022".
    fn weekday(&self, i: usize) -> Match {
        let rel = match self.w(i) {
            "last" | "past" => Rel::Last,
            "this" => Rel::This,
            "next" | "coming" => Rel::Next,
            _ => Rel::Bare,
        };
        let j = if rel == Rel::Bare { i } else { i + 1 };
        let weekday = self.weekday_name(j)?;
        if rel == Rel::Bare {
            // "Monday, August 1(, 2022)": the date, with the weekday in the span
            let k = if self.w(j + 1) == "," { j + 2 } else { j + 1 };
            let date = if self.same_line(j + 1) && self.same_line(k) {
                self.month_first(k).or_else(|| self.day_month(k))
            } else {
                None
            };
            if let Some((end, expr)) = date {
                match expr {
                    Expr::Date(_) => return Some((end, expr)),
                    Expr::MonthDay { month, day, .. } => {
                        return Some((end, Expr::MonthDay { month, day, weekday: Some(weekday) }))
                    }
                    _ => {}
                }
            }
            if i > 0 && self.w(i - 1) == "black" {
                return None; // "Black Monday" is a named day, not this week's
            }
        }
        let part = self.day_part(j + 1);
        let end = if part.is_some() { j + 2 } else { j + 1 };
        Some((end, Expr::Weekday { weekday, rel, part }))
    }

    /// "today", "yesterday morning", "tonight", "this morning", "last night", "the day before",
    /// "the next day", "the same day", "earlier in the day".
    fn day_words(&self, i: usize) -> Match {
        let reference = |days: i64, end: usize| -> Match {
            let part = self.day_part(end);
            let end = if part.is_some() { end + 1 } else { end };
            Some((end, Expr::Day { anchor: Anchor::Reference, days, part }))
        };
        let narrative = |days: i64, end: usize| Some((end, Expr::Day { anchor: Anchor::Narrative, days, part: None }));
        match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("today", ..) => reference(0, i + 1),
            ("yesterday", ..) => reference(-1, i + 1),
            ("tomorrow", ..) => reference(1, i + 1),
            ("tonight", ..) => Some((i + 1, Expr::Day { anchor: Anchor::Reference, days: 0, part: Some("NI") })),
            ("earlier" | "later", "today", _) => reference(0, i + 2),
            ("this", p, _) if self.day_part(i + 1).is_some() && p != "night" => reference(0, i + 1),
            ("last", "night", _) => Some((i + 2, Expr::Day { anchor: Anchor::Reference, days: -1, part: Some("NI") })),
            ("earlier" | "later", "in", "the") if self.w(i + 3) == "day" => narrative(0, i + 4),
            ("earlier" | "later", "that", "day") => narrative(0, i + 3),
            ("that", "day", _) => narrative(0, i + 2),
            // "the day" of a dated event; not "the day of ...", "the day when ...", "the day's"
            ("the", "day", next)
                if !matches!(next, "of" | "when" | "that" | "which" | "before" | "after" | "'s" | "’s" | "-")
                    && self.doc.word(i + 1) == "day" =>
            {
                narrative(0, i + 2)
            }
            ("the", "same", "day") => narrative(0, i + 3),
            ("the", "day", "before") if self.w(i + 3) != "yesterday" => narrative(-1, i + 3),
            ("the", "day", "after") if !matches!(self.w(i + 3), "tomorrow") => narrative(1, i + 3),
            ("the", "previous" | "preceding", "day") => narrative(-1, i + 3),
            ("the", "next" | "following", "day") => narrative(1, i + 3),
            _ => None,
        }
    }

    /// "two weeks ago", "a year ago", "three days later", "two years earlier".
    fn shift(&self, i: usize) -> Match {
        let count = self.number(i)?;
        let (unit, _) = self.unit(i + 1)?;
        let (anchor, sign) = match self.w(i + 2) {
            "ago" => (Anchor::Reference, -1),
            "later" | "after" => (Anchor::Narrative, 1),
            "earlier" | "before" => (Anchor::Narrative, -1),
            _ => return None,
        };
        // "two days after the vote" is a shift from an event, not from a date; keep only the bare shift
        if anchor == Anchor::Narrative && self.w(i + 2) != "later" && self.w(i + 2) != "earlier" {
            return None;
        }
        Some((i + 3, Expr::Shift { anchor, unit, count: sign * i64::from(count) }))
    }

    /// "this week", "last month", "next year", "the previous year", "the weekend".
    fn relative(&self, i: usize) -> Match {
        let the = usize::from(self.w(i) == "the");
        let j = i + the;
        let offset = match (self.w(j), the == 1) {
            ("this" | "current", false) => 0,
            ("last" | "previous" | "past", _) => -1,
            ("next" | "coming" | "following", _) => 1,
            ("same", true) => 0,
            ("weekend", true) => return Some((j + 1, Expr::Weekend { rel: Rel::Bare })),
            _ => return None,
        };
        if self.w(j + 1) == "weekend" {
            let rel = match offset {
                0 => Rel::This,
                -1 => Rel::Last,
                _ => Rel::Next,
            };
            return Some((j + 2, Expr::Weekend { rel }));
        }
        let (unit, plural) = self.unit(j + 1)?;
        if plural || unit == Unit::Day || (the == 1 && self.w(j) == "past") {
            return None; // "the past year" is a duration; "the next day" is a narrative day
        }
        if the == 1 && self.w(j) == "same" && unit != Unit::Year {
            return None;
        }
        // "the last week of March": the week is what the value says; the month only narrows it
        let end = if self.w(j + 2) == "of" && self.month_name(j + 3, false).is_some() { j + 4 } else { j + 2 };
        Some((end, Expr::Relative { unit, offset }))
    }

    /// "now", "recently", "the near future", "the past", "the coming days and weeks".
    fn vague(&self, i: usize) -> Match {
        for (words, value) in VAGUE_REFS {
            if words.iter().enumerate().all(|(k, w)| self.w(i + k) == *w) {
                return Some((i + words.len(), Expr::Vague(value)));
            }
        }
        match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("the", "past", next) if self.number(i + 2).is_none() && self.unit(i + 2).is_none() && next != "few" => {
                Some((i + 2, Expr::Vague("PAST_REF")))
            }
            ("the", "coming" | "next", _) if self.unit(i + 2).is_some_and(|(_, plural)| plural) => {
                let mut end = i + 3;
                if matches!(self.w(end), "and" | "or") && self.unit(end + 1).is_some_and(|(_, p)| p) {
                    end += 2;
                }
                Some((end, Expr::Vague("FUTURE_REF")))
            }
            // a bare "later" (MEANTIME's FUTURE_REF); "later this year", "later that day" are dates
            ("later", next, _)
                if !matches!(next, "than" | "this" | "that" | "in" | "today" | "-" | "on" | "date" | "stage" | "years" | "life")
                    && !(i > 0 && matches!(self.w(i - 1), "sooner" | "or" | "and")) =>
            {
                Some((i + 1, Expr::Vague("FUTURE_REF")))
            }
            ("recent", _, _) if self.unit(i + 1).is_some_and(|(_, p)| p) => {
                Some((i + 2, Expr::Duration(format!("PX{}", unit_letter(self.unit(i + 1)?.0)))))
            }
            _ => None,
        }
    }

    /// Durations: "two years", "the past decade", "five-year", "hour-long", "several months".
    fn duration(&self, i: usize) -> Match {
        // "for years", "over the years", "for decades": an unknown number of units
        if matches!(self.w(i), "for" | "over") {
            let j = if self.w(i + 1) == "the" { i + 2 } else { i + 1 };
            let unit = self.unit(j).filter(|&(u, plural)| plural && matches!(u, Unit::Year | Unit::Decade | Unit::Month));
            let next = self.w(j + 1);
            if let Some((unit, _)) = unit.filter(|_| !matches!(next, "of" | "ago" | "later" | "earlier" | "old" | "-")) {
                return Some((j + 1, Expr::Duration(duration_value(None, unit))));
            }
        }
        if let Some((unit, true)) = self.unit(i) {
            if self.w(i + 1) == "-" && self.joined(i + 1) && self.w(i + 2) == "long" {
                return Some((i + 3, Expr::Duration(duration_value(None, unit))));
            }
        }
        let the = usize::from(self.w(i) == "the" && matches!(self.w(i + 1), "past" | "next" | "last" | "first" | "previous"));
        let j = i + 2 * the;
        // "the past decade", "the past year": one unit
        if the == 1 {
            if let Some((unit, false)) = self.unit(j) {
                return Some((j + 1, Expr::Duration(duration_value(Some(1), unit))));
            }
        }
        let (count, k) = if VAGUE_QUANTITIES.contains(&self.w(j)) {
            (None, j + 1)
        } else if self.w(j) == "a" && self.w(j + 1) == "few" {
            (None, j + 2)
        } else {
            (Some(self.number(j)?), j + 1)
        };
        // "five-year", "a 20 year", "12-hour", "decades-long"
        let hyphen = self.w(k) == "-" && self.joined(k) && self.joined(k + 1);
        let u = if hyphen { k + 1 } else { k };
        let u = if matches!(self.w(u), "straight" | "consecutive" | "trading" | "full" | "more" | "additional") { u + 1 } else { u };
        let unit_word = self.w(u);
        if matches!(self.w(j), "a" | "an") && (unit_word.ends_with('s') || self.w(u + 1) == "-") {
            return None;
        }
        let clock = match unit_word {
            "hour" | "hours" => Some('H'),
            "minute" | "minutes" => Some('M'),
            _ => None,
        };
        if let Some(c) = clock {
            let n = count.map_or("X".to_string(), |n| n.to_string());
            return Some((u + 1, Expr::Duration(format!("PT{n}{c}"))));
        }
        let (unit, plural) = self.unit(u)?;
        if count.is_none() && !plural {
            return None;
        }
        let mut end = u + 1;
        if self.w(end) == "-" && self.joined(end) && matches!(self.w(end + 1), "long" | "old") {
            end += 2;
        }
        Some((end, Expr::Duration(duration_value(count, unit))))
    }
}

fn unit_letter(unit: Unit) -> &'static str {
    match unit {
        Unit::Day => "D",
        Unit::Week => "W",
        Unit::Month => "M",
        Unit::Quarter => "Q",
        Unit::Year | Unit::Decade => "Y",
    }
}

/// TIMEX3 duration of `count` units (`None`: an unknown number, `X`).
fn duration_value(count: Option<u32>, unit: Unit) -> String {
    match (count, unit) {
        (Some(n), Unit::Decade) => format!("P{}Y", n * 10),
        (None, Unit::Decade) => "PXY".to_string(),
        (Some(n), u) => format!("P{n}{}", unit_letter(u)),
        (None, u) => format!("PX{}", unit_letter(u)),
    }
}
