//! Word lists of general knowledge (places, world organizations and large companies, given names, titles, nationality
//! words, organization and place head words, name particles, common lower-case words, products and sports
//! club words), compiled in from `data/entities/`.
//!
//! They give the tagger features and the grouping its particles; they are not a list of the names it
//! can find (any capitalized name can be tagged). Lookups use folded words (see [`crate::text::fold`]).

use std::sync::OnceLock;

use super::fasthash::FastMap;
use crate::text::fold;
use crate::tokens::{Document, TokenKind};

/// Membership bits of one token.
pub mod flag {
    pub const GIVEN: u16 = 1;
    pub const PLACE: u16 = 1 << 1;
    pub const ORG: u16 = 1 << 2;
    pub const ORG_WORD: u16 = 1 << 3;
    pub const PLACE_WORD: u16 = 1 << 4;
    pub const TITLE: u16 = 1 << 5;
    /// Nationality and religion words, weekdays, months, units: capitalized, yet not names.
    pub const NOT_NAME: u16 = 1 << 6;
    pub const PARTICLE: u16 = 1 << 7;
    /// The token begins a match of a multi-word place or organization name.
    pub const NAME_BEGIN: u16 = 1 << 8;
    /// The token continues a match of a multi-word place or organization name.
    pub const NAME_INSIDE: u16 = 1 << 9;
    /// A word the training corpora mostly write in lower case: capitalized, it is likely only a
    /// sentence or headline start.
    pub const COMMON: u16 = 1 << 10;
    /// A plural group word ("Democrats"): no entity of the three types on its own. Read by the span
    /// cleanup only.
    pub const NO_ENTITY: u16 = 1 << 11;
    /// A head word of sports club or company names that [`ORG_WORD`] leaves out ("Rovers", "FC",
    /// "Engineering"). Read by the span cleanup only.
    pub const CLUB_WORD: u16 = 1 << 12;
    /// A product or product line ("iPod"): no entity, and neither is the model named after it. Read
    /// by the span cleanup only.
    pub const PRODUCT: u16 = 1 << 13;
    /// The bits the span cleanup looks up by word ([`super::Lexicon::word_flags`]); they are kept out of
    /// [`super::Lexicon::token_flags`], so they are no tagger features and change no weights.
    pub const CLEANUP_ONLY: u16 = NO_ENTITY | CLUB_WORD | PRODUCT;
}

/// How many bits of [`flag`] the tagger sees.
pub const FLAG_BITS: u32 = 11;

const LISTS: &[(u16, &str)] = &[
    (flag::GIVEN, include_str!("../../data/entities/given-names.txt")),
    (flag::PLACE, include_str!("../../data/entities/places.txt")),
    (flag::ORG, include_str!("../../data/entities/orgs.txt")),
    (flag::ORG, include_str!("../../data/entities/companies.txt")),
    (flag::ORG_WORD, include_str!("../../data/entities/org-words.txt")),
    (flag::PLACE_WORD, include_str!("../../data/entities/place-words.txt")),
    (flag::TITLE, include_str!("../../data/entities/titles.txt")),
    (flag::NOT_NAME, include_str!("../../data/entities/demonyms.txt")),
    (flag::NOT_NAME, include_str!("../../data/entities/non-names.txt")),
    (flag::PARTICLE, include_str!("../../data/entities/particles.txt")),
    (flag::COMMON, include_str!("../../data/entities/common-words.txt")),
    (flag::NO_ENTITY, include_str!("../../data/entities/non-entities.txt")),
    (flag::PRODUCT, include_str!("../../data/entities/products.txt")),
    (flag::CLUB_WORD, include_str!("../../data/entities/club-words.txt")),
    (flag::CLUB_WORD, include_str!("../../data/entities/company-words.txt")),
];

/// The lists that hold many words a line; the others hold one name a line.
const MANY_A_LINE: u16 = flag::GIVEN | flag::COMMON;

