//! Labels for timeline items: a short "who did what" drawn from the dated clause (subject, verb and
//! the start of the object), with the date itself and leading adverbials left out. It picks words from
//! the text; it does not rewrite them.

use std::ops::Range;

use crate::entities::{EntityKind, EntitySet};
use crate::tokens::{Document, Gap, TokenKind};

use super::words::{class, is};

/// Longest label, in words; a longer one is cut and ends in "…".
const MAX_WORDS: usize = 12;
/// A subject longer than this is shortened to the name nearest the verb.
const MAX_SUBJECT_WORDS: usize = 5;
/// Words after the verb kept for the object.
const OBJECT_WORDS: usize = 7;

/// The label of the clause `clause` (token indices), leaving out the time at `time` (token indices).
///
/// The verb is the last one before the time (the event the date belongs to), else the first after it;
/// its subject is the phrase before it back to a clause boundary, or, after a relative pronoun ("who",
/// "which", "that"), the phrase the pronoun stands for.
/// `times` are the token ranges of every time in the clause; all are left out.
pub fn label(doc: &Document, entities: &EntitySet, clause: Range<usize>, time: Range<usize>, times: &[Range<usize>]) -> String {
    let keep = kept_words(doc, &clause, times);
    if keep.is_empty() {
        return String::new();
    }
    let start = after_opener(doc, &keep);
    let words = &keep[start..];
    // the verbs up to the chosen one: every rule below looks back from it, never past it
    let at_time = words.partition_point(|&i| i < time.start);
    let mut verbs: Vec<usize> = (0..at_time).filter(|&k| is_verb(doc, words, k)).collect();
    if verbs.is_empty() {
        verbs.extend((at_time..words.len()).find(|&k| words[k] >= time.end && is_verb(doc, words, k)));
    }
    let picked = match verbs.last() {
        Some(&v) => {
            let v = main_verb(doc, words, first_of_verb_group(doc, words, v), &verbs);
            let subject = subject_of(doc, entities, words, v, &verbs);
            let mut picked: Vec<usize> = shorten_subject(doc, entities, &subject);
            picked.extend(object(doc, before_possessive_time(doc, &words[v..], times)));
            picked
        }
        None if is_dateline_place(doc, &clause, words) => Vec::new(),
        None => words.iter().copied().take_while(|&i| !is_stop(doc, i)).collect(),
    };
    join(doc, &picked)
}

/// A clause without a verb that opens a line with only capitalized words before its first stop: the
/// place of a dateline ("PORT ELLIS, March 14, 2023 — ..."), which dates the article, not an event.
fn is_dateline_place(doc: &Document, clause: &Range<usize>, words: &[usize]) -> bool {
    let opens_line = clause.start == 0 || matches!(doc.tokens[clause.start].gap, Gap::Line | Gap::Paragraph);
    let mut place = words.iter().take_while(|&&i| !is_stop(doc, i)).peekable();
    opens_line
        && words.first() == Some(&clause.start)
        && place.peek().is_some()
        && place.all(|&i| doc.tokens[i].kind != TokenKind::Word || doc.word(i).starts_with(char::is_uppercase))
}

/// Longest subject looked at, in tokens.
const SUBJECT_REACH: usize = 12;

/// The start (in `words`) of the verb group ending at verb `v`: auxiliaries and adverbs before it.
fn first_of_verb_group(doc: &Document, words: &[usize], v: usize) -> usize {
    let mut k = v;
    while k > 0 {
        let w = doc.word(words[k - 1]);
        if is(w, class::AUXILIARY | class::ADVERB) || (w.len() > 3 && w.ends_with("ly")) {
            k -= 1;
        } else {
            break;
        }
    }
    k
}

