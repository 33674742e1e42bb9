//! The invariants every [`Analysis`] must satisfy, whatever the input: shared by the random-input test
//! (`tests/robustness.rs`) and the fuzz target (`fuzz/fuzz_targets/analyze.rs`, which includes this file
//! with `#[path]`). It checks the shape of the output only, never whether the analysis is right.
//!
//! `check` returns the first broken invariant as a message naming the layer and the item.

use article_lens::Analysis;

/// Checks every invariant of `a`, the analysis of `text`.
pub fn check(text: &str, a: &Analysis) -> Result<(), String> {
    let bounds = Utf16Bounds::new(text);
    if a.text_length != bounds.len {
        return Err(format!("textLength {} but the text has {} UTF-16 units", a.text_length, bounds.len));
    }
    for (i, m) in a.mentions.iter().enumerate() {
        entity_index(a, &m.entity).ok_or_else(|| format!("mention {i} names unknown entity {:?}", m.entity))?;
    }
    check_entities(a)?;
    let mentions: Vec<(usize, usize)> = a.mentions.iter().map(|m| (m.start, m.end)).collect();
    check_layer("mention", &mentions, &bounds)?;
    let quotes: Vec<(usize, usize)> = a.quotes.iter().map(|q| (q.start, q.end)).collect();
    check_layer("quote", &quotes, &bounds)?;
    let times: Vec<(usize, usize)> = a.times.iter().map(|t| (t.start, t.end)).collect();
    check_layer("time", &times, &bounds)?;
    check_quotes(a)?;
    for (i, t) in a.times.iter().enumerate() {
        if let Some(v) = &t.value {
            if !is_time_value(v) {
                return Err(format!("time {i} has malformed value {v:?}"));
            }
        }
    }
    check_timeline(a, &bounds)?;
    check_reference_date(a)
}

/// Ids are `e1`, `e2`, ... in order, and each entity's count is the number of mentions naming it.
fn check_entities(a: &Analysis) -> Result<(), String> {
    let mut counts = vec![0usize; a.entities.len()];
    for m in &a.mentions {
        if let Some(e) = entity_index(a, &m.entity) {
            counts[e] += 1;
        }
    }
    for (i, e) in a.entities.iter().enumerate() {
        if e.id != format!("e{}", i + 1) {
            return Err(format!("entity {i} has id {:?}", e.id));
        }
        if e.mentions != counts[i] {
            return Err(format!("entity {} says {} mentions, {} name it", e.id, e.mentions, counts[i]));
        }
    }
    Ok(())
}

fn check_quotes(a: &Analysis) -> Result<(), String> {
    for (i, q) in a.quotes.iter().enumerate() {
        match (&q.speaker, &q.speaker_name) {
            (None, None) => {}
            (Some(id), Some(name)) => {
                let e = entity_index(a, id).ok_or_else(|| format!("quote {i} has unknown speaker {id:?}"))?;
                if &a.entities[e].name != name {
                    return Err(format!("quote {i}: speakerName {name:?} is not the name of {id}"));
                }
            }
            (s, n) => return Err(format!("quote {i}: speaker {s:?} with speakerName {n:?}")),
        }
    }
    Ok(())
}

/// Timeline items have in-bounds spans, calendar values and known entities, and come in calendar order:
/// no item ends before an item listed earlier begins (nested periods such as `2022` and `2022-03-01`
/// may come in either order).
fn check_timeline(a: &Analysis, bounds: &Utf16Bounds) -> Result<(), String> {
    let mut latest_first_day = i64::MIN;
    for (i, item) in a.timeline.iter().enumerate() {
        bounds.check_span(item.start, item.end).map_err(|e| format!("timeline item {i}: {e}"))?;
        let (first, last) = calendar_days(&item.value)
            .ok_or_else(|| format!("timeline item {i} has no calendar value: {:?}", item.value))?;
        if last < latest_first_day {
            return Err(format!("timeline item {i} ({}) ends before an earlier item begins", item.value));
        }
        latest_first_day = latest_first_day.max(first);
        for id in &item.entities {
            entity_index(a, id).ok_or_else(|| format!("timeline item {i} names unknown entity {id:?}"))?;
        }
    }
    Ok(())
}

