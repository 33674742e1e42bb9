//! The timeline: one item per calendar value, in calendar order, each with the clause it dates, a
//! short label drawn from that clause and the entities in it.
//!
//! Reads the other stages' output; finds nothing itself. Values off the calendar (`PAST_REF`,
//! durations) and unresolved times make no item, nor does a date standing alone (a dateline). When
//! several clauses carry the same value, the item keeps the first clause that yields a label and
//! gathers the entities of all of them.

mod label;
mod order;
mod words;

use crate::fasthash::FastMap;
use std::ops::Range;

use crate::entities::EntitySet;
use crate::quotes::Quote;
use crate::times::{TimeExpr, TimeSet};
use crate::tokens::Document;

pub use order::calendar_key;

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineItem {
    /// The TIMEX3 value of the date.
    pub value: String,
    /// Byte span of the clause it dates (the first one, when several carry the value).
    pub start: usize,
    pub end: usize,
    pub label: String,
    /// Indices into [`EntitySet::entities`], in order of first mention, over every clause of the value.
    pub entities: Vec<usize>,
}

/// Builds the timeline from calendar-valued times, in calendar order. `quotes` name the speaker of a
/// clause whose subject is only a pronoun ("…," he said on Wednesday).
pub fn build(doc: &Document, entities: &EntitySet, quotes: &[Quote], times: &TimeSet) -> Vec<TimelineItem> {
    let mut items: Vec<TimelineItem> = Vec::new();
    let mut by_value: FastMap<&str, usize> = FastMap::default();
    // the item the time before went to
    let mut previous: Option<usize> = None;
    for (k, t) in times.times.iter().enumerate() {
        let Some(value) = t.value.as_ref().filter(|v| calendar_key(v).is_some()) else { continue };
        let Some(clause) = clause_of(doc, t.tokens.clone(), &times.times) else { continue };
        let (Some(first), Some(last)) = (doc.tokens.get(clause.start), doc.tokens.get(clause.end - 1)) else {
            continue;
        };
        let span = first.start..last.end;
        let known = by_value.get(value.as_str()).and_then(|&k| items.get(k)).is_some_and(|item| !item.label.is_empty());
        let text_label = if known {
            String::new()
        } else {
            let in_clause: Vec<Range<usize>> = times.times[k.saturating_sub(MAX_TIMES_AROUND)..]
                .iter()
                .take(2 * MAX_TIMES_AROUND + 1)
                .map(|u| u.tokens.clone())
                .filter(|r| r.start >= clause.start && r.end <= clause.end)
                .collect();
            label::label(doc, entities, clause, t.tokens.clone(), &in_clause)
        };
        let speaker = speaker_in(quotes, span.clone());
        let text_label = match speaker {
            Some(e) => label::name_pronoun_subject(text_label, &entities.entities[e].name),
            None => text_label,
        };
        let ids = entities.mentions_in(span.clone()).iter().map(|m| m.entity).chain(speaker);
        // a clock time and the day it is on, in one clause ("on Tuesday at 09:30"), are one event
        let same_event = previous.filter(|&k| {
            items.get(k).is_some_and(|item| item.start == span.start && item.end == span.end && nests(&item.value, value))
        });
        let slot = same_event.or_else(|| by_value.get(value.as_str()).copied()).unwrap_or(items.len());
        previous = Some(slot);
        match items.get_mut(slot) {
            Some(item) => {
                if item.label.is_empty() && !text_label.is_empty() {
                    (item.start, item.end, item.label) = (span.start, span.end, text_label);
                }
                for id in ids {
                    if !item.entities.contains(&id) {
                        item.entities.push(id);
                    }
                }
            }
            None => {
                let mut unique: Vec<usize> = Vec::new();
                for id in ids {
                    if !unique.contains(&id) {
                        unique.push(id);
                    }
                }
                by_value.insert(value.as_str(), items.len());
                items.push(TimelineItem {
                    value: value.clone(),
                    start: span.start,
                    end: span.end,
                    label: text_label,
                    entities: unique,
                });
            }
        }
    }
    // a date standing alone (a dateline) dates no event
    items.retain(|item| !item.label.is_empty());
    items.sort_by_cached_key(|item| (calendar_key(&item.value), item.start));
    items
}

/// True when one value is a time of day on the other's day: `2021-03-09` and `2021-03-09T09:30Z`.
fn nests(a: &str, b: &str) -> bool {
    let (day, time) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    time.strip_prefix(day).is_some_and(|rest| rest.starts_with('T'))
}

/// The one speaker of the attributed quotes inside the byte range, if there is exactly one.
fn speaker_in(quotes: &[Quote], bytes: Range<usize>) -> Option<usize> {
    let from = quotes.partition_point(|q| q.start < bytes.start);
    let mut speakers = quotes[from..].iter().take_while(|q| q.end <= bytes.end).filter_map(|q| q.speaker);
    let first = speakers.next()?;
    speakers.all(|s| s == first).then_some(first)
}

/// At most this many tokens on each side of the time belong to its clause (unpunctuated text has
/// endless sentences).
const MAX_CLAUSE_SIDE: usize = 40;
/// Times looked at on each side of one for the other times of its clause, which its label leaves out.
const MAX_TIMES_AROUND: usize = 8;

/// Conjunctions that open a clause of their own after a comma (", while United travel to ...").
const CLAUSE_CONJUNCTIONS: &[&str] = &["while", "whereas", "but"];

/// The clause around a time: its sentence, narrowed to the part between semicolons, spaced dashes,
/// a comma with a conjunction that opens a new clause, and ", and" before a clause that opens with a
/// time of its own (`times`, all the times, in order).
fn clause_of(doc: &Document, time: Range<usize>, times: &[TimeExpr]) -> Option<Range<usize>> {
    let sentence = doc.sentences.get(doc.sentence_of(time.start))?.tokens.clone();
    let sentence = sentence.start.max(time.start.saturating_sub(MAX_CLAUSE_SIDE))
        ..sentence.end.min(time.end + MAX_CLAUSE_SIDE);
    let is_break = |i: usize| {
        doc.word(i) == ";"
            || doc.is_spaced_dash(i)
            || (i > 0 && doc.word(i - 1) == "," && CLAUSE_CONJUNCTIONS.contains(&doc.word(i)))
            || (i > 0 && doc.word(i - 1) == "," && doc.word(i) == "and" && opens_timed_clause(doc, i + 1, times))
    };
    let start = (sentence.start..time.start).rev().find(|&i| is_break(i)).map_or(sentence.start, |i| i + 1);
    let end = (time.end..sentence.end).find(|&i| is_break(i)).unwrap_or(sentence.end);
    (start < end).then_some(start..end)
}

/// True when a clause with a subject of its own opens at token `i` with a time ("the next morning the
/// union met", "on Monday, police said"), not a verb phrase that shares the subject before it ("and in
/// 1869 signed a contract").
fn opens_timed_clause(doc: &Document, i: usize, times: &[TimeExpr]) -> bool {
    let preposition = i < doc.tokens.len() && matches!(doc.word(i), "on" | "in" | "at" | "by");
    let start = if preposition { i + 1 } else { i };
    let Ok(k) = times.binary_search_by_key(&start, |t| t.tokens.start) else { return false };
    let mut after = times[k].tokens.end;
    if after < doc.tokens.len() && doc.word(after) == "," {
        after += 1;
    }
    after < doc.tokens.len() && !label::is_verb(doc, &[after], 0)
}
