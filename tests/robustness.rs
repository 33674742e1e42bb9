//! Robustness: no input panics the analyzer, and every output keeps the invariants of
//! `support/invariants.rs` (offsets inside the text on UTF-16 boundaries, ordered non-overlapping layers,
//! known entities, well-formed time values, a timeline in calendar order).
//!
//! Two kinds of test: a deterministic random-input test (a small PRNG with fixed seeds and several
//! generators, over the evaluation articles of `../shared/eval/`), and one test per adversarial input.
//! Speed is not tested here (no timed tests): `make bench` measures it.

#[path = "support/invariants.rs"]
mod invariants;

use std::path::PathBuf;

use article_lens::{analyze, tokens::Document, Analysis, Options};

/// Analyzes `text` and panics with a reproducer when an invariant is broken.
fn analyze_checked(text: &str, date: Option<&str>) -> Analysis {
    let options = Options { date: date.map(str::to_string) };
    let a = analyze(text, &options);
    if let Err(e) = invariants::check(text, &a) {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts");
        let _ = std::fs::create_dir_all(&dir);
        let file = dir.join(format!("robustness-{:016x}.txt", fnv(text)));
        let _ = std::fs::write(&file, text);
        let head: String = text.chars().take(300).collect();
        panic!("{e}\n  date {date:?}, input saved to {}\n  input starts {head:?}", file.display());
    }
    a
}

fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

/// SplitMix64: small, fast, and the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The texts and dates of every evaluation article.
fn eval_articles() -> Vec<(String, Option<String>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the evaluation articles are read from {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut articles = Vec::new();
    for file in files {
        let content = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for line in content.lines().filter(|l| !l.trim().is_empty()) {
            let doc: serde_json::Value = serde_json::from_str(line).expect("evaluation line is JSON");
            let text = doc["text"].as_str().unwrap_or_default().to_string();
            articles.push((text, doc["date"].as_str().map(str::to_string)));
        }
    }
    assert!(articles.len() > 10, "expected the evaluation articles in {}", dir.display());
    articles
}

/// Pieces spliced into text: quote marks, brackets, line breaks, control and format characters, right-to-
/// left and CJK text, characters beside and beyond the surrogate range, and words the stages react to.
const SPICE: &[&str] = &[
    "\"", "'", "“", "”", "‘", "’", "„", "«", "»", "‹", "›", "「", "」", "『", "』", "＂", "(", ")", "[", "]", "{", "}",
    "\n", "\r", "\r\n", "\n\n", "\u{2028}", "\u{2029}", "\u{85}", "\t", "\u{a0}", "\u{3000}", "\0", "\u{7}", "\u{1b}",
    "\u{feff}", "\u{200b}", "\u{200d}", "\u{200e}", "\u{200f}", "\u{202e}", "\u{301}", "\u{d7ff}", "\u{e000}",
    "\u{fffd}", "\u{ffff}", "\u{10000}", "\u{10ffff}", "😀", "👩‍👩‍👧", "🇮🇶", "𝒜", "مصطفى الكاظمي", "«قال»", "בנימין נתניהו",
    "习近平", "“北京”", "。", "、", "١٩٩٠", "Mr.", "U.S.", "Al-", "al-Maliki", "’s", "said", "told", "according to",
    "January", "Monday", "last week", "1990s", "2022", "31", ",", ".", ":", "—", "-", " ", "  ", "... ", "?!", "<p>",
    "&amp;", "Prime Minister", "Party", "Ministry", "Baghdad", "PAST", "T", "W31", "0", "99999",
];

fn spice(rng: &mut Rng) -> &'static str {
    SPICE[rng.below(SPICE.len())]
}

/// Reference dates the caller may give: valid, malformed and at the ends of the four-digit years.
const DATES: &[Option<&str>] = &[
    None,
    Some("2022-08-01"),
    Some("2000-02-29"),
    Some("1999-12-31"),
    Some("2022-13-45"),
    Some(""),
    Some("yesterday"),
    Some("0001-01-01"),
    Some("9999-12-31"),
    Some("-1-01-01"),
];