/// The verb group starting at `v`, or an earlier one when `v` stands inside the other's clause as a
/// participle ("Sadr performed strongly in elections held last October": "performed").
fn main_verb(doc: &Document, words: &[usize], v: usize, verbs: &[usize]) -> usize {
    let (from, _) = phrase_before(doc, words, v);
    let is_aux = |k: usize| is(doc.word(words[k]), class::AUXILIARY);
    match verbs.iter().rev().find(|&&k| k >= from && k < v && !is_aux(k)) {
        Some(&k) => first_of_verb_group(doc, words, k),
        None => v,
    }
}

/// The subject (token indices) of the verb group starting at `v` in `words`.
fn subject_of(doc: &Document, entities: &EntitySet, words: &[usize], v: usize, verbs: &[usize]) -> Vec<usize> {
    let (from, boundary) = phrase_before(doc, words, v);
    let boundary_word = boundary.map(|b| doc.word(words[b]));
    let phrase: Vec<usize> = words[from..v].to_vec();
    let has_word = phrase.iter().any(|&i| doc.tokens[i].kind == TokenKind::Word);
    match (boundary, boundary_word) {
        // "Sadr, who called": the phrase the pronoun stands for
        (Some(b), Some(w)) if is(w, class::RELATIVE_PRONOUN) && !has_word => {
            let end = if b > 0 && doc.word(words[b - 1]) == "," { b - 1 } else { b };
            let (from, _) = phrase_before(doc, words, end);
            // "a player in the civil war that tore": the noun phrase nearest the pronoun
            let from = (from..end).rev().find(|&k| is(doc.word(words[k]), class::PREPOSITION)).map_or(from, |k| k + 1);
            words[from..end].to_vec()
        }
        // "the group captured Mosul and nearly invaded Baghdad": the subject of the first verb
        // (found as that verb's own subject is: "The mill, opened in 1908, hit a record and then lost")
        (Some(b), Some(w)) if is(w, class::COORDINATOR) && !has_word => {
            match verbs.iter().rev().find(|&&k| k < b) {
                Some(&pv) => {
                    let pv = first_of_verb_group(doc, words, pv);
                    let earlier: Vec<usize> = verbs.iter().copied().filter(|&k| k < pv).collect();
                    subject_of(doc, entities, words, pv, &earlier)
                }
                None => phrase,
            }
        }
        // "the leader of the movement, Muqtada al-Sadr, called": the appositive before the verb; but
        // "the company, based in Stuttgart, Germany, reported": a place only ends a phrase about the
        // subject, which opens the clause
        (Some(b), Some(",")) if !has_word && b > 0 => {
            if let Some(subject) = before_relative_clause(doc, words, b) {
                return subject;
            }
            let (from, _) = phrase_before(doc, words, b);
            let first_comma = words[..from].iter().position(|&i| doc.word(i) == ",");
            // "Halvard, a shipping company based in Bergen, cut": a description after the subject is
            // about it too; a name after a description is the subject ("the biggest index, the Dow Jones,")
            let described = |k: usize| words.get(k).is_some_and(|&i| doc.word(i).starts_with(char::is_lowercase));
            let apposition = words.get(from).is_some_and(|&i| matches!(doc.word(i), "a" | "an" | "the")) && described(from + 1);
            // "the company, founded in 1872, said": a participle opens a description too
            let participle = described(from) && is_verb(doc, words, from);
            match first_comma {
                Some(c) if c > 0 && (apposition || participle || is_place(doc, entities, &words[from..b])) => words[..c].to_vec(),
                _ => words[from..b].to_vec(),
            }
        }
        _ => phrase,
    }
}

/// Longest relative clause set off by commas before a verb, in tokens.
const RELATIVE_CLAUSE_REACH: usize = 30;

