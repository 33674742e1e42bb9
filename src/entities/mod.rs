//! Entities: finds the named people, organizations and places, types them, and groups the variants of
//! one name ("Nouri al-Maliki", "al-Maliki", "Maliki") into one entity.
//!
//! The pipeline: [`features`] per token -> [`tagger`] (BIO tags, Viterbi) -> [`spans`] (trim, filter)
//! -> [`grouping`] (aliases, majority type, canonical name). Output is in byte offsets, mentions in
//! text order; it does not know about quotes or times.

mod apposition;
pub mod features;
pub mod grouping;
pub mod lexicon;
pub mod spans;
pub mod tagger;

use std::ops::Range;

use serde::{Deserialize, Serialize};

// the stage's modules name it `super::fasthash`
use crate::fasthash;
use crate::tokens::Document;

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

    /// How many mentions each entity has, by entity index.
    pub fn mention_counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.entities.len()];
        for m in &self.mentions {
            counts[m.entity] += 1;
        }
        counts
    }
}

/// Finds and groups the entities of `doc`.
pub fn recognize(doc: &Document) -> EntitySet {
    recognize_with(doc, tagger::model())
}

/// [`recognize`] with other tagger weights (a retrained or held-out model, in development tools).
pub fn recognize_with(doc: &Document, model: &tagger::Model) -> EntitySet {
    let info = features::TokenInfo::new(doc);
    let mut candidates = Vec::new();
    let mut scratch = tagger::Scratch::default();
    for sentence in &doc.sentences {
        let features = features::SentenceFeatures::new(doc, &info, sentence.tokens.clone());
        let start = sentence.tokens.start;
        let features_of = |k: usize, e: &mut tagger::Emission| features.of_name_token(start + k, |f| e.add(f));
        let tags = model.tag_sentence(sentence.tokens.len(), features_of, &mut scratch);
        spans::from_tags(tags, start, &mut candidates);
    }
    let candidates = spans::clean(doc, &info, candidates);
    grouping::group(doc, &info, &candidates)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_summed_as_they_come_tag_as_a_list_of_them_does() {
        let text = "BAGHDAD - Prime Minister Nouri al-Maliki met OPEC envoys. The Bank of England said so. \
                    \"But, he added, Apple Inc. and iPhone sales in New York rose.\" THE END OF AN ERA";
        let doc = Document::new(text);
        let info = features::TokenInfo::new(&doc);
        let model = tagger::model();
        let (mut scratch, mut listed) = (tagger::Scratch::default(), tagger::Scratch::default());
        let (mut feats, mut starts) = (Vec::new(), Vec::new());
        let mut names = 0;
        for sentence in &doc.sentences {
            let features = features::SentenceFeatures::new(&doc, &info, sentence.tokens.clone());
            let start = sentence.tokens.start;
            let as_they_come =
                model.tag_sentence(sentence.tokens.len(), |k, e| features.of_name_token(start + k, |f| e.add(f)), &mut scratch);
            features::sentence_features(&doc, &info, sentence.tokens.clone(), false, &mut feats, &mut starts);
            assert_eq!(as_they_come, model.tag_with(&feats, &starts, &mut listed));
            names += as_they_come.iter().filter(|&&t| t != 0).count();
        }
        assert!(names > 5, "the text has names to tag");
    }

    #[test]
    fn any_input_gives_ordered_non_overlapping_mentions() {
        let inputs = ["", "   ", "\u{0}\u{ffff}«»“", "Nouri al-Maliki met OPEC in Baghdad. Maliki left.", "A-B-C-"];
        for text in inputs {
            let doc = Document::new(text);
            let set = recognize(&doc);
            for pair in set.mentions.windows(2) {
                assert!(pair[0].end <= pair[1].start);
            }
            for m in &set.mentions {
                assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end) && m.entity < set.entities.len());
            }
        }
    }
}