fn check_reference_date(a: &Analysis) -> Result<(), String> {
    let r = &a.reference_date;
    let source = serde_json::to_value(r.source).map_err(|e| e.to_string())?;
    match (&r.value, source.as_str()) {
        (None, Some("none")) => Ok(()),
        (Some(v), Some("given" | "dateline" | "text" | "weekday")) if parse_day(v).is_some() && v.len() == 10 => Ok(()),
        (Some(v), Some("year")) if number(v).is_some() => Ok(()),
        (v, s) => Err(format!("referenceDate {v:?} with source {s:?}")),
    }
}

/// The index of entity `id` (`e1` is 0), when it exists.
fn entity_index(a: &Analysis, id: &str) -> Option<usize> {
    let n: usize = id.strip_prefix('e')?.parse().ok()?;
    (n >= 1 && n <= a.entities.len() && a.entities[n - 1].id == id).then(|| n - 1)
}

/// Spans of one layer: in the text, on UTF-16 boundaries, non-empty, in order, not overlapping.
fn check_layer(layer: &str, spans: &[(usize, usize)], bounds: &Utf16Bounds) -> Result<(), String> {
    let mut previous_end = 0;
    for (i, &(start, end)) in spans.iter().enumerate() {
        bounds.check_span(start, end).map_err(|e| format!("{layer} {i}: {e}"))?;
        if start == end {
            return Err(format!("{layer} {i} is empty at {start}"));
        }
        if start < previous_end {
            return Err(format!("{layer} {i} ({start}..{end}) overlaps or precedes the one before"));
        }
        previous_end = end;
    }
    Ok(())
}

/// The UTF-16 length of a text and the offsets that fall inside a surrogate pair.
struct Utf16Bounds {
    len: usize,
    /// UTF-16 offsets between the two halves of a surrogate pair, ascending.
    inside_pairs: Vec<usize>,
}

impl Utf16Bounds {
    fn new(text: &str) -> Utf16Bounds {
        let mut len = 0;
        let mut inside_pairs = Vec::new();
        for c in text.chars() {
            if c.len_utf16() == 2 {
                inside_pairs.push(len + 1);
            }
            len += c.len_utf16();
        }
        Utf16Bounds { len, inside_pairs }
    }

    fn check_span(&self, start: usize, end: usize) -> Result<(), String> {
        if start > end || end > self.len {
            return Err(format!("span {start}..{end} outside the text (length {})", self.len));
        }
        for offset in [start, end] {
            if self.inside_pairs.binary_search(&offset).is_ok() {
                return Err(format!("offset {offset} splits a surrogate pair"));
            }
        }
        Ok(())
    }
}

/// True for a TIMEX3-style value: a date (`2022`, `2022-07`, `2022-07-31`, `2022-W31`, `2022-SU`,
/// `2022-Q3`, `2022-H1`, decades `199X` and centuries `19XX`, an optional `T` part after a day), a reference
/// (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`) or a duration (`P3D`, `P2Y6M`, `P2Q`, `PT5H`, `PXY`).
pub fn is_time_value(v: &str) -> bool {
    matches!(v, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF") || is_duration(v) || calendar_days(v).is_some()
}

fn is_duration(v: &str) -> bool {
    let Some(rest) = v.strip_prefix('P') else { return false };
    let (date_part, time_part) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    let date_ok = date_part.is_empty() || is_quantities(date_part, "YQMWD");
    let time_ok = time_part.is_none_or(|t| is_quantities(t, "HMS"));
    !rest.is_empty() && rest != "T" && date_ok && time_ok
}

/// `3D`, `2Y6M`, `1.5H`, `XY`: amounts (digits with at most one point, or `X`) each followed by a unit.
fn is_quantities(s: &str, units: &str) -> bool {
    let mut amount = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() || c == '.' || c == 'X' {
            amount.push(c);
        } else if units.contains(c) {
            let ok = amount == "X" || (amount.matches('.').count() <= 1 && amount.chars().any(|d| d.is_ascii_digit()));
            if !ok || amount.starts_with('.') || amount.ends_with('.') || (amount.contains('X') && amount != "X") {
                return false;
            }
            amount.clear();
        } else {
            return false;
        }
    }
    amount.is_empty() && !s.is_empty()
}

