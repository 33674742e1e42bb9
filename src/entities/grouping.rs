//! Groups mentions into entities: spelling variants, surnames, acronyms and shortened organization
//! names of one real-world entity share an index; each entity gets the majority type of its mentions
//! and the fullest name seen.
//!
//! Matching works on name keys: folded words without particles and function words, with
//! transliteration variants folded (`Nouri`/`Nuri`, `Muqtada`/`Moqtada`). Entities are indexed by key
//! word, so grouping is linear in the number of mentions. It does not find or trim spans.

use std::sync::OnceLock;

use super::fasthash::{FastMap, FastSet};
use super::apposition;
use super::features::TokenInfo;
use super::lexicon::{flag, lexicon};
use super::spans::Candidate;
use super::{Entity, EntityKind, EntitySet, Mention};
use crate::tokens::{Document, TokenKind};

/// Words that join the parts of organization names and carry no identity.
const FUNCTION_WORDS: &[&str] = &["of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "in", "on", "at", "to"];

/// Legal-form words that end company names without telling companies apart ("Chrysler LLC").
const COMPANY_SUFFIXES: &[&str] = &[
    "inc", "corp", "corporation", "co", "company", "llc", "ltd", "limited", "plc", "group", "holding", "holdings", "ag",
    "nv", "sa", "gmbh", "incorporated",
];

/// The weight of a type the text gives a name ([`apposition`]): more than any name's own shape.
const APPOSITION_VOTE: usize = 8;

/// How many recent entities sharing a key word are examined; bounds the work on adversarial input.
const MAX_CANDIDATES: usize = 32;

struct Building {
    kind_votes: [usize; 3],
    first_kind: EntityKind,
    /// Transliteration keys of the name's words ([`transliteration_key`]).
    keys: Vec<u64>,
    acronym: Option<String>,
    name: String,
    name_words: usize,
    last_seen: usize,
    /// Some mention looks like a person's name: a given name, two or more words, or a title before it.
    person_like: bool,
    /// Personal pronouns (he, she, his, her) minus neuter ones (it, its) just after the mentions.
    pronouns: i32,
}

/// A name written in capitals for emphasis (a dateline's "PORT ELLIS"), not an acronym ("NATO"): no
/// lower-case letter and a word of five letters or more. The same name in mixed case reads better.
fn is_shouted(name: &str) -> bool {
    !name.chars().any(char::is_lowercase) && name.split(|c: char| !c.is_alphabetic()).any(|w| w.chars().count() >= 5)
}

/// The key of one name: its identifying words, transliteration-folded, and its acronym when it is one.
struct NameKey<'w> {
    /// In a buffer that serves every mention in turn.
    words: &'w [u64],
    initials: Option<String>,
    acronym: Option<String>,
    /// The name is one word that a list names as a place, and the tagger typed it a place.
    listed_place: bool,
}

