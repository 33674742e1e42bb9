//! Features of the entity tagger: for every token, a list of hashed feature ids built from the word,
//! its shape, affixes, neighbours, list membership and a few document-level facts.
//!
//! The same code serves the tagger at run time and the training example, so that the weights always
//! meet the features they were trained on. Hashing is plain 32-bit integer arithmetic, identical natively
//! and in WebAssembly. It does not score anything; see [`super::tagger`].

use std::borrow::Cow;

use super::fasthash::FastSet;
use super::lexicon::lexicon;
use crate::text::fold;
use crate::tokens::{Document, Gap, TokenKind};

/// What the features need to know about each token, computed once per document.
pub struct TokenInfo<'a> {
    /// Folded words (lower case, no diacritics); borrowed from the text when already folded.
    pub folded: Vec<Cow<'a, str>>,
    /// List membership bits (see [`super::lexicon::flag`]).
    pub flags: Vec<u16>,
    word: Vec<u32>,
    raw: Vec<u32>,
    shape: Vec<u32>,
    /// Letter case of each token (see [`case`]), read by the name tests many times per token.
    case: Vec<u8>,
    /// Folded words seen in lower case somewhere in the document (so a capital is only positional).
    lower_seen: FastSet<u32>,
    /// Folded words seen capitalized away from a sentence start.
    upper_mid_seen: FastSet<u32>,
}

/// Bits of [`TokenInfo::case`].
mod case {
    /// The first character is upper case.
    pub const STARTS_UPPER: u8 = 1;
    /// The first character is lower case.
    pub const STARTS_LOWER: u8 = 1 << 1;
    /// Some character is upper case (`iPhone`).
    pub const HAS_UPPER: u8 = 1 << 2;
}

/// The [`case`] bits of one word.
fn case_of(word: &str) -> u8 {
    let mut bits = match word.chars().next() {
        Some(c) if c.is_uppercase() => case::STARTS_UPPER | case::HAS_UPPER,
        Some(c) if c.is_lowercase() => case::STARTS_LOWER,
        _ => 0,
    };
    if bits & case::HAS_UPPER == 0 && word.chars().any(char::is_uppercase) {
        bits |= case::HAS_UPPER;
    }
    bits
}

impl<'a> TokenInfo<'a> {
    /// The hash of token `i`'s folded word (the word feature): equal words have equal hashes.
    pub fn word_hash(&self, i: usize) -> u32 {
        self.word[i]
    }

    /// True when token `i`'s word also occurs in lower case in the document.
    pub fn seen_lower(&self, i: usize) -> bool {
        self.lower_seen.contains(&self.word[i])
    }

    /// True when token `i`'s word also occurs capitalized inside a sentence in the document.
    pub fn seen_upper_mid_sentence(&self, i: usize) -> bool {
        self.upper_mid_seen.contains(&self.word[i])
    }

    /// True when token `i`'s word is a common word: one the training sets mostly write in lower case,
    /// or one this document writes in lower case somewhere.
    pub fn is_common_word(&self, i: usize) -> bool {
        self.flags[i] & super::lexicon::flag::COMMON != 0 || self.seen_lower(i)
    }

    /// True when token `i` starts with an upper-case letter.
    pub fn starts_upper(&self, i: usize) -> bool {
        self.case[i] & case::STARTS_UPPER != 0
    }

    pub fn new(doc: &Document<'a>) -> TokenInfo<'a> {
        let n = doc.tokens.len();
        let mut folded = Vec::with_capacity(n);
        let (mut word, mut raw, mut shape, mut case) =
            (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
        // one slice of the text per token, read for everything at once
        for t in &doc.tokens {
            let w = &doc.text[t.start..t.end];
            let (f, sh, c) = if w.is_ascii() { describe_ascii(w) } else { (fold_cheaply(w), shape_hash(w), case_of(w)) };
            let h = hash_str(&f);
            word.push(h);
            // a word that folding left as it is has the same hash twice
            raw.push(if matches!(f, Cow::Borrowed(_)) { h } else { hash_str(w) });
            folded.push(f);
            shape.push(sh);
            case.push(c);
        }
        let flags = lexicon().token_flags(doc, &folded);
        // about half the tokens are lower-case words: sized once, the set never grows
        let lower_seen = FastSet::with_capacity_and_hasher(n / 2, Default::default());
        let mut info = TokenInfo { folded, flags, word, raw, shape, case, lower_seen, upper_mid_seen: FastSet::default() };
        info.note_seen(doc);
        info
    }

    /// Fills `lower_seen` and `upper_mid_seen`.
    fn note_seen(&mut self, doc: &Document) {
        for s in &doc.sentences {
            for i in s.tokens.clone() {
                if doc.tokens[i].kind != TokenKind::Word {
                    continue;
                }
                if self.case[i] & case::STARTS_LOWER != 0 {
                    self.lower_seen.insert(self.word[i]);
                } else if !at_opening(doc, &s.tokens, i) && self.starts_upper(i) {
                    self.upper_mid_seen.insert(self.word[i]);
                }
            }
        }
    }
}

/// The shape character of each ASCII byte: `X` for capitals, `x` for small letters, `d` for digits,
/// the byte itself otherwise (the table of [`shape_char`] for ASCII, read without branches).
const SHAPE_OF_BYTE: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'A'..=b'Z' => b'X',
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            other => other,
        };
        b += 1;
    }
    table
};

