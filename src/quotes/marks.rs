//! Pairs quotation marks into quoted spans: a small state machine per paragraph over the quote tokens.
//!
//! It knows openers from closers (curly marks and guillemets say it; straight marks by their spacing),
//! keeps nested quotes inside the outer span, continues a quote over a paragraph break, and drops a stray
//! mark instead of letting it swallow the article. It does not decide whether a span is speech or a
//! scare quote, nor who said it.

use std::ops::Range;

use crate::tokens::{Document, Gap, TokenKind};

/// One quoted span found by pairing marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token indices of the quoted words (without the marks).
    pub words: Range<usize>,
    /// Token index of the closing mark; `None` when the quote runs to the end of its paragraph and goes on
    /// in the next one, which opens with the mark again.
    pub close: Option<usize>,
    /// This span goes on from the previous one (its paragraph opened by repeating the mark).
    pub continues: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

/// What the character of a mark says about its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glyph {
    Open,
    Close,
    Either,
}

/// What the spacing around a mark says about its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Opener,
    Closer,
    Unclear,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Mark {
    token: usize,
    family: Family,
    glyph: Glyph,
    shape: Shape,
}

/// Deeper nesting than this is ignored, so that no input can grow the stack.
const MAX_DEPTH: usize = 8;

fn glyph_of(c: char) -> Option<(Family, Glyph)> {
    Some(match c {
        '"' | '\u{FF02}' => (Family::Double, Glyph::Either),
        '\u{201C}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{300C}' | '\u{300E}' => (Family::Double, Glyph::Open),
        '\u{201D}' | '\u{00BB}' | '\u{300D}' | '\u{300F}' => (Family::Double, Glyph::Close),
        '\'' => (Family::Single, Glyph::Either),
        '\u{2018}' | '\u{201A}' | '\u{201B}' | '\u{2039}' => (Family::Single, Glyph::Open),
        '\u{2019}' | '\u{203A}' => (Family::Single, Glyph::Close),
        _ => return None,
    })
}

/// The spacing shape of the mark at token `i` within the token range `para`.
fn shape_of(doc: &Document, para: &Range<usize>, i: usize) -> Shape {
    let t = &doc.tokens[i];
    let left = i > para.start
        && t.gap == Gap::None
        && doc.tokens[i - 1].kind != TokenKind::Quote
        && !doc.word(i - 1).starts_with(['(', '[', '{', '\u{2014}', '\u{2013}', '-', '/']);
    let right = i + 1 < para.end && doc.tokens[i + 1].gap == Gap::None && opens_word(doc, para, i + 1);
    match (left, right) {
        (false, true) => Shape::Opener,
        (true, false) => Shape::Closer,
        _ => Shape::Unclear,
    }
}

/// True when token `j`, written right after a mark, begins quoted words: a word, number, opening bracket,
/// currency sign or ellipsis (not the comma or period that follows a closing mark).
fn opens_word(doc: &Document, para: &Range<usize>, j: usize) -> bool {
    match doc.tokens[j].kind {
        TokenKind::Word | TokenKind::Number => true,
        TokenKind::Quote => false,
        TokenKind::Punct => {
            let w = doc.word(j);
            w.starts_with(['(', '[', '{', '$', '\u{00A3}', '\u{20AC}', '#', '@', '\u{2026}'])
                || (w == "." && j + 1 < para.end && doc.tokens[j + 1].gap == Gap::None && doc.word(j + 1) == ".")
        }
    }
}

fn marks_of(doc: &Document, para: &Range<usize>) -> Vec<Mark> {
    para.clone()
        .filter(|&i| doc.tokens[i].kind == TokenKind::Quote)
        .filter_map(|i| {
            let (family, glyph) = glyph_of(doc.word(i).chars().next()?)?;
            Some(Mark { token: i, family, glyph, shape: shape_of(doc, para, i) })
        })
        .collect()
}

