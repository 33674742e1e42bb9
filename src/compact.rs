//! The compact form of an [`Analysis`] that the JavaScript binding hands over in one call: one array
//! of numbers and one string holding every string end to end. `src/wasm/build_analysis.js` turns it
//! into the documented object; this module and that file describe one layout and change together.
//!
//! Building the object field by field from WebAssembly crossed into JavaScript several times a field
//! and decoded every string on its own, about a sixth of the whole analysis of an article; one call
//! with two buffers, and object literals built in JavaScript, cost a fraction of that. Pure Rust: it
//! knows nothing of JavaScript, so it is tested natively.
//!
//! Layout, in order (a string is two numbers: its start and length in UTF-16 units within the
//! string buffer, or [`NONE`] and 0 for a missing one; an entity is its index, or [`NONE`]):
//! - text length;
//! - entity count, then per entity: id, type ([`kind_code`]), name, mention count;
//! - mention count, then per mention: start, end, entity;
//! - quote count, then per quote: start, end, speaker entity, speaker name, cue;
//! - time count, then per time: start, end, value;
//! - timeline count, then per item: value, start, end, label, entity count, entities;
//! - reference date value, reference date source ([`source_code`]).

use crate::analysis::Analysis;
use crate::entities::EntityKind;
use crate::fasthash::FastMap;
use crate::times::RefDateSource;

/// Marks a missing string or entity.
pub const NONE: u32 = u32::MAX;

/// The analysis as numbers and strings (see the module documentation).
pub struct Compact {
    pub numbers: Vec<u32>,
    pub strings: String,
}

/// The position of a type in the builder's `KINDS` table.
pub fn kind_code(kind: EntityKind) -> u32 {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Org => 1,
        EntityKind::Loc => 2,
    }
}

/// The position of a source in the builder's `SOURCES` table.
pub fn source_code(source: RefDateSource) -> u32 {
    match source {
        RefDateSource::Given => 0,
        RefDateSource::Dateline => 1,
        RefDateSource::Text => 2,
        RefDateSource::Weekday => 3,
        RefDateSource::Year => 4,
        RefDateSource::None => 5,
    }
}

/// Writes the compact form of `analysis`.
pub fn encode(analysis: &Analysis) -> Compact {
    let mut out = Writer { numbers: Vec::with_capacity(64 + 8 * analysis.mentions.len()), strings: String::new(), units: 0 };
    let index: FastMap<&str, u32> = analysis.entities.iter().enumerate().map(|(e, x)| (x.id.as_str(), e as u32)).collect();
    let entity = |id: Option<&String>| id.and_then(|id| index.get(id.as_str()).copied()).unwrap_or(NONE);
    out.number(analysis.text_length);
    out.number(analysis.entities.len());
    for e in &analysis.entities {
        out.text(Some(&e.id));
        out.numbers.push(kind_code(e.kind));
        out.text(Some(&e.name));
        out.number(e.mentions);
    }
    out.number(analysis.mentions.len());
    for m in &analysis.mentions {
        out.number(m.start);
        out.number(m.end);
        out.numbers.push(entity(Some(&m.entity)));
    }
    out.number(analysis.quotes.len());
    for q in &analysis.quotes {
        out.number(q.start);
        out.number(q.end);
        out.numbers.push(entity(q.speaker.as_ref()));
        out.text(q.speaker_name.as_deref());
        out.text(q.cue.as_deref());
    }
    out.number(analysis.times.len());
    for t in &analysis.times {
        out.number(t.start);
        out.number(t.end);
        out.text(t.value.as_deref());
    }
    out.number(analysis.timeline.len());
    for item in &analysis.timeline {
        out.text(Some(&item.value));
        out.number(item.start);
        out.number(item.end);
        out.text(Some(&item.label));
        out.number(item.entities.len());
        for id in &item.entities {
            out.numbers.push(entity(Some(id)));
        }
    }
    out.text(analysis.reference_date.value.as_deref());
    out.numbers.push(source_code(analysis.reference_date.source));
    Compact { numbers: out.numbers, strings: out.strings }
}

struct Writer {
    numbers: Vec<u32>,
    strings: String,
    /// Length of `strings` in UTF-16 units, the unit of JavaScript's `String.slice`.
    units: u32,
}

impl Writer {
    /// A count or an offset. They are UTF-16 offsets of a text held in WebAssembly memory, so they fit.
    fn number(&mut self, n: usize) {
        self.numbers.push(u32::try_from(n).unwrap_or(NONE));
    }

