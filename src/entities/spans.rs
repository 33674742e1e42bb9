//! From tagger output to clean mention spans: BIO tags become token ranges, then titles, quote marks
//! and stray punctuation are trimmed off the edges, nationality words dropped, and a list place written
//! into a hyphenated compound (`Iran`-backed) is added.
//!
//! It does not decide types beyond the tagger's, nor group names; see [`super::grouping`].

use std::ops::Range;

use super::features::TokenInfo;
use super::lexicon::{flag, lexicon, starts_upper};
use super::tagger::kind_of;
use super::EntityKind;
use crate::tokens::{is_single_capital, Document, Gap, TokenKind};

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
    let mut i = 0;
    while i < doc.tokens.len() {
        if let Some(c) = next.next_if(|c| c.tokens.start <= i) {
            let end = c.tokens.end;
            let parts = split_at_common_words(doc, info, c).into_iter().flat_map(|c| split_listed_pair(doc, info, c));
            // a word may be added after the name only up to the next candidate, or over a next
            // candidate of that one word ("Fiat Group" "SpA"), which then goes
            let limit = next.peek().map_or(doc.tokens.len(), |n| if n.tokens.len() == 1 { n.tokens.end } else { n.tokens.start });
            out.extend(parts.filter_map(|c| trim(doc, info, c)).map(|c| extend_company_word(doc, info, c, limit)));
            i = end.max(i + 1).max(out.last().map_or(0, |c| c.tokens.end));
            while next.next_if(|n| n.tokens.end <= i).is_some() {}
        } else {
            if is_compound_place(doc, info, i) {
                out.push(Candidate { tokens: i..i + 1, kind: EntityKind::Loc });
            }
            i += 1;
        }
    }
    join_country_and_body(doc, info, out)
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
    let chars: Vec<char> = word.chars().collect();
    chars.len() >= 4 && chars.chunks(2).all(|pair| matches!(pair, [c, '.'] if c.is_uppercase()))
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
fn split_at_common_words(doc: &Document, info: &TokenInfo, c: Candidate) -> Vec<Candidate> {
    let mut parts = Vec::new();
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
    parts
}