/// The subject before a relative clause that ends at the comma `end` ("Eleanor Vance, whose studies
/// ... helped launch the field, died": Eleanor Vance), if the clause opens with a relative pronoun.
fn before_relative_clause(doc: &Document, words: &[usize], end: usize) -> Option<Vec<usize>> {
    let opening = (0..end).rev().take(RELATIVE_CLAUSE_REACH).find(|&k| doc.word(words[k]) == ",")?;
    let pronoun = words.get(opening + 1).filter(|_| opening + 1 < end)?;
    if !is(doc.word(*pronoun), class::RELATIVE_PRONOUN) {
        return None;
    }
    let (start, _) = phrase_before(doc, words, opening);
    (start < opening).then(|| words[start..opening].to_vec())
}

/// True when every word of `tokens` belongs to the mention of a place.
fn is_place(doc: &Document, entities: &EntitySet, tokens: &[usize]) -> bool {
    let (Some(&first), Some(&last)) = (tokens.first(), tokens.last()) else { return false };
    let mentions = entities.mentions_in(doc.tokens[first].start..doc.tokens[last].end);
    let in_place = |i: usize| {
        mentions.iter().any(|m| m.tokens.contains(&i) && entities.entities[m.entity].kind == EntityKind::Loc)
    };
    tokens.iter().all(|&i| doc.tokens[i].kind != TokenKind::Word || in_place(i))
}

/// The phrase before index `end` of `words` back to a boundary: `(start, boundary index)`.
fn phrase_before(doc: &Document, words: &[usize], end: usize) -> (usize, Option<usize>) {
    let floor = end.saturating_sub(SUBJECT_REACH);
    let mut k = end;
    while k > floor {
        if is(doc.word(words[k - 1]), class::SUBJECT_BOUNDARY) {
            return (k, Some(k - 1));
        }
        k -= 1;
    }
    (k, None)
}

/// The tokens of `clause` without the times, their possessives ("last month's"), the preposition right
/// before each, and quote marks. A time inside a noun phrase stays ("the current one", "the 2008
/// election"): without it the phrase would read wrong. One pass over the clause and one over the times.
fn kept_words(doc: &Document, clause: &Range<usize>, times: &[Range<usize>]) -> Vec<usize> {
    let mut skipped = vec![false; clause.len()];
    let mut skip = |i: usize| {
        if clause.contains(&i) {
            skipped[i - clause.start] = true;
        }
    };
    let mut modifier_end = None;
    for time in times {
        // "the 1955 and 1959 elections": a time joined to a modifier before it modifies the noun too
        let joined = modifier_end.is_some_and(|end| end + 1 == time.start && is(doc.word(end), class::COORDINATOR));
        if modifies_noun(doc, time, joined) {
            modifier_end = Some(time.end);
            continue;
        }
        time.clone().for_each(&mut skip);
        if owns_next(doc, time) {
            skip(time.end);
        }
        if time.start > 0 && is(doc.word(time.start - 1), class::PREPOSITION) {
            skip(time.start - 1);
        }
    }
    clause.clone().filter(|&i| !skipped[i - clause.start] && doc.tokens[i].kind != TokenKind::Quote).collect()
}

/// The index in `words` after a leading adverbial that ends in a comma within a few words.
fn after_opener(doc: &Document, words: &[usize]) -> usize {
    let Some(&first) = words.first() else { return 0 };
    let opens = is(doc.word(first), class::OPENER) || doc.word(first) == ",";
    if !opens {
        return 0;
    }
    match words.iter().take(10).position(|&i| doc.word(i) == ",") {
        Some(c) if c + 1 < words.len() => c + 1,
        _ if doc.word(first) == "," => 1,
        _ => 0,
    }
}

/// True when `words[k]` looks like a finite verb: a known verb or auxiliary, a past form in "-ed", or
/// a present form in "-s" right after a pronoun ("he says").
pub(super) fn is_verb(doc: &Document, words: &[usize], k: usize) -> bool {
    let i = words[k];
    if doc.tokens[i].kind != TokenKind::Word || doc.word(i).starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    if i > 0 && doc.tokens[i].gap == Gap::None && doc.word(i - 1) == "-" {
        return false; // "Iran-backed"
    }
    let w = doc.word(i);
    if (w.len() > 4 && w.ends_with("ed")) || is(w, class::VERB | class::AUXILIARY) {
        return true;
    }
    let present = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && w.chars().all(char::is_alphabetic);
    present && k > 0 && is(doc.word(words[k - 1]), class::PERSONAL_PRONOUN)
}