    fn text(&mut self, s: Option<&str>) {
        let Some(s) = s else {
            self.numbers.extend([NONE, 0]);
            return;
        };
        let units = if s.is_ascii() { s.len() } else { s.chars().map(char::len_utf16).sum() } as u32;
        self.numbers.extend([self.units, units]);
        self.strings.push_str(s);
        self.units += units;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Options};

    /// Reads the compact form back in Rust, as the JavaScript builder does, into the analysis' JSON.
    fn decode(c: &Compact) -> serde_json::Value {
        use serde_json::{json, Value};
        let units: Vec<u16> = c.strings.encode_utf16().collect();
        let mut at = 0;
        let mut next = || {
            at += 1;
            c.numbers[at - 1]
        };
        let kinds = ["PERSON", "ORG", "LOC"];
        let sources = ["given", "dateline", "text", "weekday", "year", "none"];
        let text = |start: u32, len: u32| match start {
            NONE => Value::Null,
            _ => json!(String::from_utf16(&units[start as usize..(start + len) as usize]).unwrap()),
        };
        let text_length = next();
        let mut entities = Vec::new();
        for _ in 0..next() {
            let (s, l) = (next(), next());
            let id = text(s, l);
            let kind = kinds[next() as usize];
            let (s, l) = (next(), next());
            entities.push(json!({"id": id, "type": kind, "name": text(s, l), "mentions": next()}));
        }
        let id = |e: u32| if e == NONE { Value::Null } else { entities[e as usize]["id"].clone() };
        let mut mentions = Vec::new();
        for _ in 0..next() {
            let (start, end, e) = (next(), next(), next());
            mentions.push(json!({"start": start, "end": end, "entity": id(e)}));
        }
        let mut quotes = Vec::new();
        for _ in 0..next() {
            let (start, end, e) = (next(), next(), next());
            let (s, l) = (next(), next());
            let name = text(s, l);
            let (s, l) = (next(), next());
            quotes.push(json!({"start": start, "end": end, "speaker": id(e), "speakerName": name, "cue": text(s, l)}));
        }
        let mut times = Vec::new();
        for _ in 0..next() {
            let (start, end, s, l) = (next(), next(), next(), next());
            times.push(json!({"start": start, "end": end, "value": text(s, l)}));
        }
        let mut timeline = Vec::new();
        for _ in 0..next() {
            let (s, l) = (next(), next());
            let value = text(s, l);
            let (start, end) = (next(), next());
            let (s, l) = (next(), next());
            let label = text(s, l);
            let ids: Vec<Value> = (0..next()).map(|_| id(next())).collect();
            timeline.push(json!({"value": value, "start": start, "end": end, "label": label, "entities": ids}));
        }
        let (s, l) = (next(), next());
        let reference = json!({"value": text(s, l), "source": sources[next() as usize]});
        json!({"textLength": text_length, "entities": entities, "mentions": mentions, "quotes": quotes,
               "times": times, "timeline": timeline, "referenceDate": reference})
    }

    #[test]
    fn the_compact_form_holds_the_whole_analysis() {
        let texts = [
            "",
            "BAGHDAD, March 14, 2008 — Prime Minister Nouri al-Maliki met OPEC on Monday. \"We will stay,\" Maliki said. Şahin Ünal 😀 left in October.",
            "\"Unbalanced,\" he said. Chrysler LLC and Apple Inc. said last year that Apple’s iPod sold well.",
        ];
        for text in texts {
            let analysis = analyze(text, &Options { date: Some("2008-03-20".into()) });
            assert_eq!(decode(&encode(&analysis)), serde_json::to_value(&analysis).unwrap(), "{text}");
        }
    }

    #[test]
    fn the_javascript_builder_names_types_and_sources_in_code_order() {
        let builder = include_str!("wasm/build_analysis.js");
        let table = |name: &str| -> Vec<String> {
            let start = builder.find(&format!("const {name} = [")).expect("table") + name.len() + 10;
            let end = start + builder[start..].find(']').expect("end of table");
            builder[start..end].split(',').map(|s| s.trim().trim_matches('"').to_string()).collect()
        };
        for kind in [EntityKind::Person, EntityKind::Org, EntityKind::Loc] {
            assert_eq!(serde_json::to_value(kind).unwrap(), table("KINDS")[kind_code(kind) as usize]);
        }
        use RefDateSource::*;
        for source in [Given, Dateline, Text, Weekday, Year, None] {
            assert_eq!(serde_json::to_value(source).unwrap(), table("SOURCES")[source_code(source) as usize]);
        }
    }
}
