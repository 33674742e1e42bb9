//! The word lists of the timeline labels, and one lookup that says which lists a word is in.
//!
//! A label reads each word of its clause against several lists; one hash table of bits, built once,
//! answers all of them with a single lookup instead of a scan of each list. Data only; the rules that read
//! these classes live in [`super::label`].

use std::sync::OnceLock;

use crate::english::IRREGULAR_PAST;

/// The classes a word may be in, one bit each.
pub mod class {
    pub const FUNCTION: u16 = 1;
    pub const VERB: u16 = 1 << 1;
    pub const AUXILIARY: u16 = 1 << 2;
    pub const OPENER: u16 = 1 << 3;
    pub const STOP: u16 = 1 << 4;
    pub const PREPOSITION: u16 = 1 << 5;
    pub const SUBJECT_BOUNDARY: u16 = 1 << 6;
    pub const RELATIVE_PRONOUN: u16 = 1 << 7;
    pub const COORDINATOR: u16 = 1 << 8;
    pub const ADVERB: u16 = 1 << 9;
    pub const PERSONAL_PRONOUN: u16 = 1 << 10;
}

/// Function words: not counted in the object's length, and never left dangling at the label's end.
const FUNCTION_WORDS: &[&str] = &["the", "a", "an", "of", "to", "for", "in", "on", "at", "by", "with", "from", "and", "or", "’s", "'s", "its", "their", "his", "her"];

/// Verbs that are not recognizable by their ending, besides [`IRREGULAR_PAST`]: present forms and
/// past forms that are present forms too ("set", "quit").
const VERBS: &[&str] = &[
    "says", "set", "quit", "beat", "meets", "plans", "calls", "wants", "denies", "announces", "launches", "agrees",
    "warns", "urges", "lied",
];

/// Auxiliaries that precede the verb.
const AUXILIARIES: &[&str] = &[
    "will", "would", "has", "have", "had", "was", "were", "is", "are", "did", "does", "could", "should", "may",
    "might", "must", "can", "shall", "been", "be", "not",
];

/// Words that open a leading adverbial ("On Monday, ...", "In a tweet, ...", "However, ...").
const OPENERS: &[&str] = &[
    "on", "in", "at", "after", "before", "during", "since", "by", "following", "earlier", "later", "last",
    "however", "meanwhile", "yesterday", "today", "then", "but", "and", "also", "according", "as", "when",
    "while", "until", "from", "over", "with", "under", "amid", "despite",
];

/// Words that end the object: the label stops before a new clause.
const STOPS: &[&str] = &["which", "who", "whom", "whose", "because", "while", "although", "though", "but", "where", "when", "as", "after", "before", "if"];

/// Prepositions: the one right before a time is left out with it.
const PREPOSITIONS: &[&str] = &["on", "in", "at", "since", "by", "during", "until", "from", "to", "of", "for", "over"];

/// Words that end a subject when walking left from its verb.
const SUBJECT_BOUNDARIES: &[&str] = &[",", ";", ":", "(", ")", "and", "but", "or", "who", "which", "that", "whom", "because", "while", "although", "though", "when", "after", "before", "since", "as", "if", "where"];

/// Pronouns that stand for the phrase before them ("Sadr, who called").
const RELATIVE_PRONOUNS: &[&str] = &["who", "whose", "which", "that"];

/// Words that join two clauses with one subject.
const COORDINATORS: &[&str] = &["and", "but", "or"];

/// Adverbs that may stand inside a verb group ("has also denied").
const ADVERBS: &[&str] = &["also", "again", "not", "never", "already", "still", "just", "then", "later", "soon"];

/// Pronouns before a verb in `-s` ("he plans").
const PERSONAL_PRONOUNS: &[&str] = &["he", "she", "it"];

/// Every list with its class.
const LISTS: &[(&[&str], u16)] = &[
    (FUNCTION_WORDS, class::FUNCTION),
    (VERBS, class::VERB),
    (IRREGULAR_PAST, class::VERB),
    (AUXILIARIES, class::AUXILIARY),
    (OPENERS, class::OPENER),
    (STOPS, class::STOP),
    (PREPOSITIONS, class::PREPOSITION),
    (SUBJECT_BOUNDARIES, class::SUBJECT_BOUNDARY),
    (RELATIVE_PRONOUNS, class::RELATIVE_PRONOUN),
    (COORDINATORS, class::COORDINATOR),
    (ADVERBS, class::ADVERB),
    (PERSONAL_PRONOUNS, class::PERSONAL_PRONOUN),
];

/// Slots of the lookup table: a power of two, more than twice the listed words, so that probes are short.
const SLOTS: usize = 512;

/// Every listed word as its [`key`] with the bits of the lists it is in, in an open-addressing table
/// of [`SLOTS`] slots (key 0, which no word has, marks an empty slot): one hash and usually one
/// comparison a lookup, where a binary search took eight unpredictable branches.
fn table() -> &'static [(u128, u16)] {
    static TABLE: OnceLock<Vec<(u128, u16)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = vec![(0u128, 0u16); SLOTS];
        for &(list, bit) in LISTS {
            for &word in list {
                let key = key(word).expect("listed words are short");
                let mut at = slot(key);
                while table[at].0 != 0 && table[at].0 != key {
                    at = (at + 1) % SLOTS;
                }
                table[at] = (key, table[at].1 | bit);
            }
        }
        table
    })
}

/// The first slot to probe for `key`.
fn slot(key: u128) -> usize {
    let mixed = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> (64 - SLOTS.trailing_zeros())) as usize
}

/// A word of at most 15 bytes as one integer: its bytes in ASCII lower case and its length. Comparing
/// two keys compares the words ignoring ASCII case, in a handful of instructions.
fn key(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.len() > 15 {
        return None;
    }
    // byte by byte: a copy of a variable length would call memcpy, which costs more in WebAssembly
    let lowered = bytes.iter().rev().fold(0u128, |key, &b| key << 8 | u128::from(b.to_ascii_lowercase()));
    Some(lowered | (bytes.len() as u128) << 120)
}

/// The classes of `word`, ignoring ASCII case (the lists are lower case).
pub fn classes(word: &str) -> u16 {
    let Some(key) = key(word) else { return 0 };
    let table = table();
    let mut at = slot(key);
    loop {
        match table[at] {
            (k, bits) if k == key => return bits,
            (0, _) => return 0,
            _ => at = (at + 1) % SLOTS,
        }
    }
}

/// True when `word` is in a list of class `class` (or of any of the classes, when `class` holds several bits).
pub fn is(word: &str, class: u16) -> bool {
    classes(word) & class != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_in_each_of_its_lists_whatever_its_case() {
        assert!(is("said", class::VERB) && is("Said", class::VERB));
        assert!(is("AND", class::COORDINATOR) && is("and", class::SUBJECT_BOUNDARY) && is("And", class::OPENER));
        assert!(is("’s", class::FUNCTION));
        assert!(!is("sailed", class::VERB) && !is("", class::FUNCTION) && !is("überhaupt-sehr-lang", class::STOP));
        for &(list, bit) in LISTS {
            for word in list.iter() {
                assert!(is(word, bit), "{word}");
            }
        }
    }

    #[test]
    fn the_table_stays_at_most_half_full() {
        assert!(table().iter().filter(|&&(key, _)| key != 0).count() * 2 <= SLOTS);
    }
}