/// A random byte string made valid UTF-8 (invalid sequences become U+FFFD).
fn random_bytes(rng: &mut Rng) -> String {
    let len = rng.below(2000);
    let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Random pieces and random characters of every plane.
fn random_pieces(rng: &mut Rng) -> String {
    let mut text = String::new();
    for _ in 0..rng.below(400) {
        match rng.below(4) {
            0 => text.push(char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\u{fffd}')),
            1 => text.push(char::from(b' ' + rng.below(95) as u8)),
            _ => text.push_str(spice(rng)),
        }
    }
    text
}

/// The longest prefix of `s` of at most `max` bytes that ends on a char boundary.
fn prefix(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// A random char-boundary fragment of `text`.
fn fragment<'a>(rng: &mut Rng, text: &'a str) -> &'a str {
    let start = prefix(text, rng.below(text.len() + 1)).len();
    prefix(&text[start..], 1 + rng.below(600))
}

/// Fragments of several articles, shuffled and joined by spice.
fn spliced_articles(rng: &mut Rng, articles: &[(String, Option<String>)]) -> String {
    let mut text = String::new();
    for _ in 0..1 + rng.below(12) {
        let article = &rng.pick(articles).0;
        text.push_str(fragment(rng, article));
        for _ in 0..rng.below(3) {
            text.push_str(spice(rng));
        }
    }
    text
}

/// One whole article with random edits: spice inserted, ranges deleted, doubled or upper-cased.
fn mutated_article(rng: &mut Rng, articles: &[(String, Option<String>)]) -> String {
    let mut text = rng.pick(articles).0.clone();
    for _ in 0..1 + rng.below(20) {
        let at = prefix(&text, rng.below(text.len() + 1)).len();
        let to = at + prefix(&text[at..], rng.below(200)).len();
        match rng.below(4) {
            0 => text.insert_str(at, spice(rng)),
            1 => text.replace_range(at..to, ""),
            2 => {
                let copy = text[at..to].to_string();
                text.insert_str(to, &copy);
            }
            _ => {
                let upper = text[at..to].to_uppercase();
                text.replace_range(at..to, &upper);
            }
        }
    }
    text
}

#[test]
fn random_inputs_keep_every_invariant() {
    let articles = eval_articles();
    for seed in 0..400u64 {
        let mut rng = Rng(seed);
        let text = match seed % 4 {
            0 => random_bytes(&mut rng),
            1 => random_pieces(&mut rng),
            2 => spliced_articles(&mut rng, &articles),
            _ => mutated_article(&mut rng, &articles),
        };
        analyze_checked(&text, *rng.pick(DATES));
    }
}

#[test]
fn every_evaluation_article_keeps_every_invariant() {
    for (text, date) in eval_articles() {
        analyze_checked(&text, date.as_deref());
    }
}

/// The UTF-16 slice `start..end` of `text`, as JavaScript's `slice` would give it.
fn slice16(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[start..end])
}

fn mention_texts(text: &str, a: &Analysis) -> Vec<String> {
    a.mentions.iter().map(|m| slice16(text, m.start, m.end)).collect()
}

#[test]
fn empty_text_gives_an_empty_analysis() {
    let a = analyze_checked("", None);
    assert_eq!(a.text_length, 0);
    assert!(a.entities.is_empty() && a.mentions.is_empty() && a.quotes.is_empty());
    assert!(a.times.is_empty() && a.timeline.is_empty() && a.reference_date.value.is_none());
}

#[test]
fn white_space_only_gives_an_empty_analysis() {
    let text = " \t\n\r\n\u{a0}\u{2028}\u{2029}\u{3000}\u{85}\u{b}\u{c}".repeat(1000);
    let a = analyze_checked(&text, Some("2022-08-01"));
    assert_eq!(a.text_length, text.encode_utf16().count());
    assert!(a.mentions.is_empty() && a.quotes.is_empty() && a.times.is_empty() && a.timeline.is_empty());
}

#[test]
fn one_megabyte_without_a_space() {
    const MB: usize = 1 << 20;
    let units = ["a", "Ab", "A.", "a.b.", "U.S.", "1,", "2022.", ".", "!?", ".”)", "\"x\"", "(", "“Al-", "’s", "😀", "Ʃ"];
    let line_breaks = ["a\r", "a\u{2029}", ".\n"];
    for unit in units.into_iter().chain(line_breaks) {
        let text = unit.repeat(MB / unit.len());
        let a = analyze_checked(&text, Some("2022-08-01"));
        assert_eq!(a.text_length, text.encode_utf16().count(), "unit {unit:?}");
    }
}

#[test]
fn one_hundred_thousand_quote_marks() {
    for unit in ["\"", "“", "”", "“”", "'", "«", "\" ", "“a” ", " \"A\" said B. "] {
        let text = unit.repeat(100_000);
        let a = analyze_checked(&text, None);
        let marks = text.chars().filter(|&c| article_lens::tokens::is_quote_mark(c)).count();
        assert!(a.quotes.len() <= marks / 2, "unit {unit:?}: {} quotes from {marks} marks", a.quotes.len());
    }
}

