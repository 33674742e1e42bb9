//! From tagger output to clean mention spans: BIO tags become token ranges, then titles, quote marks
//! and stray punctuation are trimmed off the edges, nationality words dropped, and a list place written
//! into a hyphenated compound (`Iran`-backed) is added.
//!
//! Names are also joined (initials, a country before its state body, a company word after the name)
//! or split (a listed pair, a place after "in"/"at"); `filters` says which candidates name no entity
//! and which take another type than the tagger's (a club, a place before "-based", a listed name). It
//! does not group names; see [`super::grouping`].

use std::ops::Range;

use super::features::TokenInfo;
use super::lexicon::{flag, starts_upper};
use super::tagger::kind_of;
use super::EntityKind;
use crate::tokens::{is_single_capital, Document, Gap, TokenKind};

mod acronyms;
mod datelines;
mod filters;
mod institutions;
mod works;

use filters::{
    follows_product, inside_non_name_phrase, is_club_or_org_headed, is_common_word_opening_sentence, is_currency_prefix, is_generic_word,
    is_group_word, is_model_name, is_place_before_based, is_product, is_title_phrase, names_event_or_law,
    starts_with_non_entity,
};

/// A mention before grouping: token range and the tagger's type.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub tokens: Range<usize>,
    pub kind: EntityKind,
}

/// Turns the BIO tags of one sentence (starting at token `offset`) into candidates, appended to `out`.
pub fn from_tags(tags: &[usize], offset: usize, out: &mut Vec<Candidate>) {
    let mut open: Option<Candidate> = None;
    for (k, &tag) in tags.iter().enumerate() {
        let i = offset + k;
        match kind_of(tag) {
            Some((kind, false)) if open.as_ref().is_some_and(|c| c.kind == kind) => {
                if let Some(c) = open.as_mut() {
                    c.tokens.end = i + 1;
                }
            }
            Some((kind, _)) => {
                out.extend(open.take());
                open = Some(Candidate { tokens: i..i + 1, kind });
            }
            None => out.extend(open.take()),
        }
    }
    out.extend(open);
}

/// Trims every candidate and drops those left empty or naming no entity; adds places in hyphenated
/// compounds. Keeps text order.
pub fn clean(doc: &Document, info: &TokenInfo, candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
    let mut next = join_initials(doc, candidates).into_iter().peekable();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        if let Some(c) = next.next_if(|c| c.tokens.start <= i) {
            let end = c.tokens.end;
            split_at_common_words(doc, info, c, &mut parts);
            // a word may be added after the name only up to the next candidate, or over a next
            // candidate of that one word ("Fiat Group" "SpA"), which then goes
            let limit = next.peek().map_or(doc.tokens.len(), |n| if n.tokens.len() == 1 { n.tokens.end } else { n.tokens.start });
            // plain loops: the iterator chain's closures stayed out of line in WebAssembly
            for part in parts.drain(..) {
                for piece in split_listed_pair(doc, info, part) {
                    if let Some(c) = trim(doc, info, piece) {
                        out.push(extend_company_word(doc, info, c, limit));
                    }
                }
            }
            i = end.max(i + 1).max(out.last().map_or(0, |c| c.tokens.end));
            while next.next_if(|n| n.tokens.end <= i).is_some() {}
        } else {
            // most tokens outside candidates are lower case: one look at the case table skips them
            let untagged = info.starts_upper(i).then(|| untagged_name(doc, info, i)).flatten();
            match untagged.filter(|c| next.peek().is_none_or(|n| n.tokens.start >= c.tokens.end)) {
                Some(c) => {
                    i = c.tokens.end;
                    out.push(c);
                }
                None => i += 1,
            }
        }
    }
    let out = institutions::complete_institution_names(doc, info, join_country_and_body(doc, info, out));
    let out = acronyms::drop_common_acronyms(doc, info, out);
    let out = works::drop_titles_of_works(doc, info, out);
    datelines::mark_dateline_places(doc, out)
}

