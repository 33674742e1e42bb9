//! Labels for timeline items: a short "who did what" drawn from the dated clause (subject, verb and
//! the start of the object), with the date itself and leading adverbials left out. It picks words from
//! the text; it does not rewrite them.

use std::ops::Range;

use crate::entities::EntitySet;
use crate::tokens::{Document, Gap, TokenKind};

/// Longest label, in words; a longer one is cut and ends in "…".
const MAX_WORDS: usize = 12;
/// A subject longer than this is shortened to the name nearest the verb.
const MAX_SUBJECT_WORDS: usize = 5;
/// Words after the verb kept for the object.
const OBJECT_WORDS: usize = 7;
/// Function words: not counted in the object's length, and never left dangling at the label's end.
const FUNCTION_WORDS: &[&str] = &["the", "a", "an", "of", "to", "for", "in", "on", "at", "by", "with", "from", "and", "or", "’s", "'s", "its", "their", "his", "her"];

/// Verbs that are not recognizable by their ending, and auxiliaries that precede the verb.
const VERBS: &[&str] = &[
    "said", "says", "told", "took", "made", "went", "came", "gave", "met", "began", "won", "lost", "held",
    "left", "led", "saw", "fell", "rose", "sold", "bought", "spoke", "wrote", "became", "got", "found", "paid",
    "sent", "brought", "built", "struck", "hit", "ran", "kept", "put", "cut", "shot", "broke", "chose", "drew",
    "flew", "grew", "knew", "stood", "threw", "tore", "set", "quit", "won", "beat", "sank", "sought", "fought",
    "meets", "plans", "calls", "wants", "denies", "announces", "launches", "agrees", "warns", "urges",
];
const AUXILIARIES: &[&str] = &[
    "will", "would", "has", "have", "had", "was", "were", "is", "are", "did", "does", "could", "should", "may",
    "might", "must", "can", "shall", "been", "be", "not",
];
/// Words that open a leading adverbial ("On Monday, ...", "In a tweet, ...", "However, ...").
const OPENERS: &[&str] = &[
    "on", "in", "at", "after", "before", "during", "since", "by", "following", "earlier", "later", "last",
    "however", "meanwhile", "yesterday", "today", "then", "but", "and", "also", "according", "as", "when",
    "while", "until", "from", "over", "with", "under", "amid", "despite",
];
/// Words that end the object: the label stops before a new clause.
const STOPS: &[&str] = &["which", "who", "whom", "whose", "because", "while", "although", "though", "but", "where", "when", "as", "after", "before", "if"];
const PREPOSITIONS: &[&str] = &["on", "in", "at", "since", "by", "during", "until", "from", "to", "of", "for", "over"];

