//! Which patterns can start at a token: each pattern says what its first token can be, and one table,
//! built once, gives every opening word the set of patterns to try there. The scan then tries only
//! those, in the order of [`PATTERNS`], instead of every pattern at every number and time word.
//!
//! This only prunes patterns that could not match; which expression is found is decided by the
//! patterns themselves and by the gate of [`Words::patterns_at`] (numbers, quote marks and the words
//! of [`opening_words`]).

use std::sync::OnceLock;

use super::{dates, Match, Words, WITH_DURATIONS};
use crate::fasthash::FastMap;
use crate::times::lexicon::*;
use crate::tokens::TokenKind;

/// What can stand at the first token of a pattern's match.
#[derive(Clone, Copy)]
enum Opener {
    /// A number token ("2014", "3rd", "16:08").
    Number,
    /// A quotation mark or lone apostrophe ("'82").
    QuoteMark,
    /// A fiscal-year code ("FY2009").
    FiscalCode,
    /// Any of these words.
    Listed(&'static [&'static str]),
    /// Any word of a table.
    Table(fn() -> Vec<&'static str>),
}

use Opener::{FiscalCode, Listed, Number, QuoteMark, Table};

type Pattern = for<'w, 'd, 'a> fn(&'w Words<'d, 'a>, usize) -> Match;

/// The patterns in the order they are tried (the first that matches wins), each with what can open it.
#[rustfmt::skip]
const PATTERNS: &[(Pattern, &[Opener])] = &[
    (|w, i| w.modified(i), &[Listed(&[
        "early", "late", "mid", "post", "pre", "earlier", "later", "the", "end", "beginning", "start",
    ])]),
    (|w, i| w.clock(i), &[Number, Table(named_hours)]),
    (|w, i| w.numeric_date(i), &[Number]),
    (|w, i| w.week_of_month(i), &[Listed(&["the", "last"]), Table(ordinals)]),
    (|w, i| w.day_month(i), &[Number]),
    (|w, i| w.day_of_month(i), &[Listed(&["the"])]),
    (|w, i| w.weekday(i), &[Table(relation_words), Listed(&["following", "previous", "preceding"]), Table(weekdays)]),
    (|w, i| w.month_with_rel(i), &[Table(relation_words)]),
    (|w, i| w.month_first(i), &[Table(months)]),
    (|w, i| w.decade(i), &[Listed(&["the"]), Number, QuoteMark, Table(decade_words)]),
    (|w, i| w.century(i), &[Listed(&["the", "twenty"]), Number, Table(century_ordinals)]),
    (|w, i| w.fiscal_year(i), &[
        FiscalCode, Table(relation_words),
        Listed(&["fy", "the", "current", "previous", "prior", "fiscal", "financial"]),
    ]),
    (|w, i| w.year(i), &[Number, QuoteMark]),
    (|w, i| w.quarter(i), &[
        Listed(&["the", "q1", "q2", "q3", "q4", "last", "final", "previous", "past"]), Table(ordinals),
    ]),
    (|w, i| w.half(i), &[Listed(&["h1", "h2", "the", "first", "second"])]),
    (|w, i| w.season(i), &[Table(relation_words), Table(seasons)]),
    (|w, i| w.holiday(i), &[Table(holidays)]),
    (|w, i| w.day_words(i), &[
        Listed(&["today", "yesterday", "tomorrow", "tonight", "earlier", "later", "this", "last", "that", "the"]),
        Table(day_parts),
    ]),
    (|w, i| w.run_of_units(i), &[Listed(&["a", "the"]), Table(ordinals)]),
    (|w, i| w.ranked_unit(i), &[Table(units)]),
    (|w, i| w.shift(i), &[Number, Listed(&["a"]), Table(number_words), Table(vague_quantities), Table(units)]),
    (|w, i| w.relative(i), &[
        Listed(&["the", "that", "current", "previous", "prior"]), Table(relation_words), Table(units),
    ]),
    (|w, i| w.vague(i), &[Listed(&["the", "later", "recent", "these", "current"]), Table(vague_refs)]),
    (|w, i| if WITH_DURATIONS { w.duration(i) } else { None }, &[
        Number, Listed(&["half", "hours", "minutes", "for", "over", "within", "in", "the", "a"]),
        Table(units), Table(number_words), Table(vague_quantities),
    ]),
];

