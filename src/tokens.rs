//! Tokens, sentences and paragraphs: the first stage, which every later stage reads.
//!
//! A hand-written scanner over `char_indices`. Words keep inner apostrophes (`Shi'ism`, `don't`) but a
//! possessive `'s` is its own token, and hyphens are tokens of their own, so that `Iran-backed` yields the
//! place `Iran`; `space_before` tells later stages which tokens were written together (`al-Maliki`).
//! This module does not interpret words: it knows nothing of names, quotes or dates.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with digits and inner apostrophes allowed (`al`, `Maliki`, `Shi'ism`, `F-16` is three tokens).
    Word,
    /// Digits with inner `,` `.` `:` (`1,000`, `3.5`, `12:30`), and ordinals such as `21st`.
    Number,
    /// A quotation mark of any style, or an apostrophe standing alone.
    Quote,
    /// Any other single non-space character.
    Punct,
}

/// How a token is separated from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gap {
    /// Written together (`al` `-` `Maliki`).
    None,
    /// Spaces or tabs.
    Space,
    /// One line break.
    Line,
    /// A blank line (or the start of the text).
    Paragraph,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offsets into the text, `end` exclusive.
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub gap: Gap,
}

/// A span of tokens: a sentence or a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Byte offsets of the first token's start and the last token's end.
    pub start: usize,
    pub end: usize,
    /// Indices into [`Document::tokens`].
    pub tokens: Range<usize>,
}

/// The tokenized text that later stages read.
pub struct Document<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Span>,
    pub paragraphs: Vec<Span>,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Document<'a> {
        let tokens = scan(text);
        let paragraphs = split_paragraphs(text, &tokens);
        let sentences = split_sentences(text, &tokens, &paragraphs);
        Document { text, tokens, sentences, paragraphs }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// True when token `i` is the period of an abbreviation or initial ("Dr.", "W."), not a full stop.
    pub fn is_abbreviation_period(&self, i: usize) -> bool {
        ends_abbreviation(self.text, &self.tokens, i)
    }

    /// True when token `i` is a dash between words: an em or en dash, or a hyphen with space before it
    /// ("Baghdad - The ..."), not one inside a word ("Iran-backed").
    pub fn is_spaced_dash(&self, i: usize) -> bool {
        match self.word(i) {
            "—" | "–" => true,
            "-" => self.tokens[i].gap != Gap::None,
            _ => false,
        }
    }

    /// The index of the sentence holding token `i` (binary search).
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= i)
    }

    /// The index of the paragraph holding token `i` (binary search).
    pub fn paragraph_of(&self, i: usize) -> usize {
        self.paragraphs.partition_point(|p| p.tokens.end <= i)
    }
}

/// True for the characters that open or close a quotation.
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2018}' | '\u{2019}' | '\u{201A}'
            | '\u{201B}' | '\u{00AB}' | '\u{00BB}' | '\u{2039}' | '\u{203A}' | '\u{300C}' | '\u{300D}'
            | '\u{300E}' | '\u{300F}' | '\u{FF02}'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{200C}' | '\u{200D}')
}

/// The character at byte `pos` (a char boundary) and its length in bytes, or `None` at the end. ASCII,
/// most of any text, is read without decoding.
fn char_at(text: &str, pos: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(pos)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text[pos..].chars().next()?;
    Some((c, c.len_utf8()))
}

/// Splits the text into tokens in one pass.
fn scan(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut gap = Gap::Paragraph;
    let mut pos = 0;
    while let Some((c, len)) = char_at(text, pos) {
        let start = pos;
        pos += len;
        if c.is_whitespace() || c.is_control() {
            // a CR is a line break of its own (old Mac files) unless an LF follows it (CRLF)
            let cr_alone = c == '\r' && bytes.get(pos) != Some(&b'\n');
            if c == '\n' || c == '\u{2029}' || cr_alone {
                gap = if gap >= Gap::Line { Gap::Paragraph } else { Gap::Line };
            } else if c != '\r' && gap < Gap::Space {
                gap = Gap::Space;
            }
            continue;
        }
        let kind = if c.is_numeric() {
            pos = number_end(text, pos);
            TokenKind::Number
        } else if is_word_char(c) {
            pos = word_end(text, start, pos);
            TokenKind::Word
        } else if is_quote_mark(c) {
            possessive_or_quote(text, start, c, &mut pos)
        } else {
            TokenKind::Punct
        };
        tokens.push(Token { start, end: pos, kind, gap });
        gap = Gap::None;
    }
    tokens
}