/// The label of the clause `clause` (token indices), leaving out the time at `time` (token indices).
///
/// The verb is the last one before the time (the event the date belongs to), else the first after it;
/// its subject is the phrase before it back to a clause boundary, or, after a relative pronoun ("who",
/// "which", "that"), the phrase the pronoun stands for.
/// `times` are the token ranges of every time in the clause; all are left out.
pub fn label(doc: &Document, entities: &EntitySet, clause: Range<usize>, time: Range<usize>, times: &[Range<usize>]) -> String {
    let keep: Vec<usize> = clause.clone().filter(|&i| !times.iter().any(|t| skipped(doc, i, t))).collect();
    if keep.is_empty() {
        return String::new();
    }
    let start = after_opener(doc, &keep);
    let words = &keep[start..];
    let verbs: Vec<usize> = (0..words.len()).filter(|&k| is_verb(doc, words, k)).collect();
    let before = verbs.iter().rev().find(|&&k| words[k] < time.start);
    let after = verbs.iter().find(|&&k| words[k] >= time.end);
    let picked = match before.or(after) {
        Some(&v) => {
            let v = main_verb(doc, words, first_of_verb_group(doc, words, v), &verbs);
            let subject = subject_of(doc, words, v, &verbs);
            let mut picked: Vec<usize> = shorten_subject(doc, entities, &subject);
            picked.extend(object(doc, &words[v..]));
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

/// Words that end a subject when walking left from its verb.
const SUBJECT_BOUNDARIES: &[&str] = &[",", ";", ":", "(", ")", "and", "but", "or", "who", "which", "that", "whom", "because", "while", "although", "when", "after", "before", "since", "as", "if", "where"];
const RELATIVE_PRONOUNS: &[&str] = &["who", "which", "that"];
const COORDINATORS: &[&str] = &["and", "but", "or"];
/// Longest subject looked at, in tokens.
const SUBJECT_REACH: usize = 12;
/// Adverbs that may stand inside a verb group ("has also denied").
const ADVERBS: &[&str] = &["also", "again", "not", "never", "already", "still", "just"];

/// The start (in `words`) of the verb group ending at verb `v`: auxiliaries and adverbs before it.
fn first_of_verb_group(doc: &Document, words: &[usize], v: usize) -> usize {
    let mut k = v;
    while k > 0 {
        let w = doc.word(words[k - 1]);
        if is_in(AUXILIARIES, w) || is_in(ADVERBS, w) || (w.len() > 3 && w.ends_with("ly")) {
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
    let is_aux = |k: usize| is_in(AUXILIARIES, doc.word(words[k]));
    match verbs.iter().rev().find(|&&k| k >= from && k < v && !is_aux(k)) {
        Some(&k) => first_of_verb_group(doc, words, k),
        None => v,
    }
}

/// The subject (token indices) of the verb group starting at `v` in `words`.
fn subject_of(doc: &Document, words: &[usize], v: usize, verbs: &[usize]) -> Vec<usize> {
    let (from, boundary) = phrase_before(doc, words, v);
    let boundary_word = boundary.map(|b| doc.word(words[b]));
    let phrase: Vec<usize> = words[from..v].to_vec();
    let has_word = phrase.iter().any(|&i| doc.tokens[i].kind == TokenKind::Word);
    match (boundary, boundary_word) {
        // "Sadr, who called": the phrase the pronoun stands for
        (Some(b), Some(w)) if is_in(RELATIVE_PRONOUNS, w) && !has_word => {
            let end = if b > 0 && doc.word(words[b - 1]) == "," { b - 1 } else { b };
            let (from, _) = phrase_before(doc, words, end);
            // "a player in the civil war that tore": the noun phrase nearest the pronoun
            let from = (from..end).rev().find(|&k| is_in(PREPOSITIONS, doc.word(words[k]))).map_or(from, |k| k + 1);
            words[from..end].to_vec()
        }
        // "the group captured Mosul and nearly invaded Baghdad": the subject of the first verb
        (Some(b), Some(w)) if is_in(COORDINATORS, w) && !has_word => {
            match verbs.iter().rev().find(|&&k| k < b) {
                Some(&pv) => {
                    let pv = first_of_verb_group(doc, words, pv);
                    let (from, _) = phrase_before(doc, words, pv);
                    words[from..pv].to_vec()
                }
                None => phrase,
            }
        }
        // "the leader of the movement, Muqtada al-Sadr, called": the appositive before the verb
        (Some(b), Some(",")) if !has_word && b > 0 => {
            let (from, _) = phrase_before(doc, words, b);
            words[from..b].to_vec()
        }
        _ => phrase,
    }
}

/// The phrase before index `end` of `words` back to a boundary: `(start, boundary index)`.
fn phrase_before(doc: &Document, words: &[usize], end: usize) -> (usize, Option<usize>) {
    let floor = end.saturating_sub(SUBJECT_REACH);
    let mut k = end;
    while k > floor {
        if is_in(SUBJECT_BOUNDARIES, doc.word(words[k - 1])) {
            return (k, Some(k - 1));
        }
        k -= 1;
    }
    (k, None)
}

/// True when `word` is in `list` (lower-case ASCII words), ignoring case.
fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// True for tokens of the time itself, the preposition right before it, and quote marks.
fn skipped(doc: &Document, i: usize, time: &Range<usize>) -> bool {
    if time.contains(&i) || doc.tokens[i].kind == TokenKind::Quote {
        return true;
    }
    i + 1 == time.start && is_in(PREPOSITIONS, doc.word(i))
}

/// The index in `words` after a leading adverbial that ends in a comma within a few words.
fn after_opener(doc: &Document, words: &[usize]) -> usize {
    let Some(&first) = words.first() else { return 0 };
    let opens = is_in(OPENERS, doc.word(first)) || doc.word(first) == ",";
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
fn is_verb(doc: &Document, words: &[usize], k: usize) -> bool {
    let i = words[k];
    if doc.tokens[i].kind != TokenKind::Word || doc.word(i).starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    if i > 0 && doc.tokens[i].gap == Gap::None && doc.word(i - 1) == "-" {
        return false; // "Iran-backed"
    }
    let w = doc.word(i);
    if is_in(VERBS, w) || is_in(AUXILIARIES, w) || (w.len() > 4 && w.ends_with("ed")) {
        return true;
    }
    let after_pronoun = k > 0 && is_in(&["he", "she", "it"], doc.word(words[k - 1]));
    after_pronoun && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && w.chars().all(char::is_alphabetic)
}

fn is_stop(doc: &Document, i: usize) -> bool {
    matches!(doc.word(i), "," | ";" | ":" | "." | "(" | ")" | "—" | "–" | "?" | "!")
        || is_in(STOPS, doc.word(i))
}

/// A long subject ("the leader of the Sadrist movement, Muqtada al-Sadr,") becomes the entity name
/// nearest the verb; a short one stays as written, without its trailing comma.
fn shorten_subject(doc: &Document, entities: &EntitySet, subject: &[usize]) -> Vec<usize> {
    let trimmed = match subject.iter().rposition(|&i| doc.word(i) != ",") {
        Some(last) => &subject[..=last],
        None => return Vec::new(),
    };
    // "..., said Mayor Dana Whitcombe, who proposed": the speaker without the reporting verb
    let trimmed = match trimmed.iter().position(|&i| is_in(VERBS, doc.word(i))) {
        Some(0) if trimmed.len() > 1 => &trimmed[1..],
        _ => trimmed,
    };
    let words = trimmed.iter().filter(|&&i| doc.tokens[i].kind == TokenKind::Word).count();
    if words <= MAX_SUBJECT_WORDS {
        return trimmed.to_vec();
    }
    let (Some(&first), Some(&last)) = (trimmed.first(), trimmed.last()) else { return trimmed.to_vec() };
    let span = doc.tokens[first].start..doc.tokens[last].end;
    match entities.mentions_in(span).last() {
        Some(m) => {
            let from = trimmed.iter().position(|&i| i >= m.tokens.start).unwrap_or(0);
            let to = trimmed.iter().rposition(|&i| i < m.tokens.end).map_or(trimmed.len(), |p| p + 1);
            trimmed[from..to.max(from)].to_vec()
        }
        None => trimmed[trimmed.len() - MAX_SUBJECT_WORDS.min(trimmed.len())..].to_vec(),
    }
}

/// The verb group and the first words of its object, up to the end of the clause.
fn object(doc: &Document, rest: &[usize]) -> Vec<usize> {
    let mut picked = Vec::new();
    let mut content = 0;
    for &i in rest {
        if !picked.is_empty() && is_stop(doc, i) {
            break;
        }
        let aux = is_in(AUXILIARIES, doc.word(i));
        picked.push(i);
        let function = is_in(FUNCTION_WORDS, doc.word(i));
        if !aux && !function && doc.tokens[i].kind == TokenKind::Word {
            content += 1;
        }
        if content >= OBJECT_WORDS {
            break;
        }
    }
    while picked.len() > 1 && picked.last().is_some_and(|&i| is_in(FUNCTION_WORDS, doc.word(i))) {
        picked.pop();
    }
    picked
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