/// The words relating a name to the reference date ("last October", "this winter", "next year").
fn relation_words() -> Vec<&'static str> {
    vec!["last", "past", "this", "next", "coming"]
}
fn named_hours() -> Vec<&'static str> {
    NAMED_HOURS.iter().map(|&(w, _)| w).collect()
}
fn ordinals() -> Vec<&'static str> {
    ORDINALS.iter().map(|&(w, _)| w).collect()
}
fn weekdays() -> Vec<&'static str> {
    WEEKDAYS.iter().map(|names| names[0]).collect()
}
fn months() -> Vec<&'static str> {
    MONTHS.iter().flat_map(|names| names.iter().copied()).collect()
}
fn century_ordinals() -> Vec<&'static str> {
    CENTURY_ORDINALS.iter().map(|&(w, _)| w).collect()
}
fn decade_words() -> Vec<&'static str> {
    DECADE_WORDS.iter().map(|&(w, _)| w).collect()
}
fn seasons() -> Vec<&'static str> {
    SEASONS.iter().map(|&(w, _)| w).collect()
}
fn holidays() -> Vec<&'static str> {
    HOLIDAYS.iter().filter_map(|(words, _)| words.first().copied()).collect()
}
fn day_parts() -> Vec<&'static str> {
    DAY_PARTS.iter().map(|&(w, _)| w).collect()
}
fn units() -> Vec<&'static str> {
    UNITS.iter().flat_map(|&(s, p, _)| [s, p]).collect()
}
fn number_words() -> Vec<&'static str> {
    NUMBER_WORDS.iter().map(|&(w, _)| w).collect()
}
fn vague_quantities() -> Vec<&'static str> {
    VAGUE_QUANTITIES.to_vec()
}
fn vague_refs() -> Vec<&'static str> {
    VAGUE_REFS.iter().filter_map(|(words, _)| words.first().copied()).collect()
}

/// Every word that can open an expression, from the word tables: the gate of the scan.
pub(super) fn opening_words() -> Vec<&'static str> {
    let mut words = OPENING_WORDS.to_vec();
    words.extend(months());
    words.extend(weekdays());
    words.extend(seasons());
    words.extend(decade_words());
    words.extend(number_words());
    words.extend(ordinals());
    words.extend(century_ordinals());
    words.extend(vague_quantities());
    words.extend(units());
    words.extend(vague_refs());
    words.extend(holidays());
    words
}

/// A set of patterns: bit `k` stands for `PATTERNS[k]`.
type PatternSet = u32;

/// What an opening word may open.
#[derive(Clone, Copy, Default)]
struct OpeningWord {
    patterns: PatternSet,
    /// A frequent word that opens an expression only before a number or another time word
    /// ([`WEAK_OPENERS`]).
    weak: bool,
}

/// The patterns each kind of first token can open.
struct Openers {
    /// Every word of [`opening_words()`], the gate: a word not here opens nothing.
    words: FastMap<&'static str, OpeningWord>,
    /// For each pair of a first and a last byte ([`ends_key`]), a bit for each length (in bytes) of
    /// the words above: most other words are turned away by it before the hash lookup.
    lengths_by_ends: Vec<u64>,
    number: PatternSet,
    quote_mark: PatternSet,
    fiscal_code: PatternSet,
}

fn openers() -> &'static Openers {
    static OPENERS: OnceLock<Openers> = OnceLock::new();
    OPENERS.get_or_init(|| {
        let words = opening_words().into_iter().map(|w| (w, OpeningWord { patterns: 0, weak: WEAK_OPENERS.contains(&w) }));
        let mut o = Openers {
            words: words.collect(),
            lengths_by_ends: vec![0; ENDS_KEYS],
            number: 0,
            quote_mark: 0,
            fiscal_code: 0,
        };
        for w in o.words.keys() {
            let length_bit = 1u64.checked_shl(w.len() as u32).expect("opening words are short");
            o.lengths_by_ends[ends_key(w).expect("opening words are not empty")] |= length_bit;
        }
        for (k, (_, opened_by)) in PATTERNS.iter().enumerate() {
            let bit = 1 << k;
            let mut add_word = |w: &str| {
                // only words that pass the gate: the others are never tried
                if let Some(entry) = o.words.get_mut(w) {
                    entry.patterns |= bit;
                }
            };
            for opener in *opened_by {
                match opener {
                    Number => o.number |= bit,
                    QuoteMark => o.quote_mark |= bit,
                    FiscalCode => o.fiscal_code |= bit,
                    Listed(words) => words.iter().for_each(|w| add_word(w)),
                    Table(words) => words().into_iter().for_each(&mut add_word),
                }
            }
        }
        o
    })
}