#[test]
fn deeply_nested_brackets_and_quotes() {
    let depth = 100_000;
    let openers = ["(", "[", "{", "“", "«", "‘", "\"", "「"];
    let closers = [")", "]", "}", "”", "»", "’", "\"", "」"];
    for (open, close) in openers.iter().zip(closers) {
        let text = format!("{}Angela Merkel said so{}", open.repeat(depth), close.repeat(depth));
        analyze_checked(&text, None);
    }
    let mixed_open: String = (0..depth).map(|i| openers[i % openers.len()]).collect();
    let mixed_close: String = (0..depth).rev().map(|i| closers[i % closers.len()]).collect();
    let text = format!("{mixed_open} Mr. Smith said: {mixed_close}. Then \"he left\", she said.");
    analyze_checked(&text, None);
}

#[test]
fn all_caps_text() {
    for (text, date) in eval_articles().iter().step_by(10) {
        let upper = text.to_uppercase();
        let a = analyze_checked(&upper, date.as_deref());
        assert_eq!(a.text_length, upper.encode_utf16().count());
    }
}

#[test]
fn arabic_hebrew_and_chinese_script_keep_offsets_right() {
    let texts = [
        "قال رئيس الوزراء مصطفى الكاظمي «سنحمي المتظاهرين» يوم ٣١ تموز ٢٠٢٢. Angela Merkel said “yes” in 2019.",
        "אמר ראש הממשלה בנימין נתניהו: \"לא נוותר\". Angela Merkel said “yes” in 2019. \u{200f}(ירושלים)\u{200e}",
        "国家主席习近平说：“我们将继续改革开放。”「北京」2022年8月1日。Angela Merkel said “yes” in 2019.",
    ];
    for text in texts {
        let a = analyze_checked(text, None);
        assert!(mention_texts(text, &a).iter().any(|m| m.contains("Merkel")), "{text}");
        let times: Vec<String> = a.times.iter().map(|t| slice16(text, t.start, t.end)).collect();
        assert!(times.iter().any(|t| t == "2019"), "{text}: {times:?}");
    }
}

#[test]
fn emoji_and_characters_outside_the_bmp_keep_offsets_right() {
    let text = "😀👩‍👩‍👧 Angela Merkel 🇩🇪 said “𝒜𝒷𝒸 𝟚𝟘𝟙𝟡” in 2019. 𠜎𠜱 Barack Obama visited 🏛 Berlin in 2008.";
    let a = analyze_checked(text, None);
    let mentions = mention_texts(text, &a);
    assert!(mentions.iter().any(|m| m.contains("Merkel")) && mentions.iter().any(|m| m.contains("Obama")));
    let times: Vec<String> = a.times.iter().map(|t| slice16(text, t.start, t.end)).collect();
    assert!(times.contains(&"2019".to_string()) && times.contains(&"2008".to_string()), "{times:?}");
}

#[test]
fn cr_lf_and_crlf_line_endings_give_the_same_analysis() {
    let articles = eval_articles();
    for (text, date) in articles.iter().step_by(7) {
        let lf = text.replace("\r\n", "\n");
        let shape = |t: &str| {
            let a = analyze_checked(t, date.as_deref());
            let doc = Document::new(t);
            (doc.paragraphs.len(), doc.sentences.len(), a.entities.len(), a.mentions.len(), a.quotes.len(), a.times.len())
        };
        let expected = shape(&lf);
        assert_eq!(shape(&lf.replace('\n', "\r\n")), expected, "CRLF");
        assert_eq!(shape(&lf.replace('\n', "\r")), expected, "CR");
    }
}

#[test]
fn nul_and_control_characters_separate_words() {
    let controls: Vec<char> = (0u32..0x20).chain(0x7f..0xa0).filter_map(char::from_u32).collect();
    let words = "Angela Merkel met Barack Obama in Berlin on Monday";
    for &c in &controls {
        let text = format!("\u{feff}{}", words.replace(' ', &c.to_string()));
        analyze_checked(&text, Some("2022-08-01"));
        if !matches!(c, '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{1c}'..='\u{1f}') {
            let doc = Document::new(&text);
            let tokens: Vec<&str> = doc.tokens.iter().map(|t| &text[t.start..t.end]).collect();
            assert_eq!(&tokens[1..], words.split(' ').collect::<Vec<_>>(), "control {c:?}");
        }
    }
    let junk: String = (0..20_000).map(|i| controls[i % controls.len()]).collect();
    let a = analyze_checked(&junk, None);
    assert!(a.mentions.is_empty() && a.quotes.is_empty() && a.times.is_empty());
}