/// A country written before the body of its state is part of the body's name: "U.S. Air Force",
/// "UK Ministry of Defence", "United States Senate". The body is an organization with an organization
/// head word, right after the listed place.
fn join_country_and_body(doc: &Document, info: &TokenInfo, candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        if let Some(last) = out.last_mut() {
            let country = listed(info, &last.tokens).is_some_and(|f| f & flag::PLACE != 0);
            let body = c.kind == EntityKind::Org && c.tokens.clone().any(|i| info.flags[i] & flag::ORG_WORD != 0);
            let adjacent = c.tokens.start == last.tokens.end && doc.tokens[c.tokens.start].gap == Gap::Space;
            if country && body && adjacent {
                *last = Candidate { tokens: last.tokens.start..c.tokens.end, kind: EntityKind::Org };
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// The tagger never puts the period of an initial or a place abbreviation inside a name (a lone "."
/// gets no features), so "George W. Bush" comes as "George W" and "Bush", "St. Louis" as "St" and
/// "Louis". A candidate ending in a single capital or such an abbreviation, then the period written
/// onto it, then a candidate right after, make one name: a person's after an initial ("J. K.
/// Rowling"), else the second part's type.
fn join_initials(doc: &Document, candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        if let Some(last) = out.last_mut() {
            let period = last.tokens.end;
            let word = doc.word(period - 1);
            let initial = is_single_capital(word);
            let attached = doc.tokens[period].gap == Gap::None && doc.word(period) == ".";
            let adjacent = c.tokens.start == period + 1 && doc.tokens[c.tokens.start].gap == Gap::Space;
            if (initial || PLACE_ABBREVIATIONS.contains(&word)) && attached && adjacent {
                last.tokens.end = c.tokens.end;
                last.kind = if initial { EntityKind::Person } else { c.kind };
                continue;
            }
            // initials written as one token ("O.J." Simpson), which may end a sentence for the tagger
            let next_to = c.tokens.start == period && doc.tokens[period].gap == Gap::Space;
            if is_dotted_initials(word) && next_to && c.kind == EntityKind::Person {
                last.tokens.end = c.tokens.end;
                last.kind = EntityKind::Person;
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Two or more capitals each followed by a period, in one token: `O.J.`, `J.R.R.`.
fn is_dotted_initials(word: &str) -> bool {
    let mut chars = word.chars();
    let mut pairs = 0;
    while let Some(c) = chars.next() {
        if !(c.is_uppercase() && chars.next() == Some('.')) {
            return false;
        }
        pairs += 1;
    }
    pairs >= 2
}

/// A place abbreviation the tagger left alone takes the capitalized words after its period: `St` ->
/// `St. Petersburg`.
fn extend_abbreviated_place(doc: &Document, c: &mut Candidate) {
    let period = c.tokens.end;
    let attached = doc.tokens.get(period).is_some_and(|t| t.gap == Gap::None) && doc.word(period) == ".";
    if !(PLACE_ABBREVIATIONS.contains(&doc.word(period - 1)) && attached) {
        return;
    }
    let mut end = period + 1;
    while end < doc.tokens.len() && end < period + 4 && doc.tokens[end].gap == Gap::Space && starts_upper(doc.word(end)) {
        end += 1;
    }
    if end > period + 1 {
        c.tokens.end = end;
        c.kind = EntityKind::Loc;
    }
}

/// A name written onto a web domain ending is the site or company of that name, domain included:
/// `Detik.com`, `Amazon.com`, `Metro.us`.
fn extend_web_domain(doc: &Document, c: &mut Candidate) {
    let dot = c.tokens.end;
    let attached = |i: usize| doc.tokens.get(i).is_some_and(|t| t.gap == Gap::None);
    if attached(dot) && doc.word(dot) == "." && attached(dot + 1) && DOMAIN_ENDINGS.contains(&doc.word(dot + 1)) {
        c.tokens.end = dot + 2;
        c.kind = EntityKind::Org;
    }
}

/// Top-level domains that make a name a web site's.
const DOMAIN_ENDINGS: &[&str] = &["com", "org", "net", "us", "uk", "info", "io", "co", "de", "fr", "in", "au", "ca"];

/// Abbreviations that begin place names ("St. Louis", "Mt. Everest", "Ft. Worth").
const PLACE_ABBREVIATIONS: &[&str] = &["St", "Ste", "Mt", "Ft", "Pt"];

/// Lower-case words other than particles and joining words do not belong to a name ("Montalvo left
/// Scientology" is two names); the span is cut there. "in" and "at" place a name, so they cut it too,
/// and what follows is a place ("University of California at Berkeley", "al Qaeda in Iraq").
/// The parts go to `parts`, which is cleared first (one buffer serves every candidate).
fn split_at_common_words(doc: &Document, info: &TokenInfo, c: Candidate, parts: &mut Vec<Candidate>) {
    parts.clear();
    let mut start = c.tokens.start;
    let mut kind = c.kind;
    for i in c.tokens.clone() {
        let w = doc.word(i);
        // "the" joins only after another joining word ("Organization of the Petroleum ...")
        let joining = JOINING_WORDS.contains(&w) && (w != "the" || i > c.tokens.start && JOINING_WORDS.contains(&doc.word(i - 1)));
        let common = doc.tokens[i].kind == TokenKind::Word
            && w.chars().next().is_some_and(char::is_lowercase)
            && info.flags[i] & flag::PARTICLE == 0
            && !joining
            && doc.tokens[i].gap != Gap::None
            && doc.tokens.get(i + 1).is_none_or(|t| t.gap != Gap::None);
        let placing = PLACING_WORDS.contains(&w) && i > c.tokens.start && i + 1 < c.tokens.end && starts_upper(doc.word(i + 1));
        if common || placing {
            parts.push(Candidate { tokens: start..i, kind });
            start = i + 1;
            kind = if placing { EntityKind::Loc } else { c.kind };
        }
    }
    parts.push(Candidate { tokens: start..c.tokens.end, kind });
    parts.retain(|p| !p.tokens.is_empty());
}

/// Two list names joined by "and" or "&" are two entities ("Airbus and Boeing"); a name with "and"
/// inside ("Bosnia and Herzegovina", "Procter & Gamble") stays whole, as one of its halves or the whole
/// is no list name of its own.
fn split_listed_pair(doc: &Document, info: &TokenInfo, c: Candidate) -> impl Iterator<Item = Candidate> {
    let names = |tokens: &Range<usize>| !tokens.is_empty() && listed(info, tokens).is_some_and(|f| f & (flag::PLACE | flag::ORG) != 0);
    let joint = c.tokens.clone().find(|&i| {
        matches!(doc.word(i), "and" | "&") && names(&(c.tokens.start..i)) && names(&(i + 1..c.tokens.end))
    });
    let (first, second) = match joint {
        Some(i) => (Candidate { tokens: c.tokens.start..i, kind: c.kind }, Some(Candidate { tokens: i + 1..c.tokens.end, kind: c.kind })),
        None => (c, None),
    };
    std::iter::once(first).chain(second)
}

/// Lower-case words that place a name rather than join its parts: a name and a capitalized word after
/// them are two names, the second a place. Almost no name in the training sets holds one.
const PLACING_WORDS: &[&str] = &["in", "at"];

/// Lower-case words that join the parts of a name ("Organization of the Petroleum Exporting Countries").
const JOINING_WORDS: &[&str] = &["of", "the", "and", "for", "on", "in", "at", "upon", "y", "e", "des", "do", "dei", "degli"];

fn trim(doc: &Document, info: &TokenInfo, mut c: Candidate) -> Option<Candidate> {
    let word_like = |i: usize| matches!(doc.tokens[i].kind, TokenKind::Word | TokenKind::Number);
    while !c.tokens.is_empty() && !word_like(c.tokens.start) {
        c.tokens.start += 1;
    }
    if let Some(k) = (c.tokens.start + 1..c.tokens.end).find(|&k| begins_non_name_phrase(info, k)) {
        c.tokens.end = k;
    }
    let dangling = |i: usize| !word_like(i) || is_possessive(doc.word(i)) || JOINING_WORDS.contains(&doc.word(i));
    while !c.tokens.is_empty() && dangling(c.tokens.end - 1) {
        c.tokens.end -= 1;
    }
    // leading titles and articles stay outside the span ("President Bush", "the Pentagon")
    while c.tokens.len() > 1 {
        let i = c.tokens.start;
        let title = info.flags[i] & flag::TITLE != 0 && c.kind == EntityKind::Person;
        let article = info.folded[i] == "the";
        // a role, subject or follower word before a person's name ("Education Stefania Giannini",
        // "Scientologist Tom Cruise")
        let role = c.kind == EntityKind::Person
            && c.tokens.len() > 1
            && info.flags[i] & flag::GIVEN == 0
            && (info.seen_lower(i) || info.flags[i] & flag::NOT_NAME != 0 || is_group_word(&info.folded[i]));
        let title = title || role;
        if (title || article) && doc.tokens[i + 1].gap != Gap::None {
            c.tokens.start += 1;
        } else {
            break;
        }
    }
    if is_title_phrase(doc, info, &c) {
        return None;
    }
    // a weekday after a name dates it ("in Virginia Saturday")
    while c.tokens.len() > 1 && WEEKDAYS.contains(&info.folded[c.tokens.end - 1].as_ref()) {
        c.tokens.end -= 1;
    }
    cut_place_before_title(info, &mut c);
    // trailing role words stay outside too ("Apple Computer CEO")
    while c.tokens.len() > 1 && info.flags[c.tokens.end - 1] & flag::TITLE != 0 && c.kind != EntityKind::Person {
        c.tokens.end -= 1;
    }
    if c.tokens.is_empty() || !c.tokens.clone().any(|i| starts_upper(doc.word(i)) || doc.tokens[i].kind == TokenKind::Number) {
        return None;
    }
    // a title alone is no name ("Commander-in-Chief", "Prime Minister")
    let mut capitals = c.tokens.clone().filter(|&i| starts_upper(doc.word(i))).peekable();
    if capitals.peek().is_some() && capitals.all(|i| info.flags[i] & flag::TITLE != 0) {
        return None;
    }
    if c.tokens.len() == 1 && (is_generic_word(info.flags[c.tokens.start]) || is_group_word(&info.folded[c.tokens.start])) {
        return None;
    }
    if is_common_word_opening_sentence(doc, info, &c) {
        return None;
    }
    if is_product(doc, &c)
        || starts_with_non_entity(info, &c)
        || follows_product(doc, info, &c)
        || is_model_name(doc, info, &c)
        || is_currency_prefix(doc, &c)
        || names_event_or_law(doc, info, &c)
        || inside_non_name_phrase(info, &c.tokens)
    {
        return None;
    }
    if is_place_before_based(doc, &c) {
        c.kind = EntityKind::Loc;
    }
    if is_club_or_org_headed(info, &c) {
        c.kind = EntityKind::Org;
    }
    extend_hyphenated_given_name(doc, &mut c);
    extend_abbreviated_place(doc, &mut c);
    extend_web_domain(doc, &mut c);
    include_abbreviation_period(doc, &mut c);
    match listed(info, &c.tokens) {
        // a listed place or organization wins over a listed non-name ("Islamic" of "Islamic State")
        Some(flags) if flags & (flag::PLACE | flag::ORG) == flag::PLACE => Some(Candidate { kind: EntityKind::Loc, ..c }),
        Some(flags) if flags & (flag::PLACE | flag::ORG) == flag::ORG => Some(Candidate { kind: EntityKind::Org, ..c }),
        Some(flags) if flags & (flag::PLACE | flag::ORG | flag::NOT_NAME) == flag::NOT_NAME => None,
        _ => Some(c),
    }
}

/// A listed place before a title is the office's place, not part of a person's name: "Virginia
/// Governor" leaves the place "Virginia".
fn cut_place_before_title(info: &TokenInfo, c: &mut Candidate) {
    let mut end = c.tokens.end;
    while end > c.tokens.start + 1 && info.flags[end - 1] & flag::TITLE != 0 {
        end -= 1;
    }
    let place = end < c.tokens.end && listed(info, &(c.tokens.start..end)).is_some_and(|f| f & (flag::PLACE | flag::ORG) == flag::PLACE);
    if c.kind == EntityKind::Person && place {
        *c = Candidate { tokens: c.tokens.start..end, kind: EntityKind::Loc };
    }
}

/// Days of the week, folded: news copy dates an event by its weekday right after a place.
const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// An organization head word the tagger left after an organization's name belongs to it: `Apple`
/// `Computer`, `Fiat Group` `SpA`. Only a last word before token `limit`: a capitalized word after it
/// may begin another name.
fn extend_company_word(doc: &Document, info: &TokenInfo, mut c: Candidate, limit: usize) -> Candidate {
    let next = c.tokens.end;
    let capitalized = |i: usize| is_capitalized_word(doc, i);
    if c.kind == EntityKind::Org
        && next < limit
        && capitalized(next)
        && doc.tokens[next].gap == Gap::Space
        && info.flags[next] & flag::ORG_WORD != 0
        && !(capitalized(next + 1) && doc.tokens[next + 1].gap == Gap::Space)
    {
        c.tokens.end = next + 1;
    }
    c
}

/// Lower-case halves of romanized given names belong to the name: `Yau Wai`-`ching`, `Lee Cheuk`-`yan`.
/// Compounds such as `Smith-led` are not names; the halves of a given name are short syllables.
fn extend_hyphenated_given_name(doc: &Document, c: &mut Candidate) {
    let last = c.tokens.end - 1;
    let attached = |j: usize| doc.tokens.get(j).is_some_and(|t| t.gap == Gap::None);
    let syllable = |w: &str| (2..=5).contains(&w.chars().count());
    if c.kind == EntityKind::Person
        && c.tokens.len() >= 2
        && syllable(doc.word(last))
        && attached(last + 1)
        && doc.word(last + 1) == "-"
        && attached(last + 2)
        && doc.tokens[last + 2].kind == TokenKind::Word
        && doc.word(last + 2).chars().next().is_some_and(char::is_lowercase)
        && syllable(doc.word(last + 2))
        && !COMPOUND_WORDS.contains(&doc.word(last + 2))
    {
        c.tokens.end = last + 3;
    }
}

/// The period of a company-suffix abbreviation belongs to the name: `Apple Inc.`.
fn include_abbreviation_period(doc: &Document, c: &mut Candidate) {
    let last = c.tokens.end - 1;
    let abbreviation = matches!(doc.word(last), "Inc" | "Corp" | "Co" | "Ltd" | "Bros" | "Jr" | "Sr");
    if c.tokens.len() > 1 && abbreviation && doc.tokens.get(last + 1).is_some_and(|t| t.gap == Gap::None) && doc.word(last + 1) == "." {
        c.tokens.end += 1;
    }
}

/// Second halves of hyphenated compounds that follow a name without being part of it.
const COMPOUND_WORDS: &[&str] = &["led", "based", "born", "owned", "era", "style", "run", "made", "like", "type", "free", "wide"];

/// Token `k` begins a listed non-name phrase, which ends a name written before it ("United States" of
/// "United States Dow Jones Industrial Average").
fn begins_non_name_phrase(info: &TokenInfo, k: usize) -> bool {
    let end = (k + 1..info.flags.len()).find(|&i| info.flags[i] & flag::NAME_INSIDE == 0).unwrap_or(info.flags.len());
    inside_non_name_phrase(info, &(k..end))
}

/// The list bits all tokens of the span have: for a multi-word list name, those of the name, not of
/// its single words ("Nasdaq" is a company, "Nasdaq Composite" an index).
pub(super) fn shared_flags(info: &TokenInfo, tokens: &Range<usize>) -> u16 {
    tokens.clone().fold(u16::MAX, |bits, i| bits & info.flags[i])
}

/// The list bits of the span when the whole span is one list entry (a word or a multi-word name).
pub(in crate::entities) fn listed(info: &TokenInfo, tokens: &Range<usize>) -> Option<u16> {
    let first = info.flags[tokens.start];
    let whole = if tokens.len() == 1 {
        first & flag::NAME_INSIDE == 0 && info.flags.get(tokens.end).is_none_or(|f| f & flag::NAME_INSIDE == 0)
    } else {
        first & flag::NAME_BEGIN != 0
            && tokens.clone().skip(1).all(|i| info.flags[i] & flag::NAME_INSIDE != 0)
            && info.flags.get(tokens.end).is_none_or(|f| f & flag::NAME_INSIDE == 0)
    };
    whole.then_some(first)
}

/// Token `i` exists and is a word that starts with a capital.
fn is_capitalized_word(doc: &Document, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && starts_upper(doc.word(i))
}

fn is_possessive(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "'S" | "’S")
}

/// A list place written together with a following hyphen and lower-case word: `Iran`-backed.
fn is_compound_place(doc: &Document, info: &TokenInfo, i: usize) -> bool {
    let attached = |j: usize| doc.tokens.get(j).is_some_and(|t| t.gap == Gap::None);
    info.flags[i] & flag::PLACE != 0
        && info.flags[i] & flag::NAME_INSIDE == 0
        && starts_upper(doc.word(i))
        && attached(i + 1)
        && doc.word(i + 1) == "-"
        && attached(i + 2)
        && doc.word(i + 2).chars().next().is_some_and(char::is_lowercase)
}

/// A name the tagger left untagged at token `i`: a listed place written onto a hyphen, or a company
/// name with its head word.
fn untagged_name(doc: &Document, info: &TokenInfo, i: usize) -> Option<Candidate> {
    if is_compound_place(doc, info, i) {
        return Some(Candidate { tokens: i..i + 1, kind: EntityKind::Loc });
    }
    untagged_company_name(doc, info, i).map(|end| Candidate { tokens: i..end, kind: EntityKind::Org })
}

/// Most words of a company name the tagger missed ("Kvaerner Offshore Drilling Industries").
const MAX_COMPANY_WORDS: usize = 4;

/// The end of a company name opening at token `i` that the tagger left untagged: capitalized words
/// led by one that is no common word and ended by an organization or company head word ("Kvaerner
/// Industries", "Nordvik Logistics"). The tagger, which learned from text without datelines, misses
/// some after "2010 —" or "In 2010".
fn untagged_company_name(doc: &Document, info: &TokenInfo, i: usize) -> Option<usize> {
    let name_word = |j: usize| {
        j < doc.tokens.len()
            && info.starts_upper(j)
            && doc.tokens[j].kind == TokenKind::Word
            && info.flags[j] & (flag::TITLE | flag::NOT_NAME) == 0
    };
    // token `j` is a name word that carries on the run before it, one space after it
    let continues = |j: usize| name_word(j) && doc.tokens[j].gap == Gap::Space;
    let is_head = |j: usize| info.flags[j] & (flag::ORG_WORD | flag::CLUB_WORD) != 0;
    if !name_word(i) {
        return None;
    }
    let opens_run = i == 0 || !name_word(i - 1) || doc.tokens[i].gap != Gap::Space;
    if !opens_run || info.is_common_word(i) || is_head(i) {
        return None;
    }
    let mut end = i + 1;
    while end < i + MAX_COMPANY_WORDS && continues(end) {
        end += 1;
    }
    (end - i >= 2 && !continues(end) && is_head(end - 1)).then_some(end)
}

#[cfg(test)]
mod tests;
