//! The tense of the clause around a temporal expression, which decides whether a bare "Monday" or
//! "October" is the last one or the next one. News mostly reports the past, so past is the default.
//!
//! Looks only at a few words on each side within the sentence (the nearest cue wins, the left one on a
//! tie), so the cost per expression is bounded.

use std::ops::Range;

use super::lexicon::{FUTURE_CUES, PAST_CUES};
use crate::tokens::{Document, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    /// No cue nearby.
    Unknown,
}

/// How far (in tokens) to look for a cue on each side.
const WINDOW: usize = 12;

/// The tense of the clause around the expression at `tokens`.
pub fn tense_around(doc: &Document, tokens: Range<usize>) -> Tense {
    let sentence = match doc.sentences.get(doc.sentence_of(tokens.start)) {
        Some(s) => s.tokens.clone(),
        None => return Tense::Unknown,
    };
    // a quotation mark closes the clause: the reporting verb outside a quote ("…on Monday," she
    // said) says nothing of the tense inside it, nor the quote of the narration around it
    let (mut left_open, mut right_open) = (true, true);
    for d in 1..=WINDOW {
        let left = tokens.start.checked_sub(d).filter(|&i| left_open && i >= sentence.start);
        let right = Some(tokens.end + d - 1).filter(|&i| right_open && i < sentence.end);
        left_open = left.is_some_and(|i| !is_quotation_mark(doc, i));
        right_open = right.is_some_and(|i| !is_quotation_mark(doc, i));
        if left.is_none() && right.is_none() {
            break;
        }
        // a deadline: "by early June", "by Friday"
        if d == 1 && left.is_some_and(|i| doc.word(i).eq_ignore_ascii_case("by")) {
            return Tense::Future;
        }
        for i in [left, right].into_iter().flatten() {
            if let Some(t) = cue(doc, i, sentence.start) {
                return t;
            }
        }
    }
    Tense::Unknown
}

/// The tense token `i` marks, if any. A capitalized word inside the sentence is a name, not a cue:
/// "May 7" is a month, "Will Smith" a person.
fn cue(doc: &Document, i: usize, sentence_start: usize) -> Option<Tense> {
    if doc.tokens[i].kind != TokenKind::Word {
        return None;
    }
    let word = doc.word(i);
    // "I'll", "We'll": a contraction of will, capitalized or not
    let will = word.ends_with("'ll") || word.ends_with("’ll");
    if !will && i > sentence_start && word.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let is = |list: &[&str]| list.iter().any(|c| c.eq_ignore_ascii_case(word));
    // "are to travel": a plan
    let be_to = matches!(word, "is" | "are") && doc.tokens.get(i + 1).is_some_and(|_| doc.word(i + 1) == "to");
    if is(FUTURE_CUES) || be_to || will {
        Some(Tense::Future)
    } else if (is(PAST_CUES) || (word.len() > 4 && word.ends_with("ed"))) && !after_be(doc, i) {
        Some(Tense::Past)
    } else {
        None
    }
}

/// True when token `i` is a double quotation mark, straight or curly.
fn is_quotation_mark(doc: &Document, i: usize) -> bool {
    matches!(&doc.text[doc.tokens[i].start..doc.tokens[i].end], "\"" | "“" | "”" | "``" | "''")
}

/// True when token `i` follows "be", "been" or "being": a passive participle ("should be completed",
/// "is to be held") says nothing of the tense; the auxiliary before it does.
fn after_be(doc: &Document, i: usize) -> bool {
    i > 0 && ["be", "been", "being"].iter().any(|b| b.eq_ignore_ascii_case(doc.word(i - 1)))
}