/// The end of a number token whose first character ends at `pos`: digits with inner `,` `.` `:`
/// before a digit, and letters after them (21st, 1990s, 5pm, 3D).
fn number_end(text: &str, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some((d, len)) = char_at(text, pos) {
        // a character after `d` is an ASCII digit exactly when its first byte is one
        let next_is_digit = bytes.get(pos + len).is_some_and(u8::is_ascii_digit);
        if d.is_numeric() || (matches!(d, ',' | '.' | ':') && next_is_digit) || d.is_alphabetic() {
            pos += len;
        } else {
            break;
        }
    }
    pos
}

/// The end of a word token that begins at `start` and whose first character ends at `pos`.
fn word_end(text: &str, start: usize, mut pos: usize) -> usize {
    let bytes = text.as_bytes();
    // where the part after the last period of an initialism (`U.S`) starts
    let mut part_start = start;
    loop {
        // most word characters: a run of ASCII letters and digits, read without decoding
        while bytes.get(pos).is_some_and(u8::is_ascii_alphanumeric) {
            pos += 1;
        }
        let Some((d, len)) = char_at(text, pos) else { break };
        if is_word_char(d) {
            pos += len;
        } else if is_apostrophe(d) {
            // inner apostrophe (Shi'ism, don't) stays; a possessive 's is split off
            let mut after = text[pos + len..].chars();
            let next = after.next();
            let possessive = matches!(next, Some('s' | 'S')) && !after.next().is_some_and(is_word_char);
            if next.is_some_and(is_word_char) && !possessive {
                pos += len;
            } else {
                break;
            }
        } else if d == '.' && is_initialism(bytes, start, part_start, pos) {
            // U.S., U.N., a.m.: letters separated by periods form one token, the last period included
            pos += 1;
            part_start = pos;
        } else {
            break;
        }
    }
    pos
}

/// At an apostrophe directly after a word and followed by `s` and a non-letter, the token is the
/// possessive `'s`, a word (and `end` moves past the `s`); otherwise the mark is a quote token of one
/// character.
fn possessive_or_quote(text: &str, start: usize, c: char, end: &mut usize) -> TokenKind {
    let after_word = text[..start].chars().next_back().is_some_and(is_word_char);
    if is_apostrophe(c) && after_word {
        let rest = &text[start + c.len_utf8()..];
        let mut it = rest.chars();
        if matches!(it.next(), Some('s' | 'S')) && !it.next().is_some_and(is_word_char) {
            *end = start + c.len_utf8() + 1;
            return TokenKind::Word;
        }
    }
    TokenKind::Quote
}

/// True when the period at `dot` continues a run of single letters and periods starting at `start`
/// (`U.S`, `U.N`, `a.m`) and a letter or the end of the initialism follows. The parts before
/// `part_start` were checked at their own periods, so only the last part is looked at: a run of a million
/// initials stays linear.
fn is_initialism(bytes: &[u8], start: usize, part_start: usize, dot: usize) -> bool {
    let part = &bytes[part_start..dot];
    if !(part.len() == 1 && part[0].is_ascii_alphabetic()) {
        return false;
    }
    match bytes.get(dot + 1) {
        Some(b) if b.is_ascii_alphabetic() => bytes.get(dot + 2) == Some(&b'.'),
        _ => part_start > start,
    }
}

