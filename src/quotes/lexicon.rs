//! The word tables of the quotes stage (`data/quotes/`), parsed once into lookups.
//!
//! Only lookups live here: which words are reporting verbs, cue phrases, referring words and so on.
//! Deciding what a quote is and who said it is the business of the other modules.

use crate::fasthash::{FastMap, FastSet};
use std::sync::OnceLock;

use crate::entities::EntityKind;

const REPORTING_VERBS: &str = include_str!("../../data/quotes/reporting-verbs.txt");
const CUE_PHRASES: &str = include_str!("../../data/quotes/cue-phrases.txt");
const REFERRING_WORDS: &str = include_str!("../../data/quotes/referring-words.txt");
const NAMING_WORDS: &str = include_str!("../../data/quotes/naming-words.txt");
const FUNCTION_WORDS: &str = include_str!("../../data/quotes/function-words.txt");
const SKIP_WORDS: &str = include_str!("../../data/quotes/skip-words.txt");
const PREPOSITIONS: &str = include_str!("../../data/quotes/prepositions.txt");

/// What a reporting verb says about the noun after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    /// The object is the person spoken to ("told reporters"), so the speaker is never after the verb.
    pub hearer_object: bool,
    /// A present participle ("adding", "saying"): its subject is often left out.
    pub participle: bool,
}

/// A multi-word cue, as folded words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub words: Vec<String>,
    /// The speaker follows the phrase ("according to the agency").
    pub speaker_after: bool,
    /// A cue of reported speech: it names a source but does not make a short phrase a quote.
    pub reported: bool,
}

/// What a pronoun or role noun may refer to; `None` stands for either kind.
pub type Referent = Option<EntityKind>;

pub struct Lexicon {
    verbs: FastMap<String, Verb>,
    pub phrases: Vec<Phrase>,
    referring: FastMap<String, Referent>,
    /// Naming word -> whether it marks a name from anywhere earlier in the sentence.
    naming: FastMap<String, bool>,
    function: FastSet<String>,
    skip: FastSet<String>,
    prepositions: FastSet<String>,
}

/// The tables, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::parse)
}

/// The non-comment, non-blank lines of a table.
fn lines(table: &str) -> impl Iterator<Item = &str> {
    table.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn word_set(table: &str) -> FastSet<String> {
    lines(table).map(str::to_string).collect()
}

impl Lexicon {
    fn parse() -> Lexicon {
        let mut verbs = FastMap::default();
        for line in lines(REPORTING_VERBS) {
            let (forms, flags) = line.split_once('|').unwrap_or((line, ""));
            let hearer_object = flags.trim() == "hearer";
            for form in forms.split_whitespace() {
                verbs.insert(form.to_string(), Verb { hearer_object, participle: form.ends_with("ing") });
            }
        }
        let phrases = lines(CUE_PHRASES)
            .filter(|line| !line.starts_with('|'))
            .map(|line| {
                let (words, flags) = line.split_once('|').unwrap_or((line, ""));
                let flags: Vec<&str> = flags.split_whitespace().collect();
                Phrase {
                    words: words.split_whitespace().map(str::to_string).collect(),
                    speaker_after: flags.contains(&"after"),
                    reported: flags.contains(&"reported"),
                }
            })
            .collect();
        let referring = lines(REFERRING_WORDS)
            .filter_map(|line| {
                let (word, kind) = line.split_once(' ')?;
                let kind = match kind.trim() {
                    "PERSON" => Some(EntityKind::Person),
                    "ORG" => Some(EntityKind::Org),
                    "LOC" => Some(EntityKind::Loc),
                    _ => None,
                };
                Some((word.to_string(), kind))
            })
            .collect();
        Lexicon {
            verbs,
            phrases,
            referring,
            naming: lines(NAMING_WORDS)
                .map(|line| {
                    let (word, flags) = line.split_once('|').unwrap_or((line, ""));
                    (word.trim().to_string(), flags.trim() == "clause")
                })
                .collect(),
            function: word_set(FUNCTION_WORDS),
            skip: word_set(SKIP_WORDS),
            prepositions: word_set(PREPOSITIONS),
        }
    }

    /// The reporting verb of a folded word, if it is one.
    pub fn verb(&self, folded: &str) -> Option<Verb> {
        self.verbs.get(folded).copied()
    }

    /// The referent kind of a pronoun ("he", "it", "they"), if the word is one.
    pub fn pronoun(&self, folded: &str) -> Option<Referent> {
        match folded {
            "he" | "she" | "it" | "they" => self.referring.get(folded).copied(),
            _ => None,
        }
    }

    /// The referent kind of a role noun ("minister", "company"), if the word is one. Organization
    /// nouns count only in lower case: a capitalized "Office" belongs to a name.
    pub fn role(&self, folded: &str, capitalized: bool) -> Option<Referent> {
        match self.pronoun(folded) {
            Some(_) => None,
            None => {
                let kind = self.referring.get(folded).copied();
                kind.filter(|kind| !capitalized || *kind == Some(EntityKind::Person))
            }
        }
    }

    pub fn is_naming(&self, folded: &str) -> bool {
        self.naming.contains_key(folded)
    }

    /// A naming verb that marks a quoted phrase as a name from anywhere earlier in its sentence.
    pub fn is_clause_naming(&self, folded: &str) -> bool {
        self.naming.get(folded).copied().unwrap_or(false)
    }

    pub fn is_function(&self, folded: &str) -> bool {
        self.function.contains(folded)
    }

    pub fn is_preposition(&self, folded: &str) -> bool {
        self.prepositions.contains(folded)
    }

    /// Auxiliaries and adverbs that may stand between a speaker and the verb.
    pub fn is_skippable(&self, folded: &str) -> bool {
        self.skip.contains(folded) || (folded.len() > 4 && folded.ends_with("ly"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse_into_lookups() {
        let lex = lexicon();
        assert_eq!(lex.verb("said"), Some(Verb { hearer_object: false, participle: false }));
        assert_eq!(lex.verb("told"), Some(Verb { hearer_object: true, participle: false }));
        assert!(lex.verb("adding").is_some_and(|v| v.participle));
        assert_eq!(lex.verb("table"), None);
        assert_eq!(lex.pronoun("she"), Some(Some(EntityKind::Person)));
        assert_eq!(lex.pronoun("they"), Some(None));
        assert_eq!(lex.role("company", false), Some(Some(EntityKind::Org)));
        assert_eq!(lex.role("office", true), None);
        assert_eq!(lex.role("minister", true), Some(Some(EntityKind::Person)));
        assert_eq!(lex.role("he", false), None);
        assert!(lex.phrases.iter().any(|p| p.speaker_after && p.reported && p.words == ["according", "to"]));
        assert!(lex.is_naming("dubbed") && !lex.is_naming("said"));
        assert!(lex.is_clause_naming("dubbed") && lex.is_naming("word") && !lex.is_clause_naming("word"));
        assert!(lex.is_skippable("also") && lex.is_skippable("repeatedly") && !lex.is_skippable("said"));
    }
}
