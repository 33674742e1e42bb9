//! Attribution: finds the cue (reporting verb or phrase) next to a quoted span and the words that name
//! its speaker: a mention, a pronoun or role noun, or an unnamed source ("one poster").
//!
//! It looks in bounded windows around the span (before the opening mark, after the closing mark, the
//! sentence before), so the work is linear in the text. It does not resolve pronouns to entities
//! (`speaker` does) nor decide whether a span is speech (`kind` does).

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use super::lexicon::{lexicon, Phrase, Referent};
use crate::entities::{EntityKind, EntitySet, Mention};
use crate::text::fold;
use crate::tokens::{Document, TokenKind};

/// How many tokens away from its verb a subject may be.
const SUBJECT_REACH: usize = 14;
/// How many tokens after a closing mark an attribution may start.
const AFTER_REACH: usize = 25;
/// How many tokens after its verb a speaker may be named ("said the vice president of X, Jim Press").
const AFTER_SUBJECT_REACH: usize = 12;
/// How many commas an appositive walk may cross ("X, editor of Y, Z, said").
const APPOSITIVE_COMMAS: usize = 3;
/// How many tokens back any search for a name may reach, so that a huge sentence or paragraph cannot
/// make the work quadratic.
pub const LOOK_BACK: usize = 120;

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

