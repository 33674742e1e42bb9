//! article-lens: finds the people, organizations and places in a news article, the direct quotes and who
//! said them, and the dated events, all in plain Rust so that it runs natively and as WebAssembly.
//!
//! The public API is one function, [`analyze`], which runs the pipeline stage by stage:
//!
//! text -> [`tokens`] (tokens, sentences, paragraphs) -> [`entities`] -> [`quotes`] -> [`times`] ->
//! [`timeline`] -> one serializable [`Analysis`].
//!
//! Stages work in byte offsets of the input `&str`; [`analysis`] converts them to UTF-16 code units (what
//! JavaScript's `String.slice` counts) once, at the edge. Only the `wasm` module knows about JavaScript.

pub mod analysis;
pub mod compact;
pub mod entities;
mod english;
mod fasthash;
pub mod quotes;
pub mod text;
pub mod times;
pub mod timeline;
pub mod tokens;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{Analysis, Options};

/// Analyzes one article. Never panics; any input gives a valid (possibly empty) analysis.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    Analysis::new(&Stages::run(text, options))
}

/// What every stage found in one text, in the stages' own form (byte offsets, entity indices): the
/// input of [`Analysis::new`] and of [`compact::analyze`].
pub(crate) struct Stages<'a> {
    pub doc: tokens::Document<'a>,
    pub entities: entities::EntitySet,
    pub quotes: Vec<quotes::Quote>,
    pub times: times::TimeSet,
    pub timeline: Vec<timeline::TimelineItem>,
}

impl<'a> Stages<'a> {
    /// Runs the pipeline over `text`.
    pub(crate) fn run(text: &'a str, options: &Options) -> Stages<'a> {
        let doc = tokens::Document::new(text);
        let entities = entities::recognize(&doc);
        let quotes = quotes::extract(&doc, &entities);
        let times = times::extract(&doc, options.date.as_deref());
        let timeline = timeline::build(&doc, &entities, &quotes, &times);
        Stages { doc, entities, quotes, times, timeline }
    }
}