/// Paragraphs end at blank lines; a single line break also ends one when the line before it looks
/// finished (ends in terminal punctuation or a closing quote) or is short, like a headline or dateline.
fn split_paragraphs(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut paragraphs = Vec::new();
    let mut first = 0;
    // start of the line holding token i - 1, found in the gap before that line's first token (searching
    // back from the token itself would make a text of many short lines quadratic)
    let mut line_start = 0;
    for i in 1..=tokens.len() {
        if tokens[i - 1].gap >= Gap::Line {
            let gap_start = if i >= 2 { tokens[i - 2].end } else { 0 };
            line_start = after_last_line_break(&text[gap_start..tokens[i - 1].start]).map_or(gap_start, |p| gap_start + p);
        }
        let breaks = match tokens.get(i) {
            None => true,
            Some(t) if t.gap == Gap::Paragraph => true,
            Some(t) if t.gap == Gap::Line => {
                let prev = &text[tokens[i - 1].start..tokens[i - 1].end];
                let finished = prev.ends_with(['.', '?', '!', ':', '"', '\u{201D}', '\u{2019}', '\'']);
                finished || tokens[i - 1].end - line_start < 60
            }
            _ => false,
        };
        if breaks && i > first {
            paragraphs.push(Span { start: tokens[first].start, end: tokens[i - 1].end, tokens: first..i });
            first = i;
        }
    }
    paragraphs
}

/// The byte offset just after the last line break in `gap`, if it has one.
fn after_last_line_break(gap: &str) -> Option<usize> {
    let (p, c) = gap.char_indices().rev().find(|&(_, c)| matches!(c, '\n' | '\r' | '\u{2029}'))?;
    Some(p + c.len_utf8())
}

/// Common abbreviations that end in a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "cpl", "adm", "gov", "sen", "rep",
    "st", "mt", "ft", "jr", "sr", "rev", "hon", "pres", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb",
    "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "ave", "blvd", "dept", "est", "approx", "fig", "vol",
];

/// Sentences end at `.?!` followed by a capital letter, a digit or a quote mark (minus abbreviations and
/// initials), and at every paragraph end.
fn split_sentences(text: &str, tokens: &[Token], paragraphs: &[Span]) -> Vec<Span> {
    let mut sentences = Vec::new();
    for p in paragraphs {
        let mut first = p.tokens.start;
        let mut after_closers = p.tokens.start;
        for i in p.tokens.clone() {
            if i < first {
                // already part of the sentence pushed last
                continue;
            }
            // most tokens are no terminal: the closers after one are only looked for after one
            if i + 1 < p.tokens.end
                && is_terminal(text, &tokens[i])
                && ends_sentence(text, tokens, i, skip_closers(tokens, i, &mut after_closers))
            {
                // more terminals, closing quote marks and brackets right after the terminal belong to this
                // sentence ("...!!", ".”)")
                let mut last = i;
                while last + 1 < p.tokens.end
                    && tokens[last + 1].gap == Gap::None
                    && matches!(tokens[last + 1].kind, TokenKind::Quote | TokenKind::Punct)
                    && text[tokens[last + 1].start..]
                        .starts_with(['.', '?', '!', '"', '\u{201D}', '\u{2019}', '\'', ')', '\u{00BB}'])
                {
                    last += 1;
                }
                if last + 1 == p.tokens.end {
                    // the paragraph end closes this sentence
                    break;
                }
                sentences.push(Span { start: tokens[first].start, end: tokens[last].end, tokens: first..last + 1 });
                first = last + 1;
            }
        }
        if first < p.tokens.end {
            sentences.push(Span { start: tokens[first].start, end: p.end, tokens: first..p.tokens.end });
        }
    }
    sentences
}

/// The first token after `i` that is a word or stands apart (after closing quotes and brackets written
/// together with token `i`). `known` is the answer for an earlier token; within one run of marks it is
/// the same answer, so a run of a million periods is walked once, not once per period.
fn skip_closers(tokens: &[Token], i: usize, known: &mut usize) -> usize {
    if *known <= i {
        let mut j = i + 1;
        while j < tokens.len() && tokens[j].gap == Gap::None && tokens[j].kind != TokenKind::Word {
            j += 1;
        }
        *known = j;
    }
    *known
}

/// True when the token is `.`, `?`, `!` or a word ending in a period (`U.S.`), which may end a sentence.
fn is_terminal(text: &str, t: &Token) -> bool {
    let s = &text.as_bytes()[t.start..t.end];
    matches!(s, b"." | b"?" | b"!") || (t.kind == TokenKind::Word && s.ends_with(b".") && s.len() > 2)
}

