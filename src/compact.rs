//! The compact form of an [`crate::Analysis`] that the JavaScript binding hands over in one call: one array
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

use crate::analysis::{push_entity_id, reference_value, Options};
use crate::entities::EntityKind;
use crate::text::Utf16Map;
use crate::times::RefDateSource;
use crate::Stages;

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

/// The compact form of the analysis of `text`: the [`crate::Analysis`] that [`crate::analyze`] gives, written
/// straight from the stages, without first building its strings (an entity id for every mention, a
/// copy of every name, value and label) only to copy them again.
pub fn analyze(text: &str, options: &Options) -> Compact {
    encode(&Stages::run(text, options))
}

fn encode(s: &Stages) -> Compact {
    let (entities, mentions) = (&s.entities.entities, &s.entities.mentions);
    let mut out = Writer { numbers: Vec::with_capacity(64 + 8 * mentions.len()), strings: String::new(), units: 0 };
    let map = Utf16Map::new(s.doc.text);
    let counts = s.entities.mention_counts();
    let index = |e: Option<usize>| e.map_or(NONE, |e| e as u32);
    out.number(map.to_utf16(s.doc.text.len()));
    out.number(entities.len());
    for (e, entity) in entities.iter().enumerate() {
        out.entity_id(e);
        out.numbers.push(kind_code(entity.kind));
        out.text(Some(&entity.name));
        out.number(counts[e]);
    }
    out.number(mentions.len());
    for m in mentions {
        out.number(map.to_utf16(m.start));
        out.number(map.to_utf16(m.end));
        out.numbers.push(m.entity as u32);
    }
    out.number(s.quotes.len());
    for q in &s.quotes {
        out.number(map.to_utf16(q.start));
        out.number(map.to_utf16(q.end));
        out.numbers.push(index(q.speaker));
        out.text(q.speaker.map(|e| entities[e].name.as_str()));
        out.text(q.cue.as_deref());
    }
    out.number(s.times.times.len());
    for t in &s.times.times {
        out.number(map.to_utf16(t.start));
        out.number(map.to_utf16(t.end));
        out.text(t.value.as_deref());
    }
    out.number(s.timeline.len());
    for item in &s.timeline {
        out.text(Some(&item.value));
        out.number(map.to_utf16(item.start));
        out.number(map.to_utf16(item.end));
        out.text(Some(&item.label));
        out.number(item.entities.len());
        for &e in &item.entities {
            out.numbers.push(e as u32);
        }
    }
    out.text(reference_value(&s.times).as_deref());
    out.numbers.push(source_code(s.times.reference_source));
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

    /// The id of entity `index` (`e1` for 0, as [`crate::Analysis`] names it), written in place.
    fn entity_id(&mut self, index: usize) {
        let start = self.strings.len();
        push_entity_id(&mut self.strings, index);
        let units = (self.strings.len() - start) as u32;
        self.numbers.extend([self.units, units]);
        self.units += units;
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
            let options = Options { date: Some("2008-03-20".into()) };
            let expected = serde_json::to_value(crate::analyze(text, &options)).unwrap();
            assert_eq!(decode(&analyze(text, &options)), expected, "{text}");
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