impl Openers {
    /// What `word` may open, when it is an opening word.
    #[inline(always)]
    fn word(&self, word: &str) -> Option<&OpeningWord> {
        let length_bit = 1u64.checked_shl(word.len() as u32).unwrap_or(0);
        if self.lengths_by_ends[ends_key(word)?] & length_bit == 0 {
            return None;
        }
        self.look_up(word)
    }

    /// The hash lookup, apart so that the quick test above stays small where it is inlined.
    #[inline(never)]
    fn look_up(&self, word: &str) -> Option<&OpeningWord> {
        self.words.get(word)
    }
}

/// How many keys [`ends_key`] gives.
const ENDS_KEYS: usize = 1 << 10;

/// A key of the first and last bytes of `word`, five bits of each (all a letter's in ASCII lower case).
fn ends_key(word: &str) -> Option<usize> {
    let (&first, &last) = (word.as_bytes().first()?, word.as_bytes().last()?);
    Some(usize::from(first & 31) << 5 | usize::from(last & 31))
}

impl Words<'_, '_> {
    /// The patterns to try at token `i`: none where no expression may start (a word of no table, or a
    /// weak opener such as "the" or "in" that is not followed by a number or a time word).
    fn patterns_at(&self, i: usize) -> PatternSet {
        let o = openers();
        let by_kind = match self.doc.tokens[i].kind {
            TokenKind::Number => o.number,
            TokenKind::Quote => o.quote_mark,
            TokenKind::Word => 0,
            TokenKind::Punct => return 0, // no opening word is punctuation (a test checks it)
        };
        let w = self.w(i);
        let Some(opening) = o.word(w) else {
            return by_kind | if dates::fiscal_code(w).is_some() { o.fiscal_code } else { 0 };
        };
        if by_kind != 0 || !opening.weak || self.opens_after_weak_opener(i + 1) {
            by_kind | opening.patterns
        } else {
            0
        }
    }

    /// True when token `next`, after a weak opener, lets it open an expression: a number or quote
    /// mark, an opening word that is not weak itself, or a word of [`AFTER_WEAK_OPENERS`].
    fn opens_after_weak_opener(&self, next: usize) -> bool {
        let w = self.w(next);
        self.doc.tokens.get(next).is_some_and(|t| matches!(t.kind, TokenKind::Number | TokenKind::Quote))
            || openers().word(w).is_some_and(|o| !o.weak)
            || AFTER_WEAK_OPENERS.contains(&w)
    }

    /// The first expression starting at token `i`, by the first pattern that matches there.
    pub(super) fn match_at(&self, i: usize) -> Match {
        let mut patterns = self.patterns_at(i);
        while patterns != 0 {
            let k = patterns.trailing_zeros() as usize;
            if let Some(found) = PATTERNS[k].0(self, i) {
                return Some(found);
            }
            patterns &= patterns - 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_has_a_bit() {
        assert!(PATTERNS.len() <= PatternSet::BITS as usize);
    }

    #[test]
    fn listed_openers_pass_the_gate() {
        for (_, opened_by) in PATTERNS {
            for opener in *opened_by {
                if let Listed(words) = opener {
                    assert!(words.iter().all(|w| openers().words.contains_key(w)), "{words:?}");
                }
            }
        }
    }

    #[test]
    fn no_opening_word_is_punctuation() {
        // a punctuation token is one character that is neither a letter nor a digit
        for w in openers().words.keys() {
            assert!(w.chars().count() > 1 || w.chars().all(char::is_alphanumeric), "{w}");
        }
    }

    #[test]
    fn short_words_of_no_table_open_nothing() {
        let o = openers();
        assert!(o.word("the").is_some_and(|w| w.weak && w.patterns != 0));
        assert!(o.word("march").is_some_and(|w| !w.weak && w.patterns != 0));
        assert!(o.word("thx").is_none() && o.word("").is_none() && o.word("théâtre").is_none());
    }
}