/// The text and entities that attribution reads, with the spans already known to be quoted.
pub struct Context<'a> {
    pub doc: &'a Document<'a>,
    pub entities: &'a EntitySet,
    /// Byte ranges of every quoted span, in text order (names inside quotes are not speakers).
    pub quoted: Vec<Range<usize>>,
    /// Folded last word (and acronym) of each PERSON or ORG name -> entity, for a surname or acronym
    /// the entity stage missed ("Whitmore told ...", "added KCNA").
    pub surnames: HashMap<String, usize>,
    /// How many mentions each entity has (how salient it is).
    pub mention_counts: Vec<usize>,
}

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document<'a>, entities: &'a EntitySet, quoted: Vec<Range<usize>>) -> Context<'a> {
        let mut surnames = HashMap::new();
        for (i, e) in entities.entities.iter().enumerate() {
            if matches!(e.kind, EntityKind::Person | EntityKind::Org) {
                if let Some(last) = e.name.split_whitespace().last() {
                    surnames.entry(fold(last)).or_insert(i);
                }
                if let Some(acronym) = acronym(&e.name).filter(|_| e.kind == EntityKind::Org) {
                    surnames.entry(acronym).or_insert(i);
                }
            }
        }
        let mut mention_counts = vec![0; entities.entities.len()];
        for m in &entities.mentions {
            if let Some(c) = mention_counts.get_mut(m.entity) {
                *c += 1;
            }
        }
        Context { doc, entities, quoted, surnames, mention_counts }
    }

    /// The entity whose name ends with the capitalized word at token `i`, when no mention covers it.
    fn surname_at(&self, i: usize) -> Option<usize> {
        if !self.is_word(i) || self.is_lowercase_word(i) || self.mention_at(i).is_some() {
            return None;
        }
        let w = self.folded(i);
        if lexicon().role(&w, true).is_some() {
            return None;
        }
        self.surnames.get(w.as_ref()).copied()
    }

    /// The folded form of token `i`, borrowed when the word is already plain lower-case ASCII.
    pub fn folded(&self, i: usize) -> Cow<'a, str> {
        let w = self.doc.word(i);
        if w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            Cow::Borrowed(w)
        } else {
            Cow::Owned(fold(w))
        }
    }

    /// True when token `i` is the plain word `w` (lower-case ASCII), in any case.
    fn word_is(&self, i: usize, w: &str) -> bool {
        self.doc.word(i).eq_ignore_ascii_case(w)
    }

    fn is_word(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == TokenKind::Word
    }

    fn is_lowercase_word(&self, i: usize) -> bool {
        self.is_word(i) && self.doc.word(i).chars().next().is_some_and(char::is_lowercase)
    }

    /// The mention that contains token `i`, if any.
    pub fn mention_at(&self, i: usize) -> Option<&'a Mention> {
        let mentions = &self.entities.mentions;
        let k = mentions.partition_point(|m| m.tokens.end <= i);
        mentions.get(k).filter(|m| m.tokens.start <= i)
    }

    pub fn kind_of(&self, m: &Mention) -> Option<EntityKind> {
        self.entities.entities.get(m.entity).map(|e| e.kind)
    }

    /// True when byte offset `at` lies inside a quoted span.
    pub fn in_quote(&self, at: usize) -> bool {
        let k = self.quoted.partition_point(|r| r.end <= at);
        self.quoted.get(k).is_some_and(|r| r.start <= at)
    }

    /// Mentions in the token range (at most [`LOOK_BACK`] tokens of its end), outside quotes, in text
    /// order.
    pub fn mentions_outside_quotes(&self, tokens: Range<usize>) -> impl Iterator<Item = &'a Mention> + '_ {
        let tokens = tokens.start.max(tokens.end.saturating_sub(LOOK_BACK))..tokens.end;
        let bytes = match (self.doc.tokens.get(tokens.start), tokens.end.checked_sub(1)) {
            (Some(a), Some(last)) if last >= tokens.start => a.start..self.doc.tokens[last].end,
            _ => 0..0,
        };
        self.entities
            .mentions_in(bytes)
            .iter()
            .filter(move |m| m.tokens.end <= tokens.end && !self.in_quote(m.start))
    }

    /// Mentions of a speaking kind (PERSON, ORG) in the token range, outside quotes, in text order.
    pub fn speaker_mentions(&self, tokens: Range<usize>) -> impl Iterator<Item = &'a Mention> + '_ {
        self.mentions_outside_quotes(tokens)
            .filter(|m| matches!(self.kind_of(m), Some(EntityKind::Person | EntityKind::Org)))
    }

    /// The leftmost PERSON mention in the token range outside quotes, else the leftmost ORG.
    pub fn main_subject(&self, tokens: Range<usize>) -> Option<usize> {
        let mut org = None;
        for m in self.speaker_mentions(tokens) {
            match self.kind_of(m) {
                Some(EntityKind::Person) => return Some(m.entity),
                _ => org = org.or(Some(m.entity)),
            }
        }
        org
    }

    /// The token range of the sentence holding token `i`.
    pub fn sentence(&self, i: usize) -> Range<usize> {
        let s = self.doc.sentence_of(i);
        self.doc.sentences.get(s).map_or(i..i + 1, |s| s.tokens.clone())
    }

    /// A reporting verb at token `i` written in lower case and not passive ("has been told").
    fn verb_at(&self, i: usize) -> Option<super::lexicon::Verb> {
        if !self.is_lowercase_word(i) {
            return None;
        }
        let verb = lexicon().verb(&self.folded(i))?;
        let passive = (i.saturating_sub(2)..i)
            .any(|j| self.is_word(j) && matches!(self.folded(j).as_ref(), "been" | "being" | "was" | "were" | "is" | "are" | "be"));
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
        colon.then_some(Attribution { cue: None, source: Some(Source::Entity(subject)), participle: false, reported: false })
    }

    /// The first cue after the closing mark at token `close`, within the sentence that follows it.
    pub fn after(&self, close: usize, limit: usize) -> Option<Attribution> {
        let start = close + 1;
        if start >= limit {
            return None;
        }
        let sentence_end = self.sentence(start).end;
        let mut end = sentence_end.min(limit).min(start + AFTER_REACH);
        if let Some(q) = (start..end).find(|&i| self.doc.tokens[i].kind == TokenKind::Quote && self.doc.word(i) != "’") {
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
            return Some(Attribution { cue: Some(self.doc.word(i).to_string()), source: None, participle: true, reported: false });
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

    fn text_of(&self, tokens: Range<usize>) -> String {
        let doc = self.doc;
        doc.text[doc.tokens[tokens.start].start..doc.tokens[tokens.end - 1].end].to_string()
    }

    /// The subject of the verb at token `verb`, sought leftwards down to `floor`.
    fn subject_before(&self, verb: usize, floor: usize) -> Option<Source> {
        let lex = lexicon();
        let mut j = verb.checked_sub(1)?;
        let mut coordinated = false;
        while j > floor && self.is_word(j) && lex.is_skippable(&self.folded(j)) {
            coordinated |= matches!(self.folded(j).as_ref(), "and" | "but");
            j -= 1;
        }
        if j < floor {
            return None;
        }
        if self.doc.word(j) == "," {
            if coordinated {
                // "X did this, and said ...": the subject of the sentence
                return Some(Source::SentenceSubject { token: j });
            }
            return self.appositive_subject(j, floor);
        }
        let lowest = floor.max(verb.saturating_sub(SUBJECT_REACH));
        for i in (lowest..=j).rev() {
            if let Some(m) = self.mention_at(i) {
                if self.in_quote(m.start) {
                    return None;
                }
                // "the head of Apple's design team said": a name after a preposition, away from the verb
                let after_preposition = i != j
                    && self.kind_of(m) != Some(EntityKind::Person)
                    && m.tokens.start > lowest
                    && self.is_lowercase_word(m.tokens.start - 1)
                    && lex.is_preposition(&self.folded(m.tokens.start - 1));
                match self.kind_of(m) {
                    _ if after_preposition => continue,
                    Some(EntityKind::Person) => return Some(Source::Entity(m.entity)),
                    // "Scott Carson, president of Boeing Commercial Airplanes, said"
                    Some(EntityKind::Org) => {
                        let person = self.person_before_comma(m.tokens.start, floor);
                        return Some(Source::Entity(person.unwrap_or(m.entity)));
                    }
                    _ if i == j => return Some(Source::Entity(m.entity)),
                    _ => continue,
                }
            }
            if let Some(e) = self.surname_at(i) {
                return Some(Source::Entity(e));
            }
            let w = self.folded(i);
            if let Some(kind) = lex.pronoun(&w) {
                return Some(Source::Refers { kind, token: i });
            }
            if let Some(kind) = lex.role(&w, !self.is_lowercase_word(i)) {
                return Some(Source::Refers { kind, token: i });
            }
            if matches!(w.as_ref(), "which" | "who" | "that") {
                return Some(Source::SentenceSubject { token: i });
            }
            if is_determiner(&w) {
                return Some(Source::Unnamed { definite: matches!(w.as_ref(), "the" | "this"), token: i });
            }
            if !self.is_word(i) && w != "'s" && w != "’s" {
                return None;
            }
        }
        None
    }

    /// A person named just before a comma shortly before token `at` ("Scott Carson, president of").
    fn person_before_comma(&self, at: usize, floor: usize) -> Option<usize> {
        let lowest = floor.max(at.saturating_sub(SUBJECT_REACH));
        let comma = (lowest..at).rev().find(|&i| self.doc.word(i) == ",")?;
        let m = self.mention_at(comma.checked_sub(1)?)?;
        (self.kind_of(m) == Some(EntityKind::Person) && !self.in_quote(m.start)).then_some(m.entity)
    }

    /// "Khaled Al-Maeena, editor at large at the Saudi Gazette, said": walks back over commas to the
    /// person (else organization) named just before one of them.
    fn appositive_subject(&self, comma: usize, floor: usize) -> Option<Source> {
        let lowest = floor.max(comma.saturating_sub(3 * SUBJECT_REACH));
        let commas: Vec<usize> =
            (lowest..=comma).rev().filter(|&i| self.doc.word(i) == ",").take(APPOSITIVE_COMMAS + 1).collect();
        let named_before = |c: usize, kind: EntityKind| {
            let i = c.checked_sub(1)?;
            let m = self.mention_at(i)?;
            (i >= floor && self.kind_of(m) == Some(kind) && !self.in_quote(m.start)).then_some(m.entity)
        };
        let person = commas.iter().find_map(|&c| named_before(c, EntityKind::Person));
        // "Lydia Buchtmann for Food Standards Australia, says": the person the clause opens with
        let opening = || {
            let first = commas.last().map_or(lowest, |&c| c.saturating_sub(SUBJECT_REACH).max(lowest));
            self.speaker_mentions(first..comma).find(|m| self.kind_of(m) == Some(EntityKind::Person)).map(|m| m.entity)
        };
        person
            .or_else(opening)
            .or_else(|| commas.iter().find_map(|&c| named_before(c, EntityKind::Org)))
            .map(Source::Entity)
    }

    /// The speaker named right after a verb or phrase, up to the next punctuation: "said Bolden", "said
    /// he", "said Apple Inc. CEO Steve Jobs", "according to the agency", "said the post" (unnamed).
    /// A person beats an organization, which beats a role noun ("said the minister").
    fn subject_after(&self, from: usize, ceiling: usize) -> Option<Source> {
        let lex = lexicon();
        let end = ceiling.min(from + AFTER_SUBJECT_REACH);
        let (mut org, mut role, mut determiner, mut content) = (None, None, false, false);
        let mut i = from;
        while i < end {
            if let Some(m) = self.mention_at(i) {
                match self.kind_of(m) {
                    Some(EntityKind::Person) => return Some(Source::Entity(m.entity)),
                    Some(EntityKind::Org) if org.is_none() && !self.modifies_role(m, end) => org = Some(m.entity),
                    _ => {}
                }
                content = true;
                i = m.tokens.end.max(i + 1);
                continue;
            }
            let t = &self.doc.tokens[i];
            if t.kind == TokenKind::Quote || (t.kind == TokenKind::Punct && !self.doc.word(i).starts_with('-')) {
                // "the Crown prosecutor, Mark Tedeschi": a person in apposition to the role
                let apposed = (self.doc.word(i) == "," && role.is_some() && org.is_none())
                    .then(|| self.mention_at(i + 1).filter(|m| i + 1 < end && self.kind_of(m) == Some(EntityKind::Person)))
                    .flatten();
                if let Some(m) = apposed {
                    return Some(Source::Entity(m.entity));
                }
                break;
            }
            if !content {
                if let Some(e) = self.surname_at(i) {
                    return Some(Source::Entity(e));
                }
            }
            let w = self.folded(i);
            if !content {
                if let Some(kind) = lex.pronoun(&w) {
                    return Some(Source::Refers { kind, token: i });
                }
            }
            if role.is_none() {
                role = lex.role(&w, !self.is_lowercase_word(i)).map(|kind| Source::Refers { kind, token: i });
            }
            determiner |= is_determiner(&w);
            content |= !lex.is_skippable(&w);
            i += 1;
        }
        org.map(Source::Entity).or(role).or(determiner.then_some(Source::Unnamed { definite: false, token: from }))
    }

    /// A name written before a role noun modifies it: "the Crown prosecutor", "Apple Inc. CEO".
    fn modifies_role(&self, m: &Mention, end: usize) -> bool {
        let next = m.tokens.end;
        next < end && self.is_word(next) && lexicon().role(&self.folded(next), !self.is_lowercase_word(next)).is_some()
    }
}

/// The folded initials of a name of two or more capitalized words ("Korean Central News Agency" ->
/// "kcna"), ignoring small words ("of", "the").
fn acronym(name: &str) -> Option<String> {
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .flat_map(char::to_lowercase)
        .collect();
    (initials.chars().count() >= 2).then_some(initials)
}

fn is_possessive(w: &str) -> bool {
    matches!(w, "his" | "her" | "their" | "its" | "our" | "my" | "your" | "'s")
}

fn is_determiner(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "one" | "another" | "some" | "several" | "many" | "this")
}