#[test]
fn html_source_pasted_as_text() {
    let html = r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Merkel visits Paris</title>
<script>var q = "it's \"quoted\""; if (a < b && c > d) { x = '<p>'; }</script>
<style>p::before { content: "\201C"; }</style></head>
<body><article><h1 class="headline">Merkel visits Paris</h1><p>PARIS &mdash; <a href="/people/angela-merkel">Angela
Merkel</a> said on <time datetime="2019-05-06">Monday, May 6, 2019</time>: &ldquo;We are friends.&rdquo;</p>
<!-- "unclosed comment <p>Barack Obama said "no" --><p>It&#8217;s &quot;fine&quot;, she added.</p></article></body></html>"#;
    for text in [html.to_string(), html.repeat(200)] {
        let a = analyze_checked(&text, None);
        assert!(mention_texts(&text, &a).iter().any(|m| m.contains("Merkel")));
    }
}

#[test]
fn a_reference_date_past_9999_gives_well_formed_values() {
    let text = "On Friday, May 8, 2009, he said he would leave on Monday.";
    for date in ["99999-01-01", "10000-01-01", "2147483647-12-31"] {
        analyze_checked(text, Some(date));
    }
}

#[test]
fn a_year_past_9999_in_the_text_gives_well_formed_values() {
    for text in ["Markets plunge\n\nOctober 24, 12008\n\nStock markets fell today.", "On May 8, 99999 he left on Monday."] {
        analyze_checked(text, None);
    }
}

#[test]
fn the_invariant_checker_rejects_broken_values() {
    for good in [
        "2022", "2022-07", "2022-07-31", "2022-W31", "2022-SU", "2022-WI", "199X", "19XX", "2022-07-31T14:30",
        "2022-07-31TMO", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "P3D", "P2Y6M", "PT5H", "PXY", "P1.5Y", "2022-Q3",
        "P2Q", "2008-09-20T14:58Z",
    ] {
        assert!(invariants::is_time_value(good), "{good} is well formed");
    }
    for bad in [
        "", "22", "20222", "2022-13", "2022-02-30", "2022-W54", "2022-XX", "1X9X", "2022-07-31T25", "2022T10",
        "P", "PT", "P3", "P3K", "PRESENT", "2022-07-31 ", "99999-01-01", "2022-7-31",
    ] {
        assert!(!invariants::is_time_value(bad), "{bad:?} is malformed");
    }
    let day = |v| invariants::calendar_days(v).unwrap();
    assert_eq!(day("1970-01-01"), (0, 0));
    assert_eq!(day("2022-W31"), (day("2022-08-01").0, day("2022-08-07").0));
    assert_eq!(day("199X"), (day("1990-01-01").0, day("1999-12-31").0));
}

#[test]
fn the_invariant_checker_rejects_broken_analyses() {
    let text = "Angela Merkel said “yes” in 2019, and 😀 Merkel left.";
    let good = analyze(text, &Options::default());
    assert_eq!(invariants::check(text, &good), Ok(()));
    let inside_emoji = text.encode_utf16().position(|u| (0xd800..0xdc00).contains(&u)).unwrap() + 1;
    type Breakage = (&'static str, Box<dyn Fn(&mut Analysis)>);
    let breakages: Vec<Breakage> = vec![
        ("textLength", Box::new(|a| a.text_length += 1)),
        ("overlaps", Box::new(|a| a.mentions[1].start = a.mentions[0].start)),
        ("unknown entity", Box::new(|a| a.mentions[0].entity = "e99".into())),
        ("outside the text", Box::new(|a| a.times[0].end = a.text_length + 1)),
        ("malformed value", Box::new(|a| a.times[0].value = Some("2019-02-30".into()))),
        ("surrogate pair", Box::new(move |a| a.times[0].end = inside_emoji)),
    ];
    for (expected, breakage) in breakages {
        let mut broken = good.clone();
        breakage(&mut broken);
        let error = invariants::check(text, &broken).unwrap_err();
        assert!(error.contains(expected), "expected {expected:?}, got {error:?}");
    }
}

#[test]
fn every_prefix_of_a_text_that_fires_the_span_and_time_rules_keeps_every_invariant() {
    // a text cut right after a name, a noun or a clock time reaches each rule at the end of the tokens
    let text = "HOBART, March 14 — Marta Lund, a retired nurse, saw the film Harbour Lights and the iPod Nano \
                on Tuesday at 09:30 UTC; late in the day after falling, Rockport is a town. The World Wide \
                Developers Conference (WWDC) met in the final quarter of 2021, the novel Dune";
    for end in (0..=text.len()).filter(|&end| text.is_char_boundary(end)) {
        analyze_checked(&text[..end], Some("2022-08-02"));
        analyze_checked(&text[..end], None);
    }
}
