//! The timeline: one item per dated sentence, on the calendar, with the entities in it.
//!
//! Reads the other stages' output; finds nothing itself.

use crate::entities::EntitySet;
use crate::times::TimeSet;
use crate::tokens::Document;

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineItem {
    /// The TIMEX3 value of the date.
    pub value: String,
    /// Byte span of the sentence it dates.
    pub start: usize,
    pub end: usize,
    pub label: String,
    /// Indices into [`EntitySet::entities`], in order of first mention.
    pub entities: Vec<usize>,
}

/// Builds the timeline from calendar-valued times, in calendar order.
pub fn build(doc: &Document, entities: &EntitySet, times: &TimeSet) -> Vec<TimelineItem> {
    let mut items: Vec<TimelineItem> = Vec::new();
    for t in &times.times {
        let Some(value) = t.value.as_ref().filter(|v| v.starts_with(|c: char| c.is_ascii_digit())) else {
            continue;
        };
        let s = doc.sentences.partition_point(|s| s.end <= t.start);
        let Some(sentence) = doc.sentences.get(s) else { continue };
        let mut ids: Vec<usize> = Vec::new();
        for m in entities.mentions_in(sentence.start..sentence.end) {
            if !ids.contains(&m.entity) {
                ids.push(m.entity);
            }
        }
        let label: String = doc.text[sentence.start..sentence.end].chars().take(80).collect();
        items.push(TimelineItem { value: value.clone(), start: sentence.start, end: sentence.end, label, entities: ids });
    }
    items.sort_by(|a, b| a.value.cmp(&b.value).then(a.start.cmp(&b.start)));
    items.dedup_by(|b, a| a.value == b.value && a.start == b.start);
    items
}
