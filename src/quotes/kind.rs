//! Tells direct quotes from the other things written between quotation marks: scare quotes ("parole"
//! status), titles and names ("Cowboys and Indians", a robot named "Robogee") and mentioned terms (the
//! words "and Emergency"). It does not pair marks nor find speakers.

use super::context::Context;
use super::lexicon::lexicon;
use super::marks::Quoted;
use crate::tokens::{Gap, TokenKind};

/// A quote with no cue of its own must be at least this many words and end like a sentence (or follow
/// a colon).
const MIN_UNATTRIBUTED_WORDS: usize = 4;
/// A quote named only by a cue of reported speech ("according to") must be at least this long.
const MIN_REPORTED_WORDS: usize = 6;
/// A quoted phrase this short, written right before a lower-case word, modifies that word.
const MAX_MODIFIER_WORDS: usize = 2;
/// How far back in its sentence a naming verb ("dubbed") may stand.
const NAMING_REACH: usize = 20;
/// Titles longer than this are rare; a span this long in capitals is taken as speech.
const MAX_TITLE_WORDS: usize = 12;

/// What is known about a span besides its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Evidence {
    /// A cue next to the span (or a quote it is coordinated with) attributes it.
    pub attributed: bool,
    /// Only a cue of reported speech ("according to") names its source.
    pub reported: bool,
    /// A colon introduces it.
    pub introduced: bool,
    /// It continues a quote of the previous paragraph.
    pub continues: bool,
}

/// The number of words of a span that may be speech: `None` for a title, a name, a mentioned term, a
/// scare-quoted modifier or a span without words, which no attribution makes a quote.
pub fn candidate_words(ctx: &Context, q: &Quoted) -> Option<usize> {
    let words = q.words.clone().filter(|&i| ctx.doc.tokens[i].kind == TokenKind::Word).count();
    let excluded = words == 0 || is_title(ctx, q, words) || follows_naming_word(ctx, q) || is_modifier(ctx, q, words);
    (!excluded).then_some(words)
}

/// True when a candidate span of `words` words is direct speech or writing, given what else is known.
pub fn is_speech(ctx: &Context, q: &Quoted, words: usize, evidence: Evidence) -> bool {
    evidence.continues
        || evidence.attributed
        || (evidence.reported && words >= MIN_REPORTED_WORDS)
        || (words >= MIN_UNATTRIBUTED_WORDS && (evidence.introduced || ends_like_sentence(ctx, q)))
}

/// Every content word (there is one) capitalized: "The Internet Explorer 6 Countdown", "Hope".
fn is_title(ctx: &Context, q: &Quoted, words: usize) -> bool {
    if words > MAX_TITLE_WORDS {
        return false;
    }
    let lex = lexicon();
    let mut content =
        q.words.clone().filter(|&i| ctx.doc.tokens[i].kind == TokenKind::Word && !lex.is_function(&ctx.folded(i)));
    let mut any = false;
    let all_capitalized = content.all(|i| {
        any = true;
        ctx.doc.word(i).chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric())
    });
    any && all_capitalized
}

/// Right after "the word", "named", "known as" and the like.
fn follows_naming_word(ctx: &Context, q: &Quoted) -> bool {
    let lex = lexicon();
    let mut i = q.open;
    let mut previous = Vec::with_capacity(2);
    while i > 0 && previous.len() < 2 {
        i -= 1;
        let w = ctx.folded(i);
        if matches!(w.as_ref(), "the" | "a" | "an") {
            continue;
        }
        previous.push(w);
    }
    let right_before = match previous.as_slice() {
        [w, ..] if lex.is_naming(w) => true,
        [as_, w] => as_ == "as" && lex.is_naming(w),
        _ => false,
    };
    // "dubbed the ongoing conflict ...: “Scientology vs. the Internet”"
    let sentence_start = ctx.sentence(q.open).start.max(q.open.saturating_sub(NAMING_REACH));
    let earlier = (sentence_start..q.open)
        .rev()
        .take_while(|&j| ctx.doc.tokens[j].kind != TokenKind::Quote)
        .any(|j| lex.is_clause_naming(&ctx.folded(j)));
    right_before || earlier
}

/// A word or two written right before a lower-case word: the "parole" status, "slanderous" labels.
fn is_modifier(ctx: &Context, q: &Quoted, words: usize) -> bool {
    let Some(close) = q.close else { return false };
    let next = close + 1;
    if words > MAX_MODIFIER_WORDS || next >= ctx.doc.tokens.len() {
        return false;
    }
    let t = &ctx.doc.tokens[next];
    let w = ctx.folded(next);
    let is_particle = matches!(w.as_ref(), "al" | "el" | "bin" | "ibn" | "de" | "van" | "von" | "da");
    t.kind == TokenKind::Word
        && t.gap == Gap::Space
        && ctx.doc.word(next).chars().next().is_some_and(char::is_lowercase)
        && !is_particle
        && !lexicon().is_function(&w)
}

/// The quoted words end with sentence punctuation or the comma that hands over to an attribution.
fn ends_like_sentence(ctx: &Context, q: &Quoted) -> bool {
    q.words.end.checked_sub(1).is_some_and(|last| {
        matches!(ctx.doc.word(last), "." | "?" | "!" | "," | ";" | "\u{2026}") || ctx.doc.word(last).ends_with('.')
    })
}