/// [`fold_cheaply`], [`shape_hash`] and [`case_of`] of an ASCII word in one pass over its bytes: most
/// tokens are ASCII, and this is the costliest loop of the features.
fn describe_ascii(word: &str) -> (Cow<'_, str>, u32, u8) {
    let bytes = word.as_bytes();
    let (mut upper, mut plain) = (false, true);
    let mut h = FNV_OFFSET;
    // no token holds a NUL, so 0 stands for "no shape character yet"
    let mut last = 0u8;
    for &b in bytes {
        let s = SHAPE_OF_BYTE[usize::from(b)];
        upper |= s == b'X';
        // letters, digits and punctuation other than the backtick fold to themselves (but for case)
        plain &= b.is_ascii_graphic() && b != b'`';
        if s != last {
            h = (h ^ u32::from(s)).wrapping_mul(FNV_PRIME);
            last = s;
        }
    }
    if bytes.len() == 1 {
        h = (h ^ u32::from(b'1')).wrapping_mul(FNV_PRIME);
    }
    let case = match bytes.first() {
        Some(b'A'..=b'Z') => case::STARTS_UPPER | case::HAS_UPPER,
        Some(b'a'..=b'z') if upper => case::STARTS_LOWER | case::HAS_UPPER,
        Some(b'a'..=b'z') => case::STARTS_LOWER,
        _ if upper => case::HAS_UPPER,
        _ => 0,
    };
    let folded = if !plain {
        Cow::Owned(fold(word))
    } else if upper {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    };
    (folded, h, case)
}

