//! Attribution: finds the cue (reporting verb or phrase) next to a quoted span, and asks `subjects` for
//! the words that name its speaker: a mention, a pronoun or role noun, or an unnamed source.
//!
//! It looks in bounded windows around the span (before the opening mark, after the closing mark, the
//! sentence before), so the work is linear in the text. It does not resolve pronouns to entities
//! (`speaker` does) nor decide whether a span is speech (`kind` does).

use std::ops::Range;

use super::context::Context;
use super::lexicon::{lexicon, Phrase, Referent};
use super::subjects::{is_determiner, is_possessive};
use crate::tokens::TokenKind;

/// How many tokens after a closing mark an attribution may start.
const AFTER_REACH: usize = 25;

/// Who the words next to a cue name as the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A mention of this entity.
    Entity(usize),
    /// A pronoun or role noun at this token, referring to an entity of this kind.
    Refers { kind: Referent, token: usize },
    /// A source the text does not name ("one poster", "the report's authors"); a definite one ("the
    /// voice") may be the source named just before.
    Unnamed { definite: bool, token: usize },
    /// The subject of the sentence, left out before a coordinated verb or participle ("..., and said").
    SentenceSubject { token: usize },
}

/// A cue and the speaker it names, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The reporting verb or phrase as written, or `None` for a bare colon or dash.
    pub cue: Option<String>,
    pub source: Option<Source>,
    /// The cue is a participle ("adding", "saying") whose subject may be left out.
    pub participle: bool,
    /// A cue of reported speech ("according to"): it names a source but does not make a quote.
    pub reported: bool,
}

impl<'a> Context<'a> {
    /// A reporting verb at token `i` written in lower case and not passive ("has been told").
    fn verb_at(&self, i: usize) -> Option<super::lexicon::Verb> {
        if !self.is_lowercase_word(i) {
            return None;
        }
        let verb = lexicon().verb(&self.folded(i))?;
        let passive = (i.saturating_sub(2)..i).any(|j| {
            self.is_word(j)
                && matches!(self.folded(j).as_ref(), "been" | "being" | "was" | "were" | "is" | "are" | "be")
        });
        // "the report", "his statement": a noun, not a verb
        let noun = i > 0 && (is_determiner(&self.folded(i - 1)) || is_possessive(&self.folded(i - 1)));
        (!passive && !noun).then_some(verb)
    }

    /// A cue phrase ending at token `i`, with its first token.
    fn phrase_ending_at(&self, i: usize) -> Option<(usize, &'static Phrase)> {
        let lex = lexicon();
        lex.phrases.iter().find_map(|p| {
            let n = p.words.len();
            let first = (i + 1).checked_sub(n)?;
            let matches = p.words.iter().enumerate().all(|(k, w)| self.word_is(first + k, w));
            matches.then_some((first, p))
        })
    }

    /// The cue nearest to the opening mark in `window` (scanning backwards) with its speaker. The scan
    /// does not cross a semicolon into another clause ("According to X, ...; ... rated “...”"), except
    /// over connecting words ("it added; and, later, “...”").
    pub fn before(&self, window: Range<usize>, sentence_start: usize) -> Option<Attribution> {
        let lex = lexicon();
        let mut colon = false;
        let mut clause_words = false;
        for i in window.clone().rev() {
            let w = self.doc.word(i);
            if i + 1 == window.end && w == ":" {
                colon = true;
                continue;
            }
            if w == ";" {
                if clause_words {
                    break;
                }
                continue;
            }
            if let Some(a) = self.cue_at(i, window.start, window.end) {
                return Some(a);
            }
            clause_words |= self.is_word(i) && !lex.is_skippable(&self.folded(i));
        }
        // a bare colon introduces a quote with the sentence's subject ("Sunak defended ...: “...”")
        let subject = self.main_subject(sentence_start.min(window.start)..window.end)?;
        colon.then_some(Attribution {
            cue: None,
            source: Some(Source::Entity(subject)),
            participle: false,
            reported: false,
        })
    }

    /// The first cue after the closing mark at token `close`, within the sentence that follows it.
    pub fn after(&self, close: usize, limit: usize) -> Option<Attribution> {
        let start = close + 1;
        if start >= limit {
            return None;
        }
        let sentence_end = self.sentence(start).end;
        let mut end = sentence_end.min(limit).min(start + AFTER_REACH);
        if let Some(q) = (start..end).find(|&i| self.doc.tokens[i].kind == TokenKind::Quote && self.doc.word(i) != "’")
        {
            end = q;
        }
        // "… game." — Matthew Ingram (a title in a list of sources ends without a period)
        let terminal = close > 0 && matches!(self.doc.word(close - 1), "." | "?" | "!");
        if terminal && matches!(self.doc.word(start), "\u{2014}" | "\u{2013}" | "-") && start + 1 < end {
            if let Some(m) = self.mention_at(start + 1) {
                let source = Some(Source::Entity(m.entity));
                return Some(Attribution { cue: None, source, participle: false, reported: false });
            }
        }
        (start..end).find_map(|i| self.cue_at_forward(i, start, end))
    }

    /// A cue ending at token `i` (scanning backwards), its speaker sought in `floor..ceiling`.
    fn cue_at(&self, i: usize, floor: usize, ceiling: usize) -> Option<Attribution> {
        if let Some((first, phrase)) = self.phrase_ending_at(i).filter(|(first, _)| *first >= floor) {
            let cue = Some(self.text_of(first..i + 1));
            let source = if phrase.speaker_after {
                self.subject_after(i + 1, ceiling).or(Some(Source::Unnamed { definite: false, token: i }))
            } else {
                self.subject_before(first, floor).or_else(|| self.subject_after(i + 1, ceiling))
            };
            return Some(Attribution { cue, source, participle: false, reported: phrase.reported });
        }
        let verb = self.verb_at(i)?;
        if verb.participle && self.subject_left_out(i, floor) {
            // "justified his choice of Boeing by saying", "..., adding": the sentence's subject speaks
            return Some(Attribution {
                cue: Some(self.doc.word(i).to_string()),
                source: None,
                participle: true,
                reported: false,
            });
        }
        let mut source = self.subject_before(i, floor);
        if source.is_none() && !verb.hearer_object {
            source = self.subject_after(i + 1, ceiling);
        }
        let cue = Some(self.doc.word(i).to_string());
        Some(Attribution { cue, source, participle: verb.participle, reported: false })
    }

    /// True when a participle at `verb` has no subject of its own: it follows a comma, a preposition
    /// ("by saying") or the start of the window ("with Boswell stating" has one).
    fn subject_left_out(&self, verb: usize, floor: usize) -> bool {
        let lex = lexicon();
        let mut j = verb;
        while j > floor {
            j -= 1;
            let w = self.folded(j);
            if self.is_word(j) && lex.is_skippable(&w) {
                continue;
            }
            return w == "," || (self.is_lowercase_word(j) && lex.is_preposition(&w));
        }
        true
    }

    /// Like [`Self::cue_at`] for a window after the quote, where phrases are matched by their start.
    fn cue_at_forward(&self, i: usize, floor: usize, ceiling: usize) -> Option<Attribution> {
        let lex = lexicon();
        for p in &lex.phrases {
            let last = i + p.words.len() - 1;
            if last < ceiling && p.words.iter().enumerate().all(|(k, w)| self.word_is(i + k, w)) {
                return self.cue_at(last, floor, ceiling);
            }
        }
        if self.verb_at(i).is_some() {
            return self.cue_at(i, floor, ceiling);
        }
        None
    }
}
