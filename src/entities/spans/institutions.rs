//! Long institution names the tagger cuts short: it often stops at the head word or at "and", so
//! "Andy Warhol Foundation for the Visual Arts" comes as "Andy Warhol Foundation", and "National Air
//! and Space Museum" as "National Air" and "Space Museum".
//!
//! A listed company before a listed place is the company's branch there ("GM Europe"), not the place.
//!
//! The tagger also ends a name at a possessive, which is right for "Maliki's party" but cuts "Korean
//! People's Army" and "Valdera Growers' Cooperative" short.
//!
//! This only joins words around an organization or place head word ("Foundation", "Council",
//! "Museum"); it never joins two names that are whole without each other ("Airbus and Boeing").

use std::ops::Range;

use super::super::features::TokenInfo;
use super::super::lexicon::{flag, lexicon};
use super::{is_capitalized_word, listed, Candidate};
use crate::tokens::{Document, Gap};

/// Joins and extends the institution names among `candidates` (in text order, not overlapping).
pub(super) fn complete_institution_names(doc: &Document, info: &TokenInfo, candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
    let mut k = 0;
    while k < candidates.len() {
        let mut c = candidates[k].clone();
        k += 1;
        if let Some(last) = out.last() {
            if joins_before_head(doc, info, last, &c) {
                let first = out.pop().expect("the candidate before");
                c.tokens.start = first.tokens.start;
            } else if is_company_then_region(doc, info, &last.tokens, &c.tokens) {
                let first = out.pop().expect("the candidate before");
                c = Candidate { tokens: first.tokens.start..c.tokens.end, kind: super::EntityKind::Org };
            }
        }
        // one candidate already, typed a place for its last word ("GM Europe")
        let listed_first = info.flags[c.tokens.start] & flag::ORG != 0;
        if listed_first && (c.tokens.start + 1..c.tokens.end).any(|k| is_company_then_region(doc, info, &(c.tokens.start..k), &(k..c.tokens.end))) {
            c.kind = super::EntityKind::Org;
        }
        if let Some((end, kind)) = possessive_name_end(doc, info, &c) {
            // the words after the possessive may have been tagged as a name of their own
            let inside = candidates[k..].iter().take_while(|n| n.tokens.start < end);
            let end = inside.clone().map(|n| n.tokens.end).fold(end, usize::max);
            k += inside.count();
            c = Candidate { tokens: c.tokens.start..end, kind };
        }
        if let Some(end) = purpose_phrase_end(doc, info, &c) {
            // the phrase may run over organization names of its own ("Council for the Welfare of
            // Immigrants"), which it takes in; over any other name it is no part of this one
            let inside = candidates[k..].iter().take_while(|n| n.tokens.start < end);
            if inside.clone().all(|n| n.kind == c.kind && n.tokens.end <= end) {
                k += inside.count();
                c.tokens.end = end;
            }
        }
        out.push(c);
    }
    out
}

/// `first`, "and" or "&", then `second`, a head word after common words, make one name ("National
/// Air" and "Space Museum"). Not when `first` is a listed name of its own ("Boeing and Airbus Museum"),
/// or `second` is a name before its head word ("British Library and Columbia University").
fn joins_before_head(doc: &Document, info: &TokenInfo, first: &Candidate, second: &Candidate) -> bool {
    let joint = first.tokens.end;
    let head = second.tokens.end - 1;
    second.tokens.start == joint + 1
        && matches!(doc.word(joint), "and" | "&")
        && doc.tokens[joint].gap == Gap::Space
        && doc.tokens[second.tokens.start].gap == Gap::Space
        && is_head_word(info, head)
        && (second.tokens.start..head).all(|i| info.is_common_word(i))
        && !first.tokens.clone().any(|i| is_head_word(info, i))
        && listed(info, &first.tokens).is_none()
}

