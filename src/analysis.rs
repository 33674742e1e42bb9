//! The public, serializable result of [`crate::analyze`] and its options.
//!
//! This is the only place where the stages' byte offsets become UTF-16 offsets and entity indices become
//! string ids (`e1`, `e2`, ...). The JSON shape is documented in the README; keep the two in step.

use serde::{Deserialize, Serialize};

use crate::entities::EntityKind;
use crate::text::Utf16Map;
use crate::times::{RefDateSource, TimeSet};
use crate::Stages;

/// What the caller may tell the analyzer.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// The article's publication date, `YYYY-MM-DD`: the reference for "Monday" or "last October".
    /// When absent (or malformed), the analyzer infers one from the text where it can.
    pub date: Option<String>,
}

/// Everything the analyzer found in one article. Offsets are UTF-16 code units, `end` exclusive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// Length of the analyzed text in UTF-16 code units.
    pub text_length: usize,
    pub entities: Vec<EntityOut>,
    pub mentions: Vec<MentionOut>,
    pub quotes: Vec<QuoteOut>,
    pub times: Vec<TimeOut>,
    pub timeline: Vec<TimelineOut>,
    pub reference_date: ReferenceDateOut,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntityOut {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// The fullest form of the name seen in the article.
    pub name: String,
    pub mentions: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionOut {
    pub start: usize,
    pub end: usize,
    pub entity: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteOut {
    /// Span of the quoted words, without the quotation marks.
    pub start: usize,
    pub end: usize,
    /// Entity id of the speaker, or `None` when the text names nobody.
    pub speaker: Option<String>,
    pub speaker_name: Option<String>,
    /// The reporting verb or phrase that attributes the quote ("said", "added", "in a statement").
    pub cue: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeOut {
    pub start: usize,
    pub end: usize,
    /// TIMEX3-style value (`2022-07-31`, `2021-10`, `2008`, `PAST_REF`), or `None` when the text does not fix it.
    pub value: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineOut {
    pub value: String,
    /// Span of the sentence or clause this item dates.
    pub start: usize,
    pub end: usize,
    /// A short label drawn from the text.
    pub label: String,
    /// Ids of the entities mentioned in the dated span.
    pub entities: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReferenceDateOut {
    /// `YYYY-MM-DD`; `YYYY` when only the year could be inferred (source `year`); `None` when no date
    /// was given and none could be inferred.
    pub value: Option<String>,
    pub source: RefDateSource,
}

/// `YYYY-MM-DD` for a reference day, `YYYY` when only the year could be inferred.
pub(crate) fn reference_value(times: &TimeSet) -> Option<String> {
    match (times.reference, times.reference_year) {
        (Some(day), _) => Some(day.to_string()),
        (None, Some(year)) => Some(format!("{year:04}")),
        (None, None) => None,
    }
}

/// `e1`, `e2`, ...: the id of entity `index`.
fn entity_id(index: usize) -> String {
    let mut id = String::with_capacity(4);
    push_entity_id(&mut id, index);
    id
}

/// Appends [`entity_id`] to `out`, written by hand, as the formatting machinery costs more than the
/// rest of a mention.
pub(crate) fn push_entity_id(out: &mut String, index: usize) {
    let mut digits = [0u8; 20];
    let (mut n, mut at) = (index + 1, digits.len());
    while n > 0 || at == digits.len() {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    out.push('e');
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

impl Analysis {
    /// The public form of what the stages found.
    pub(crate) fn new(stages: &Stages) -> Analysis {
        let Stages { doc, entities, quotes, times, timeline } = stages;
        let map = Utf16Map::new(doc.text);
        let counts = entities.mention_counts();
        Analysis {
            text_length: map.to_utf16(doc.text.len()),
            entities: entities
                .entities
                .iter()
                .enumerate()
                .map(|(i, e)| EntityOut {
                    id: entity_id(i),
                    kind: e.kind,
                    name: e.name.clone(),
                    mentions: counts[i],
                })
                .collect(),
            mentions: entities
                .mentions
                .iter()
                .map(|m| MentionOut {
                    start: map.to_utf16(m.start),
                    end: map.to_utf16(m.end),
                    entity: entity_id(m.entity),
                })
                .collect(),
            quotes: quotes
                .iter()
                .map(|q| QuoteOut {
                    start: map.to_utf16(q.start),
                    end: map.to_utf16(q.end),
                    speaker: q.speaker.map(entity_id),
                    speaker_name: q.speaker.map(|s| entities.entities[s].name.clone()),
                    cue: q.cue.clone(),
                })
                .collect(),
            times: times
                .times
                .iter()
                .map(|t| TimeOut {
                    start: map.to_utf16(t.start),
                    end: map.to_utf16(t.end),
                    value: t.value.clone(),
                })
                .collect(),
            timeline: timeline
                .iter()
                .map(|item| TimelineOut {
                    value: item.value.clone(),
                    start: map.to_utf16(item.start),
                    end: map.to_utf16(item.end),
                    label: item.label.clone(),
                    entities: item.entities.iter().map(|&e| entity_id(e)).collect(),
                })
                .collect(),
            reference_date: ReferenceDateOut {
                value: reference_value(times),
                source: times.reference_source,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_ids_count_from_one() {
        assert_eq!(entity_id(0), "e1");
        assert_eq!(entity_id(9), "e10");
        assert_eq!(entity_id(122), "e123");
        assert_eq!(entity_id(usize::MAX - 1), format!("e{}", usize::MAX));
    }
}
