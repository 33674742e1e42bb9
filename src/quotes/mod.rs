//! Quotes: finds direct quotes (the words between quotation marks) and attributes each to a speaker
//! entity. Output is in byte offsets, in text order; it does not find entities itself.

use crate::entities::{EntityKind, EntitySet};
use crate::tokens::{Document, TokenKind};

/// One direct quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// Byte span of the quoted words, without the marks.
    pub start: usize,
    pub end: usize,
    /// Index of the speaker in [`EntitySet::entities`], or `None` when the text names nobody.
    pub speaker: Option<usize>,
    /// The reporting verb or phrase ("said", "added", "in a statement").
    pub cue: Option<String>,
}

/// Finds the quotes of `doc` and their speakers among `entities`.
pub fn extract(doc: &Document, entities: &EntitySet) -> Vec<Quote> {
    let mut quotes = Vec::new();
    for p in &doc.paragraphs {
        let mut open: Option<usize> = None;
        for i in p.tokens.clone() {
            if doc.tokens[i].kind != TokenKind::Quote || !doc.word(i).starts_with(['"', '“', '”']) {
                continue;
            }
            match open {
                None => open = Some(i),
                Some(o) if o + 1 < i => {
                    let start = doc.tokens[o + 1].start;
                    let end = doc.tokens[i - 1].end;
                    let speaker = entities
                        .mentions_in(p.start..p.end + 1)
                        .iter()
                        .find(|m| entities.entities[m.entity].kind == EntityKind::Person)
                        .map(|m| m.entity);
                    quotes.push(Quote { start, end, speaker, cue: None });
                    open = None;
                }
                Some(_) => open = None,
            }
        }
    }
    quotes
}