/// The end of a phrase of purpose or subject after an organization's head word: "for the Visual
/// Arts", "of Fine Arts", "on Foreign Relations". Its words are capitalized, joined only by "of",
/// "and" or "&" before a capitalized word, and the phrase ends on a capitalized word.
fn purpose_phrase_end(doc: &Document, info: &TokenInfo, c: &Candidate) -> Option<usize> {
    let head = c.tokens.end - 1;
    if c.kind != super::EntityKind::Org || info.flags[head] & flag::ORG_WORD == 0 {
        return None;
    }
    let linking = c.tokens.end;
    let spaced = |i: usize| doc.tokens.get(i).is_some_and(|t| t.gap == Gap::Space);
    if !(spaced(linking) && matches!(doc.word(linking), "for" | "on")) {
        return None;
    }
    let mut i = linking + 1;
    if spaced(i) && doc.word(i) == "the" {
        i += 1;
    }
    let mut end = None;
    // a name's phrase is short: stop after seven tokens
    while spaced(i) && i < linking + 8 {
        // a month or a weekday dates the name ("Office on June 5")
        if is_capitalized_word(doc, i) && info.flags[i] & flag::NOT_NAME == 0 {
            end = Some(i + 1);
        } else if !(matches!(doc.word(i), "of" | "and" | "&") && is_capitalized_word(doc, i + 1)) {
            // "and the ..." begins another name
            break;
        }
        i += 1;
    }
    end
}

/// The end and type of a name that runs on over a possessive after the candidate: a plural common
/// noun's ("Korean People's Army", "Growers' Cooperative", "the Women's Institute") or a saint's ("St
/// Mary's Hospital"), when capitalized words with a head word follow it. A person's or a company's
/// possessive ends the name ("Maliki's Party colleagues", "Airbus' Delivery Center").
fn possessive_name_end(doc: &Document, info: &TokenInfo, c: &Candidate) -> Option<(usize, super::EntityKind)> {
    let mark = c.tokens.end;
    let attached = doc.tokens.get(mark).is_some_and(|t| t.gap == Gap::None);
    if !(attached && matches!(doc.word(mark), "'s" | "’s" | "'" | "’")) {
        return None;
    }
    let owner = c.tokens.end - 1;
    let folded = info.folded[owner].as_ref();
    let common = info.is_common_word(owner);
    let plural = folded.ends_with('s') || matches!(folded, "people" | "children" | "women" | "men");
    let saint = matches!(doc.word(c.tokens.start), "St" | "Saint") && c.tokens.len() == 2;
    // a bare apostrophe marks a plural's possessive ("Growers'"), whether or not the word is known
    let plural_mark = matches!(doc.word(mark), "'" | "’") && folded.ends_with('s');
    let listed = info.flags[owner] & (flag::GIVEN | flag::PLACE | flag::ORG | flag::NAME_INSIDE) != 0;
    if !((common && plural || plural_mark) && !listed || saint) {
        return None;
    }
    let capitalized = |i: usize| is_capitalized_word(doc, i) && doc.tokens[i].gap == Gap::Space;
    // the words after it are no name of their own ("the Beatles' Apple Corps"): a head word comes first
    if !(capitalized(mark + 1) && is_head_word(info, mark + 1)) {
        return None;
    }
    let mut end = mark + 1;
    let mut head = None;
    // a name's words after the possessive are few: stop after eight tokens
    while end < mark + 9 && (capitalized(end) || (end < doc.tokens.len() && doc.word(end) == "of" && capitalized(end + 1))) {
        if is_head_word(info, end) {
            head = Some(end);
        }
        end += 1;
    }
    let head = head?;
    let kind = if info.flags[head] & flag::PLACE_WORD != 0 { super::EntityKind::Loc } else { super::EntityKind::Org };
    Some((end, kind))
}

/// A listed company or organization right before a listed place names its branch there, an
/// organization: "GM Europe", "EADS North America", "Toyota UK".
fn is_company_then_region(doc: &Document, info: &TokenInfo, company: &Range<usize>, region: &Range<usize>) -> bool {
    let names = |tokens: &Range<usize>, bit: u16| !tokens.is_empty() && listed(info, tokens).is_some_and(|f| f & bit != 0);
    company.end == region.start
        && doc.tokens[region.start].gap == Gap::Space
        && names(company, flag::ORG)
        && names(region, flag::PLACE)
}

/// An organization or place head word ("Foundation", "Museum", "Center"), or a firm's ("Cooperative").
fn is_head_word(info: &TokenInfo, i: usize) -> bool {
    info.flags[i] & (flag::ORG_WORD | flag::PLACE_WORD) != 0 || lexicon().word_flags(&info.folded[i]) & flag::CLUB_WORD != 0
}