/// The folded word, borrowed when folding would not change it (plain ASCII lower case).
fn fold_cheaply(word: &str) -> Cow<'_, str> {
    let plain = |b: u8| b.is_ascii_alphanumeric() || b.is_ascii_punctuation() && b != b'`';
    let (mut upper, mut all_plain) = (false, true);
    for b in word.bytes() {
        upper |= b.is_ascii_uppercase();
        all_plain &= plain(b);
    }
    if !all_plain {
        Cow::Owned(fold(word))
    } else if upper {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// True when token `i` opens its sentence (token range `sentence`) or, after a quote mark, a quotation
/// in it, where a capital may mark only the position.
fn at_opening(doc: &Document, sentence: &std::ops::Range<usize>, i: usize) -> bool {
    i == sentence.start || (i > 0 && doc.tokens[i - 1].kind == TokenKind::Quote)
}

/// The feature ids of every token of one sentence (token range `tokens`), appended to `out`, with
/// `starts[k]..starts[k + 1]` the features of the sentence's token `k`. Unless `every_token` is set
/// (training, which learns from all tokens), tokens that cannot be part of a name get none (see
/// [`SentenceFeatures::of_name_token`]).
pub fn sentence_features(
    doc: &Document,
    info: &TokenInfo,
    tokens: std::ops::Range<usize>,
    every_token: bool,
    out: &mut Vec<u32>,
    starts: &mut Vec<usize>,
) {
    out.clear();
    starts.clear();
    let sentence = SentenceFeatures::new(doc, info, tokens.clone());
    for i in tokens {
        starts.push(out.len());
        let add = |f| out.push(f);
        if every_token {
            sentence.of_token(i, add);
        } else {
            sentence.of_name_token(i, add);
        }
    }
    starts.push(out.len());
}

/// The features of the tokens of one sentence, handed to a consumer one by one as they are made: the
/// tagger sums their weights as they come, with no list of them in between.
pub struct SentenceFeatures<'s, 'a> {
    doc: &'s Document<'a>,
    info: &'s TokenInfo<'a>,
    tokens: std::ops::Range<usize>,
    headline: bool,
}

impl<'s, 'a> SentenceFeatures<'s, 'a> {
    /// The sentence of token range `tokens`.
    pub fn new(doc: &'s Document<'a>, info: &'s TokenInfo<'a>, tokens: std::ops::Range<usize>) -> Self {
        let headline = is_headline(doc, info, tokens.clone());
        SentenceFeatures { doc, info, tokens, headline }
    }

    /// Gives the features of token `i` to `add` and returns true, or gives none and returns false when
    /// the token cannot be part of a name (see [`may_be_name`] and `is_capitalized_function_word`):
    /// the tagger then gives it `O` without looking, which saves most of the work.
    pub fn of_name_token(&self, i: usize, add: impl FnMut(u32)) -> bool {
        let opening = at_opening(self.doc, &self.tokens, i);
        let name = may_be_name(self.doc, self.info, i) && !(opening && is_capitalized_function_word(self.info, i));
        if name {
            self.of_token(i, add);
        }
        name
    }

    /// Gives the features of token `i` to `add`, whatever the token.
    pub fn of_token(&self, i: usize, add: impl FnMut(u32)) {
        token_features(self.doc, self.info, &self.tokens, i, self.headline, add);
    }
}

/// Lower-case words that may join the parts of a name ("Bank of England", "Rock and Roll Hall of Fame").
const JOINING: &[&str] = &["of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "y", "on", "upon", "in", "at"];

/// Only capitalized words (or words with a capital inside: `iPhone`) can be names; particles, joining
/// words and hyphens only between the parts of one ("Bank of England", `al`-`Maliki`).
pub fn may_be_name(doc: &Document, info: &TokenInfo, i: usize) -> bool {
    let t = &doc.tokens[i];
    match t.kind {
        TokenKind::Word if info.case[i] & case::HAS_UPPER != 0 => true,
        // the cheap test first: most lower-case words are not followed by a capital
        TokenKind::Word => {
            next_continues_name(info, i)
                && (info.flags[i] & super::lexicon::flag::PARTICLE != 0 || JOINING.contains(&info.folded[i].as_ref()))
        }
        TokenKind::Punct => {
            let w = &doc.text[t.start..t.end];
            (w == "-" && t.gap == Gap::None && doc.tokens.get(i + 1).is_some_and(|n| n.gap == Gap::None)) || w == "&"
        }
        _ => false,
    }
}

/// Closed-class words that begin sentences: capitalized there only by position, and no part of a name
/// unless a capitalized word follows ("The Hague", "In-Q-Tel" stay).
fn is_opening_function_word(folded: &str) -> bool {
    matches!(
        folded,
        "the" | "an" | "but" | "and" | "or" | "he" | "she" | "it" | "they" | "we" | "i" | "in" | "on" | "at" | "this"
            | "that" | "these" | "those" | "there" | "his" | "her" | "their" | "its" | "our" | "my" | "you" | "as"
            | "if" | "when" | "while" | "after" | "before" | "for" | "with" | "by" | "from" | "to" | "of" | "so"
            | "yet" | "also" | "however" | "what" | "who" | "which" | "where" | "why" | "how" | "some" | "many"
            | "most" | "all" | "both" | "each" | "not" | "then" | "now" | "still" | "even" | "since" | "although"
            | "though" | "because" | "until" | "during" | "despite" | "instead" | "meanwhile" | "here" | "one"
    )
}

/// At a sentence's opening, a closed-class word followed by a word in lower case or by punctuation
/// ("The company said", "But, he added"): no name, so the tagger need not look at it.
fn is_capitalized_function_word(info: &TokenInfo, i: usize) -> bool {
    is_opening_function_word(&info.folded[i]) && info.case.get(i + 1).is_none_or(|&c| c & case::STARTS_UPPER == 0)
}

/// The token after `i` is capitalized, or a joining word or hyphen that may lead on to a capital.
fn next_continues_name(info: &TokenInfo, i: usize) -> bool {
    (i + 1..(i + 3).min(info.case.len())).any(|j| info.starts_upper(j))
}

/// Boundary value for a neighbour outside the sentence.
const EDGE: u32 = 0x9e37_79b9;

fn token_features(
    doc: &Document,
    info: &TokenInfo,
    sentence: &std::ops::Range<usize>,
    i: usize,
    headline: bool,
    mut add: impl FnMut(u32),
) {
    let at = |k: isize, v: &Vec<u32>| -> u32 {
        let j = i as isize + k;
        if j >= sentence.start as isize && j < sentence.end as isize { v[j as usize] } else { EDGE }
    };
    let flags_at = |k: isize| -> u32 {
        let j = i as isize + k;
        if j >= sentence.start as isize && j < sentence.end as isize { u32::from(info.flags[j as usize]) } else { 0xffff }
    };
    let w = info.word[i];
    let sh = info.shape[i];
    let mut push = |template: u32, a: u32, b: u32| add(mix(template, a, b));
    push(0, 0, 0);
    push(1, w, 0);
    push(2, info.raw[i], 0);
    push(3, sh, 0);
    for (k, &a) in affixes(&info.folded[i]).iter().enumerate() {
        push(4 + k as u32, a, 0);
    }
    push(10, at(-1, &info.word), 0);
    push(11, at(1, &info.word), 0);
    push(12, at(-2, &info.word), 0);
    push(13, at(2, &info.word), 0);
    push(14, at(-1, &info.shape), 0);
    push(15, at(1, &info.shape), 0);
    push(16, mix(at(-1, &info.shape), sh, at(1, &info.shape)), 0);
    push(17, at(-1, &info.word), w);
    push(18, w, at(1, &info.word));
    push(19, at(-1, &info.raw), sh);
    let own = info.flags[i];
    for bit in 0..super::lexicon::FLAG_BITS {
        if own & (1 << bit) != 0 {
            push(20, bit, 0);
            push(21, bit, sh);
        }
    }
    push(22, flags_at(-1), sh);
    push(23, flags_at(1), sh);
    push(24, flags_at(-1), flags_at(1));
    let initial = at_opening(doc, sentence, i);
    push(25, u32::from(initial), sh);
    push(26, doc.tokens[i].gap as u32, sh);
    let attached_next = doc.tokens.get(i + 1).is_some_and(|t| t.gap == Gap::None);
    push(27, u32::from(attached_next), at(1, &info.word));
    push(28, u32::from(info.lower_seen.contains(&w)) | u32::from(initial) << 1, sh);
    push(29, u32::from(info.upper_mid_seen.contains(&w)) | u32::from(initial) << 1, sh);
    push(30, u32::from(headline), sh);
    push(31, u32::from(headline), w);
    push(32, u32::from(own & super::lexicon::flag::COMMON != 0) | u32::from(initial) << 1 | u32::from(headline) << 2, 0);
}

/// A headline or title-case line: most of its longer words are capitalized.
fn is_headline(doc: &Document, info: &TokenInfo, tokens: std::ops::Range<usize>) -> bool {
    let (mut long, mut upper) = (0, 0);
    for i in tokens {
        let t = &doc.tokens[i];
        if t.kind == TokenKind::Word && t.end - t.start > 3 {
            long += 1;
            if info.starts_upper(i) {
                upper += 1;
            }
        }
    }
    long >= 3 && upper * 4 >= long * 3
}

/// The hash of [`short_shape`], computed without building the string.
fn shape_hash(word: &str) -> u32 {
    let mut h = FNV_OFFSET;
    let mut last = None;
    let mut count = 0;
    for c in word.chars() {
        count += 1;
        let s = shape_char(c);
        if last != Some(s) {
            let mut buf = [0u8; 4];
            for &b in s.encode_utf8(&mut buf).as_bytes() {
                h = (h ^ u32::from(b)).wrapping_mul(FNV_PRIME);
            }
            last = Some(s);
        }
    }
    if count == 1 {
        h = (h ^ u32::from(b'1')).wrapping_mul(FNV_PRIME);
    }
    h
}

fn shape_char(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

/// The word's shape with runs collapsed: `Maliki` -> `Xx`, `OPEC` -> `X`, `U.S.` -> `X.X.`, `21st` -> `dx`.
#[cfg(test)]
fn short_shape(word: &str) -> String {
    let mut shape = String::new();
    let mut last = None;
    for c in word.chars() {
        let s = shape_char(c);
        if last != Some(s) {
            shape.push(s);
            last = Some(s);
        }
    }
    if word.chars().count() == 1 {
        shape.push('1');
    }
    shape
}

/// Hashes of the folded word's prefixes of 2 and 3 and suffixes of 2, 3 and 4 characters.
fn affixes(folded: &str) -> [u32; 5] {
    // byte offsets after the first 2 and 3 characters, and before the last 2, 3 and 4 (in ASCII, a
    // character is a byte)
    let ascii = folded.is_ascii();
    let nth_from_start = |k: usize| match ascii {
        true => k.min(folded.len()),
        false => folded.char_indices().nth(k).map_or(folded.len(), |(b, _)| b),
    };
    let nth_from_end = |k: usize| match ascii {
        true => folded.len().saturating_sub(k),
        false => folded.char_indices().rev().nth(k - 1).map_or(0, |(b, _)| b),
    };
    let part = |s: &str, tag: u32| mix(tag, hash_str(s), 0);
    [
        part(&folded[..nth_from_start(2)], 1),
        part(&folded[..nth_from_start(3)], 2),
        part(&folded[nth_from_end(2)..], 3),
        part(&folded[nth_from_end(3)..], 4),
        part(&folded[nth_from_end(4)..], 5),
    ]
}

/// The start value and the multiplier of 32-bit FNV-1a.
const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

/// FNV-1a over the bytes of `s`.
pub fn hash_str(s: &str) -> u32 {
    s.bytes().fold(FNV_OFFSET, |h, b| (h ^ u32::from(b)).wrapping_mul(FNV_PRIME))
}

/// Combines a template number and two values into one feature id (a murmur-style finalizer).
pub fn mix(template: u32, a: u32, b: u32) -> u32 {
    let mut h = template.wrapping_mul(0x9e37_79b1) ^ a.rotate_left(7) ^ b.wrapping_mul(0x85eb_ca6b).rotate_left(17);
    h ^= h >> 16;
    h = h.wrapping_mul(0x7feb_352d);
    h ^= h >> 15;
    h = h.wrapping_mul(0x846c_a68b);
    h ^ (h >> 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_collapse_runs() {
        assert_eq!(short_shape("Maliki"), "Xx");
        assert_eq!(short_shape("OPEC"), "X");
        assert_eq!(short_shape("U.S."), "X.X.");
        assert_eq!(short_shape("a"), "x1");
        for w in ["Maliki", "OPEC", "U.S.", "a", "Ünal", "21st"] {
            assert_eq!(shape_hash(w), hash_str(&short_shape(w)));
        }
    }

    #[test]
    fn the_ascii_pass_agrees_with_the_general_one() {
        for w in ["Maliki", "OPEC", "U.S.", "a", "A", "iPhone", "21st", "don't", "x`y", "-", "&", "1", "McDonald's", "eBay"] {
            let (folded, shape, case) = describe_ascii(w);
            assert_eq!((folded, shape, case), (fold_cheaply(w), shape_hash(w), case_of(w)), "{w}");
        }
    }

    #[test]
    fn an_opening_function_word_gets_features_only_before_a_capital() {
        let features_of = |text: &str, k: usize| {
            let doc = Document::new(text);
            let info = TokenInfo::new(&doc);
            let (mut out, mut starts) = (Vec::new(), Vec::new());
            sentence_features(&doc, &info, doc.sentences[0].tokens.clone(), false, &mut out, &mut starts);
            starts[k + 1] - starts[k]
        };
        assert_eq!(features_of("The company said so.", 0), 0);
        assert_eq!(features_of("\"But, he added.", 1), 0);
        assert!(features_of("The Hague said so.", 0) > 0);
        // not at the opening: a capital there is no mere position
        assert!(features_of("Rates rose, The company said.", 3) > 0);
    }

    #[test]
    fn name_like_tokens_get_features_and_common_words_only_in_training() {
        let doc = Document::new("Nouri al-Maliki spoke. Maliki left.");
        let info = TokenInfo::new(&doc);
        let (mut out, mut starts) = (Vec::new(), Vec::new());
        let s = &doc.sentences[0];
        sentence_features(&doc, &info, s.tokens.clone(), false, &mut out, &mut starts);
        assert_eq!(starts.len(), s.tokens.len() + 1);
        let first: Vec<u32> = out[starts[0]..starts[1]].to_vec();
        let second: Vec<u32> = out[starts[1]..starts[2]].to_vec();
        assert!(first.len() > 20);
        assert_ne!(first[1], second[1]);
        // "spoke" is token 4: no features at run time, features in training
        assert_eq!(starts[4], starts[5]);
        sentence_features(&doc, &info, s.tokens.clone(), true, &mut out, &mut starts);
        assert!(starts[5] > starts[4]);
    }

}