/// Groups the candidates (in text order) into an entity set.
pub fn group(doc: &Document, info: &TokenInfo, candidates: &[Candidate]) -> EntitySet {
    let mut entities: Vec<Building> = Vec::new();
    let mut by_word: FastMap<u64, Vec<usize>> = FastMap::default();
    let mut by_initials: FastMap<String, Vec<usize>> = FastMap::default();
    let mut mentions = Vec::with_capacity(candidates.len());
    // the candidate entities of each mention, in one buffer for all of them
    let mut referents = Vec::new();
    // the key words of each mention, in one buffer for all of them
    let mut key_words = Vec::new();
    for (n, c) in candidates.iter().enumerate() {
        let text = &doc.text[doc.tokens[c.tokens.start].start..doc.tokens[c.tokens.end - 1].end];
        let key = name_key(doc, info, c, text, &mut key_words);
        if key.words.is_empty() {
            continue;
        }
        // the type the text gives the name right after it, if any, speaks for it from the start
        let told = apposition::kind_after(doc, info, &c.tokens);
        let c = &Candidate { kind: told.unwrap_or(c.kind), ..c.clone() };
        let found = find(&entities, &by_word, &by_initials, &key, text, c.kind, &mut referents);
        let e = match found {
            Some(e) => e,
            None => {
                entities.push(Building {
                    kind_votes: [0; 3],
                    first_kind: c.kind,
                    keys: Vec::new(),
                    acronym: None,
                    name: String::new(),
                    name_words: 0,
                    last_seen: n,
                    person_like: false,
                    pronouns: 0,
                });
                entities.len() - 1
            }
        };
        let b = &mut entities[e];
        // a bare surname of a person is that person, whatever the tagger or a place list said
        let kind = if found.is_some() && key.words.len() == 1 && majority(b) == EntityKind::Person && b.name_words > 1 {
            EntityKind::Person
        } else {
            c.kind
        };
        b.kind_votes[kind_index(kind)] += if told.is_some() { APPOSITION_VOTE } else { vote(info, c) };
        b.person_like |= looks_like_person(info, c);
        if !b.person_like {
            b.pronouns += pronouns_after(doc, c);
        }
        b.last_seen = n;
        let fuller = key.words.len() > b.name_words || (key.words.len() == b.name_words && text.len() > b.name.len());
        let better_cased = key.words.len() == b.name_words && is_shouted(&b.name) && !is_shouted(text);
        if fuller || better_cased {
            b.name = text.to_string();
            b.name_words = key.words.len();
            for &w in key.words {
                if !b.keys.contains(&w) {
                    b.keys.push(w);
                    by_word.entry(w).or_default().push(e);
                }
            }
            if let Some(i) = &key.initials {
                by_initials.entry(i.clone()).or_default().push(e);
            }
        }
        if key.acronym.is_some() && b.acronym.is_none() {
            b.acronym = key.acronym.clone();
        }
        mentions.push(Mention {
            start: doc.tokens[c.tokens.start].start,
            end: doc.tokens[c.tokens.end - 1].end,
            tokens: c.tokens.clone(),
            entity: e,
        });
    }
    let entities = entities
        .into_iter()
        .map(|b| Entity { kind: final_kind(&b), name: b.name })
        .collect();
    EntitySet { entities, mentions }
}

fn kind_index(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Org => 1,
        EntityKind::Loc => 2,
    }
}

/// The weight of one mention's type in its entity's vote: a longer name, or one headed by an
/// organization or place word, says more about the type than a lone word.
fn vote(info: &TokenInfo, c: &Candidate) -> usize {
    let last = lexicon().word_flags(&info.folded[c.tokens.end - 1]);
    let headed = match c.kind {
        EntityKind::Org => last & flag::ORG_WORD != 0,
        EntityKind::Loc => last & flag::PLACE_WORD != 0,
        EntityKind::Person => false,
    };
    // a given name first says "person" as a head word says "organization": "Tom Cruise" tagged an
    // organization in "the Tom Cruise video" counts for little against "Tom Cruise" tagged a person
    let given = c.tokens.len() > 1 && info.flags[c.tokens.start] & flag::GIVEN != 0;
    match (headed, given, c.kind) {
        (true, _, _) | (_, true, EntityKind::Person) => 4,
        (_, true, _) => 1,
        _ if c.tokens.len() > 1 => 2,
        _ => 1,
    }
}

fn looks_like_person(info: &TokenInfo, c: &Candidate) -> bool {
    let lex = lexicon();
    let flags_of = |i: usize| lex.word_flags(&info.folded[i]);
    let titled = c.tokens.start > 0 && flags_of(c.tokens.start - 1) & flag::TITLE != 0;
    c.kind == EntityKind::Person && (c.tokens.len() > 1 || titled || flags_of(c.tokens.start) & flag::GIVEN != 0)
}

/// How many tokens after a mention are searched for pronouns that refer back to it.
const PRONOUN_WINDOW: usize = 12;

/// Personal minus neuter pronouns in the few tokens after the mention ("Pachomius forgave him and his
/// brother" +2, "Ford said it" -1).
fn pronouns_after(doc: &Document, c: &Candidate) -> i32 {
    let end = (c.tokens.end + PRONOUN_WINDOW).min(doc.tokens.len());
    // every pronoun counted starts with h, s or i: the other words are turned away on one byte
    let may_count = |w: &&str| matches!(w.as_bytes().first(), Some(b'h' | b'H' | b's' | b'S' | b'i' | b'I'));
    (c.tokens.end..end)
        .map(|i| doc.word(i))
        .filter(may_count)
        .map(|w| match w {
            "he" | "He" | "she" | "She" | "his" | "His" | "her" | "Her" | "him" | "himself" | "herself" => 1,
            "it" | "It" | "its" | "Its" | "itself" => -1,
            _ => 0,
        })
        .sum()
}

