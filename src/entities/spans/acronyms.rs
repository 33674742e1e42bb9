//! Acronyms the text defines for a common-noun phrase: "gross domestic product (GDP)", "Geographic
//! Information Systems (GIS)", or for an event or a law: "World Wide Developers Conference (WWDC)",
//! "Affordable Care Act (ACA)". Such an acronym names no person, organization or place wherever the
//! text uses it, and neither does its spelled-out form.
//!
//! A definition whose spelled-out form holds a name, a listed word or a head word ("World Health
//! Organisation (WHO)", "Kennedy Space Center (KSC)") is left to the tagger, as is every acronym the
//! text does not define.

use std::ops::Range;

use super::super::features::TokenInfo;
use super::super::lexicon::flag;
use super::filters::is_event_head;
use super::Candidate;
use crate::fasthash::FastSet;
use crate::tokens::{Document, TokenKind};

/// Drops the candidates that are a common-noun acronym the text defines, or its spelled-out form.
pub(super) fn drop_common_acronyms(doc: &Document, info: &TokenInfo, mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut acronyms: FastSet<&str> = FastSet::default();
    // the spelled-out forms, in text order and not overlapping (each ends at its own bracket)
    let mut spelled_forms: Vec<Range<usize>> = Vec::new();
    let bytes = doc.text.as_bytes();
    let is_byte = |i: usize, b: u8| {
        doc.tokens.get(i).is_some_and(|t| t.end == t.start + 1 && bytes[t.start] == b)
    };
    // only the opening brackets are visited (a memchr search), not every token
    for (at, _) in doc.text.match_indices('(') {
        let open = doc.tokens.partition_point(|t| t.start < at);
        let i = open + 1;
        // the bracket, one word, the closing bracket (a closing one after `i` means `i` exists)
        if !is_byte(open, b'(') || !is_byte(i + 1, b')') {
            continue;
        }
        let Some(letters) = acronym_letters(doc.word(i)) else { continue };
        if let Some(spelled) = spelled_out(doc, info, i - 1, letters) {
            // an event's or a law's acronym is no entity either ("World Wide Developers Conference (WWDC)")
            if is_common_phrase(doc, info, &spelled) || is_event_head(&info.folded[spelled.end - 1]) {
                acronyms.insert(letters);
                spelled_forms.push(spelled);
            }
        }
    }
    if acronyms.is_empty() {
        return candidates;
    }
    candidates.retain(|c| {
        let acronym = c.tokens.len() == 1 && acronym_letters(doc.word(c.tokens.start)).is_some_and(|l| acronyms.contains(l));
        // the last spelled-out form starting at or before the candidate is the only one that can hold it
        let before = spelled_forms.partition_point(|r| r.start <= c.tokens.start);
        let spelled = before > 0 && c.tokens.end <= spelled_forms[before - 1].end;
        !(acronym || spelled)
    });
    candidates
}

/// The capitals of an acronym of two to six letters, without a plural `s`: `GIS`, `MTPs` -> `MTP`.
fn acronym_letters(word: &str) -> Option<&str> {
    let letters = word.strip_suffix('s').unwrap_or(word);
    ((2..=6).contains(&letters.len()) && letters.bytes().all(|b| b.is_ascii_uppercase())).then_some(letters)
}

/// The words before token `open` (the opening bracket) whose initials spell `letters`, joining words
/// skipped ("Information and Communication Technology"); `None` when they do not spell it.
fn spelled_out(doc: &Document, info: &TokenInfo, open: usize, letters: &str) -> Option<Range<usize>> {
    let mut start = open;
    for letter in letters.bytes().rev() {
        // at most two joining words between two initials ("Organisation of the ...")
        let mut skipped = 0;
        loop {
            start = start.checked_sub(1)?;
            let word = &info.folded[start];
            if !(JOINING.contains(&word.as_ref()) || word == "-" || word == ",") {
                break;
            }
            skipped += 1;
            if skipped > 2 {
                return None;
            }
        }
        if doc.tokens[start].kind != TokenKind::Word || !info.folded[start].as_bytes().first().is_some_and(|b| b.eq_ignore_ascii_case(&letter)) {
            return None;
        }
    }
    Some(start..open)
}

/// Every word of the phrase is a common word: written in lower case here, or capitalized but one the
/// text or the training sets also write in lower case, and on no list of names or head words.
fn is_common_phrase(doc: &Document, info: &TokenInfo, words: &Range<usize>) -> bool {
    const NAMING: u16 = flag::GIVEN | flag::PLACE | flag::ORG | flag::ORG_WORD | flag::PLACE_WORD | flag::NAME_BEGIN | flag::NAME_INSIDE;
    words.clone().all(|i| {
        let lower = doc.word(i).chars().next().is_some_and(char::is_lowercase);
        (lower || info.is_common_word(i)) && info.flags[i] & NAMING == 0
    })
}

/// Words an acronym skips.
const JOINING: &[&str] = &["of", "and", "for", "the", "in", "on", "to", "&"];