fn is_stop(doc: &Document, i: usize) -> bool {
    matches!(doc.word(i), "," | ";" | ":" | "." | "(" | ")" | "—" | "–" | "?" | "!")
        || is(doc.word(i), class::STOP)
}

/// A long subject becomes its head before a preposition ("Dock workers at the port of Kvalvik") or,
/// where a name names it ("the leader of the Sadrist movement, Muqtada al-Sadr,"), the entity name
/// nearest the verb; a short one stays as written, without its trailing comma.
fn shorten_subject(doc: &Document, entities: &EntitySet, subject: &[usize]) -> Vec<usize> {
    let trimmed = match subject.iter().rposition(|&i| doc.word(i) != ",") {
        Some(last) => &subject[..=last],
        None => return Vec::new(),
    };
    // "..., said Mayor Dana Whitcombe, who proposed": the speaker without the reporting verb
    let trimmed = match trimmed.iter().position(|&i| is(doc.word(i), class::VERB)) {
        Some(0) if trimmed.len() > 1 => &trimmed[1..],
        _ => trimmed,
    };
    let words = trimmed.iter().filter(|&&i| doc.tokens[i].kind == TokenKind::Word).count();
    if words <= MAX_SUBJECT_WORDS {
        return trimmed.to_vec();
    }
    let (Some(&first), Some(&last)) = (trimmed.first(), trimmed.last()) else { return trimmed.to_vec() };
    let span = doc.tokens[first].start..doc.tokens[last].end;
    let mention = entities.mentions_in(span).last();
    // "Dock workers at the port of Kvalvik", "Sales in the United States": the head before the first
    // preposition; but not where a name names the subject: after a comma ("the leader of the
    // movement, Muqtada al-Sadr") or at its end with no preposition before it ("President of France
    // Anne Marel")
    let names_subject = mention.is_some_and(|m| {
        is_appositive(doc, trimmed, m.tokens.start) || (m.tokens.end > last && !after_preposition(doc, m.tokens.start))
    });
    let head = trimmed.iter().position(|&i| is(doc.word(i), class::PREPOSITION)).unwrap_or(0);
    let head_words = trimmed[..head].iter().filter(|&&i| doc.tokens[i].kind == TokenKind::Word).count();
    if !names_subject && head > 0 && head_words <= MAX_SUBJECT_WORDS {
        return trimmed[..head].to_vec();
    }
    match mention {
        Some(m) => {
            let from = trimmed.iter().position(|&i| i >= m.tokens.start).unwrap_or(0);
            let to = trimmed.iter().rposition(|&i| i < m.tokens.end).map_or(trimmed.len(), |p| p + 1);
            trimmed[from..to.max(from)].to_vec()
        }
        None => trimmed[trimmed.len() - MAX_SUBJECT_WORDS.min(trimmed.len())..].to_vec(),
    }
}

/// True when token `start` follows a preposition, maybe with "the" between ("in the United States").
fn after_preposition(doc: &Document, start: usize) -> bool {
    let before = |k: usize| start.checked_sub(k).map(|i| doc.word(i));
    let at = if before(1).is_some_and(|w| w.eq_ignore_ascii_case("the")) { 2 } else { 1 };
    before(at).is_some_and(|w| is(w, class::PREPOSITION))
}

/// True when the mention starting at token `start` follows a comma in `subject`: an appositive that
/// names the subject ("the leader of the movement, Muqtada al-Sadr").
fn is_appositive(doc: &Document, subject: &[usize], start: usize) -> bool {
    subject.iter().any(|&i| i < start && doc.word(i) == ",")
}