/// The first and last day (days since 1970-01-01) of a calendar value, or `None` when it is not one.
pub fn calendar_days(v: &str) -> Option<(i64, i64)> {
    let (date, time) = match v.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (v, None),
    };
    let parts: Vec<&str> = date.split('-').collect();
    let (first, last) = match parts.as_slice() {
        [year] => year_span(year)?,
        [year, month] if month.len() == 2 && month.bytes().all(|b| b.is_ascii_digit()) => {
            let (y, m) = (number(year)?, month.parse().ok()?);
            (day_number(y, m, 1)?, day_number(y, m, days_in_month(y, m))?)
        }
        [year, "SP" | "SU" | "FA" | "WI"] => {
            let y = number(year)?;
            let (m, d) = match parts[1] {
                "SP" => (3, 1),
                "SU" => (6, 1),
                "FA" => (9, 1),
                _ => (12, 1),
            };
            (day_number(y, m, d)?, day_number(y, m, d)? + 91)
        }
        [year, quarter] if quarter.len() == 2 && quarter.starts_with('Q') => {
            let (y, q) = (number(year)?, quarter[1..].parse::<u32>().ok().filter(|q| (1..=4).contains(q))?);
            (day_number(y, 3 * q - 2, 1)?, day_number(y, 3 * q, days_in_month(y, 3 * q))?)
        }
        [year, half @ ("H1" | "H2")] => {
            let (y, first_month) = (number(year)?, if *half == "H1" { 1 } else { 7 });
            (day_number(y, first_month, 1)?, day_number(y, first_month + 5, 30 + u32::from(first_month == 7))?)
        }
        [year, week] if week.starts_with('W') => week_span(number(year)?, week)?,
        [year, week, "WE"] if week.starts_with('W') => week_span(number(year)?, week)?,
        [year, month, day] if month.len() == 2 && day.len() == 2 => {
            let d = day_number(number(year)?, month.parse().ok()?, day.parse().ok()?)?;
            (d, d)
        }
        _ => return None,
    };
    let day_precise = first == last;
    match time {
        None => Some((first, last)),
        Some(t) if day_precise && is_time_of_day(t) => Some((first, last)),
        Some(_) => None,
    }
}

/// `YYYY`, a decade `199X` or a century `19XX`.
fn year_span(year: &str) -> Option<(i64, i64)> {
    let b = year.as_bytes();
    if b.len() != 4 || !b[..2].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let (low, high) = match (b[2], b[3]) {
        (b'X', b'X') => (year.replace('X', "0"), year.replace('X', "9")),
        (c, b'X') if c.is_ascii_digit() => (year.replace('X', "0"), year.replace('X', "9")),
        (c, d) if c.is_ascii_digit() && d.is_ascii_digit() => (year.to_string(), year.to_string()),
        _ => return None,
    };
    Some((day_number(low.parse().ok()?, 1, 1)?, day_number(high.parse().ok()?, 12, 31)?))
}

/// ISO week `Www` of `year`: Monday to Sunday.
fn week_span(year: i64, week: &str) -> Option<(i64, i64)> {
    let w: i64 = week.strip_prefix('W').filter(|w| w.len() == 2)?.parse().ok().filter(|w| (1..=53).contains(w))?;
    let jan4 = day_number(year, 1, 4)?;
    let monday_week1 = jan4 - (jan4 + 3).rem_euclid(7);
    let first = monday_week1 + 7 * (w - 1);
    Some((first, first + 6))
}

/// `HH`, `HH:MM`, `HH:MM:SS`, or a part of the day (`MO`, `AF`, `EV`, `NI`, `MI`, `DT`).
fn is_time_of_day(t: &str) -> bool {
    if matches!(t, "MO" | "AF" | "EV" | "NI" | "MI" | "DT") {
        return true;
    }
    // A clock time may carry the UTC designator (`14:58Z`), as MEANTIME writes datelines.
    let t = t.strip_suffix('Z').unwrap_or(t);
    let fields: Vec<&str> = t.split(':').collect();
    let limits = [24, 60, 60];
    (1..=3).contains(&fields.len())
        && fields.iter().zip(limits).all(|(f, max)| {
            f.len() == 2 && f.bytes().all(|b| b.is_ascii_digit()) && f.parse::<u32>().is_ok_and(|n| n < max)
        })
}

/// A four-digit year.
fn number(year: &str) -> Option<i64> {
    (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())).then(|| year.parse().ok())?
}

/// Parses `YYYY-MM-DD` into days since 1970-01-01.
fn parse_day(v: &str) -> Option<i64> {
    let mut parts = v.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || m.len() != 2 || d.len() != 2 {
        return None;
    }
    day_number(number(y)?, m.parse().ok()?, d.parse().ok()?)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a valid civil date (Howard Hinnant's `days_from_civil`), or `None`.
fn day_number(y: i64, m: u32, d: u32) -> Option<i64> {
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    let y = y - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    Some(era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468)
}
