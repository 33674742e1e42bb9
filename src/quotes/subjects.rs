//! Subjects: the words that name the speaker next to a cue, before it ("Al-Kazemi said", "Khaled
//! Al-Maeena, editor of the Saudi Gazette, said") or after it ("said Ambassador Mohib", "according to
//! the agency"). They come out as a mention, a pronoun or role noun still to resolve, or an unnamed
//! source. This module does not find cues (`attribution`) nor resolve pronouns (`speaker`).

use super::attribution::Source;
use super::context::Context;
use super::lexicon::lexicon;
use crate::entities::{EntityKind, Mention};
use crate::tokens::TokenKind;

/// How many tokens away from its verb a subject may be.
const SUBJECT_REACH: usize = 14;
/// How many tokens after its verb a speaker may be named ("said the vice president of X, Jim Press").
const AFTER_SUBJECT_REACH: usize = 12;
/// How many words may stand between an article and its role noun ("a senior Treasury spokeswoman").
const ROLE_MODIFIERS: usize = 3;
/// How many commas an appositive walk may cross ("X, editor of Y, Z, said").
const APPOSITIVE_COMMAS: usize = 3;

impl<'a> Context<'a> {
    /// The subject of the verb at token `verb`, sought leftwards down to `floor`.
    pub(super) fn subject_before(&self, verb: usize, floor: usize) -> Option<Source> {
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
                return Some(self.role_source(kind, i));
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
    pub(super) fn person_before_comma(&self, at: usize, floor: usize) -> Option<usize> {
        let lowest = floor.max(at.saturating_sub(SUBJECT_REACH));
        let comma = (lowest..at).rev().find(|&i| self.doc.word(i) == ",")?;
        let m = self.mention_at(comma.checked_sub(1)?)?;
        (self.kind_of(m) == Some(EntityKind::Person) && !self.in_quote(m.start)).then_some(m.entity)
    }

    /// "Khaled Al-Maeena, editor at large at the Saudi Gazette, said": walks back over commas to the
    /// person (else organization) named just before one of them.
    pub(super) fn appositive_subject(&self, comma: usize, floor: usize) -> Option<Source> {
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
    pub(super) fn subject_after(&self, from: usize, ceiling: usize) -> Option<Source> {
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
            if self.doc.is_abbreviation_period(i) {
                // "said Dr. Tedros": the title's period does not end the phrase
                i += 1;
                continue;
            }
            if t.kind == TokenKind::Quote || (t.kind == TokenKind::Punct && !self.doc.word(i).starts_with('-')) {
                // "the Crown prosecutor, Mark Tedeschi": a person in apposition to the role
                let apposed = (self.doc.word(i) == "," && role.is_some() && org.is_none())
                    .then(|| {
                        self.mention_at(i + 1).filter(|m| i + 1 < end && self.kind_of(m) == Some(EntityKind::Person))
                    })
                    .flatten();
                if let Some(m) = apposed {
                    return Some(Source::Entity(m.entity));
                }
                break;
            }
            // "Finance" of "says Finance Minister" modifies the role; it is no surname
            if !content && !self.word_modifies_role(i, end) {
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
                role = lex.role(&w, !self.is_lowercase_word(i)).map(|kind| self.role_source(kind, i));
            }
            determiner |= is_determiner(&w);
            content |= !lex.is_skippable(&w);
            i += 1;
        }
        org.map(Source::Entity).or(role).or(determiner.then_some(Source::Unnamed { definite: false, token: from }))
    }

    /// A role noun refers back to a named entity ("the minister"), unless an indefinite article makes it
    /// a new, unnamed source ("a spokeswoman", "one analyst", "a former minister").
    fn role_source(&self, kind: super::lexicon::Referent, role: usize) -> Source {
        for j in (role.saturating_sub(ROLE_MODIFIERS)..role).rev() {
            let w = self.folded(j);
            if matches!(w.as_ref(), "a" | "an" | "one" | "another") {
                return Source::Unnamed { definite: false, token: role };
            }
            if !self.is_word(j) || is_determiner(&w) || is_possessive(&w) {
                break;
            }
        }
        Source::Refers { kind, token: role }
    }

    /// A name written before a role noun modifies it: "the Crown prosecutor", "Apple Inc. CEO".
    pub(super) fn modifies_role(&self, m: &Mention, end: usize) -> bool {
        self.word_modifies_role(m.tokens.end - 1, end)
    }

    /// The word at token `i` is followed by a role noun ("Finance Minister").
    fn word_modifies_role(&self, i: usize, end: usize) -> bool {
        let next = i + 1;
        next < end && self.is_word(next) && lexicon().role(&self.folded(next), !self.is_lowercase_word(next)).is_some()
    }
}

pub(super) fn is_possessive(w: &str) -> bool {
    matches!(w, "his" | "her" | "their" | "its" | "our" | "my" | "your" | "'s")
}

pub(super) fn is_determiner(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "one" | "another" | "some" | "several" | "many" | "this")
}