/// `rest` up to a time that owns the noun after it ("breached during last month's storms"): with the
/// time left out, the words after it would read as the object.
fn before_possessive_time<'w>(doc: &Document, rest: &'w [usize], times: &[Range<usize>]) -> &'w [usize] {
    let Some(&first) = rest.first() else { return rest };
    let cut = times.iter().filter(|t| t.start > first && owns_next(doc, t)).map(|t| t.start).min();
    match cut {
        Some(start) => &rest[..rest.partition_point(|&i| i < start)],
        None => rest,
    }
}

/// True when the time stands between "the" (or, when `joined`, another such time and "and") and
/// a word after it ("the current one", "the late 1970s with").
fn modifies_noun(doc: &Document, time: &Range<usize>, joined: bool) -> bool {
    let after_the = time.start > 0 && doc.word(time.start - 1).eq_ignore_ascii_case("the");
    (after_the || joined) && doc.tokens.get(time.end).is_some_and(|t| t.kind == TokenKind::Word)
}

/// True when a possessive follows the time ("last month's").
fn owns_next(doc: &Document, time: &Range<usize>) -> bool {
    time.end < doc.tokens.len() && matches!(doc.word(time.end), "'s" | "’s")
}

/// The verb group and the first words of its object, up to the end of the clause.
fn object(doc: &Document, rest: &[usize]) -> Vec<usize> {
    let mut picked = Vec::new();
    let mut content = 0;
    for (k, &i) in rest.iter().enumerate() {
        if !picked.is_empty() && (is_stop(doc, i) || opens_second_predicate(doc, rest, k)) {
            break;
        }
        let aux = is(doc.word(i), class::AUXILIARY);
        picked.push(i);
        let function = is(doc.word(i), class::FUNCTION);
        if !aux && !function && doc.tokens[i].kind == TokenKind::Word {
            content += 1;
        }
        if content >= OBJECT_WORDS {
            break;
        }
    }
    while picked.len() > 1 && picked.last().is_some_and(|&i| is(doc.word(i), class::FUNCTION)) {
        picked.pop();
    }
    picked
}

/// True when `words[k]` is "and" or "but" before a verb, maybe after an adverb ("and then lost"): the
/// first predicate ends there.
fn opens_second_predicate(doc: &Document, words: &[usize], k: usize) -> bool {
    if !is(doc.word(words[k]), class::COORDINATOR) {
        return false;
    }
    let adverb = words.get(k + 1).is_some_and(|&i| is(doc.word(i), class::ADVERB));
    let verb_at = k + 1 + usize::from(adverb);
    verb_at < words.len() && is_verb(doc, words, verb_at)
}

/// The label with a leading pronoun subject ("He said") replaced by the name it stands for.
pub fn name_pronoun_subject(label: String, name: &str) -> String {
    let first = label.split(' ').next().unwrap_or("");
    if matches!(first, "He" | "She") && label.len() > first.len() {
        format!("{name}{}", &label[first.len()..])
    } else {
        label
    }
}

/// The picked tokens as text, written together where the text writes them together, cut at
/// [`MAX_WORDS`] words.
fn join(doc: &Document, picked: &[usize]) -> String {
    let mut out = String::new();
    let mut words = 0;
    let mut previous: Option<usize> = None;
    for &i in picked {
        let together = previous.is_some_and(|p| p + 1 == i) && doc.tokens[i].gap == Gap::None;
        if !together {
            words += 1;
            if words > MAX_WORDS {
                out.push('…');
                break;
            }
            if !out.is_empty() {
                out.push(' ');
            }
        }
        out.push_str(doc.word(i));
        previous = Some(i);
    }
    let trimmed = out.trim_end_matches([',', ';', ':', ' ']);
    let mut label = trimmed.to_string();
    if let Some(first) = label.chars().next() {
        if first.is_lowercase() {
            label = first.to_uppercase().chain(label.chars().skip(1)).collect();
        }
    }
    label
}