fn majority(b: &Building) -> EntityKind {
    let first = kind_index(b.first_kind);
    let best = (0..3).max_by_key(|&k| (b.kind_votes[k], k == first)).unwrap_or(first);
    [EntityKind::Person, EntityKind::Org, EntityKind::Loc][best]
}

/// The final type: the majority, except that a "person" only ever named by one bare word, with no
/// given name or title, is an organization (a company, a team) when the words after its mentions
/// call it "it" more often than "he" or "she". Without pronouns a bare surname stays a person: essays,
/// court reports and textbooks name people by surname alone ("Einstein", "Goldsmith").
fn final_kind(b: &Building) -> EntityKind {
    match majority(b) {
        EntityKind::Person if !b.person_like && b.pronouns < 0 => EntityKind::Org,
        kind => kind,
    }
}

/// The most recent earlier entity this name refers to, if any; `found` is a buffer for the candidates.
fn find(
    entities: &[Building],
    by_word: &FastMap<u64, Vec<usize>>,
    by_initials: &FastMap<String, Vec<usize>>,
    key: &NameKey<'_>,
    text: &str,
    kind: EntityKind,
    found: &mut Vec<usize>,
) -> Option<usize> {
    found.clear();
    if let Some(acronym) = &key.acronym {
        let named = by_initials.get(acronym).into_iter().flatten().rev().take(MAX_CANDIDATES);
        // a two-letter acronym must agree in type ("US" is not the "University of Sheffield")
        let strict = acronym.chars().count() < 3;
        found.extend(named.filter(|&&e| {
            let e_kind = majority(&entities[e]);
            e_kind == kind || (!strict && e_kind != EntityKind::Person && kind != EntityKind::Person)
        }));
    }
    // a surname or a head word is last; the short form of a company ("Apple" of "Apple Inc.") is first
    for word in [key.words.last()?, key.words.first()?] {
        let sharing = by_word.get(word).into_iter().flatten().rev().take(MAX_CANDIDATES);
        found.extend(sharing.filter(|&&e| refers_to(&entities[e], key, kind)));
    }
    if found.is_empty() {
        // the entity was first named by its acronym and is now spelt out
        if let Some(initials) = &key.initials {
            let spelt = entities.iter().enumerate().rev().take(MAX_CANDIDATES);
            found.extend(spelt.filter(|(_, b)| b.acronym.as_ref() == Some(initials)).map(|(e, _)| e));
        }
    }
    if found.is_empty() && kind != EntityKind::Person {
        // an acronym of more than the initials ("SIA" of "Singapore Airlines"), in either order
        let recent = entities.iter().enumerate().rev().take(MAX_CANDIDATES);
        found.extend(
            recent
                .filter(|(_, b)| majority(b) != EntityKind::Person)
                .filter(|(_, b)| match (&key.acronym, &b.acronym) {
                    (Some(acronym), _) => abbreviates(acronym, &b.name),
                    (None, Some(acronym)) => abbreviates(acronym, text),
                    (None, None) => false,
                })
                .map(|(e, _)| e),
        );
    }
    // a bare surname shared by two people named in full is the one named first: news calls the
    // person it is about by surname and a namesake (a relative) by full or first name
    let full_people = |e: &usize| {
        let b = &entities[*e];
        majority(b) == EntityKind::Person && b.name_words > 1 && b.keys.last() == key.words.last()
    };
    if kind == EntityKind::Person && key.words.len() == 1 && found.iter().filter(|e| full_people(e)).count() > 1 {
        return found.iter().copied().filter(full_people).min();
    }
    found.iter().copied().max_by_key(|&e| entities[e].last_seen)
}

