//! Names of works and vehicles that the text introduces with a common noun: "the novel Angel
//! Catbird", "the cruise ship Freewinds", "web browser Safari". No evaluation set annotates works or
//! vehicles, so such a name is no person, organization or place wherever the text uses it.
//!
//! A name that does something right after the noun is the subject of a clause, not the title ("the
//! book Obama wrote", "the film Spielberg directed"), and is kept. Newspapers and magazines are
//! organizations and are not among the nouns.

use super::super::features::{mix, TokenInfo};
use super::Candidate;
use crate::english::IRREGULAR_PAST;
use crate::fasthash::FastSet;
use crate::tokens::{Document, Gap};

/// True for a common noun that introduces the name of a work or a vehicle right after it. The
/// training sets leave the names after these unannotated (film 74 to 3, novel 48 to 2, album 78 to
/// 4). A `match`, not a list scan: it is asked before every candidate.
fn is_work_noun(word: &str) -> bool {
    matches!(
        word,
        "film" | "films" | "movie" | "movies" | "documentary" | "drama" | "comedy" | "musical" | "opera" | "sitcom"
            | "series" | "novel" | "novels" | "book" | "books" | "poem" | "poems" | "album" | "albums" | "song"
            | "songs" | "singles" | "titled" | "entitled" | "browser" | "software" | "app" | "ship" | "vessel"
            | "yacht" | "spacecraft"
    )
}

/// Drops every candidate that spells a name the text introduces with a work noun.
pub(super) fn drop_titles_of_works(doc: &Document, info: &TokenInfo, mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    // the name's folded words, hashed together (no string is built)
    let key = |c: &Candidate| c.tokens.clone().fold(0, |h, i| mix(TITLE_KEY, h, info.word_hash(i)));
    let titles: FastSet<u32> = candidates.iter().filter(|c| is_introduced_as_work(doc, c)).map(key).collect();
    if titles.is_empty() {
        return candidates;
    }
    candidates.retain(|c| !titles.contains(&key(c)));
    candidates
}

/// The template number of the title keys in [`mix`].
const TITLE_KEY: u32 = 0x7469_746c;

/// True when a work noun stands right before the candidate and no verb of its own right after it.
fn is_introduced_as_work(doc: &Document, c: &Candidate) -> bool {
    let start = c.tokens.start;
    if start == 0 || doc.tokens[start].gap != Gap::Space || !is_work_noun(doc.word(start - 1)) {
        return false;
    }
    let next = if c.tokens.end < doc.tokens.len() { doc.word(c.tokens.end) } else { "" };
    let is_verb = next.len() > 3 && next.ends_with("ed") || IRREGULAR_PAST.contains(&next);
    !is_verb
}