/// True when the terminal token `i` (see [`is_terminal`]) ends a sentence; `next` is [`skip_closers`]
/// of `i`.
fn ends_sentence(text: &str, tokens: &[Token], i: usize, next: usize) -> bool {
    let t = &tokens[i];
    let s = &text[t.start..t.end];
    let Some(next) = tokens.get(next) else { return true };
    if next.gap == Gap::None {
        return false;
    }
    let next_char = text[next.start..].chars().next().unwrap_or(' ');
    let next_ok = next_char.is_uppercase() || next_char.is_numeric() || is_quote_mark(next_char) || !next_char.is_alphabetic();
    if !next_ok {
        return false;
    }
    if s == "." && ends_abbreviation(text, tokens, i) {
        return false;
    }
    // "U.S." at the end of a sentence is ambiguous; take a following capital as a new sentence only
    // when the initialism is not a common name prefix
    true
}

/// True when token `i` is the period of an abbreviation or an initial written against it ("Dr.",
/// "Gen.", the "W." of "George W. Bush").
fn ends_abbreviation(text: &str, tokens: &[Token], i: usize) -> bool {
    if i == 0 || tokens[i].gap != Gap::None || &text[tokens[i].start..tokens[i].end] != "." {
        return false;
    }
    let prev = &tokens[i - 1];
    let word = &text[prev.start..prev.end];
    // the listed abbreviations are lower case: compared ignoring case, without lowering a copy
    prev.kind == TokenKind::Word && (ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) || is_single_capital(word))
}

/// One capital letter alone: an initial ("W" of "George W. Bush").
pub fn is_single_capital(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        doc.tokens.iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn splits_hyphens_and_possessives_but_keeps_inner_apostrophes() {
        assert_eq!(words("Al-Maliki’s move"), ["Al", "-", "Maliki", "’s", "move"]);
        assert_eq!(words("Iran-backed Shi'ism, don't"), ["Iran", "-", "backed", "Shi'ism", ",", "don't"]);
        assert_eq!(words("the U.S. and 1,000.5 people"), ["the", "U.S.", "and", "1,000.5", "people"]);
        assert_eq!(words("“We call,” he said"), ["“", "We", "call", ",", "”", "he", "said"]);
    }

    #[test]
    fn records_gaps() {
        let doc = Document::new("a b\nc\n\nd-e");
        let gaps: Vec<Gap> = doc.tokens.iter().map(|t| t.gap).collect();
        assert_eq!(gaps, [Gap::Paragraph, Gap::Space, Gap::Line, Gap::Paragraph, Gap::None, Gap::None]);
    }

    #[test]
    fn splits_sentences_and_paragraphs() {
        let text = "Mr. Smith went to Washington. He said: “Yes.” Then he left.\n\nNew paragraph here.";
        let doc = Document::new(text);
        let sentences: Vec<&str> = doc.sentences.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            sentences,
            ["Mr. Smith went to Washington.", "He said: “Yes.”", "Then he left.", "New paragraph here."]
        );
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.sentence_of(doc.tokens.len() - 1), 3);
        assert_eq!(doc.paragraph_of(0), 0);
    }

    #[test]
    fn a_lone_cr_breaks_a_line_like_lf_and_crlf() {
        for text in ["a b\nc\n\nd", "a b\r\nc\r\n\r\nd", "a b\rc\r\rd"] {
            let gaps: Vec<Gap> = Document::new(text).tokens.iter().map(|t| t.gap).collect();
            assert_eq!(gaps, [Gap::Paragraph, Gap::Space, Gap::Line, Gap::Paragraph], "{text:?}");
        }
    }

    #[test]
    fn initialisms_of_any_length_are_one_token() {
        assert_eq!(words("a.b.c.d.e. Ab.c U.S."), ["a.b.c.d.e.", "Ab", ".", "c", "U.S."]);
        let long = "A.".repeat(1000);
        assert_eq!(words(&long), [long.as_str()]);
    }

    #[test]
    fn closing_marks_after_a_terminal_stay_with_its_sentence() {
        let text = "He left.\u{201D}) Then she came...!! And went.";
        let doc = Document::new(text);
        let sentences: Vec<&str> = doc.sentences.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(sentences, ["He left.\u{201D})", "Then she came...!!", "And went."]);
    }

    #[test]
    fn empty_and_blank_texts_have_no_tokens() {
        for text in ["", "   ", "\n\n\r\n"] {
            let doc = Document::new(text);
            assert!(doc.tokens.is_empty() && doc.sentences.is_empty() && doc.paragraphs.is_empty());
        }
    }
}