/// The compiled lists: single words with their bits, and multi-word names keyed by their first word.
pub struct Lexicon {
    words: WordTable,
    phrases: FastMap<String, Vec<(Vec<String>, u16)>>,
    /// The particles as [`packed`] words in an open-addressing table of [`PARTICLE_SLOTS`] slots (0
    /// marks an empty one): a lower-case word can only be a particle, and this table answers for the
    /// many small words ("of", "the", ",") with one multiplication and a comparison or two.
    particles: Vec<u64>,
}

/// The lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut bits_of: FastMap<String, u16> = FastMap::default();
        let mut phrases: FastMap<String, Vec<(Vec<String>, u16)>> = FastMap::default();
        for &(bit, list) in LISTS {
            for entry in entries(bit, list) {
                let parts = entry_words(entry);
                match parts.len() {
                    0 => {}
                    1 => *bits_of.entry(parts[0].clone()).or_default() |= bit,
                    _ => phrases.entry(parts[0].clone()).or_default().push((parts, bit)),
                }
            }
        }
        for first in phrases.keys() {
            *bits_of.entry(first.clone()).or_default() |= BEGINS_PHRASE;
        }
        let mut particles = vec![0u64; PARTICLE_SLOTS];
        for p in bits_of.iter().filter(|(_, &bits)| bits & flag::PARTICLE != 0).filter_map(|(w, _)| packed(w)) {
            let mut at = particle_slot(p);
            while particles[at] != 0 {
                at = (at + 1) % PARTICLE_SLOTS;
            }
            particles[at] = p;
        }
        Lexicon { words: WordTable::new(&bits_of), phrases, particles }
    }

    /// The bits of one folded word.
    pub fn word_flags(&self, folded: &str) -> u16 {
        self.words.get(folded) & !BEGINS_PHRASE
    }

    /// True when the folded word is a name particle (`al`, `bin`, `van`).
    pub fn is_particle(&self, folded: &str) -> bool {
        let Some(p) = packed(folded).filter(|&p| p != 0) else { return false };
        let mut at = particle_slot(p);
        loop {
            match self.particles[at] {
                0 => return false,
                q if q == p => return true,
                _ => at = (at + 1) % PARTICLE_SLOTS,
            }
        }
    }

    /// The bits of every token of `doc`, given the folded words. List names match only on capitalized
    /// tokens (so the pronoun "us" is not the country "US"); particles and multi-word names are matched
    /// longest first.
    pub fn token_flags<S: AsRef<str>>(&self, doc: &Document, folded: &[S]) -> Vec<u16> {
        let n = doc.tokens.len();
        let mut flags = vec![0u16; n];
        let mut i = 0;
        while i < n {
            let capitalized = starts_upper(doc.word(i));
            let word = folded[i].as_ref();
            if capitalized {
                let bits = self.words.get(word);
                flags[i] |= bits & !flag::CLEANUP_ONLY & !BEGINS_PHRASE;
                // only a word that begins some listed name is looked up among the names
                if bits & BEGINS_PHRASE != 0 && doc.tokens[i].kind == TokenKind::Word {
                    if let Some(len) = self.longest_phrase(folded, i, &mut flags) {
                        i += len;
                        continue;
                    }
                }
            } else if self.is_particle(word) {
                flags[i] |= flag::PARTICLE;
            }
            i += 1;
        }
        flags
    }

    /// Marks the longest multi-word name starting at `i`; returns its length in tokens.
    fn longest_phrase<S: AsRef<str>>(&self, folded: &[S], i: usize, flags: &mut [u16]) -> Option<usize> {
        let candidates = self.phrases.get(folded[i].as_ref())?;
        let matches = |parts: &[String]| {
            folded.get(i..i + parts.len()).is_some_and(|w| w.iter().zip(parts).all(|(a, b)| a.as_ref() == b))
        };
        let (parts, bit) = candidates
            .iter()
            .filter(|(parts, _)| matches(parts))
            .max_by_key(|(parts, _)| parts.len())?;
        flags[i] |= bit | flag::NAME_BEGIN;
        for f in &mut flags[i + 1..i + parts.len()] {
            *f |= bit | flag::NAME_INSIDE;
        }
        Some(parts.len())
    }
}