/// True when a name with `key` (tagged `kind`) can be a variant of entity `e`: the same words, or a
/// part of its words that keeps its last word (a surname, or "State of Law" of "State of Law
/// Coalition"), or a fuller form that contains all of its words.
fn refers_to(e: &Building, key: &NameKey<'_>, kind: EntityKind) -> bool {
    let e_kind = majority(e);
    let subset = key.words.iter().all(|w| e.keys.contains(w));
    let superset = e.keys.iter().all(|w| key.words.contains(w));
    if subset && key.words.len() == e.keys.len() {
        return true;
    }
    let same_first = key.words.first() == e.keys.first();
    // "Apple Computer" after a lone "Apple", "Kingsbridge Rovers" after a headline's "Rovers": a lone
    // word that never looked like a person
    let company_long_form = superset && e.keys.len() == 1 && kind == EntityKind::Org && !e.person_like;
    match e_kind {
        // a bare surname joins a person whatever it was tagged; a longer name must agree in full
        EntityKind::Person => {
            (subset && key.words.len() == 1) || (superset && kind == EntityKind::Person) || company_long_form
        }
        // "Apple" of "Apple Inc.", whatever it was tagged, or any part or fuller form tagged ORG; but a
        // listed place is itself ("Singapore" of "Singapore Airlines")
        EntityKind::Org => {
            (subset && key.words.len() == 1 && same_first && !key.listed_place) || (kind == e_kind && (subset || superset))
        }
        // places nest ("Western Australia", "Australia") but are different places: same words only
        EntityKind::Loc => false,
    }
}

/// Builds the key of a candidate's name (written `text`); a listed other name of a place takes the key
/// of its usual name.
fn name_key<'w>(doc: &Document, info: &TokenInfo, c: &Candidate, text: &str, words: &'w mut Vec<u64>) -> NameKey<'w> {
    let listed_place = c.tokens.len() == 1 && c.kind == EntityKind::Loc && info.flags[c.tokens.start] & flag::PLACE != 0;
    let aliases = aliases();
    let first = info.folded[c.tokens.start].as_ref();
    // the cheap test first: a longer name is folded whole only when its first word begins some alias
    let folded = match c.tokens.len() {
        1 => Some(std::borrow::Cow::Borrowed(first)),
        _ if aliases.first_words.contains(first) => Some(std::borrow::Cow::Owned(crate::text::fold(text))),
        _ => None,
    };
    if let Some(usual) = folded.and_then(|f| aliases.usual.get(f.as_ref())) {
        let usual_doc = Document::new(usual);
        let tokens = 0..usual_doc.tokens.len();
        if !tokens.is_empty() {
            let usual_folded: Vec<String> = (0..usual_doc.tokens.len()).map(|i| crate::text::fold(usual_doc.word(i))).collect();
            return NameKey { listed_place, ..words_key(&usual_doc, &usual_folded, &Candidate { tokens, kind: c.kind }, words) };
        }
    }
    NameKey { listed_place, ..words_key(doc, &info.folded, c, words) }
}

/// Other names of places and bodies (`aliases.txt`), folded, with their usual names.
struct Aliases {
    /// Each other name, folded, mapped to the usual name.
    usual: FastMap<String, String>,
    /// The first word of each other name, folded.
    first_words: FastSet<String>,
}

fn aliases() -> &'static Aliases {
    static ALIASES: OnceLock<Aliases> = OnceLock::new();
    ALIASES.get_or_init(|| {
        let usual: FastMap<String, String> = include_str!("../../data/entities/aliases.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once(" = "))
            .map(|(other, usual)| (crate::text::fold(other.trim()), usual.trim().to_string()))
            .collect();
        let first_words = usual
            .keys()
            .filter_map(|other| {
                let doc = Document::new(other);
                (!doc.tokens.is_empty()).then(|| doc.word(0).to_string())
            })
            .collect();
        Aliases { usual, first_words }
    })
}

/// The key of the name written in the candidate's tokens (`folded`: the folded word of every token).
fn words_key<'w, S: AsRef<str>>(doc: &Document, folded: &[S], c: &Candidate, words: &'w mut Vec<u64>) -> NameKey<'w> {
    let lex = lexicon();
    words.clear();
    // the initials are written out only from the second on: one alone makes no acronym
    let (mut first_initial, mut initials) = (None, String::new());
    let is_word = |i: &usize| matches!(doc.tokens[*i].kind, TokenKind::Word | TokenKind::Number);
    let count = c.tokens.clone().filter(is_word).count();
    let mut only = None;
    for (k, i) in c.tokens.clone().filter(is_word).enumerate() {
        only = Some(i);
        let folded = folded[i].as_ref();
        let is_last = k + 1 == count;
        if FUNCTION_WORDS.contains(&folded) && k > 0 && !is_last {
            continue;
        }
        if lex.is_particle(folded) && !is_last {
            continue;
        }
        if k > 0 && COMPANY_SUFFIXES.contains(&folded) {
            continue;
        }
        if let Some(ch) = doc.word(i).chars().next().filter(|c| c.is_uppercase()) {
            match first_initial {
                None => first_initial = Some(ch),
                Some(first) => {
                    if initials.is_empty() {
                        initials.push(first);
                    }
                    initials.push(ch);
                }
            }
        }
        words.push(transliteration_key(folded));
    }
    let acronym = match only {
        Some(i) if count == 1 => as_acronym(doc.word(i)),
        _ => None,
    };
    NameKey { words, initials: (!initials.is_empty()).then_some(initials), acronym, listed_place: false }
}

