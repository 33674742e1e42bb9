//! The type a text itself gives a name: the head noun of an apposition or a copula right after it
//! ("Marta Lund, an Australian woman, said", "Rockport is a town on the coast", "Brandt, a Hamburg
//! company,"). The grouping counts it as a strong vote for the name's entity.
//!
//! Only the nouns of `data/entities/apposition-nouns.txt` count, and only a short phrase that ends
//! where an apposition ends (a comma, a full stop, "of", "in", "who", ...). It does not find names.

use std::sync::OnceLock;

use super::fasthash::FastMap;
use super::features::TokenInfo;
use super::lexicon::flag;
use super::spans;
use super::EntityKind;
use crate::tokens::{Document, TokenKind};

/// Words after which an apposition's head noun may stand. Not "its" or "his": "the group, its leader
/// and soldiers" speaks of someone else.
const OPENERS: &[&str] = &["the", "a", "an"];

/// Words that end an apposition's noun phrase: its head noun is the last word before them.
const ENDERS: &[&str] = &[
    "of", "in", "for", "that", "which", "who", "whose", "based", "and", "to", "with", "at", "on", "from", "near",
    "where", "since", "known", "located", "founded", "born", "named", "called", "owned", "run", "led",
];

/// Prepositions before a name: the phrase after it may be the clause's subject instead ("In Baghdad,
/// the city's mayor said", "members of Congress, the president and ..."), so only a place noun counts
/// there ("in Rockport, a town on the coast").
const PREPOSITIONS: &[&str] = &[
    "in", "of", "at", "on", "from", "to", "near", "across", "throughout", "inside", "outside", "within", "for", "by",
    "with", "into", "over", "under", "after", "before", "during",
];

/// How many words may stand between the opener and the end of the phrase.
const MAX_WORDS: usize = 6;

/// The nouns and their types ([`KINDS`] indices), read once from the data file. (A map to `u32` shares
/// its code with the other maps of the build; the WebAssembly download counts every new one.)
fn nouns() -> &'static FastMap<&'static str, u32> {
    static NOUNS: OnceLock<FastMap<&'static str, u32>> = OnceLock::new();
    NOUNS.get_or_init(|| {
        let mut map = FastMap::default();
        for line in include_str!("../../data/entities/apposition-nouns.txt").lines() {
            let Some((kind, words)) = line.split_once(':').filter(|_| !line.starts_with('#')) else { continue };
            let Some(index) = KINDS.iter().position(|&(name, _)| name == kind.trim()) else { continue };
            map.extend(words.split_whitespace().map(|w| (w, index as u32)));
        }
        map
    })
}

/// The type names of the data file.
const KINDS: [(&str, EntityKind); 3] = [("PERSON", EntityKind::Person), ("ORG", EntityKind::Org), ("LOC", EntityKind::Loc)];

/// The type the apposition or copula right after the name at `tokens` gives it, if any.
pub fn kind_after(doc: &Document, info: &TokenInfo, tokens: &std::ops::Range<usize>) -> Option<EntityKind> {
    let word = |i: usize| if i < doc.tokens.len() { doc.word(i) } else { "" };
    let before = tokens.start.checked_sub(1).map_or("", word);
    let mut i = tokens.end;
    // a name after a comma may be the second half of "Danvers, Massachusetts is an American rapper"
    let after_comma = before == ",";
    match word(i) {
        "," => i += 1,
        "is" | "was" if !after_comma => i += 1,
        _ => return None,
    }
    // a possessive name may open the phrase as well as a determiner ("Lund, Oslo's mayor,")
    if OPENERS.contains(&word(i)) {
        i += 1;
    } else if matches!(word(i + 1), "'s" | "’s") {
        i += 2;
    } else {
        return None;
    }
    // a listed name or one with a head word of its own knows its type better ("Turkey", "Coronado
    // School District is the school district of ...")
    let last = tokens.end - 1;
    let listed = spans::listed(info, tokens).is_some_and(|f| f & (flag::PLACE | flag::ORG) != 0);
    if listed || info.flags[last] & (flag::ORG_WORD | flag::PLACE_WORD) != 0 {
        return None;
    }
    let index = head_noun(doc, i).and_then(|h| nouns().get(info.folded[h].as_ref()).copied())?;
    let kind = KINDS[index as usize].1;
    let after_preposition = PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(before));
    (!after_preposition || kind == EntityKind::Loc).then_some(kind)
}

/// The head noun of the phrase starting at token `start`: its last lower-case word, when an ender
/// comes within [`MAX_WORDS`] words.
fn head_noun(doc: &Document, start: usize) -> Option<usize> {
    let mut head = None;
    for j in start..(start + MAX_WORDS).min(doc.tokens.len()) {
        let word = doc.word(j);
        if doc.tokens[j].kind == TokenKind::Punct && word != "-" || ENDERS.contains(&word) {
            return head;
        }
        let lower = word.chars().next().is_some_and(char::is_lowercase);
        head = (lower && word.chars().all(|c| c.is_alphabetic() || c == '-')).then_some(j);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The type told right after `name`, the first token run spelling it in `text`.
    fn told(text: &str, name: &str) -> Option<EntityKind> {
        let doc = Document::new(text);
        let info = TokenInfo::new(&doc);
        let len = Document::new(name).tokens.len();
        let start = (0..doc.tokens.len()).find(|&i| doc.text[doc.tokens[i].start..].starts_with(name)).expect("name");
        kind_after(&doc, &info, &(start..start + len))
    }

    #[test]
    fn the_head_noun_of_an_apposition_or_copula_tells_the_type() {
        assert_eq!(told("Marta Lund, an Australian woman, said so.", "Marta Lund"), Some(EntityKind::Person));
        assert_eq!(told("Rockport is a small town on the coast.", "Rockport"), Some(EntityKind::Loc));
        assert_eq!(told("Brandt, a Hamburg shipping company, fell.", "Brandt"), Some(EntityKind::Org));
        assert_eq!(told("Lund, Oslo's deputy mayor, spoke.", "Lund"), Some(EntityKind::Person));
    }

    #[test]
    fn no_type_where_the_phrase_may_speak_of_something_else() {
        // the subject of the clause after a prepositional phrase; another's leader; a second place
        assert_eq!(told("In Kirkuk, the city's mayor said so.", "Kirkuk"), None);
        assert_eq!(told("Members of Storting, the president and others came.", "Storting"), None);
        assert_eq!(told("The Hassan Brigade, its commander and soldiers, fled.", "Hassan Brigade"), None);
        assert_eq!(told("He lives in Danvers, Massachusetts is a rapper.", "Massachusetts"), None);
        // a listed place, or a name with a head word of its own, keeps its type ("a key player")
        assert_eq!(told("Turkey is a key country in the region.", "Turkey"), None);
        assert_eq!(told("Elm School District is the district of Elm.", "Elm School District"), None);
        // no known noun, or a phrase that runs on too long
        assert_eq!(told("Vantor, a thing of beauty, sold.", "Vantor"), None);
        assert_eq!(told("Vantor, a very very very very very old town, sold.", "Vantor"), None);
    }
}
