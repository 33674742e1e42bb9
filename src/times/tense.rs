//! The tense of the clause around a temporal expression, which decides whether a bare "Monday" or
//! "October" is the last one or the next one. News mostly reports the past, so past is the default.
//!
//! Looks only at a few words on each side within the sentence (the nearest cue wins, the left one on a
//! tie), so the cost per expression is bounded.

use std::ops::Range;

use std::sync::OnceLock;

use super::lexicon::{FUTURE_CUES, PAST_CUES};
use crate::english::IRREGULAR_PAST;
use crate::fasthash::FastMap;
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
    let word_before = tokens.start.checked_sub(1).filter(|&i| i >= sentence.start).map(|i| doc.word(i));
    // "closed until Friday": the end of a state, mostly one that lasts into the days ahead. "until"
    // anywhere else belongs to another expression ("from noon Tuesday until 4 p.m.").
    if word_before.is_some_and(|w| w.eq_ignore_ascii_case("until")) {
        return Tense::Future;
    }
    // a deadline ("by early June", "by Friday") lies ahead unless the clause's verb says it passed
    // ("withdrew by mid-September")
    let deadline = word_before.is_some_and(|w| w.eq_ignore_ascii_case("by"));
    for d in 1..=WINDOW {
        let left = tokens.start.checked_sub(d).filter(|&i| left_open && i >= sentence.start);
        let right = Some(tokens.end + d - 1).filter(|&i| right_open && i < sentence.end);
        left_open = left.is_some_and(|i| !is_quotation_mark(doc, i));
        right_open = right.is_some_and(|i| !is_quotation_mark(doc, i));
        if left.is_none() && right.is_none() {
            break;
        }
        // "unveiled on 12 March and will take effect": the verb after "and" is another predicate's
        if right.is_some_and(|i| opens_predicate(doc, i, sentence.start)) {
            right_open = false;
        }
        for i in [left, right.filter(|_| right_open)].into_iter().flatten() {
            if let Some(t) = cue(doc, i, sentence.start) {
                return t;
            }
        }
    }
    if deadline {
        Tense::Future
    } else {
        Tense::Unknown
    }
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
    let listed = listed_cue(word);
    // "are to travel": a plan
    let be_to = matches!(word, "is" | "are") && doc.tokens.get(i + 1).is_some_and(|_| doc.word(i + 1) == "to");
    if listed == Some(Tense::Future) || be_to || will {
        Some(Tense::Future)
    } else if (listed == Some(Tense::Past) || (word.len() > 4 && word.ends_with("ed"))) && !after_be(doc, i) {
        Some(Tense::Past)
    } else {
        None
    }
}

/// True when token `i` is "and" or "but" right before a tense cue: it opens a predicate of its own.
fn opens_predicate(doc: &Document, i: usize, sentence_start: usize) -> bool {
    let coordinator = ["and", "but"].iter().any(|c| c.eq_ignore_ascii_case(doc.word(i)));
    coordinator && i + 1 < doc.tokens.len() && cue(doc, i + 1, sentence_start).is_some()
}

/// A bound on the length of the listed cue words, in bytes (a test checks it): a longer word is no cue.
const LONGEST_CUE: usize = 16;

/// The tense `word` marks by the cue lists, in any ASCII case; a future cue wins over a past one.
fn listed_cue(word: &str) -> Option<Tense> {
    static CUES: OnceLock<FastMap<&'static str, Tense>> = OnceLock::new();
    let cues = CUES.get_or_init(|| {
        let past = PAST_CUES.iter().chain(IRREGULAR_PAST).map(|&c| (c, Tense::Past));
        past.chain(FUTURE_CUES.iter().map(|&c| (c, Tense::Future))).collect()
    });
    // the cues are lower-case ASCII, so a word matches only when it is ASCII too: fold it on the stack
    let bytes = word.as_bytes();
    if bytes.len() > LONGEST_CUE || !word.is_ascii() {
        return None;
    }
    let mut folded = [0u8; LONGEST_CUE];
    let folded = &mut folded[..bytes.len()];
    folded.copy_from_slice(bytes);
    folded.make_ascii_lowercase();
    cues.get(std::str::from_utf8(folded).ok()?).copied()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_words_are_short_lower_case_ascii() {
        for cue in FUTURE_CUES.iter().chain(PAST_CUES).chain(IRREGULAR_PAST) {
            assert!(cue.len() <= LONGEST_CUE && cue.is_ascii() && cue.to_ascii_lowercase() == *cue, "{cue}");
        }
    }

    /// The tense around the first occurrence of `phrase` in `text`.
    fn tense_of(text: &str, phrase: &str) -> Tense {
        let doc = Document::new(text);
        let at = text.find(phrase).expect("phrase in text");
        let start = doc.tokens.iter().position(|t| t.start == at).expect("token start");
        let end = doc.tokens.iter().position(|t| t.end == at + phrase.len()).expect("token end") + 1;
        tense_around(&doc, start..end)
    }

    #[test]
    fn a_deadline_lies_ahead_unless_its_verb_says_it_passed() {
        assert_eq!(tense_of("The rebels must leave by Friday.", "Friday"), Tense::Future);
        assert_eq!(tense_of("By June the plant shuts.", "June"), Tense::Future);
        assert_eq!(tense_of("The army withdrew by mid-September.", "mid-September"), Tense::Past);
        assert_eq!(tense_of("The roof was finished by early June.", "early June"), Tense::Past);
        assert_eq!(tense_of("The army will withdraw by mid-September.", "mid-September"), Tense::Future);
    }

    #[test]
    fn until_looks_ahead_only_for_the_time_it_governs() {
        assert_eq!(tense_of("Markets stay shut until Friday.", "Friday"), Tense::Future);
        assert_eq!(tense_of("The talks ran from noon Tuesday until dusk.", "Tuesday"), Tense::Past);
    }

    #[test]
    fn and_before_a_verb_opens_another_predicate() {
        assert_eq!(tense_of("The plan was unveiled on 12 March and will take effect in April.", "12 March"), Tense::Past);
        assert_eq!(tense_of("Talks on Monday and Tuesday will decide it.", "Monday"), Tense::Future);
    }

    #[test]
    fn listed_cues_match_in_any_ascii_case() {
        assert_eq!(listed_cue("Will"), Some(Tense::Future));
        assert_eq!(listed_cue("WAS"), Some(Tense::Past));
        assert_eq!(listed_cue("wasn"), None);
        assert_eq!(listed_cue("wäs"), None);
        assert_eq!(listed_cue("a-word-longer-than-any-cue"), None);
    }
}