/// The letters of an acronym (`OPEC`, `U.S.`), or `None` for other words.
fn as_acronym(word: &str) -> Option<String> {
    let letters = word.chars().filter(|c| *c != '.');
    let n = letters.clone().count();
    // tested before collecting: most words are no acronym
    ((2..=6).contains(&n) && letters.clone().all(char::is_uppercase)).then(|| letters.collect())
}

/// Shortest acronym linked to a name by [`abbreviates`]: two letters are too easily found in any name.
const MIN_ABBREVIATION: usize = 3;

/// True when `acronym` is made of the starts of the words of `name`, in order: a leading part of
/// each capitalized word (at least its initial), and nothing or the initial of each lower-case word
/// ("SIA" of "Singapore Airlines", "PAG" of "Penske Automotive Group", "BoE" of "Bank of England").
fn abbreviates(acronym: &str, name: &str) -> bool {
    // the cheap test first: most names do not even start with the acronym's letter
    let first = |s: &str| s.chars().find(|c| c.is_alphanumeric()).map(|c| c.to_lowercase().next().unwrap_or(c));
    if first(acronym).is_none() || first(acronym) != first(name) {
        return false;
    }
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    // each word in lower case, and whether it is capitalized (must give at least its initial)
    let words: Vec<(Vec<char>, bool)> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| (w.chars().flat_map(char::to_lowercase).collect(), w.starts_with(char::is_uppercase)))
        .collect();
    if letters.len() < MIN_ABBREVIATION || words.len() < 2 || words.len() > 8 {
        return false;
    }
    // reachable[a]: the first `a` letters are spelt by the words so far
    let mut reachable = vec![false; letters.len() + 1];
    reachable[0] = true;
    for &(ref word, required) in &words {
        let mut next = vec![false; letters.len() + 1];
        for a in (0..=letters.len()).filter(|&a| reachable[a]) {
            if !required {
                next[a] = true;
            }
            let longest = if required { word.len() } else { 1 };
            for take in 1..=longest.min(letters.len() - a) {
                if word[..take] != letters[a..a + take] {
                    break;
                }
                next[a + take] = true;
            }
        }
        reachable = next;
    }
    reachable[letters.len()]
}

/// A word's transliteration key (see [`transliterate`]) as a 64-bit hash: keys are only ever compared,
/// and a hash compares in one instruction and needs no allocation. Two different keys share a hash
/// with a chance of about one in 2^64.
fn transliteration_key(folded: &str) -> u64 {
    // FNV-1a over the characters of the key
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    transliterate(folded, |c| hash = (hash ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3));
    hash
}

