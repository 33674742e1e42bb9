//! Patterns for calendar dates: numeric dates, month names with days and years, days and weeks of a
//! month, years, fiscal years, decades, quarters, seasons, holidays, weekdays and clock times, and the
//! modifiers around them ("early", "post-").

use super::{Match, Words};
use crate::times::expr::{Anchor, Expr, Rel, Unit};
use crate::times::lexicon::*;
use crate::times::Date;

impl Words<'_, '_> {
    /// "early 2008", "mid-2008", "late June", "the end of last year", "end-March", "post-2003": the inner
    /// expression's meaning with a longer span.
    pub(super) fn modified(&self, i: usize) -> Match {
        let inner_from = match self.w(i) {
            "early" | "late" | "mid" | "post" | "pre" | "earlier" | "later" => {
                if self.w(i + 1) == "-" && self.joined(i + 1) {
                    i + 2
                } else if matches!(self.w(i), "post" | "pre") {
                    return None;
                } else {
                    i + 1
                }
            }
            "the" if matches!(self.w(i + 1), "end" | "beginning" | "start" | "middle" | "turn") && self.w(i + 2) == "of" => {
                i + 3
            }
            "end" | "beginning" | "start" if self.w(i + 1) == "of" => i + 2,
            // "end-March", "end-2022" (wire style)
            "end" if self.w(i + 1) == "-" && self.joined(i + 1) && self.joined(i + 2) => i + 2,
            _ => return None,
        };
        if matches!(self.w(i), "earlier" | "later") && !matches!(self.w(inner_from), "this" | "next" | "last" | "that") {
            return None;
        }
        // "the end of the year", "the start of the month", "mid-year": the current one
        let current = || match (self.w(inner_from), self.unit(inner_from), self.unit(inner_from + 1)) {
            ("the", _, Some((unit @ (Unit::Year | Unit::Month | Unit::Week | Unit::Decade), false))) if i + 1 < inner_from => {
                Some((inner_from + 2, Expr::Relative { unit, offset: 0 }))
            }
            (_, Some((unit @ (Unit::Year | Unit::Month | Unit::Week), false)), _) if self.w(i) == "mid" => {
                Some((inner_from + 1, Expr::Relative { unit, offset: 0 }))
            }
            _ => None,
        };
        let (end, expr) = self
            .month_first(inner_from)
            .or_else(|| self.decade(inner_from))
            .or_else(|| self.century(inner_from))
            .or_else(|| self.year(inner_from))
            .or_else(|| self.season(inner_from))
            .or_else(|| self.quarter(inner_from))
            .or_else(|| self.fiscal_year(inner_from))
            .or_else(|| self.relative(inner_from))
            .or_else(current)?;
        let calendar = matches!(
            expr,
            Expr::Year(_)
                | Expr::YearMonth { .. }
                | Expr::Month { .. }
                | Expr::MonthOfYear { .. }
                | Expr::Decade(_)
                | Expr::Century(_)
                | Expr::Season { .. }
                | Expr::Quarter { .. }
                | Expr::Relative { unit: Unit::Year | Unit::Month | Unit::Quarter | Unit::Week | Unit::Decade, .. }
                | Expr::Narrative { .. }
        );
        let expr = match expr {
            // "later this year" is what remains of the year: MEANTIME and TimeML keep the year
            Expr::Relative { unit: Unit::Year, offset } if self.w(i) == "later" && offset == 0 => {
                Expr::Relative { unit: Unit::Year, offset }
            }
            e => e,
        };
        calendar.then_some((end, expr))
    }