/// Two list names joined by "and" or "&" are two entities ("Airbus and Boeing"); a name with "and"
/// inside ("Bosnia and Herzegovina", "Procter & Gamble") stays whole, as one of its halves or the whole
/// is no list name of its own.
fn split_listed_pair(doc: &Document, info: &TokenInfo, c: Candidate) -> Vec<Candidate> {
    let names = |tokens: &Range<usize>| !tokens.is_empty() && listed(info, tokens).is_some_and(|f| f & (flag::PLACE | flag::ORG) != 0);
    let joint = c.tokens.clone().find(|&i| {
        matches!(doc.word(i), "and" | "&") && names(&(c.tokens.start..i)) && names(&(i + 1..c.tokens.end))
    });
    match joint {
        Some(i) => vec![Candidate { tokens: c.tokens.start..i, kind: c.kind }, Candidate { tokens: i + 1..c.tokens.end, kind: c.kind }],
        None => vec![c],
    }
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
        // a role or subject word before a person's name ("Education Stefania Giannini")
        let role = c.kind == EntityKind::Person
            && c.tokens.len() > 1
            && info.flags[i] & flag::GIVEN == 0
            && (info.seen_lower(i) || info.flags[i] & flag::NOT_NAME != 0);
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

/// A title with only common words before it names an office, not its holder: "Finance Minister",
/// "Foreign Secretary" ("says Finance Minister" of a headline). A name or list word before the title
/// keeps the span ("Apple CEO", "Martin Luther King"), which the trimming below then shortens. A
/// person's name does not end in its title, so there any word without a list flag counts as common.
fn is_title_phrase(doc: &Document, info: &TokenInfo, c: &Candidate) -> bool {
    let naming = flag::PLACE | flag::ORG | flag::GIVEN | flag::ORG_WORD | flag::PLACE_WORD;
    let last = c.tokens.end - 1;
    let common = |i: usize| c.kind == EntityKind::Person || info.flags[i] & flag::COMMON != 0;
    let modifier = |i: usize| {
        !starts_upper(doc.word(i)) || info.flags[i] & flag::TITLE != 0 || (common(i) && info.flags[i] & naming == 0)
    };
    c.tokens.len() > 1 && info.flags[last] & flag::TITLE != 0 && c.tokens.clone().all(modifier)
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

/// A "person" ending in an organization head word, or a "person" or "place" ending in a sports club
/// word, is an organization: "Millbrook Athletic", "Dunmore Rovers". A given name first keeps a
/// person ("Charlotte Church").
fn is_club_or_org_headed(info: &TokenInfo, c: &Candidate) -> bool {
    let last = c.tokens.end - 1;
    let club = lexicon().word_flags(&info.folded[last]) & flag::CLUB_WORD != 0;
    let head = info.flags[last] & flag::ORG_WORD != 0 && c.kind == EntityKind::Person;
    c.kind != EntityKind::Org && c.tokens.len() > 1 && (club || head) && info.flags[c.tokens.start] & flag::GIVEN == 0
}

/// A listed product or plural group word alone names no entity ("iPod", "Democrats"), nor does an
/// organization or place name it begins: a product line ("Mac OS", "iPod Nano").
fn starts_with_non_entity(info: &TokenInfo, c: &Candidate) -> bool {
    let first = lexicon().word_flags(&info.folded[c.tokens.start]);
    first & flag::NO_ENTITY != 0 && (c.tokens.len() == 1 || c.kind != EntityKind::Person)
}

/// Nationality words, titles, and head words such as "Church" or "State" are not names on their own.
fn is_generic_word(flags: u16) -> bool {
    let listed = flags & (flag::PLACE | flag::ORG) != 0;
    flags & (flag::NOT_NAME | flag::TITLE) != 0 || (!listed && flags & (flag::ORG_WORD | flag::PLACE_WORD) != 0)
}

/// A lone common word at the start of a sentence or headline is capitalized only by its place
/// ("Shares fell"): no name, unless a list of names holds it.
fn is_common_word_opening_sentence(doc: &Document, info: &TokenInfo, c: &Candidate) -> bool {
    let i = c.tokens.start;
    let flags = info.flags[i];
    let opens = i == 0
        || matches!(doc.tokens[i].gap, Gap::Line | Gap::Paragraph)
        || matches!(doc.word(i - 1), "." | "!" | "?")
        || doc.tokens[i - 1].kind == TokenKind::Quote;
    c.tokens.len() == 1 && opens && flags & flag::COMMON != 0 && flags & (flag::PLACE | flag::ORG | flag::GIVEN) == 0
}

/// Words for groups and followers ("Belgians", "Texans", "Scientologists") name no single entity.
fn is_group_word(folded: &str) -> bool {
    ["ians", "eans", "ese", "ists", "ist", "ites"].iter().any(|s| folded.ends_with(s) && folded.len() > s.len() + 2)
}

/// A name with a model number is a product, not its maker (`Boeing 747`, `Airbus A380`, `A380`).
fn is_product(doc: &Document, c: &Candidate) -> bool {
    let has_digit = |i: usize| doc.word(i).chars().any(|ch| ch.is_ascii_digit());
    let next_is_code =
        doc.tokens.get(c.tokens.end).is_some_and(|t| t.gap == Gap::Space) && has_digit(c.tokens.end) && starts_code(doc.word(c.tokens.end));
    c.kind != EntityKind::Loc && (has_digit(c.tokens.end - 1) || next_is_code)
}

/// A name after a maker's name and model number names the model (`Boeing 787` `Dreamliner`,
/// `Airbus A350` `XWB`). Dates do not count: the number is no year, and the word before it is a
/// name, neither a month nor a word also written in lower case ("In 1891 Dvořák" keeps its name).
fn is_model_name(doc: &Document, info: &TokenInfo, c: &Candidate) -> bool {
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
fn is_currency_prefix(doc: &Document, c: &Candidate) -> bool {
    let next = c.tokens.end;
    doc.tokens.get(next).is_some_and(|t| t.gap == Gap::None && CURRENCY_SIGNS.contains(&doc.word(next)))
}

/// Currency signs that take a country prefix.
const CURRENCY_SIGNS: &[&str] = &["$", "£", "€", "¥"];

/// Events, laws, awards and agreements are not entities of the three types, nor are the names inside
/// them ("Paralympic Games", "Americans with Disabilities Act", "Nobel Peace Prize", "Macworld
/// Conference"): the span is dropped when its last word is such a head word. People keep theirs
/// ("Doris Day").
fn names_event_or_law(doc: &Document, info: &TokenInfo, c: &Candidate) -> bool {
    let last = c.tokens.end - 1;
    c.kind != EntityKind::Person && starts_upper(doc.word(last)) && EVENT_HEADS.contains(&info.folded[last].as_ref())
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

/// An organization head word the tagger left after an organization's name belongs to it: `Apple`
/// `Computer`, `Fiat Group` `SpA`. Only a last word before token `limit`: a capitalized word after it
/// may begin another name.
fn extend_company_word(doc: &Document, info: &TokenInfo, mut c: Candidate, limit: usize) -> Candidate {
    let next = c.tokens.end;
    let capitalized = |i: usize| doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && starts_upper(doc.word(i));
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

/// A name written onto "-based" is where something is based: a place (`Seattle`-based).
fn is_place_before_based(doc: &Document, c: &Candidate) -> bool {
    let end = c.tokens.end;
    let attached = |j: usize| doc.tokens.get(j).is_some_and(|t| t.gap == Gap::None);
    attached(end) && doc.word(end) == "-" && attached(end + 1) && doc.word(end + 1) == "based"
}

/// Second halves of hyphenated compounds that follow a name without being part of it.
const COMPOUND_WORDS: &[&str] = &["led", "based", "born", "owned", "era", "style", "run", "made", "like", "type", "free", "wide"];

/// A span lying inside a listed non-name phrase is no name either: "Dow Jones" of "Dow Jones Industrial
/// Average", "Standard & Poor" of "Standard & Poor's 500".
fn inside_non_name_phrase(info: &TokenInfo, tokens: &Range<usize>) -> bool {
    tokens.len() > 1
        && info.flags[tokens.start] & flag::NAME_BEGIN != 0
        && tokens.clone().skip(1).all(|i| info.flags[i] & flag::NAME_INSIDE != 0)
        && shared_flags(info, tokens) & (flag::PLACE | flag::ORG | flag::NOT_NAME) == flag::NOT_NAME
}

/// Token `k` begins a listed non-name phrase, which ends a name written before it ("United States" of
/// "United States Dow Jones Industrial Average").
fn begins_non_name_phrase(info: &TokenInfo, k: usize) -> bool {
    let end = (k + 1..info.flags.len()).find(|&i| info.flags[i] & flag::NAME_INSIDE == 0).unwrap_or(info.flags.len());
    inside_non_name_phrase(info, &(k..end))
}

/// The list bits all tokens of the span have: for a multi-word list name, those of the name, not of
/// its single words ("Nasdaq" is a company, "Nasdaq Composite" an index).
fn shared_flags(info: &TokenInfo, tokens: &Range<usize>) -> u16 {
    tokens.clone().fold(u16::MAX, |bits, i| bits & info.flags[i])
}

/// The list bits of the span when the whole span is one list entry (a word or a multi-word name).
fn listed(info: &TokenInfo, tokens: &Range<usize>) -> Option<u16> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_tags_become_ranges() {
        let mut out = Vec::new();
        // B-PER I-PER O B-LOC B-LOC I-ORG(stray, starts a new ORG)
        from_tags(&[1, 2, 0, 5, 5, 4], 10, &mut out);
        let ranges: Vec<Range<usize>> = out.iter().map(|c| c.tokens.clone()).collect();
        assert_eq!(ranges, [10..12, 13..14, 14..15, 15..16]);
        assert_eq!(out[3].kind, EntityKind::Org);
    }

    #[test]
    fn trims_titles_and_quotes_and_finds_compound_places() {
        let doc = Document::new("“President Bush” met Iran-backed groups and Iraqi leaders.");
        let info = TokenInfo::new(&doc);
        let raw = vec![
            Candidate { tokens: 0..4, kind: EntityKind::Person },
            Candidate { tokens: 10..11, kind: EntityKind::Loc },
        ];
        let words: Vec<Vec<&str>> = clean(&doc, &info, raw)
            .iter()
            .map(|c| c.tokens.clone().map(|i| doc.word(i)).collect())
            .collect();
        assert_eq!(words, [vec!["Bush"], vec!["Iran"]]);
    }

    #[test]
    fn a_country_code_on_a_currency_sign_is_no_place() {
        let doc = Document::new("It paid US$7 billion, or US $7 billion, in the US.");
        let info = TokenInfo::new(&doc);
        let us: Vec<usize> = (0..doc.tokens.len()).filter(|&i| doc.word(i) == "US").collect();
        let raw = us.iter().map(|&i| Candidate { tokens: i..i + 1, kind: EntityKind::Loc }).collect();
        let kept: Vec<usize> = clean(&doc, &info, raw).iter().map(|c| c.tokens.start).collect();
        assert_eq!(kept, us[1..]);
    }

    #[test]
    fn a_name_after_a_model_number_is_the_model_but_not_after_a_year() {
        let doc = Document::new("They bought the Boeing 787 Dreamliner. In 1891 Dvořák left.");
        let info = TokenInfo::new(&doc);
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word");
        let raw = ["Dreamliner", "Dvořák"].map(|w| Candidate { tokens: at(w)..at(w) + 1, kind: EntityKind::Org }).to_vec();
        let kept: Vec<&str> = clean(&doc, &info, raw).iter().map(|c| doc.word(c.tokens.start)).collect();
        assert_eq!(kept, ["Dvořák"]);
    }

    #[test]
    fn initials_join_the_parts_of_a_name() {
        let doc = Document::new("George W. Bush met J. K. Rowling.");
        let info = TokenInfo::new(&doc);
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word");
        let raw = vec![
            Candidate { tokens: at("George")..at("W") + 1, kind: EntityKind::Person },
            Candidate { tokens: at("Bush")..at("Bush") + 1, kind: EntityKind::Org },
            Candidate { tokens: at("J")..at("J") + 1, kind: EntityKind::Person },
            Candidate { tokens: at("K")..at("K") + 1, kind: EntityKind::Person },
            Candidate { tokens: at("Rowling")..at("Rowling") + 1, kind: EntityKind::Person },
        ];
        let names: Vec<(&str, EntityKind)> = clean(&doc, &info, raw)
            .iter()
            .map(|c| (&doc.text[doc.tokens[c.tokens.start].start..doc.tokens[c.tokens.end - 1].end], c.kind))
            .collect();
        assert_eq!(names, [("George W. Bush", EntityKind::Person), ("J. K. Rowling", EntityKind::Person)]);
    }

    #[test]
    fn initials_in_one_token_join_the_surname_after_them() {
        let doc = Document::new("O.J. Simpson met the U.S. team.");
        let info = TokenInfo::new(&doc);
        let raw = [0, 1].map(|i| Candidate { tokens: i..i + 1, kind: EntityKind::Person }).to_vec();
        assert_eq!(words_of(&doc, &clean(&doc, &info, raw)), ["O.J. Simpson"]);
        assert!(is_dotted_initials("J.R.R.") && !is_dotted_initials("U.S") && !is_dotted_initials("A."));
    }

    #[test]
    fn place_abbreviations_and_web_domains_stay_inside_names() {
        let doc = Document::new("From St. Petersburg and St. Louis, Detik.com reported.");
        let info = TokenInfo::new(&doc);
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word");
        let raw = vec![
            Candidate { tokens: at("St")..at("St") + 1, kind: EntityKind::Loc },
            Candidate { tokens: at("Louis") - 2..at("Louis") - 1, kind: EntityKind::Loc },
            Candidate { tokens: at("Louis")..at("Louis") + 1, kind: EntityKind::Loc },
            Candidate { tokens: at("Detik")..at("Detik") + 1, kind: EntityKind::Loc },
        ];
        let names: Vec<(&str, EntityKind)> = clean(&doc, &info, raw)
            .iter()
            .map(|c| (&doc.text[doc.tokens[c.tokens.start].start..doc.tokens[c.tokens.end - 1].end], c.kind))
            .collect();
        let expected = [("St. Petersburg", EntityKind::Loc), ("St. Louis", EntityKind::Loc), ("Detik.com", EntityKind::Org)];
        assert_eq!(names, expected);
    }

    fn words_of(doc: &Document, found: &[Candidate]) -> Vec<String> {
        found.iter().map(|c| doc.text[doc.tokens[c.tokens.start].start..doc.tokens[c.tokens.end - 1].end].to_string()).collect()
    }

    #[test]
    fn two_list_names_joined_by_and_are_two_names() {
        let doc = Document::new("Airbus and Boeing met in Bosnia and Herzegovina.");
        let info = TokenInfo::new(&doc);
        let raw = vec![Candidate { tokens: 0..3, kind: EntityKind::Org }, Candidate { tokens: 5..8, kind: EntityKind::Loc }];
        assert_eq!(words_of(&doc, &clean(&doc, &info, raw)), ["Airbus", "Boeing", "Bosnia and Herzegovina"]);
    }

    #[test]
    fn parts_of_stock_index_names_are_no_names() {
        let doc = Document::new("The Dow Jones Industrial Average and the Nasdaq Composite fell; Standard & Poor's 500 rose.");
        let info = TokenInfo::new(&doc);
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word");
        let raw = vec![
            Candidate { tokens: at("Dow")..at("Jones") + 1, kind: EntityKind::Org },
            Candidate { tokens: at("Nasdaq")..at("Composite") + 1, kind: EntityKind::Org },
            Candidate { tokens: at("Standard")..at("Poor") + 1, kind: EntityKind::Org },
        ];
        assert!(clean(&doc, &info, raw).is_empty());
    }

    #[test]
    fn a_lone_common_word_opening_a_sentence_is_no_name() {
        let doc = Document::new("Rates rose.\n\nShares fell. Investors in Tokyo sold.");
        let info = TokenInfo::new(&doc);
        let raw = ["Shares", "Investors", "Tokyo"]
            .map(|w| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word"))
            .map(|i| Candidate { tokens: i..i + 1, kind: EntityKind::Org })
            .to_vec();
        assert_eq!(words_of(&doc, &clean(&doc, &info, raw)), ["Tokyo"]);
    }

    #[test]
    fn a_country_before_its_state_body_joins_it_and_a_place_before_based_is_a_place() {
        let doc = Document::new("The U.S. Department of Energy hired a Leeds-based firm.");
        let info = TokenInfo::new(&doc);
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word");
        let raw = vec![
            Candidate { tokens: at("U.S.")..at("U.S.") + 1, kind: EntityKind::Loc },
            Candidate { tokens: at("Department")..at("Energy") + 1, kind: EntityKind::Org },
            Candidate { tokens: at("Leeds")..at("Leeds") + 1, kind: EntityKind::Person },
        ];
        let found = clean(&doc, &info, raw);
        assert_eq!(words_of(&doc, &found), ["U.S. Department of Energy", "Leeds"]);
        assert_eq!(found.iter().map(|c| c.kind).collect::<Vec<_>>(), [EntityKind::Org, EntityKind::Loc]);
    }

    #[test]
    fn a_stock_index_name_ends_the_name_before_it() {
        let doc = Document::new("Traders watched the Japan Nikkei 225 closely.");
        let info = TokenInfo::new(&doc);
        let raw = vec![Candidate { tokens: 3..6, kind: EntityKind::Loc }];
        assert_eq!(words_of(&doc, &clean(&doc, &info, raw)), ["Japan"]);
    }

    #[test]
    fn common_technical_abbreviations_are_no_names() {
        let doc = Document::new("Its SDK reads GPS data over USB.");
        let info = TokenInfo::new(&doc);
        let raw = [1, 3, 6].map(|i| Candidate { tokens: i..i + 1, kind: EntityKind::Org }).to_vec();
        assert!(clean(&doc, &info, raw).is_empty());
    }

    #[test]
    fn an_office_title_with_only_common_words_is_no_name() {
        for (text, kind) in [("Budget balanced, says Finance Minister", EntityKind::Person), ("Wards shut, says Health Secretary", EntityKind::Org)] {
            let doc = Document::new(text);
            let info = TokenInfo::new(&doc);
            assert!(clean(&doc, &info, vec![Candidate { tokens: 4..6, kind }]).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_name_ending_in_a_club_word_is_an_organization() {
        let doc = Document::new("Millbrook Athletic beat Mary Church.");
        let info = TokenInfo::new(&doc);
        let raw = vec![Candidate { tokens: 0..2, kind: EntityKind::Person }, Candidate { tokens: 3..5, kind: EntityKind::Person }];
        let kinds: Vec<EntityKind> = clean(&doc, &info, raw).iter().map(|c| c.kind).collect();
        assert_eq!(kinds, [EntityKind::Org, EntityKind::Person]);
    }

    #[test]
    fn products_and_plural_party_members_are_no_entities() {
        let doc = Document::new("Democrats bought an iPod and a Mac OS update from Apple.");
        let info = TokenInfo::new(&doc);
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word");
        let raw = vec![
            Candidate { tokens: 0..1, kind: EntityKind::Org },
            Candidate { tokens: at("iPod")..at("iPod") + 1, kind: EntityKind::Org },
            Candidate { tokens: at("Mac")..at("OS") + 1, kind: EntityKind::Org },
            Candidate { tokens: at("Apple")..at("Apple") + 1, kind: EntityKind::Org },
        ];
        assert_eq!(words_of(&doc, &clean(&doc, &info, raw)), ["Apple"]);
    }

    #[test]
    fn a_place_before_a_title_and_a_place_before_a_weekday_are_places() {
        let doc = Document::new("Virginia Governor Bob Hale spoke in Texas Saturday.");
        let info = TokenInfo::new(&doc);
        let raw = vec![
            Candidate { tokens: 0..2, kind: EntityKind::Person },
            Candidate { tokens: 2..4, kind: EntityKind::Person },
            Candidate { tokens: 6..8, kind: EntityKind::Loc },
        ];
        let found = clean(&doc, &info, raw);
        assert_eq!(words_of(&doc, &found), ["Virginia", "Bob Hale", "Texas"]);
        assert_eq!(found[0].kind, EntityKind::Loc);
    }

    #[test]
    fn in_and_at_part_a_name_from_its_place() {
        let doc = Document::new("He taught at the University of California at Berkeley and joined al Qaeda in Iraq.");
        let info = TokenInfo::new(&doc);
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word");
        let raw = vec![
            Candidate { tokens: at("University")..at("Berkeley") + 1, kind: EntityKind::Org },
            Candidate { tokens: at("al")..at("Iraq") + 1, kind: EntityKind::Org },
        ];
        let found = clean(&doc, &info, raw);
        assert_eq!(words_of(&doc, &found), ["University of California", "Berkeley", "al Qaeda", "Iraq"]);
        let kinds: Vec<EntityKind> = found.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, [EntityKind::Org, EntityKind::Loc, EntityKind::Org, EntityKind::Loc]);
    }

    #[test]
    fn an_organization_head_word_after_a_company_name_joins_it() {
        let doc = Document::new("Zentor Computer sold more than Velko Motors Europe did.");
        let info = TokenInfo::new(&doc);
        let raw = [0, 1, 5].map(|i| Candidate { tokens: i..i + 1, kind: EntityKind::Org }).to_vec();
        assert_eq!(words_of(&doc, &clean(&doc, &info, raw)), ["Zentor Computer", "Velko"]);
    }
}