/// A bit of the word table only: the word begins a multi-word name of the lists. Above the bits of
/// [`flag`].
const BEGINS_PHRASE: u16 = 1 << 15;

/// The single words of the lists with their bits, looked up by a 64-bit hash of the folded word in an
/// open-addressing table: one probe of a compact array, where a map of strings followed a pointer to
/// each key and compared its bytes. Two words share a hash with a chance of about one in 2^64.
struct WordTable {
    /// Hashes ([`word_hash`]), 0 for an empty slot; a power of two, at most half full.
    keys: Vec<u64>,
    bits: Vec<u16>,
}

impl WordTable {
    fn new(bits_of: &FastMap<String, u16>) -> WordTable {
        let slots = (bits_of.len() * 2).next_power_of_two().max(2);
        let (mut keys, mut bits) = (vec![0u64; slots], vec![0u16; slots]);
        for (word, &b) in bits_of {
            let key = word_hash(word);
            let mut at = key as usize & (slots - 1);
            while keys[at] != 0 && keys[at] != key {
                at = (at + 1) & (slots - 1);
            }
            keys[at] = key;
            bits[at] |= b;
        }
        WordTable { keys, bits }
    }

    /// The bits of a folded word, 0 for an unlisted one.
    fn get(&self, folded: &str) -> u16 {
        let key = word_hash(folded);
        let mask = self.keys.len() - 1;
        let mut at = key as usize & mask;
        loop {
            match self.keys[at] {
                0 => return 0,
                k if k == key => return self.bits[at],
                _ => at = (at + 1) & mask,
            }
        }
    }
}

/// A 64-bit hash of a word (never 0, which marks an empty slot), well mixed in its low bits.
fn word_hash(word: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = crate::fasthash::FastHasher::default();
    hasher.write(word.as_bytes());
    let h = hasher.finish().wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h ^ h >> 29).max(1)
}

/// Slots of the particle table: a power of two, more than twice the particles.
const PARTICLE_SLOTS: usize = 64;

/// The first slot to probe for a packed particle.
fn particle_slot(packed: u64) -> usize {
    (packed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - PARTICLE_SLOTS.trailing_zeros())) as usize
}

/// A word of at most seven bytes as one integer (its bytes and its length), for comparing short words
/// in one instruction; `None` for longer words.
fn packed(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    (bytes.len() <= 7).then(|| bytes.iter().rev().fold(bytes.len() as u64, |p, &b| p << 8 | u64::from(b)))
}

