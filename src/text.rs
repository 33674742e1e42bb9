//! Text helpers shared by every stage: the byte -> UTF-16 offset map and folding for matching.
//!
//! Folding is for comparing words only; no stage ever changes the text itself, so every offset points
//! into exactly what the reader pasted.

/// Converts byte offsets of a `&str` into UTF-16 code-unit offsets.
///
/// Built in one pass. It stores one entry per non-ASCII character (the running difference between bytes
/// and UTF-16 units after it), so ASCII text costs nothing and a lookup is a binary search.
pub struct Utf16Map {
    /// `(byte offset just after a non-ASCII char, bytes minus UTF-16 units up to there)`, ascending.
    steps: Vec<(usize, usize)>,
}

impl Utf16Map {
    pub fn new(text: &str) -> Utf16Map {
        let mut steps = Vec::new();
        let mut delta = 0;
        // the first byte of a character tells its length in UTF-8 and UTF-16, so the text is read byte by
        // byte without decoding: ASCII bytes and continuation bytes (below 0xC0) only move on
        for (i, &b) in text.as_bytes().iter().enumerate() {
            let (bytes, units) = match b {
                0..=0xBF => continue,
                0xC0..=0xDF => (2, 1),
                0xE0..=0xEF => (3, 1),
                _ => (4, 2),
            };
            delta += bytes - units;
            steps.push((i + bytes, delta));
        }
        Utf16Map { steps }
    }

    /// The UTF-16 offset of byte offset `byte`, which must lie on a char boundary.
    pub fn to_utf16(&self, byte: usize) -> usize {
        let n = self.steps.partition_point(|&(end, _)| end <= byte);
        match n {
            0 => byte,
            _ => byte - self.steps[n - 1].1,
        }
    }
}

/// Folds one character for matching: lower case, Latin diacritics removed, curly apostrophes and the
/// many dashes made plain. Returns `None` for combining marks, which folding drops.
pub fn fold_char(c: char) -> Option<char> {
    let c = match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{0300}'..='\u{036F}' => return None,
        _ => c,
    };
    let base = strip_diacritic(c);
    Some(base.to_lowercase().next().unwrap_or(base))
}

/// The folded form of `s` (see [`fold_char`]).
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        // the common case: of ASCII, folding only lowers the case and straightens the backtick
        let lower = s.to_ascii_lowercase();
        return if lower.contains('`') { lower.replace('`', "'") } else { lower };
    }
    s.chars().filter_map(fold_char).collect()
}

/// The base letter of a precomposed Latin letter with a diacritic; other characters unchanged.
fn strip_diacritic(c: char) -> char {
    const FROM: &str = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňŌōŎŏŐőÒÓÔÕÖØòóôõöøŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽžȘșȚț";
    const TO: &str = "AAAAAAaaaaaaAaAaAaCcCcCcCcCcDdDdEEEEeeeeEeEeEeEeEeGgGgGgGgHhHhIIIIiiiiIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnNnOoOoOoOOOOOOooooooRrRrRrSsSsSsSsTtTtTtUUUUuuuuUuUuUuUuUuUuWwYyyYyYZzZzZzSsTt";
    // the table spans À (U+00C0) to ț (U+021B); other scripts skip the scan
    if !('\u{C0}'..='\u{21B}').contains(&c) {
        return c;
    }
    match FROM.chars().position(|f| f == c) {
        Some(i) => TO.chars().nth(i).unwrap_or(c),
        None => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_code_units() {
        let text = "a€b😀c";
        let map = Utf16Map::new(text);
        // a=0, €=1 (3 bytes, 1 unit), b=2, 😀=3 (4 bytes, 2 units), c=5
        assert_eq!(map.to_utf16(0), 0);
        assert_eq!(map.to_utf16(1), 1);
        assert_eq!(map.to_utf16(4), 2);
        assert_eq!(map.to_utf16(5), 3);
        assert_eq!(map.to_utf16(9), 5);
        assert_eq!(map.to_utf16(text.len()), 6);
        let js_len: usize = text.chars().map(char::len_utf16).sum();
        assert_eq!(map.to_utf16(text.len()), js_len);
    }

    #[test]
    fn fold_removes_case_diacritics_and_curly_apostrophes() {
        assert_eq!(fold("Al-Maliki’s"), "al-maliki's");
        assert_eq!(fold("Hernán Darío Gómez"), "hernan dario gomez");
        assert_eq!(fold("Şahin–Ünal"), "sahin-unal");
        assert_eq!(fold("Țară ÀŻ Жуков 习近平"), "tara az жуков 习近平");
        // the ASCII shortcut folds as the general path does
        let ascii: String = (0u8..128).map(char::from).collect();
        assert_eq!(fold(&ascii), ascii.chars().filter_map(fold_char).collect::<String>());
    }
}
