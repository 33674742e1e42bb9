//! The place of a wire-style dateline: "BAGHDAD, March 14 —", "KIRKENES, Norway, March 14 —",
//! "DUNMORE (Reuters) —". A news convention writes it in capitals at the head of a paragraph near the
//! top; the tagger, trained on text without datelines, misses some or types them by their letters.
//!
//! Only a run of capitalized words opening one of the first paragraphs, followed by a comma and a
//! capitalized word or by a bracket, with a dash to come within a few tokens. Headline words ("BREAKING
//! —") have no comma or bracket after them and are left alone.

use std::ops::Range;

use super::super::EntityKind;
use super::{is_capitalized_word, Candidate};
use crate::tokens::{Document, Gap, TokenKind};

/// How many paragraphs from the top a dateline may open (headline, standfirst, dateline).
const DATELINE_PARAGRAPHS: usize = 4;
/// Most words of a place in capitals ("RIO DE JANEIRO" is three).
const MAX_PLACE_WORDS: usize = 4;
/// The dash must come within this many tokens of the place ("KIRKENES, Norway, March 14, 2023 —").
const DASH_REACH: usize = 12;

/// Types the dateline places of `doc` as places, adding them where the tagger found nothing.
pub(super) fn mark_dateline_places(doc: &Document, mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    for paragraph in doc.paragraphs.iter().take(DATELINE_PARAGRAPHS) {
        let Some(place) = dateline_place(doc, paragraph.tokens.start) else { continue };
        let at = candidates.partition_point(|c| c.tokens.end <= place.start);
        match candidates.get_mut(at) {
            Some(c) if c.tokens == place => c.kind = EntityKind::Loc,
            Some(c) if c.tokens.start < place.end => {}
            _ => candidates.insert(at, Candidate { tokens: place, kind: EntityKind::Loc }),
        }
    }
    candidates
}

/// The tokens of the place of a dateline opening at token `start`, if one does.
fn dateline_place(doc: &Document, start: usize) -> Option<Range<usize>> {
    let n = doc.tokens.len();
    let is_capitals = |i: usize| {
        i < n && doc.tokens[i].kind == TokenKind::Word && {
            let word = doc.word(i);
            word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
        }
    };
    let mut end = start;
    while end < start + MAX_PLACE_WORDS && is_capitals(end) && (end == start || doc.tokens[end].gap == Gap::Space) {
        end += 1;
    }
    if end == start || end >= n {
        return None;
    }
    let followed = match doc.word(end) {
        "," => is_capitalized_word(doc, end + 1),
        "(" => true,
        _ => false,
    };
    let dash = (end..(end + DASH_REACH).min(n)).any(|i| doc.is_spaced_dash(i));
    (followed && dash).then_some(start..end)
}