/// Folds spelling variants of transliterated names: `ou`/`oo`/`o` -> `u`, `e`/`y` -> `i` (after the
/// first letter), `q` -> `k`, `ph` -> `f`, doubled letters once, and drops hyphens and apostrophes.
/// Gives the characters of the key to `emit`.
fn transliterate(folded: &str, mut emit: impl FnMut(char)) {
    let mut last = None;
    let mut chars = folded.chars().filter(|c| c.is_alphanumeric()).peekable();
    while let Some(c) = chars.next() {
        let mapped = match c {
            'o' if chars.peek() == Some(&'u') || chars.peek() == Some(&'o') => {
                chars.next();
                'u'
            }
            'p' if chars.peek() == Some(&'h') => {
                chars.next();
                'f'
            }
            'o' => 'u',
            'q' => 'k',
            'e' | 'y' if last.is_some() => 'i',
            _ => c,
        };
        if last != Some(mapped) {
            emit(mapped);
            last = Some(mapped);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups(text: &str, names: &[(&str, EntityKind)]) -> Vec<usize> {
        let doc = Document::new(text);
        let mut candidates = Vec::new();
        let mut from = 0;
        for &(name, kind) in names {
            let start = from + text[from..].find(name).expect("name in text");
            let end = start + name.len();
            from = end;
            let first = doc.tokens.iter().position(|t| t.start == start).expect("token start");
            let last = doc.tokens.iter().position(|t| t.end == end).expect("token end");
            candidates.push(Candidate { tokens: first..last + 1, kind });
        }
        let set = group(&doc, &TokenInfo::new(&doc), &candidates);
        set.mentions.iter().map(|m| m.entity).collect()
    }

    #[test]
    fn transliteration_variants_share_a_key() {
        let key = |w: &str| transliteration_key(&crate::text::fold(w));
        assert_eq!(key("Nouri"), key("Nuri"));
        assert_eq!(key("Muqtada"), key("Moqtada"));
        assert_eq!(key("al-Maliki"), key("almaliki"));
        assert_eq!(key("Philips"), key("Filips"));
        assert_eq!(key("Gómez"), key("Gomez"));
        assert_ne!(key("Nouri"), key("Nora"));
        assert_ne!(key("Sadr"), key("Sader"));
        let spelt = |w: &str| {
            let mut out = String::new();
            transliterate(w, |c| out.push(c));
            out
        };
        for (w, expected) in [("nouri", "nuri"), ("moqtada", "muktada"), ("philippe", "filipi"), ("yeoman", "yiuman"), ("abbott", "abut")] {
            assert_eq!(spelt(w), expected, "{w}");
        }
    }

    #[test]
    fn variants_of_one_name_group_together() {
        use EntityKind::*;
        let text = "Nouri al-Maliki met Muqtada al-Sadr. Nuri al-Maliki, Al-Maliki and Maliki; Moqtada al-Sadr and Sadr.";
        let names = [
            ("Nouri al-Maliki", Person),
            ("Muqtada al-Sadr", Person),
            ("Nuri al-Maliki", Person),
            ("Al-Maliki", Person),
            ("Maliki", Loc),
            ("Moqtada al-Sadr", Person),
            ("Sadr", Person),
        ];
        assert_eq!(groups(text, &names), [0, 1, 0, 0, 0, 1, 1]);
    }

    #[test]
    fn a_lone_word_before_its_full_name_joins_it_whatever_it_was_tagged() {
        use EntityKind::*;
        let text = "Late goal lifts Harriers\n\nDunmore Harriers won again. Harriers lead the table.";
        assert_eq!(groups(text, &[("Harriers", Person), ("Dunmore Harriers", Org), ("Harriers", Org)]), [0, 0, 0]);
    }

    #[test]
    fn acronyms_of_word_starts_spell_their_names() {
        assert!(abbreviates("SIA", "Singapore Airlines"));
        assert!(abbreviates("PAG", "Penske Automotive Group"));
        assert!(abbreviates("BoE", "Bank of England"));
        assert!(abbreviates("NATO", "North Atlantic Treaty Organization"));
        assert!(!abbreviates("SIA", "Singapore"));
        assert!(!abbreviates("US", "United States"), "two letters are left to the initials");
        assert!(!abbreviates("IBM", "International Monetary Fund"));
        assert!(!abbreviates("ABC", "Alpha Beta"));
    }

    #[test]
    fn an_acronym_of_word_starts_joins_the_organization_in_either_order() {
        use EntityKind::*;
        let text = "Kenora Airlines said fares rise. KEA flies four jets. Trenholm Mining Group (TMG) agreed.";
        assert_eq!(groups(text, &[("Kenora Airlines", Org), ("KEA", Org), ("Trenholm Mining Group", Org), ("TMG", Org)]), [0, 0, 1, 1]);
        let text = "NWR cut jobs. Northern Water Resources said so.";
        assert_eq!(groups(text, &[("NWR", Org), ("Northern Water Resources", Org)]), [0, 0]);
    }

    #[test]
    fn acronyms_and_short_org_names_group() {
        use EntityKind::*;
        let text = "the Organization of the Petroleum Exporting Countries (OPEC) and the State of Law Coalition; State of Law and OPEC.";
        let names = [
            ("Organization of the Petroleum Exporting Countries", Org),
            ("OPEC", Org),
            ("State of Law Coalition", Org),
            ("State of Law", Org),
            ("OPEC", Org),
        ];
        assert_eq!(groups(text, &names), [0, 0, 1, 1, 0]);
    }

    #[test]
    fn a_name_led_by_a_given_name_stays_a_person_against_organization_tags() {
        use EntityKind::*;
        let text = "Actor Tom Marlowe spoke. The Tom Marlowe video spread, and the Tom Marlowe clip too.";
        let doc = Document::new(text);
        let names = [("Tom Marlowe", Person), ("Tom Marlowe", Org), ("Tom Marlowe", Org)];
        assert_eq!(groups(text, &names), [0, 0, 0]);
        let mut candidates = Vec::new();
        let mut from = 0;
        for (name, kind) in names {
            let start = from + text[from..].find(name).expect("name in text");
            from = start + name.len();
            let first = doc.tokens.iter().position(|t| t.start == start).expect("token start");
            candidates.push(Candidate { tokens: first..first + 2, kind });
        }
        let set = group(&doc, &TokenInfo::new(&doc), &candidates);
        assert_eq!(set.entities[0].kind, Person);
    }

    #[test]
    fn a_listed_place_is_no_short_form_of_a_company_named_after_it() {
        use EntityKind::*;
        let text = "Kenya Airways flew to Kenya; Kenya Airways said Kenya would grow, and Airways staff agreed.";
        let names = [("Kenya Airways", Org), ("Kenya", Loc), ("Kenya Airways", Org), ("Kenya", Loc), ("Airways", Org)];
        assert_eq!(groups(text, &names), [0, 1, 0, 1, 0]);
    }

    #[test]
    fn other_names_of_a_place_group_but_nested_places_do_not() {
        use EntityKind::*;
        let text = "the United States and America; Western Australia and Australia.";
        let names = [("United States", Loc), ("America", Loc), ("Western Australia", Loc), ("Australia", Loc)];
        assert_eq!(groups(text, &names), [0, 0, 1, 2]);
    }

    #[test]
    fn two_people_sharing_a_surname_stay_apart_and_a_bare_surname_joins_the_first_named() {
        use EntityKind::*;
        let text = "George Bush and Laura Bush arrived. Bush spoke.";
        let names = [("George Bush", Person), ("Laura Bush", Person), ("Bush", Person)];
        assert_eq!(groups(text, &names), [0, 1, 0]);
    }

    #[test]
    fn a_name_in_capitals_gives_way_to_its_mixed_case_form() {
        let doc = Document::new("PORT ELLIS , NATO said . Port Ellis and Nato");
        let c = [
            Candidate { tokens: 0..2, kind: EntityKind::Loc },
            Candidate { tokens: 3..4, kind: EntityKind::Org },
            Candidate { tokens: 6..8, kind: EntityKind::Loc },
            Candidate { tokens: 9..10, kind: EntityKind::Org },
        ];
        let set = group(&doc, &TokenInfo::new(&doc), &c);
        let names: Vec<&str> = set.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Port Ellis", "NATO"]);
    }

    #[test]
    fn the_fullest_name_is_canonical() {
        let doc = Document::new("Maliki and then Nouri al-Maliki");
        let c = [
            Candidate { tokens: 0..1, kind: EntityKind::Person },
            Candidate { tokens: 3..7, kind: EntityKind::Person },
        ];
        let set = group(&doc, &TokenInfo::new(&doc), &c);
        assert_eq!(set.entities.len(), 1);
        assert_eq!(set.entities[0].name, "Nouri al-Maliki");
    }

    #[test]
    fn a_bare_name_is_an_organization_only_when_called_it() {
        let kind_of = |text: &str, name: &str| {
            let doc = Document::new(text);
            let c: Vec<Candidate> = (0..doc.tokens.len())
                .filter(|&i| doc.word(i) == name)
                .map(|i| Candidate { tokens: i..i + 1, kind: EntityKind::Person })
                .collect();
            group(&doc, &TokenInfo::new(&doc), &c).entities[0].kind
        };
        assert_eq!(kind_of("Ford said it would cut jobs. Ford shares fell.", "Ford"), EntityKind::Org);
        assert_eq!(kind_of("Pachomius forgave him, and his monks stayed. Pachomius died.", "Pachomius"), EntityKind::Person);
        assert_eq!(kind_of("Goldsmith argued the case. The court sided with Goldsmith.", "Goldsmith"), EntityKind::Person);
    }
}