    /// "16:08 UTC", "6:40 p.m.", "3 p.m.", "0800 GMT", "7am", "at noon", optionally followed by "today".
    pub(super) fn clock(&self, i: usize) -> Match {
        let w = self.w(i);
        let (mut hour, minute, mut end, mut marked) = if let Some((h, m)) = w.split_once(':') {
            // "10:30am": the marker written on
            let (m, pm) = match (m.strip_suffix("am"), m.strip_suffix("pm")) {
                (Some(m), _) => (m, Some(false)),
                (_, Some(m)) => (m, Some(true)),
                _ => (m, None),
            };
            if m.len() != 2 {
                return None; // "2:1" is a score or a ratio
            }
            let hour = h.parse::<u32>().ok()?;
            (pm.map_or(hour, |pm| twelve_hour(hour, pm)), m.parse::<u32>().ok()?, i + 1, true)
        } else if let Some(h) = w.strip_suffix("am").or_else(|| w.strip_suffix("pm")) {
            let h: u32 = h.parse().ok()?;
            (twelve_hour(h, w.ends_with("pm")), 0, i + 1, true)
        } else if w.len() == 4 && self.is_number(i) && (UTC_ZONES.contains(&self.w(i + 1))) {
            let n: u32 = w.parse().ok()?;
            (n / 100, n % 100, i + 1, false)
        } else if w.len() <= 2 && self.is_number(i) && matches!(self.w(i + 1), "a.m." | "p.m." | "am" | "pm") {
            // "3 p.m.": the marker below makes it a clock time
            (w.parse::<u32>().ok().filter(|h| (1..=12).contains(h))?, 0, i + 1, false)
        } else if let Some(hour) = NAMED_HOURS.iter().find(|&&(name, _)| name == w).map(|&(_, h)| h) {
            // "noon", "midnight": only "at noon", so that "the midnight deadline" stays a deadline
            if i == 0 || !matches!(self.w(i - 1), "at" | "by" | "until" | "to" | "from" | "after" | "before" | "around" | "past") {
                return None;
            }
            (hour, 0, i + 1, true)
        } else {
            return None;
        };
        if hour > 23 || minute > 59 {
            return None;
        }
        if let pm @ ("a.m." | "am" | "p.m." | "pm") = self.w(end) {
            hour = twelve_hour(hour, pm.starts_with('p'));
            end += 1;
            marked = true;
        }
        // "14:00 UTC", "14:00 (UTC)"
        let bracketed = self.w(end) == "(" && self.w(end + 2) == ")";
        let zone = self.w(if bracketed { end + 1 } else { end });
        let utc = UTC_ZONES.contains(&zone);
        if utc || OTHER_ZONES.contains(&zone) {
            end += if bracketed { 3 } else { 1 };
            marked = true;
        } else if self.w(end) == "local" && self.w(end + 1) == "time" {
            end += 2; // "14:30 local time": the zone of the place, which the value leaves out
        }
        if !marked {
            return None;
        }
        let anchor_days = match self.w(end) {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        let after_clock = end;
        if matches!(self.w(end), "today" | "yesterday" | "tomorrow") {
            end += 1;
        }
        let on = if end > after_clock {
            None
        } else if let Some((weekday_end, weekday)) = self.weekday_right_after(end) {
            end = weekday_end; // "12:00 UTC Monday", "3 p.m. Tuesday": one time
            Some(weekday)
        } else {
            self.day_beside_clock(i, end)
        };
        Some((end, Expr::Clock { hour, minute, utc, anchor_days, on: on.map(Box::new) }))
    }

    /// A bare weekday written at `i`, straight after a clock time, as in "3 p.m. Tuesday".
    fn weekday_right_after(&self, i: usize) -> Match {
        if !self.same_line(i) || self.weekday_name(i).is_none() {
            return None;
        }
        self.weekday(i).filter(|(_, e)| matches!(e, Expr::Weekday { part: None, .. }))
    }

    /// The day named right after a clock time ending at `end` ("on Monday", ", June 1st") or right
    /// before the one starting at `start` ("Monday at"): a weekday or a month and day.
    fn day_beside_clock(&self, start: usize, mut end: usize) -> Option<Expr> {
        let is_day = |e: &Expr| matches!(e, Expr::Weekday { part: None, .. } | Expr::MonthDay { .. } | Expr::Date(_));
        // "10:30 local time (1430 UTC) on Thursday": the day after the other zone's time, or after
        // the bracket that closes this one
        if self.w(end) == ")" {
            end += 1;
        } else if self.w(end) == "(" {
            end = (end + 1..end + 5).find(|&k| self.w(k) == ")").map_or(end, |k| k + 1);
        }
        if matches!(self.w(end), "on" | ",") && self.same_line(end + 1) {
            let after = self.weekday(end + 1).or_else(|| self.month_first(end + 1)).or_else(|| self.day_month(end + 1));
            if let Some((_, e)) = after.filter(|(_, e)| is_day(e)) {
                return Some(e);
            }
        }
        if start >= 2 && self.w(start - 1) == "at" {
            if let Some((_, e)) = self.weekday(start - 2).filter(|(_, e)| is_day(e)) {
                return Some(e);
            }
        }
        None
    }

    /// "2022-08-01", "2022/08/01", "7/8/07" (month first) and "16/10/2007" (day first, where the
    /// first number cannot be a month).
    pub(super) fn numeric_date(&self, i: usize) -> Match {
        if !self.is_number(i) {
            return None;
        }
        let sep = self.w(i + 1);
        if !matches!(sep, "-" | "/") || self.w(i + 3) != sep || !(1..=4).all(|k| self.joined(i + k)) {
            return None;
        }
        let parts = [self.w(i), self.w(i + 2), self.w(i + 4)];
        if !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let n = |k: usize| parts[k].parse::<i32>().ok();
        let date = if parts[0].len() == 4 {
            Date::new(n(0)?, n(1)? as u32, n(2)? as u32)?
        } else if sep == "/" && matches!(parts[2].len(), 2 | 4) {
            let y = n(2)?;
            let year = if parts[2].len() == 2 { if y < 50 { 2000 + y } else { 1900 + y } } else { y };
            // month first ("7/8/07") unless the first number cannot be a month ("16/10/2007")
            let (first, second) = (n(0)? as u32, n(1)? as u32);
            let (month, day) = if first > 12 { (second, first) } else { (first, second) };
            Date::new(year, month, day)?
        } else {
            return None;
        };
        if self.w(i + 5) == sep && self.joined(i + 5) {
            return None; // a longer number chain: a code, not a date
        }
        Some((i + 5, Expr::Date(date)))
    }

    /// "1 August 2022", "1st of August", "1 Aug".
    pub(super) fn day_month(&self, i: usize) -> Match {
        let day = self.day_number(i)?;
        let j = if self.w(i + 1) == "of" { i + 2 } else { i + 1 };
        let (month, end) = self.month_name(j, true)?;
        Some(self.with_year(end, month, day))
    }

    /// "on the 24th", "by the 3rd": a day of the month the narrative is in. Only after a preposition
    /// of time and before the end of the phrase, so that "the 24th floor" and "the 3rd of August"
    /// (a date of its own) are not taken.
    pub(super) fn day_of_month(&self, i: usize) -> Match {
        let after_preposition =
            i > 0 && matches!(self.w(i - 1), "on" | "by" | "until" | "till" | "since" | "from" | "before" | "after");
        if self.w(i) != "the" || !after_preposition || !self.w(i + 1).ends_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let day = self.day_number(i + 1)?;
        let phrase_ends = (self.ends_clause(i + 2) && self.w(i + 2) != "-") || matches!(self.w(i + 2), "at" | "when");
        phrase_ends.then_some((i + 2, Expr::DayOfMonth { day }))
    }

    /// "the first week of September", "the last week of March 2009": a numbered week of a month.
    pub(super) fn week_of_month(&self, i: usize) -> Match {
        let j = i + usize::from(self.w(i) == "the");
        let week = match self.w(j) {
            "last" | "final" => 0,
            _ => self.ordinal(j).filter(|&n| n <= 5)?,
        };
        if self.w(j + 1) != "week" || self.w(j + 2) != "of" {
            return None;
        }
        match self.month_first(j + 3)? {
            (end, Expr::Month { month, .. }) => Some((end, Expr::WeekOfMonth { week, month, year: None })),
            (end, Expr::YearMonth { year, month }) => Some((end, Expr::WeekOfMonth { week, month, year: Some(year) })),
            _ => None,
        }
    }

    /// "fiscal 2009", "fiscal year 2009", "FY2009", "FY 2009", "the fiscal year", "the current
    /// financial year", "last fiscal year". TIMEX3 writes a fiscal year `FY2009`; the value here is the
    /// calendar year of its name, which the timeline can place.
    pub(super) fn fiscal_year(&self, i: usize) -> Match {
        let named = |end: usize, year: i32| Some((end, Expr::Year(year)));
        if let Some(year) = fiscal_code(self.w(i)) {
            return named(i + 1, year);
        }
        if self.w(i) == "fy" {
            return named(i + 2, self.year_number(i + 1)?);
        }
        let the = usize::from(self.w(i) == "the");
        let j = i + the;
        let (offset, k) = match self.w(j) {
            "this" | "current" => (0, j + 1),
            "last" | "previous" | "prior" | "past" => (-1, j + 1),
            "next" | "coming" => (1, j + 1),
            _ => (0, j),
        };
        if !matches!(self.w(k), "fiscal" | "financial") {
            return None;
        }
        let year_at = if self.w(k + 1) == "year" { k + 2 } else { k + 1 };
        if let Some(year) = self.year_number(year_at) {
            return named(year_at + 1, year);
        }
        // without a year, only "the fiscal year" or "last fiscal year": a bare "fiscal year" is a kind
        (self.w(k + 1) == "year" && (the == 1 || k > j)).then_some((k + 2, Expr::Relative { unit: Unit::Year, offset }))
    }

    /// The date of `month` `day` with the year that may follow at `end`, or else the year of the
    /// dated end of a range starting there ("March 30 to April 2, 2006").
    pub(super) fn with_year(&self, end: usize, month: u32, day: u32) -> (usize, Expr) {
        if let Some((year_end, year)) = self.trailing_year(end) {
            if let Some(date) = Date::new(year, month, day) {
                return (year_end, Expr::Date(date));
            }
        }
        if let Some(date) = self.range_end(end).and_then(|e| Date::new(e.year_for(month, Some(day)), month, day)) {
            return (end, Expr::Date(date));
        }
        (end, Expr::MonthDay { month, day, weekday: None })
    }

    /// The end of a range that starts with a date or month ending at `k` ("to April 2, 2006",
    /// "and June 2007", "- 3 May 2009"), when it gives its year: the start takes that year too.
    /// Reads the end directly, without the patterns, so that a chain of months is read once.
    fn range_end(&self, k: usize) -> Option<RangeEnd> {
        if !RANGE_WORDS.contains(&self.w(k)) || !self.same_line(k + 1) {
            return None;
        }
        let j = k + 1;
        let (month, day, after) = match self.month_name(j, true) {
            // "April 2, 2006", "June 2007", "June of 2007"
            Some((month, e)) => match self.day_number(e).filter(|_| self.same_line(e) && self.w(e + 1) != ":") {
                Some(day) => (month, Some(day), e + 1),
                None => (month, None, if matches!(self.w(e), "of" | ",") { e + 1 } else { e }),
            },
            // "2 April 2006", "2nd of April 2006"
            None => {
                let day = self.day_number(j)?;
                let m = if self.w(j + 1) == "of" { j + 2 } else { j + 1 };
                let (month, e) = self.month_name(m, true)?;
                (month, Some(day), e)
            }
        };
        let year = match day {
            Some(_) => self.trailing_year(after)?.1,
            None => self.dated_year_number(after).filter(|_| self.same_line(after))?,
        };
        Some(RangeEnd { year, month, day })
    }

    /// "August 1", "Aug. 1, 2022", "June 2014", "June of 2014", "October".
    pub(super) fn month_first(&self, i: usize) -> Match {
        let (month, end) = self.month_name(i, true)?;
        if let Some(day) = self.day_number(end).filter(|_| self.same_line(end)) {
            if self.w(end + 1) != ":" {
                return Some(self.with_year(end + 1, month, day));
            }
        }
        let of = if matches!(self.w(end), "of" | ",") { end + 1 } else { end };
        if let Some(year) = self.dated_year_number(of).filter(|_| self.same_line(of)) {
            return Some((of + 1, Expr::YearMonth { year, month }));
        }
        // "October of next year": the month takes its year from the phrase, which stays a time of
        // its own (TimeML tags both)
        let year_offset = match (self.w(of), self.w(of + 1)) {
            ("this", "year") => Some(0),
            ("next", "year") => Some(1),
            ("last", "year") => Some(-1),
            _ => None,
        };
        if let Some(year_offset) = year_offset.filter(|_| self.same_line(of)) {
            return Some((end, Expr::MonthOfYear { month, year_offset, anchor: Anchor::Reference }));
        }
        // "December of that year", "March of the following year": one time, counted from the year
        // the text last named (apart, the phrase would count from the month)
        let year_offset = match (self.w(of), self.w(of + 1), self.w(of + 2)) {
            ("that", "year", _) => Some((0, of + 2)),
            ("the", "same", "year") => Some((0, of + 3)),
            ("the", "following" | "next", "year") => Some((1, of + 3)),
            ("the", "previous" | "preceding", "year") => Some((-1, of + 3)),
            _ => None,
        };
        if let Some((year_offset, phrase_end)) = year_offset.filter(|_| self.same_line(of)) {
            return Some((phrase_end, Expr::MonthOfYear { month, year_offset, anchor: Anchor::Narrative }));
        }
        // a month alone: only a full name, and "May" or "March" only where a date is expected
        if MONTHS[month as usize - 1][0] != self.w(i) {
            return None;
        }
        let before = if i > 0 { self.w(i - 1) } else { "" };
        let rel = match before {
            "last" | "past" => Rel::Last,
            "next" | "coming" => Rel::Next,
            "this" => Rel::This,
            _ => Rel::Bare,
        };
        let ambiguous = matches!(month, 3 | 5);
        let date_context = rel != Rel::Bare
            || matches!(
                before,
                "in" | "since" | "until" | "till" | "by" | "early" | "mid" | "late" | "of" | "from" | "to" | "through"
                    | "between" | "before" | "after" | "during" | "-" | "and" | "or" | "end"
            );
        let name_follows = self.is_capitalized(end) && self.same_line(end) && self.dated_year_number(end).is_none();
        if (ambiguous && !date_context) || name_follows {
            return None;
        }
        // "between January and March 2008": the month of the range's start, in the year of its end
        if let Some(range_end) = self.range_end(end).filter(|_| rel == Rel::Bare) {
            return Some((end, Expr::YearMonth { year: range_end.year_for(month, None), month }));
        }
        Some((end, Expr::Month { month, rel }))
    }

    /// "last October", "next March", "this June": the relation word belongs to the span.
    pub(super) fn month_with_rel(&self, i: usize) -> Match {
        if !matches!(self.w(i), "last" | "past" | "next" | "coming" | "this") {
            return None;
        }
        match self.month_first(i + 1)? {
            (end, expr @ Expr::Month { .. }) => Some((end, expr)),
            _ => None,
        }
    }

    /// "the 1990s", "the '90s", "1990s", "the Sixties", "the early nineties"; "the 1800s" is a century.
    pub(super) fn decade(&self, i: usize) -> Match {
        let the = usize::from(self.w(i) == "the");
        let j = i + the;
        let w = self.w(j);
        if let Some(year) = DECADE_WORDS.iter().find(|(d, _)| *d == w).map(|&(_, y)| y) {
            return self.names_a_decade(j).then_some((j + 1, Expr::Decade(year)));
        }
        let (digits, end) = if self.is_number(j) && w.len() == 5 && w.ends_with('s') {
            (w[..4].to_string(), j + 1)
        } else if matches!(self.w(j), "'" | "’" | "‘") && self.joined(j + 1) && self.w(j + 1).len() == 3 && self.w(j + 1).ends_with('s') {
            (format!("19{}", &self.w(j + 1)[..2]), j + 2)
        } else {
            return None;
        };
        let year: i32 = digits.parse().ok()?;
        if year % 100 == 0 && year != 2000 && w.len() == 5 {
            return Some((end, Expr::Century(year))); // "the 1800s" is a century; "the 2000s" mostly a decade
        }
        (year % 10 == 0 && (1000..=2090).contains(&year)).then_some((end, Expr::Decade(year)))
    }

    /// True when the decade word at token `j` names a decade ("the nineties", "the early Sixties"), not
    /// an age ("in her early thirties") or a temperature ("highs in the low nineties"): "the" is the
    /// nearest determiner before it, and no "low" or "high" stands between.
    fn names_a_decade(&self, j: usize) -> bool {
        let before = [1, 2, 3].map(|k| self.w_before(j, k));
        let is_determiner = |w: &str| matches!(w, "the" | "their" | "his" | "her" | "my" | "our" | "your" | "its");
        let Some(d) = before.iter().position(|w| is_determiner(w)) else { return false };
        before[d] == "the" && !before[..d].iter().any(|w| matches!(*w, "low" | "high" | "upper" | "lower"))
    }

    /// "the 19th century", "the nineteenth century", "the twenty-first century".
    pub(super) fn century(&self, i: usize) -> Match {
        let j = i + usize::from(self.w(i) == "the");
        let w = self.w(j);
        let (n, k) = if self.is_number(j) {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix_ok = matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th");
            (digits.parse::<i32>().ok().filter(|_| suffix_ok && digits.len() == 2)?, j + 1)
        } else if w == "twenty" && self.w(j + 1) == "-" && self.w(j + 2) == "first" {
            (21, j + 3)
        } else {
            (CENTURY_ORDINALS.iter().find(|(o, _)| *o == w).map(|&(_, n)| n as i32)?, j + 1)
        };
        let k = if self.w(k) == "-" && self.joined(k) { k + 1 } else { k };
        if self.is_capitalized(k + 1) && self.same_line(k + 1) {
            return None; // a name: "20th Century Fox"
        }
        (self.w(k) == "century" && (10..=21).contains(&n)).then_some((k + 1, Expr::Century((n - 1) * 100)))
    }

    /// A year in a context where it is a year: "2014", "'82", "2004" and "2010" of "2004-2010".
    pub(super) fn year(&self, i: usize) -> Match {
        if matches!(self.w(i), "'" | "’" | "‘") && self.joined(i + 1) && !self.joined(i) {
            let w = self.w(i + 1);
            if self.is_number(i + 1) && w.len() == 2 {
                let y: i32 = w.parse().ok()?;
                return Some((i + 2, Expr::Year(if y < 30 { 2000 + y } else { 1900 + y })));
            }
            return None;
        }
        let year = self.year_number(i).or_else(|| self.historic_year(i))?;
        if i > 0 && self.w(i - 1) == "/" && self.joined(i) {
            return None; // a path or a fraction: "/2005/10/", "1/2000"
        }
        // "$2010", "about 2000", "No. 1999", "Resolution 1973"
        let label_before = i >= 2 && self.w(i - 1) == "." && QUANTITY_BEFORE.contains(&self.w(i - 2));
        if i > 0 && (QUANTITY_BEFORE.contains(&self.w(i - 1)) || NUMBERED_NOUNS.contains(&self.w(i - 1)) || label_before) {
            return None;
        }
        // "2000 people"; "a 2000 year old custom" counts years, but "2018 day five" (a singular unit
        // numbered after it) is a year before the label of a stage
        if COUNT_NOUNS.contains(&self.w(i + 1)) || (self.unit(i + 1).is_some() && !self.numbered_stage(i + 1)) {
            return None;
        }
        // ranges: both sides must be years ("2004-2010"), else the number is a quantity ("1500-2000")
        if self.w(i + 1) == "-" && self.joined(i + 1) && self.joined(i + 2) {
            if self.is_number(i + 2) && self.year_number(i + 2).is_none() && self.w(i + 2).len() != 2 {
                return None;
            }
            if !self.is_number(i + 2) && !matches!(self.w(i + 2), "era" | "style" | "present") {
                return None; // "2000-seat"
            }
        }
        if i >= 2 && self.w(i - 1) == "-" && self.joined(i) && self.joined(i - 1) {
            if self.is_number(i - 2) && self.year_number(i - 2).is_none() {
                return None;
            }
            if !self.is_number(i - 2) && !matches!(self.w(i - 2), "post" | "pre" | "mid" | "end") {
                return None; // "A-2000", "737-2000"
            }
        }
        Some((i + 1, Expr::Year(year)))
    }

    /// A year 1000-1899 where a preposition of time says it is one: "founded in 1872", "from 1598 to
    /// 1722". Alone, such a number is more often a quantity ("fell to 1250", "1500 stores").
    fn historic_year(&self, i: usize) -> Option<i32> {
        let year = self.dated_year_number(i).filter(|&y| y < 1900)?;
        let before = |k: usize| self.w_before(i, k);
        let range_end = i >= 3
            && matches!(before(1), "to" | "and" | "until")
            && self.four_digits(i - 2).is_some()
            && matches!(before(3), "from" | "between");
        let dated = matches!(before(1), "in" | "since" | "from" | "until" | "till" | "before" | "after" | "circa" | "between");
        let next = self.w(i + 1);
        let quantity_after = next.len() > 2 && next.ends_with('s') && !matches!(next, "was" | "has" | "his" | "its" | "this" | "as");
        ((dated || range_end) && !quantity_after).then_some(year)
    }

    /// True for a singular unit numbered after it: "day five", "week 12" (a stage, not a length).
    fn numbered_stage(&self, i: usize) -> bool {
        self.unit(i).is_some_and(|(_, plural)| !plural) && !matches!(self.w(i + 1), "a" | "an") && self.number(i + 1).is_some()
    }

    /// "the third quarter (of 2009 | of this year)", "third-quarter", "Q3 2009", "the final quarter",
    /// "the last quarter".
    pub(super) fn quarter(&self, i: usize) -> Match {
        let the = usize::from(self.w(i) == "the");
        let j = i + the;
        let (quarter, after) = if let Some(q) = self.w(j).strip_prefix('q').and_then(|q| q.parse::<u32>().ok()) {
            (q, j + 1)
        } else {
            // "the last quarter of 2009" is its fourth; "last quarter" alone is the one before now.
            let q = match self.w(j) {
                "final" => 4,
                "last" if self.w(j + 2) == "of" => 4,
                "last" | "previous" | "past" => 0,
                _ => self.ordinal(j)?,
            };
            let k = if self.w(j + 1) == "-" && self.joined(j + 1) { j + 2 } else { j + 1 };
            if self.w(k) != "quarter" {
                return None;
            }
            (q, k + 1)
        };
        if quarter > 4 {
            return None;
        }
        if quarter == 0 {
            return Some((after, Expr::Relative { unit: Unit::Quarter, offset: -1 }));
        }
        if self.w(after) == "of" || self.w(after).is_empty() || self.is_number(after) {
            let k = if self.w(after) == "of" { after + 1 } else { after };
            if let Some(year) = self.year_number(k) {
                return Some((k + 1, Expr::Quarter { quarter, year: Some(year), year_offset: 0 }));
            }
            let the_year = matches!(self.w(k), "this" | "last" | "next" | "the") && self.w(k + 1) == "year";
            if self.w(after) == "of" && the_year {
                let offset = match self.w(k) {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                return Some((k + 2, Expr::Quarter { quarter, year: None, year_offset: offset }));
            }
        }
        Some((after, Expr::Quarter { quarter, year: None, year_offset: 0 }))
    }

    /// "the first half of 2009", "the second half of the year", "H1 2022". A half without its year
    /// is a match's or a term's ("the second half"), not a time.
    pub(super) fn half(&self, i: usize) -> Match {
        if let Some(half) = self.w(i).strip_prefix('h').and_then(|h| h.parse::<u32>().ok()).filter(|h| (1..=2).contains(h)) {
            let year = self.year_number(i + 1)?;
            return Some((i + 2, Expr::Half { half, year: Some(year), year_offset: 0 }));
        }
        let j = i + usize::from(self.w(i) == "the");
        let half = match self.w(j) {
            "first" => 1,
            "second" => 2,
            _ => return None,
        };
        if self.w(j + 1) != "half" || self.w(j + 2) != "of" {
            return None;
        }
        let k = j + 3;
        if let Some(year) = self.year_number(k) {
            return Some((k + 1, Expr::Half { half, year: Some(year), year_offset: 0 }));
        }
        let year_offset = match self.w(k) {
            "the" | "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        (self.w(k + 1) == "year").then_some((k + 2, Expr::Half { half, year: None, year_offset }))
    }

    /// "summer", "last winter", "spring 2009", "the fall of 2008".
    pub(super) fn season(&self, i: usize) -> Match {
        let rel = match self.w(i) {
            "last" | "past" => Rel::Last,
            "this" => Rel::This,
            "next" | "coming" => Rel::Next,
            _ => Rel::Bare,
        };
        let j = if rel == Rel::Bare { i } else { i + 1 };
        let w = self.w(j);
        let code = self.season_code(j)?;
        let of = if self.w(j + 1) == "of" { j + 2 } else { j + 1 };
        if let Some(year) = self.year_number(of) {
            return Some((of + 1, Expr::Season { code, year: Some(year), rel }));
        }
        // "fall" is mostly a verb or "the fall of Saddam": bare only after "in the" / "this"
        let before = if j > 0 { self.w(j - 1) } else { "" };
        if w == "fall" && rel == Rel::Bare && !(before == "the" && j >= 2 && self.w(j - 2) == "in") {
            return None;
        }
        // "of": "the fall of Saddam"; a capital inside a sentence: "the Arab Spring", "Summer Olympics"
        if self.w(j + 1) == "of" || self.is_name_cased(j) {
            return None;
        }
        // "a spring in the mattress", "a fall in prices": a season takes no indefinite article
        if matches!(before, "a" | "an") && rel == Rel::Bare {
            return None;
        }
        // opening a sentence before a capital: a name ("Spring Street", "Autumn Statement")
        if self.is_capitalized(j) && self.is_capitalized(j + 1) && self.same_line(j + 1) {
            return None;
        }
        Some((j + 1, Expr::Season { code, year: None, rel }))
    }

    /// "Christmas", "New Year's Eve", "Easter 2009": a capitalized holiday name and an optional year.
    pub(super) fn holiday(&self, i: usize) -> Match {
        // after a name inside a sentence it is a surname: "illustrator Johnnie Christmas"
        if !self.is_capitalized(i) || (i > 0 && self.is_name_cased(i - 1)) {
            return None;
        }
        let same = |k: usize, name: &str| {
            let w = self.w(k);
            w == name || (w.starts_with('’') && w.replace('’', "'") == name)
        };
        let (words, rule) = HOLIDAYS.iter().find(|(words, _)| words.iter().enumerate().all(|(k, name)| same(i + k, name)))?;
        let end = i + words.len();
        if self.doc.word(end - 1).starts_with(|c: char| c.is_lowercase()) {
            return None; // "Good friday" is not written so; "a new year's resolution" is no holiday
        }
        if self.is_capitalized(end) && self.same_line(end) && self.year_number(end).is_none() {
            return None; // a name: "Easter Island", "the Good Friday Agreement"
        }
        match self.trailing_year(end) {
            Some((year_end, year)) => Some((year_end, Expr::Holiday { rule: *rule, year: Some(year) })),
            None => Some((end, Expr::Holiday { rule: *rule, year: None })),
        }
    }

    /// "Monday", "last Sunday", "Tuesday night", "Monday, August 1, 2022", "the following Monday".
    pub(super) fn weekday(&self, i: usize) -> Match {
        let the_before = i > 0 && self.w(i - 1) == "the";
        let (rel, anchor) = match self.w(i) {
            "last" | "past" => (Rel::Last, Anchor::Reference),
            "this" => (Rel::This, Anchor::Reference),
            "next" | "coming" => (Rel::Next, Anchor::Reference),
            // counted from the day the text last named
            "following" if the_before => (Rel::Next, Anchor::Narrative),
            "previous" | "preceding" if the_before => (Rel::Last, Anchor::Narrative),
            _ => (Rel::Bare, Anchor::Reference),
        };
        let j = if rel == Rel::Bare { i } else { i + 1 };
        let weekday = self.weekday_name(j)?;
        if rel == Rel::Bare {
            // "Monday, August 1(, 2022)": the date, with the weekday in the span
            let k = if self.w(j + 1) == "," { j + 2 } else { j + 1 };
            let date = if self.same_line(j + 1) && self.same_line(k) {
                self.month_first(k).or_else(|| self.day_month(k))
            } else {
                None
            };
            if let Some((end, expr)) = date {
                match expr {
                    Expr::Date(_) => return Some((end, expr)),
                    Expr::MonthDay { month, day, .. } => {
                        return Some((end, Expr::MonthDay { month, day, weekday: Some(weekday) }))
                    }
                    _ => {}
                }
            }
            if i > 0 && matches!(self.w(i - 1), "black" | "good" | "cyber" | "easter" | "palm" | "ash" | "maundy" | "whit") {
                return None; // "Black Monday", "the Good Friday Agreement": a named day, not this week's
            }
            if i > 0 && self.w(i - 1) == "the" && self.is_capitalized(j + 1) && self.same_line(j + 1) {
                return None; // a name: "The Sunday Times", "the Monday Night Football"
            }
        }
        let part = self.day_part(j + 1);
        let end = if part.is_some() { j + 2 } else { j + 1 };
        Some((end, Expr::Weekday { weekday, rel, part, anchor }))
    }
}

/// The dated end of a range of months or days.
struct RangeEnd {
    year: i32,
    month: u32,
    day: Option<u32>,
}

impl RangeEnd {
    /// The year of the range's start, `month` (and `day`): the end's year, or the year before when
    /// the start comes later in the year than the end ("December 28 to January 3, 2009").
    fn year_for(&self, month: u32, day: Option<u32>) -> i32 {
        let later = (month, day.unwrap_or(0)) > (self.month, self.day.unwrap_or(31));
        if later {
            self.year - 1
        } else {
            self.year
        }
    }
}

/// The hour of the day of `hour` a.m. (or p.m. when `pm`): "12 a.m." is midnight, "3 p.m." 15.
fn twelve_hour(hour: u32, pm: bool) -> u32 {
    match (hour, pm) {
        (12, false) => 0,
        (h, true) if h < 12 => h + 12,
        (h, _) => h,
    }
}

/// The year of a fiscal-year code written as one word: "fy2009", "fy09", "fy98".
pub(super) fn fiscal_code(word: &str) -> Option<i32> {
    let digits = word.strip_prefix("fy")?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i32 = digits.parse().ok()?;
    match digits.len() {
        2 => Some(if n < 50 { 2000 + n } else { 1900 + n }),
        4 => (1900..=2099).contains(&n).then_some(n),
        _ => None,
    }
}