fn can_open(m: &Mark) -> bool {
    match m.glyph {
        Glyph::Open => true,
        Glyph::Close => m.shape == Shape::Opener,
        Glyph::Either => m.shape != Shape::Closer,
    }
}

fn can_close(m: &Mark) -> bool {
    match m.glyph {
        Glyph::Close => true,
        Glyph::Open => m.shape == Shape::Closer,
        Glyph::Either => m.shape != Shape::Opener,
    }
}

/// Pairs the marks of every paragraph of `doc`, in text order.
pub fn pair(doc: &Document) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut ending = Ending::Done;
    let mut marks = doc.paragraphs.first().map(|p| marks_of(doc, &p.tokens)).unwrap_or_default();
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let next = doc.paragraphs.get(p + 1).map(|n| (n.tokens.clone(), marks_of(doc, &n.tokens)));
        let next_view = next.as_ref().map(|(range, m)| (range.clone(), m.as_slice()));
        ending = pair_paragraph(doc, &para.tokens, &marks, ending, next_view, &mut out);
        marks = next.map(|(_, m)| m).unwrap_or_default();
    }
    out
}

/// How a paragraph left its outermost quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// Closed, or dropped as a stray.
    Done,
    /// Emitted up to the paragraph end; the next paragraph opens it again.
    Continued,
    /// Still open (this mark): the next paragraph closes it, giving one span across the break.
    Carried(Mark),
}

fn pair_paragraph(
    doc: &Document,
    para: &Range<usize>,
    marks: &[Mark],
    before: Ending,
    next: Option<(Range<usize>, &[Mark])>,
    out: &mut Vec<Quoted>,
) -> Ending {
    // for each mark, whether a later mark of the single family could close a quote (so that a lone
    // apostrophe does not open one); one backward pass
    let mut single_closer_after = vec![false; marks.len()];
    let mut seen = false;
    for (k, m) in marks.iter().enumerate().rev() {
        single_closer_after[k] = seen;
        seen |= m.family == Family::Single && m.glyph != Glyph::Open && m.shape != Shape::Opener;
    }
    let mut stack: Vec<Mark> = Vec::new();
    if let Ending::Carried(open) = before {
        stack.push(open);
    }
    // spans closed at depth one while an outer quote is open: emitted only if the outer one turns out stray
    let mut inner: Vec<Quoted> = Vec::new();
    for (k, m) in marks.iter().enumerate() {
        if stack.iter().any(|o| o.family == m.family) && can_close(m) {
            // close the innermost open quote of this family, dropping anything unclosed inside it
            while let Some(o) = stack.pop() {
                if o.family != m.family {
                    continue;
                }
                let continues = before == Ending::Continued && o.token == para.start;
                let q = Quoted { open: o.token, words: o.token + 1..m.token, close: Some(m.token), continues };
                if stack.is_empty() {
                    out.push(q);
                    inner.clear();
                } else if stack.len() == 1 {
                    inner.push(q);
                }
                break;
            }
            continue;
        }
        let opens = match m.family {
            Family::Double => {
                can_open(m) || (stack.is_empty() && m.glyph == Glyph::Either && misplaced_opener(&marks[k + 1..]))
            }
            Family::Single => (m.glyph == Glyph::Open || m.shape == Shape::Opener) && single_closer_after[k],
        };
        if opens && stack.len() < MAX_DEPTH {
            stack.push(*m);
        }
    }
    let Some(&outer) = stack.first() else { return Ending::Done };
    if let Some((range, next_marks)) = next {
        let reopens =
            next_marks.first().is_some_and(|f| f.family == outer.family && f.token == range.start && can_open(f));
        if reopens && outer.token + 1 < para.end {
            let continues = before == Ending::Continued && outer.token == para.start;
            out.push(Quoted { open: outer.token, words: outer.token + 1..para.end, close: None, continues });
            return Ending::Continued;
        }
        let closes = next_marks.iter().find(|f| f.family == outer.family).is_some_and(can_close_only);
        if closes && stack.len() == 1 {
            return Ending::Carried(outer);
        }
    }
    if stack.len() == 1 && introduces_rest(doc, para, outer.token) {
        let continues = before == Ending::Continued && outer.token == para.start;
        out.push(Quoted { open: outer.token, words: outer.token + 1..para.end, close: None, continues });
        return Ending::Done;
    }
    // a stray opener: keep the quotes it seemed to contain
    out.append(&mut inner);
    Ending::Done
}

