//! Recognition: finds temporal expressions with a few anchored patterns over the tokens and says what
//! each means ([`Expr`]). It does not resolve anything against a date; that is [`super::resolve`].
//!
//! At each token the patterns that can start with it ([`openers`]) are tried in a fixed order and the
//! first that matches wins; the scan then continues after it, so expressions never overlap and the work
//! is linear in the number of tokens. This module holds the scan and the token readers; the patterns
//! are in [`dates`] (calendar names and numbers) and [`relative`] (words relative to a date, vague
//! references, durations).

use std::ops::Range;

mod dates;
mod openers;
mod relative;

use super::expr::{Expr, Unit};
use super::lexicon::*;
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
    let (written, lowered) = Lowered::new(doc);
    let words = Words::new(doc, written, &lowered);
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
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
    /// Token `i`'s lower-case text: the patterns read it many times, so it is looked up, not sliced.
    words: Vec<&'d str>,
}

/// The lower-case text of the tokens that are not lower case already, one after the other.
struct Lowered {
    text: String,
    /// `(token, range in text)` of each such token, in token order; the other tokens are lower case
    /// already (most are, so they take no room here).
    tokens: Vec<(usize, Range<usize>)>,
}

impl Lowered {
    /// The text of every token as written, and the lower-case copies of those that are not lower case.
    fn new<'a>(doc: &Document<'a>) -> (Vec<&'a str>, Lowered) {
        let mut lowered = Lowered { text: String::new(), tokens: Vec::new() };
        let bytes = doc.text.as_bytes();
        let written = (doc.tokens.iter().enumerate())
            .map(|(i, t)| {
                let word = &doc.text[t.start..t.end];
                // most tokens are lower-case ASCII: a quick test turns them away
                if !is_lower_ascii(bytes, t.start..t.end) {
                    let start = lowered.text.len();
                    if push_lower(word, &mut lowered.text) {
                        lowered.tokens.push((i, start..lowered.text.len()));
                    }
                }
                word
            })
            .collect();
        (written, lowered)
    }
}

/// True when `bytes[range]` are all ASCII and none is an upper-case letter. A word of up to eight
/// bytes (most are) is tested as one 64-bit number: no byte has its top bit, and none lies in
/// `A..=Z` (adding 0x3F sets the top bit from `A` up, adding 0x25 from `[` up).
fn is_lower_ascii(bytes: &[u8], range: Range<usize>) -> bool {
    const TOP_BITS: u64 = 0x8080_8080_8080_8080;
    let len = range.len();
    let Some(chunk) = bytes.get(range.start..range.start + 8).filter(|_| (1..=8).contains(&len)) else {
        return !bytes[range].iter().any(|&b| b.is_ascii_uppercase() || !b.is_ascii());
    };
    let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) & (u64::MAX >> (8 * (8 - len)));
    let from_a = x.wrapping_add(0x3F3F_3F3F_3F3F_3F3F);
    let from_bracket = x.wrapping_add(0x2525_2525_2525_2525);
    x & TOP_BITS == 0 && from_a & !from_bracket & TOP_BITS == 0
}

/// Appends the lower case of `word` to `out` when it has an upper-case letter; says whether it had.
fn push_lower(word: &str, out: &mut String) -> bool {
    if word.is_ascii() {
        // without decoding characters
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return false;
        }
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return true;
    }
    if !word.chars().any(char::is_uppercase) {
        return false;
    }
    out.extend(word.chars().flat_map(char::to_lowercase));
    true
}

type Match = Option<(usize, Expr)>;

impl<'d, 'a> Words<'d, 'a> {
    /// The words of `doc` from their `written` text, with the `lowered` copies in place of the
    /// tokens that were not lower case.
    fn new(doc: &'d Document<'a>, written: Vec<&'d str>, lowered: &'d Lowered) -> Self {
        let mut words = written;
        for (i, range) in &lowered.tokens {
            words[*i] = &lowered.text[range.clone()];
        }
        Words { doc, words }
    }

    fn len(&self) -> usize {
        self.words.len()
    }

    /// The lower-cased token `i`, or "" past either end.
    fn w(&self, i: usize) -> &'d str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// The lower-cased token `k` places before token `i`, or "" before the first.
    fn w_before(&self, i: usize, k: usize) -> &'d str {
        i.checked_sub(k).map_or("", |j| self.w(j))
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

    /// True when token `i` is capitalized inside a sentence, where a capital marks a name ("the Arab
    /// Spring", "Spring Street"): not after a sentence end, a quote mark or a line break.
    fn is_name_cased(&self, i: usize) -> bool {
        self.is_capitalized(i)
            && i > 0
            && self.same_line(i)
            && !matches!(self.w(i - 1), "." | "!" | "?" | ":" | "\"" | "“" | "'" | "‘" | "(")
    }

    fn is_number(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number)
    }

    /// True for an expression that names a recurrence ("every morning at 7am"), which is a set; not a
    /// date that a preposition of time sets apart from the recurrence ("every year since 2001"), nor
    /// the period a recurrence falls in ("every month this year").
    fn in_set(&self, i: usize) -> bool {
        let Some(k) = (1..=3).find(|&k| matches!(self.w_before(i, k), "every" | "each")) else { return false };
        let period = k > 1 && matches!(self.w(i), "this" | "last" | "next");
        !period
            && !(1..=3).any(|k| self.w_before(i, k).starts_with(|c: char| c.is_ascii_punctuation()))
            && !(1..k).any(|j| matches!(self.w_before(i, j), "since" | "until" | "till" | "from" | "through" | "before" | "after" | "between"))
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

    /// An ordinal at token `i` ("third", "3rd").
    fn ordinal(&self, i: usize) -> Option<u32> {
        let w = self.w(i);
        ORDINALS.iter().find(|(o, _)| *o == w).map(|&(_, n)| n)
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
        self.four_digits(i).filter(|y| (1900..=2099).contains(y))
    }

    /// A 4-digit year 1000-2099 at token `i`, for a year written after a month or a day ("November
    /// 1886", "27 January 1820"), where nothing else than a year can stand.
    fn dated_year_number(&self, i: usize) -> Option<i32> {
        self.four_digits(i).filter(|y| (1000..=2099).contains(y))
    }

    fn four_digits(&self, i: usize) -> Option<i32> {
        let w = self.w(i);
        (self.is_number(i) && w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok())?
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

    /// The TIMEX3 code of a season word at token `i` ("autumn" -> `FA`).
    fn season_code(&self, i: usize) -> Option<&'static str> {
        let w = self.w(i);
        SEASONS.iter().find(|(s, _)| *s == w).map(|&(_, code)| code)
    }

    /// `(end, year)` for an optional year after a date: "[,] 2022".
    fn trailing_year(&self, i: usize) -> Option<(usize, i32)> {
        let j = if self.w(i) == "," { i + 1 } else { i };
        if !self.same_line(i) || !self.same_line(j) {
            return None;
        }
        self.dated_year_number(j).map(|y| (j + 1, y))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_lower_case_test_agrees_with_the_bytes() {
        let text = "the @[`{ AZaz March 2004 déjà vu x Xx lower-case-words-longer-than-eight UPPER Ünter end";
        let scalar = |w: &[u8]| !w.iter().any(|&b| b.is_ascii_uppercase() || !b.is_ascii());
        for start in 0..text.len() {
            for end in start + 1..=text.len().min(start + 12) {
                assert_eq!(is_lower_ascii(text.as_bytes(), start..end), scalar(&text.as_bytes()[start..end]), "{start}..{end}");
            }
        }
    }
}
