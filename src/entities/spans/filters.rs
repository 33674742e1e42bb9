//! The tests of the span cleanup that say a candidate names no entity (a title alone, a product, a
//! common word opening a sentence, part of a listed non-name phrase) or has another type than the
//! tagger's (a club, a place before -based). Only predicates: the edits of the spans are in [`super`].

use std::ops::Range;

use super::super::features::TokenInfo;
use super::super::lexicon::{flag, lexicon, starts_upper};
use super::super::EntityKind;
use super::{shared_flags, Candidate};
use crate::tokens::{Document, Gap, TokenKind};

/// A title with only common words before it names an office, not its holder: "Finance Minister",
/// "Foreign Secretary" ("says Finance Minister" of a headline). A name or list word before the title
/// keeps the span ("Apple CEO", "Martin Luther King"), which the trimming below then shortens. A
/// person's name does not end in its title, so there any word without a list flag counts as common.
pub(super) fn is_title_phrase(doc: &Document, info: &TokenInfo, c: &Candidate) -> bool {
    let naming = flag::PLACE | flag::ORG | flag::GIVEN | flag::ORG_WORD | flag::PLACE_WORD;
    let last = c.tokens.end - 1;
    let common = |i: usize| c.kind == EntityKind::Person || info.flags[i] & flag::COMMON != 0;
    let modifier = |i: usize| {
        !starts_upper(doc.word(i)) || info.flags[i] & flag::TITLE != 0 || (common(i) && info.flags[i] & naming == 0)
    };
    c.tokens.len() > 1 && info.flags[last] & flag::TITLE != 0 && c.tokens.clone().all(modifier)
}

/// A "person" ending in an organization head word, or a "person" or "place" ending in a head word of
/// sports club or firm names, is an organization: "Millbrook Athletic", "Dunmore Rovers", "Halvorsen
/// Structural". A given name first keeps a person ("Charlotte Church").
pub(super) fn is_club_or_org_headed(info: &TokenInfo, c: &Candidate) -> bool {
    let last = c.tokens.end - 1;
    let club = lexicon().word_flags(&info.folded[last]) & flag::CLUB_WORD != 0;
    let head = info.flags[last] & flag::ORG_WORD != 0 && c.kind == EntityKind::Person;
    c.kind != EntityKind::Org && c.tokens.len() > 1 && (club || head) && info.flags[c.tokens.start] & flag::GIVEN == 0
}

/// A listed product or plural group word alone names no entity ("iPod", "Democrats"), nor does an
/// organization or place name it begins: a product line ("Mac OS", "iPod Nano").
pub(super) fn starts_with_non_entity(info: &TokenInfo, c: &Candidate) -> bool {
    let first = lexicon().word_flags(&info.folded[c.tokens.start]);
    first & (flag::NO_ENTITY | flag::PRODUCT) != 0 && (c.tokens.len() == 1 || c.kind != EntityKind::Person)
}

/// A name right after a listed product names its model or part, written apart ("iPod" `Nano`, "iTunes"
/// `Music Store`), not an entity of its own. A given name first is a person ("the iPhone Steve Jobs
/// showed").
pub(super) fn follows_product(doc: &Document, info: &TokenInfo, c: &Candidate) -> bool {
    let i = c.tokens.start;
    i >= 1
        && doc.tokens[i].gap == Gap::Space
        && lexicon().word_flags(&info.folded[i - 1]) & flag::PRODUCT != 0
        && info.flags[i] & flag::GIVEN == 0
}

/// Nationality words, titles, and head words such as "Church" or "State" are not names on their own.
pub(super) fn is_generic_word(flags: u16) -> bool {
    let listed = flags & (flag::PLACE | flag::ORG) != 0;
    flags & (flag::NOT_NAME | flag::TITLE) != 0 || (!listed && flags & (flag::ORG_WORD | flag::PLACE_WORD) != 0)
}

/// A lone common word at the start of a sentence or headline is capitalized only by its place
/// ("Shares fell"): no name, unless a list of names holds it.
pub(super) fn is_common_word_opening_sentence(doc: &Document, info: &TokenInfo, c: &Candidate) -> bool {
    let i = c.tokens.start;
    let flags = info.flags[i];
    let opens = i == 0
        || matches!(doc.tokens[i].gap, Gap::Line | Gap::Paragraph)
        || matches!(doc.word(i - 1), "." | "!" | "?")
        || doc.tokens[i - 1].kind == TokenKind::Quote;
    // "Mill town braces for closure" above "the mill": this text writes the word in lower case, and
    // never capitalized inside a sentence
    let common_here = || info.seen_lower(i) && !info.seen_upper_mid_sentence(i);
    c.tokens.len() == 1
        && opens
        && flags & (flag::PLACE | flag::ORG | flag::GIVEN) == 0
        && (flags & flag::COMMON != 0 || common_here())
}