/// An opener left unclosed at the end of its paragraph still quotes the rest of it when an attribution
/// hands over to it (`said, “` or `said: “`) and the paragraph ends a sentence: the closing mark was lost
/// (or a caption stands between this paragraph and the one that goes on).
fn introduces_rest(doc: &Document, para: &Range<usize>, open: usize) -> bool {
    let handed_over = open > para.start && matches!(doc.word(open - 1), "," | ":");
    let ends_sentence = para.end > open + 1 && matches!(doc.word(para.end - 1), "." | "?" | "!");
    handed_over && ends_sentence
}

/// A mark that can only close a quote (so a quote left open before it is closed by it).
fn can_close_only(m: &Mark) -> bool {
    can_close(m) && !can_open(m)
}

/// A closer-shaped straight mark with nothing open is an opener written on the wrong side
/// (`said," For example ..."`) when the next mark of its family is also closer-shaped.
fn misplaced_opener(rest: &[Mark]) -> bool {
    rest.iter().find(|m| m.family == Family::Double).is_some_and(|m| m.shape == Shape::Closer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        pair(&doc)
            .iter()
            .filter(|q| !q.words.is_empty())
            .map(|q| &text[doc.tokens[q.words.start].start..doc.tokens[q.words.end - 1].end])
            .collect()
    }

    #[test]
    fn pairs_curly_straight_and_guillemets() {
        assert_eq!(spans("“We call,” he said, “on you.”"), ["We call,", "on you."]);
        assert_eq!(spans("He said \"no way\" and left."), ["no way"]);
        assert_eq!(spans("Il a dit « non » hier."), ["non"]);
        assert_eq!(spans("She said: 'We will win.'"), ["We will win."]);
    }

    #[test]
    fn keeps_nested_quotes_and_apostrophes_inside() {
        assert_eq!(
            spans("He said \"they called me the 'anti-christ' of it\" today."),
            ["they called me the 'anti-christ' of it"]
        );
        assert_eq!(spans("“The Iraqis’ pages are full,” he said."), ["The Iraqis’ pages are full,"]);
    }

    #[test]
    fn continues_over_paragraphs() {
        let text = "He said: “First part.\n\n“Second part.”\n\nNarration.";
        assert_eq!(spans(text), ["First part.", "Second part."]);
        let doc = Document::new(text);
        let q = pair(&doc);
        assert!(q[0].close.is_none() && q[1].continues);
        assert_eq!(spans("He said, \"One.\n\nTwo.\" Then he left."), ["One.\n\nTwo."]);
    }

    #[test]
    fn stray_marks_do_not_swallow_the_article() {
        assert_eq!(spans("A stray “ mark here.\n\nThen “a quote” later."), ["a quote"]);
        assert_eq!(spans("He said, “Lost its closer.\n\nA caption.\n\nNext."), ["Lost its closer."]);
        assert_eq!(spans("He is 6'2\" tall and said \"hello\" twice."), ["hello"]);
        assert_eq!(spans("Or \"turn himself in.\" And those authorities.”\n\nNext."), ["turn himself in."]);
        assert_eq!(spans("“ “ “ ” "), Vec::<&str>::new());
    }

    #[test]
    fn repairs_misplaced_and_misdirected_marks() {
        assert_eq!(spans("He said,\" For example, this\". Then."), ["For example, this"]);
        assert_eq!(spans("Cornyn added, \"There is no question“ However, no."), ["There is no question"]);
    }
}