/// True when the word starts with an upper-case letter.
pub fn starts_upper(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// The entries of a list file: lines that are not comments, split into words for the lists that hold
/// many a line.
fn entries(bit: u16, list: &str) -> impl Iterator<Item = &str> {
    let many = bit & MANY_A_LINE != 0;
    list.lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(move |line| if many { line.split_whitespace().collect() } else { vec![line.trim()] })
        .filter(|e| !e.is_empty())
}

/// The folded words of a list entry as the tokenizer splits text. An entry of letters and digits only
/// (most of them: the common-word list alone holds thousands) is one token, so it skips the tokenizer,
/// which would otherwise be most of the lists' start-up time.
fn entry_words(entry: &str) -> Vec<String> {
    if entry.chars().all(char::is_alphanumeric) {
        return vec![fold(entry)];
    }
    let doc = Document::new(entry);
    (0..doc.tokens.len()).map(|i| fold(doc.word(i))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags_of(text: &str) -> Vec<u16> {
        let doc = Document::new(text);
        let folded: Vec<String> = (0..doc.tokens.len()).map(|i| fold(doc.word(i))).collect();
        lexicon().token_flags(&doc, &folded)
    }

    #[test]
    fn matches_words_and_phrases_on_capitalized_tokens_only() {
        let f = flags_of("the US told us New York");
        assert_ne!(f[1] & flag::PLACE, 0);
        assert_eq!(f[3] & flag::PLACE, 0);
        assert_ne!(f[4] & flag::NAME_BEGIN, 0);
        assert_ne!(f[5] & flag::NAME_INSIDE, 0);
    }

    #[test]
    fn knows_particles_titles_and_nationality_words() {
        let f = flags_of("President al Iraqi");
        assert_ne!(f[0] & flag::TITLE, 0);
        assert_ne!(f[1] & flag::PARTICLE, 0);
        assert_ne!(f[2] & flag::NOT_NAME, 0);
    }

    #[test]
    fn the_word_table_answers_as_a_map_of_strings_would() {
        let mut bits_of: FastMap<String, u16> = FastMap::default();
        for (k, w) in ["baghdad", "nouri", "opec", "al", "a", "abcdefgh", "abcdefghi"].iter().enumerate() {
            bits_of.insert(w.to_string(), 1 << k);
        }
        let table = WordTable::new(&bits_of);
        for (w, &bits) in &bits_of {
            assert_eq!(table.get(w), bits, "{w}");
        }
        for unlisted in ["", "baghda", "baghdadi", "abcdefgi", "b"] {
            assert_eq!(table.get(unlisted), 0, "{unlisted}");
        }
        assert!(table.keys.iter().filter(|&&k| k != 0).count() * 2 <= table.keys.len());
        // a word that only begins a listed name has no bits of its own
        assert_eq!(lexicon().word_flags("new") & flag::PLACE, 0);
        assert_ne!(lexicon().words.get("new") & BEGINS_PHRASE, 0);
    }

    #[test]
    fn particles_are_known_by_their_packed_words() {
        assert!(lexicon().is_particle("al") && lexicon().is_particle("van") && lexicon().is_particle("della"));
        assert!(!lexicon().is_particle("a") && !lexicon().is_particle("all") && !lexicon().is_particle("") && !lexicon().is_particle("vanderbilt"));
        // every listed particle is short enough to be packed, and the table stays at most half full
        let list = include_str!("../../data/entities/particles.txt");
        assert!(lexicon().particles.iter().filter(|&&p| p != 0).count() * 2 <= PARTICLE_SLOTS);
        for word in list.lines().filter(|l| !l.starts_with('#')).flat_map(str::split_whitespace) {
            assert!(lexicon().is_particle(&fold(word)), "{word}");
        }
    }

    #[test]
    fn cleanup_lists_stay_out_of_the_token_flags() {
        let f = flags_of("Democrats in Rovers");
        assert_eq!(f[0] & flag::CLEANUP_ONLY, 0);
        assert_eq!(f[2] & flag::CLEANUP_ONLY, 0);
        assert_ne!(lexicon().word_flags("democrats") & flag::NO_ENTITY, 0);
        assert_ne!(lexicon().word_flags("ipod") & flag::PRODUCT, 0);
        assert_ne!(lexicon().word_flags("rovers") & flag::CLUB_WORD, 0);
    }

    #[test]
    fn list_entries_split_as_the_tokenizer_splits_them() {
        for &(bit, list) in LISTS {
            for entry in entries(bit, list) {
                let doc = Document::new(entry);
                let tokenized: Vec<String> = (0..doc.tokens.len()).map(|i| fold(doc.word(i))).collect();
                assert_eq!(entry_words(entry), tokenized, "{entry}");
            }
        }
    }

    #[test]
    fn common_words_are_all_lower_case() {
        let list = include_str!("../../data/entities/common-words.txt");
        let words = list.lines().filter(|l| !l.starts_with('#')).flat_map(str::split_whitespace);
        let mixed: Vec<&str> = words.filter(|w| w.chars().any(char::is_uppercase)).collect();
        assert!(mixed.is_empty(), "{mixed:?}");
    }

    #[test]
    fn knows_common_lower_case_words() {
        let f = flags_of("Market Prices and Baghdad");
        assert_ne!(f[0] & flag::COMMON, 0);
        assert_ne!(f[1] & flag::COMMON, 0);
        assert_eq!(f[3] & flag::COMMON, 0);
    }
}
