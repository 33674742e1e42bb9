//! Calendar order of TIMEX3 values: a value becomes the day it starts on and how long it lasts, so
//! that a year comes before its months and a month before its days ("2022" < "2022-07" < "2022-07-31").
//! Values that are not on the calendar (`PAST_REF`, `P5Y`) have no place.

use crate::times::{days_in_month, Date};

/// `(first day, minus the length in days)`: sorting by it puts earlier and then longer periods first.
pub fn calendar_key(value: &str) -> Option<(i64, i64)> {
    let (first, last) = calendar_span(value)?;
    Some((first.days(), first.days() - last.days()))
}

/// The first and last day of a calendar value, or `None` for values off the calendar.
fn calendar_span(value: &str) -> Option<(Date, Date)> {
    let (date_part, time_part) = match value.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (value, None),
    };
    let mut parts = date_part.split('-');
    let head = parts.next()?;
    let second = parts.next();
    let third = parts.next();
    if head.len() == 4 && head.ends_with("XX") {
        // a century, "19XX"
        let century: i32 = head[..2].parse().ok()?;
        return Some((Date::new(century * 100, 1, 1)?, Date::new(century * 100 + 99, 12, 31)?));
    }
    if head.len() == 4 && head.ends_with('X') {
        // a decade, "199X"
        let decade: i32 = head[..3].parse().ok()?;
        return Some((Date::new(decade * 10, 1, 1)?, Date::new(decade * 10 + 9, 12, 31)?));
    }
    if head.len() != 4 {
        return None;
    }
    let year: i32 = head.parse().ok()?;
    let span = match (second, third) {
        (None, _) => (Date::new(year, 1, 1)?, Date::new(year, 12, 31)?),
        (Some(s), third) if s.starts_with('W') => {
            let week: i64 = s[1..].parse().ok()?;
            let jan4 = Date::new(year, 1, 4)?;
            let monday = jan4.add_days(-i64::from(jan4.weekday()) + 7 * (week - 1));
            match third {
                Some("WE") => (monday.add_days(5), monday.add_days(6)),
                _ => (monday, monday.add_days(6)),
            }
        }
        (Some(s), None) if s.starts_with('Q') => {
            let q: u32 = s[1..].parse().ok().filter(|q| (1..=4).contains(q))?;
            months(year, q * 3 - 2, q * 3)?
        }
        (Some(s), None) if s.starts_with('H') => {
            let half: u32 = s[1..].parse().ok().filter(|h| (1..=2).contains(h))?;
            months(year, half * 6 - 5, half * 6)?
        }
        (Some(season), None) if season.len() == 2 && season.bytes().all(|b| b.is_ascii_uppercase()) => {
            let start = match season {
                "SP" => 3,
                "SU" => 6,
                "FA" => 9,
                "WI" => 12,
                _ => return None,
            };
            let first = Date::new(year, start, 1)?;
            (first, first.add_days(90))
        }
        (Some(m), None) => {
            let month: u32 = m.parse().ok()?;
            months(year, month, month)?
        }
        (Some(m), Some(d)) => {
            let day = Date::new(year, m.parse().ok()?, d.parse().ok()?)?;
            (day, day)
        }
    };
    // a part of a day ("T18:40", "TNI") comes after the whole day
    match time_part {
        Some(_) => Some((span.0, span.0.add_days(-1))),
        None => Some(span),
    }
}

/// The first day of month `first` to the last day of month `last` of `year`.
fn months(year: i32, first: u32, last: u32) -> Option<(Date, Date)> {
    let start = Date::new(year, first, 1)?;
    Some((start, Date::new(year, last, days_in_month(year, last))?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_comes_before_its_parts_and_off_calendar_values_have_no_key() {
        let mut values = vec!["2022-07-31", "2022-07", "2022", "199X", "2022-W30", "2022-SU", "2022-07-31TNI", "2021-Q4", "20XX", "2022-H2"];
        values.sort_by_key(|v| calendar_key(v));
        assert_eq!(values, ["199X", "20XX", "2021-Q4", "2022", "2022-SU", "2022-H2", "2022-07", "2022-W30", "2022-07-31", "2022-07-31TNI"]);
        for v in ["PAST_REF", "P5Y", "FY2007", "XXXX-XX-XX", "2022-13", ""] {
            assert_eq!(calendar_key(v), None, "{v}");
        }
    }
}