/// Words for groups and followers ("Belgians", "Texans", "Scientologists") name no single entity.
pub(super) fn is_group_word(folded: &str) -> bool {
    ["ians", "eans", "ese", "ists", "ist", "ites"].iter().any(|s| folded.ends_with(s) && folded.len() > s.len() + 2)
}

/// A name with a model number is a product, not its maker (`Boeing 747`, `Airbus A380`, `A380`).
pub(super) fn is_product(doc: &Document, c: &Candidate) -> bool {
    let has_digit = |i: usize| doc.word(i).chars().any(|ch| ch.is_ascii_digit());
    let next_is_code =
        doc.tokens.get(c.tokens.end).is_some_and(|t| t.gap == Gap::Space) && has_digit(c.tokens.end) && starts_code(doc.word(c.tokens.end));
    c.kind != EntityKind::Loc && (has_digit(c.tokens.end - 1) || next_is_code)
}

/// A name after a maker's name and model number names the model (`Boeing 787` `Dreamliner`,
/// `Airbus A350` `XWB`). Dates do not count: the number is no year, and the word before it is a
/// name, neither a month nor a word also written in lower case ("In 1891 Dvořák" keeps its name).
pub(super) fn is_model_name(doc: &Document, info: &TokenInfo, c: &Candidate) -> bool {
    let i = c.tokens.start;
    i >= 2
        && doc.tokens[i].gap == Gap::Space
        && doc.tokens[i - 1].gap == Gap::Space
        && doc.word(i - 1).chars().any(|ch| ch.is_ascii_digit())
        && starts_code(doc.word(i - 1))
        && !is_year(doc.word(i - 1))
        && starts_upper(doc.word(i - 2))
        && info.flags[i - 2] & flag::NOT_NAME == 0
        && !info.seen_lower(i - 2)
}

fn is_year(word: &str) -> bool {
    word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) && (word.starts_with('1') || word.starts_with('2'))
}

/// A country code written onto a currency sign names the currency, not the place (`US$7 billion`,
/// `HK$`, `A$`); with a space between ("US $8") it is left to the tagger.
pub(super) fn is_currency_prefix(doc: &Document, c: &Candidate) -> bool {
    let next = c.tokens.end;
    doc.tokens.get(next).is_some_and(|t| t.gap == Gap::None && CURRENCY_SIGNS.contains(&doc.word(next)))
}

/// Currency signs that take a country prefix.
const CURRENCY_SIGNS: &[&str] = &["$", "£", "€", "¥"];

/// Events, laws, awards and agreements are not entities of the three types, nor are the names inside
/// them ("Paralympic Games", "Americans with Disabilities Act", "Nobel Peace Prize", "Macworld
/// Conference"): the span is dropped when its last word is such a head word. People keep theirs
/// ("Doris Day").
pub(super) fn names_event_or_law(doc: &Document, info: &TokenInfo, c: &Candidate) -> bool {
    let last = c.tokens.end - 1;
    c.kind != EntityKind::Person && starts_upper(doc.word(last)) && is_event_head(&info.folded[last])
}

/// True for the folded last word of an event's, law's or award's name ("conference", "act").
pub(super) fn is_event_head(folded: &str) -> bool {
    EVENT_HEADS.contains(&folded)
}

/// Last words of names of events, laws, awards and agreements; in the training corpora a capitalized
/// name ending in one of these is almost never annotated as a person, organization or place.
const EVENT_HEADS: &[&str] = &[
    "act", "amendment", "award", "awards", "championship", "championships", "conference", "convention", "cup", "day",
    "declaration", "election", "elections", "expo", "festival", "games", "goals", "marathon", "olympics", "prix", "prize",
    "revolution", "series", "summit", "treaty", "war", "agreement", "week",
];

fn starts_code(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some(c) if c.is_ascii_uppercase() => chars.next().is_some_and(|d| d.is_ascii_digit()),
        _ => false,
    }
}

/// A name written onto "-based" is where something is based: a place (`Seattle`-based).
pub(super) fn is_place_before_based(doc: &Document, c: &Candidate) -> bool {
    let end = c.tokens.end;
    let attached = |j: usize| doc.tokens.get(j).is_some_and(|t| t.gap == Gap::None);
    attached(end) && doc.word(end) == "-" && attached(end + 1) && doc.word(end + 1) == "based"
}

/// A span lying inside a listed non-name phrase is no name either: "Dow Jones" of "Dow Jones Industrial
/// Average", "Standard & Poor" of "Standard & Poor's 500".
pub(super) fn inside_non_name_phrase(info: &TokenInfo, tokens: &Range<usize>) -> bool {
    tokens.len() > 1
        && info.flags[tokens.start] & flag::NAME_BEGIN != 0
        && tokens.clone().skip(1).all(|i| info.flags[i] & flag::NAME_INSIDE != 0)
        && shared_flags(info, tokens) & (flag::PLACE | flag::ORG | flag::NOT_NAME) == flag::NOT_NAME
}
