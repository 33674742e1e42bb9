//! Speaker resolution: turns a pronoun or role noun next to a cue ("he said", "the minister added")
//! into the entity it refers to.
//!
//! The referent is the first compatible name of the nearest sentence that has one (the subject tends to
//! come first), unless a quote attributed to a compatible speaker came later: the previous speaker is
//! the strongest candidate for the next quote. Bounded look-back, so linear time. It does not find cues.

use super::context::Context;
use super::lexicon::Referent;
use crate::entities::EntityKind;

/// How many sentences back a pronoun may reach for its name.
const SENTENCES_BACK: usize = 6;
/// How many paragraphs back the previous quote may lie and still be the likely referent.
const PARAGRAPHS_BACK: usize = 2;

/// The quote attributed just before the one being resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Previous {
    pub speaker: Option<usize>,
    /// Byte offset of the end of the previous quote.
    pub end: usize,
    pub paragraph: usize,
    pub sentence: usize,
}

fn compatible(kind: Referent, actual: Option<EntityKind>) -> bool {
    match kind {
        Some(k) => actual == Some(k),
        None => matches!(actual, Some(EntityKind::Person | EntityKind::Org)),
    }
}

/// The entity that a pronoun or role noun of `kind` at token `token` refers to.
pub fn resolve(ctx: &Context, kind: Referent, token: usize, previous: Option<&Previous>) -> Option<usize> {
    let is_pronoun = super::lexicon::lexicon().pronoun(&ctx.folded(token)).is_some();
    if !is_pronoun {
        if let Some(e) = salient_name(ctx, kind, token) {
            return Some(e);
        }
    }
    let doc = ctx.doc;
    let paragraph = doc.paragraph_of(token);
    let recent = previous.filter(|p| p.paragraph + PARAGRAPHS_BACK >= paragraph);
    if kind.is_none() {
        // "they": the previous source if there is one nearby, named or not
        if let Some(p) = recent {
            return p.speaker;
        }
    }
    let candidate = nearest_name(ctx, kind, token);
    let previous_speaker = recent.and_then(|p| {
        let e = p.speaker?;
        compatible(kind, ctx.entities.entities.get(e).map(|x| x.kind)).then_some((e, p.end))
    });
    match (candidate, previous_speaker) {
        (Some((_, sentence_start)), Some((e, end))) if end >= sentence_start => Some(e),
        (Some((e, _)), _) => Some(e),
        (None, Some((e, _))) => Some(e),
        (None, None) if !is_pronoun => person_introduced_by(ctx, token),
        (None, None) => None,
    }
}

/// How many tokens after a role noun with nothing before it ("says Finance Minister" of a headline)
/// are searched for the person the article introduces with that role.
const INTRODUCED_REACH: usize = 400;

/// The first person named right after the same capitalized role word later in the text ("Finance
/// Minister Rafael Ortiz"), for a role that no earlier name explains.
fn person_introduced_by(ctx: &Context, role: usize) -> Option<usize> {
    let doc = ctx.doc;
    let word = doc.word(role);
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    let last = doc.tokens.len().min(role + INTRODUCED_REACH).checked_sub(1)?;
    let bytes = doc.tokens.get(role + 1)?.start..doc.tokens[last].end;
    let introduced = |m: &&crate::entities::Mention| {
        m.tokens.start > role + 1
            && doc.word(m.tokens.start - 1) == word
            && ctx.kind_of(m) == Some(EntityKind::Person)
            && !ctx.in_quote(m.start)
    };
    ctx.entities.mentions_in(bytes).iter().find(introduced).map(|m| m.entity)
}

/// For a role noun ("the government", "the company"): among the compatible names of the last few
/// sentences, the one the article mentions most.
fn salient_name(ctx: &Context, kind: Referent, token: usize) -> Option<usize> {
    let doc = ctx.doc;
    let s = doc.sentence_of(token);
    let first = doc.sentences.get(s.saturating_sub(SENTENCES_BACK))?.tokens.start;
    let count = |e: usize| ctx.mention_counts.get(e).copied().unwrap_or(0);
    let mut best: Option<usize> = None;
    for m in ctx.mentions_outside_quotes(first..token) {
        if compatible(kind, ctx.kind_of(m)) && best.is_none_or(|b| count(m.entity) >= count(b)) {
            best = Some(m.entity);
        }
    }
    best
}

/// The first compatible name outside quotes in the nearest sentence (up to `token`) that has one, with
/// the byte offset where that sentence starts.
fn nearest_name(ctx: &Context, kind: Referent, token: usize) -> Option<(usize, usize)> {
    let doc = ctx.doc;
    let s = doc.sentence_of(token);
    for back in 0..=SENTENCES_BACK.min(s) {
        let sentence = doc.sentences.get(s - back)?;
        let end = if back == 0 { token.min(sentence.tokens.end) } else { sentence.tokens.end };
        let found = ctx
            .mentions_outside_quotes(sentence.tokens.start..end)
            .find(|m| compatible(kind, ctx.kind_of(m)))
            .map(|m| (m.entity, sentence.start));
        if found.is_some() {
            return found;
        }
    }
    None
}
