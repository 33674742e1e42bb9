//! Quotes: finds direct quotes (the words between quotation marks) and attributes each to a speaker
//! entity. Output is in byte offsets, in text order, never overlapping; it does not find entities itself.
//!
//! Stages: `marks` pairs quotation marks into spans; `attribution` finds the cue around each span and
//! `subjects` the words naming its speaker (over the helpers of `context`); `kind` drops scare quotes,
//! titles and terms; `speaker` resolves pronouns and role nouns. Word lists live in `data/quotes/`
//! (`lexicon`).

mod attribution;
mod context;
mod kind;
mod lexicon;
mod marks;
mod speaker;
mod subjects;
#[cfg(test)]
mod tests;

use attribution::{Attribution, Source};
use context::{Context, LOOK_BACK};
use kind::Evidence;
use marks::Quoted;
use speaker::Previous;

use crate::entities::EntitySet;

/// How many paragraphs a run of quotes by one speaker may span (a caption may stand between two).
const QUOTE_RUN_PARAGRAPHS: usize = 2;
use crate::tokens::Document;

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
    let spans: Vec<Quoted> = marks::pair(doc).into_iter().filter(|q| !q.words.is_empty()).collect();
    let quoted = spans.iter().map(|q| byte_range(doc, q)).collect();
    let ctx = Context::new(doc, entities, quoted);
    let mut quotes = Vec::new();
    let mut previous: Option<Previous> = None;
    // the token after the previous span (quote or not): the before-window never reaches behind it
    let mut floor = 0;
    for q in &spans {
        let sentence = ctx.sentence(q.open);
        let window = floor.max(sentence.start).max(q.open.saturating_sub(LOOK_BACK))..q.open;
        floor = q.close.unwrap_or(q.words.end) + 1;
        let Some(words) = kind::candidate_words(&ctx, q) else { continue };
        let paragraph_end = doc.paragraphs.get(doc.paragraph_of(q.open)).map_or(q.open, |p| p.tokens.end);
        let own = ctx.before(window, sentence.start).or_else(|| q.close.and_then(|c| ctx.after(c, paragraph_end)));
        let same_sentence = previous.filter(|p| p.sentence == doc.sentence_of(q.open));
        let continues = q.continues && previous.is_some();
        let evidence = Evidence {
            attributed: own.as_ref().is_some_and(|a| !a.reported) || same_sentence.is_some(),
            reported: own.as_ref().is_some_and(|a| a.reported),
            introduced: q.open > 0 && doc.word(q.open - 1) == ":",
            continues,
        };
        if !kind::is_speech(&ctx, q, words, evidence) {
            continue;
        }
        let (speaker, cue) = if continues {
            (previous.and_then(|p| p.speaker), None)
        } else {
            attribute(&ctx, q, own, same_sentence, previous.as_ref())
        };
        let range = byte_range(doc, q);
        let last = q.close.unwrap_or(q.words.end - 1);
        previous = Some(Previous {
            speaker,
            end: range.end,
            paragraph: doc.paragraph_of(last),
            sentence: doc.sentence_of(last),
        });
        quotes.push(Quote { start: range.start, end: range.end, speaker, cue });
    }
    quotes
}

fn byte_range(doc: &Document, q: &Quoted) -> std::ops::Range<usize> {
    doc.tokens[q.words.start].start..doc.tokens[q.words.end - 1].end
}

/// The speaker and cue of a quote: its own cue first, then the quote it is coordinated with, the cue
/// of the sentence before, the previous quote nearby, and the last person named in its paragraph.
fn attribute(
    ctx: &Context,
    q: &Quoted,
    own: Option<Attribution>,
    same_sentence: Option<Previous>,
    previous: Option<&Previous>,
) -> (Option<usize>, Option<String>) {
    if let Some(a) = own {
        let source = a.source.unwrap_or(Source::SentenceSubject { token: q.open });
        return (resolve(ctx, source, same_sentence, previous), a.cue);
    }
    if let Some(p) = same_sentence {
        return (p.speaker, None);
    }
    // a sentence before that ends the previous quote holds that quote's attribution, whose tail
    // ("he said, referring to ...") is no cue of this one: the run of quotes below decides
    let ends_previous = |s: usize| previous.is_some_and(|p| p.sentence == s);
    if let Some(a) = sentence_before(ctx, q).filter(|(s, _)| !ends_previous(*s)).map(|(_, a)| a) {
        return (a.source.and_then(|s| resolve(ctx, s, None, previous)), None);
    }
    let paragraph = ctx.doc.paragraph_of(q.open);
    let run = previous.filter(|p| p.paragraph + QUOTE_RUN_PARAGRAPHS >= paragraph);
    if let Some(p) = run.filter(|p| p.paragraph == paragraph) {
        return (p.speaker, None);
    }
    // the person the paragraph is about ("Kiara Perkins ... Why did she want to attend? “It's Warhol.”")
    let start = ctx.doc.paragraphs.get(paragraph).map_or(q.open, |p| p.tokens.start);
    let person = ctx
        .speaker_mentions(start..q.open)
        .filter(|m| ctx.kind_of(m) == Some(crate::entities::EntityKind::Person))
        .last()
        .map(|m| m.entity);
    (person.or_else(|| run.and_then(|p| p.speaker)), None)
}

/// The cue of the sentence before the quote, with that sentence's index: in its paragraph, or ending
/// the previous paragraph when the quote opens its own ("Obama tweeted:¶¶“Cool clock, Ahmed.”").
fn sentence_before(ctx: &Context, q: &Quoted) -> Option<(usize, Attribution)> {
    let doc = ctx.doc;
    let s = doc.sentence_of(q.open).checked_sub(1)?;
    let before = doc.sentences.get(s)?;
    let same_paragraph = doc.paragraph_of(before.tokens.start) == doc.paragraph_of(q.open);
    let opens_paragraph = doc.paragraphs.get(doc.paragraph_of(q.open)).is_some_and(|p| p.tokens.start == q.open);
    if !same_paragraph && !opens_paragraph {
        return None;
    }
    let window = before.tokens.start.max(before.tokens.end.saturating_sub(LOOK_BACK))..before.tokens.end;
    let mut a = ctx.before(window.clone(), window.start)?;
    if a.participle && a.source.is_none() {
        // "Writing in a blog post, Matthew Ingram ...": the subject of that sentence
        a.source = Some(Source::SentenceSubject { token: window.end - 1 });
    }
    a.source.is_some().then_some((s, a))
}

fn resolve(
    ctx: &Context,
    source: Source,
    same_sentence: Option<Previous>,
    previous: Option<&Previous>,
) -> Option<usize> {
    match source {
        Source::Entity(e) => Some(e),
        Source::Refers { kind, token } => speaker::resolve(ctx, kind, token, previous),
        Source::Unnamed { definite: false, .. } => None,
        // "the voice", "the statement": the source just quoted, if any
        Source::Unnamed { definite: true, token } => {
            previous.filter(|p| p.paragraph + 1 >= ctx.doc.paragraph_of(token)).and_then(|p| p.speaker)
        }
        Source::SentenceSubject { token } => match same_sentence {
            Some(p) => p.speaker,
            None => ctx.main_subject(ctx.sentence(token).start..token),
        },
    }
}
