//! Patterns for expressions relative to a date ("yesterday", "last week", "two years ago", "the day
//! before", "a third straight day", "its best week since"), vague references ("recently", "the near
//! future") and durations ("five-year", "for years", "between 60 and 90 days").

use super::{Match, Words};
use crate::tokens::TokenKind;
use crate::times::expr::{Anchor, Expr, Rel, Unit};
use crate::times::lexicon::*;

impl Words<'_, '_> {
    /// "today", "yesterday morning", "tonight", "this morning", "last night", "the day before",
    /// "the next day", "the same day", "earlier in the day".
    pub(super) fn day_words(&self, i: usize) -> Match {
        let reference = |days: i64, end: usize| -> Match {
            let part = self.day_part(end);
            let end = if part.is_some() { end + 1 } else { end };
            Some((end, Expr::Day { anchor: Anchor::Reference, days, part }))
        };
        let narrative = |days: i64, end: usize| Some((end, Expr::Day { anchor: Anchor::Narrative, days, part: None }));
        if let Some(around) = self.day_around(i) {
            return Some(around);
        }
        // the part of the day at token `at`, `days` from the narrative's day, the expression ending at `end`
        let part_of_day =
            |days: i64, at: usize, end: usize| Some((end, Expr::Day { anchor: Anchor::Narrative, days, part: self.day_part(at) }));
        match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("today", ..) => reference(0, i + 1),
            ("yesterday", ..) => reference(-1, i + 1),
            ("tomorrow", ..) => reference(1, i + 1),
            ("tonight", ..) => Some((i + 1, Expr::Day { anchor: Anchor::Reference, days: 0, part: Some("NI") })),
            ("earlier" | "later", "today", _) => reference(0, i + 2),
            ("this", p, _) if self.day_part(i + 1).is_some() && p != "night" => reference(0, i + 1),
            ("last", "night", _) => Some((i + 2, Expr::Day { anchor: Anchor::Reference, days: -1, part: Some("NI") })),
            ("earlier" | "later", "in", "the") if self.w(i + 3) == "day" => narrative(0, i + 4),
            // "earlier in the week", "later in the year": the period of the narrative
            ("earlier" | "later", "in", "the") => match self.unit(i + 3)? {
                (unit @ (Unit::Week | Unit::Month | Unit::Year), false) => Some((i + 4, Expr::Narrative { unit, offset: 0 })),
                _ => None,
            },
            ("earlier" | "later", "that", "day") => narrative(0, i + 3),
            ("that", "day", _) => narrative(0, i + 2),
            // "that morning", "later that night", "the next evening": a part of the narrative's day
            ("earlier" | "later", "that", _) if self.is_narrative_part(i + 2) => part_of_day(0, i + 2, i + 3),
            ("that", _, _) if self.is_narrative_part(i + 1) => part_of_day(0, i + 1, i + 2),
            ("the", "next" | "following", _) if self.is_narrative_part(i + 2) => part_of_day(1, i + 2, i + 3),
            ("the", "previous" | "preceding", _) if self.is_narrative_part(i + 2) => part_of_day(-1, i + 2, i + 3),
            // "the night before", "the morning after": as "the day before"
            ("the", _, "before") if self.is_narrative_part(i + 1) && !self.is_gerund(i + 3) => part_of_day(-1, i + 1, i + 3),
            ("the", _, "after") if self.is_narrative_part(i + 1) && !self.is_gerund(i + 3) => part_of_day(1, i + 1, i + 3),
            // "the day" of a dated event; not "the day of ...", "the day when ...", "the day's"
            // nor "the day to day business"
            ("the", "day", next)
                if !matches!(next, "of" | "when" | "that" | "which" | "before" | "after" | "'s" | "’s" | "-")
                    && (next != "to" || self.w(i + 3) != "day")
                    && self.doc.word(i + 1) == "day" =>
            {
                narrative(0, i + 2)
            }
            ("the", "same", "day") => narrative(0, i + 3),
            // "in morning trading", "afternoon deals": that part of the day the story is about
            (p, "trading" | "session" | "deals", _) if self.day_part(i).is_some() && p != "night" => {
                Some((i + 1, Expr::Day { anchor: Anchor::Narrative, days: 0, part: self.day_part(i) }))
            }
            ("the", "day", "before") if self.w(i + 3) == "yesterday" => reference(-2, i + 4),
            ("the", "day", "after") if self.w(i + 3) == "tomorrow" => reference(2, i + 4),
            // "late in the day after falling 250 points": the conjunction opens a clause of its own
            ("the", "day", "before" | "after") if self.is_gerund(i + 3) => narrative(0, i + 2),
            ("the", "day", "before") => narrative(-1, i + 3),
            ("the", "day", "after") => narrative(1, i + 3),
            ("the", "previous" | "preceding", "day") => narrative(-1, i + 3),
            ("the", "next" | "following", "day") => narrative(1, i + 3),
            _ => None,
        }
    }

    /// "the day after Christmas", "the day before March 3", "the day after Monday's vote", "the
    /// morning of June 3", "the night before Christmas": one time, a day from the day the date after it
    /// names, or a part of that day.
    fn day_around(&self, i: usize) -> Match {
        let part = self.day_part(i + 1).filter(|_| self.w(i + 1) != "overnight");
        let (days, part) = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("the", "day", "before") => (-1, None),
            ("the", "day", "after") => (1, None),
            ("the", _, "of") if part.is_some() => (0, part),
            ("the", _, "before") if part.is_some() => (-1, part),
            ("the", _, "after") if part.is_some() => (1, part),
            _ => return None,
        };
        let (end, inner) = self.holiday(i + 3).or_else(|| self.month_first(i + 3)).or_else(|| self.weekday(i + 3))?;
        let names_a_day = matches!(inner, Expr::Holiday { .. } | Expr::MonthDay { .. } | Expr::Date(_) | Expr::Weekday { .. });
        names_a_day.then(|| (end, Expr::DayAround { days, part, of: Box::new(inner) }))
    }

    /// True for a part of the day at token `i` that names a time of the story ("that morning"), not a
    /// kind of trading ("that morning trading") or part of a title ("That Evening Sun").
    fn is_narrative_part(&self, i: usize) -> bool {
        self.day_part(i).is_some() && !self.is_name_cased(i) && !matches!(self.w(i + 1), "trading" | "session" | "deals")
    }

    /// True for an -ing verb at token `i` ("falling"), not a time word ending alike ("morning", "spring").
    fn is_gerund(&self, i: usize) -> bool {
        let w = self.w(i);
        w.len() > 4 && w.ends_with("ing") && self.day_part(i).is_none() && self.season_code(i).is_none()
    }

    /// "two weeks ago", "a year ago", "three days later", "two years earlier", "a decade on,".
    pub(super) fn shift(&self, i: usize) -> Match {
        // "years ago", "a few days ago", "several months ago": some time before, no date
        let vague = if VAGUE_QUANTITIES.contains(&self.w(i)) {
            i + 1
        } else if self.w(i) == "a" && self.w(i + 1) == "few" {
            i + 2
        } else {
            i
        };
        if self.unit(vague).is_some_and(|(_, plural)| plural) && self.w(vague + 1) == "ago" {
            return Some((vague + 2, Expr::Vague("PAST_REF")));
        }
        let count = self.number(i)?;
        let (unit, _) = self.unit(i + 1)?;
        // "two years from now", "a week from today": ahead of the reference date
        if self.w(i + 2) == "from" && matches!(self.w(i + 3), "now" | "today") {
            return Some((i + 4, Expr::Shift { anchor: Anchor::Reference, unit, count: i64::from(count) }));
        }
        // "a week later than planned" is a delay, a length of time, not a day
        if self.w(i + 3) == "than" {
            return None;
        }
        let (anchor, sign) = match self.w(i + 2) {
            "ago" => (Anchor::Reference, -1),
            "later" | "after" | "on" => (Anchor::Narrative, 1),
            "earlier" | "before" => (Anchor::Narrative, -1),
            _ => return None,
        };
        // "two days after the vote" is a shift from an event, not from a date, and "two days on the
        // road" no time: keep only the bare shift ("two days before.", "a year on,")
        if anchor == Anchor::Narrative && !matches!(self.w(i + 2), "later" | "earlier") && !self.ends_clause(i + 3) {
            return None;
        }
        Some((i + 3, Expr::Shift { anchor, unit, count: sign * i64::from(count) }))
    }

    /// "a third straight day", "the fifth consecutive week", "a second week in a row": the last unit of
    /// a run, which is the one the report is about (the narrative's day, the reference's week or year).
    pub(super) fn run_of_units(&self, i: usize) -> Match {
        let j = i + usize::from(matches!(self.w(i), "a" | "the"));
        self.ordinal(j)?;
        let run_word = RUN_WORDS.contains(&self.w(j + 1));
        let k = if run_word { j + 2 } else { j + 1 };
        let (unit, false) = self.unit(k)? else { return None };
        let in_a_row = matches!((self.w(k + 1), self.w(k + 2), self.w(k + 3)), ("in", "a", "row") | ("running", ..));
        (run_word || in_a_row).then(|| (k + 1, current(unit)))
    }

    /// "its best week since November", "the worst day in years": the unit a superlative ranks is the
    /// current one; the span is the unit, as TimeML tags it.
    pub(super) fn ranked_unit(&self, i: usize) -> Match {
        let (unit, false) = self.unit(i)? else { return None };
        let ranked = i > 0 && SUPERLATIVES.contains(&self.w(i - 1)) && matches!(self.w(i + 1), "since" | "in");
        ranked.then(|| (i + 1, current(unit)))
    }

    /// "this week", "last month", "next year", "the previous year", "the weekend", "year-end"; and
    /// the periods of the narrative ([`Self::narrative_period`]).
    pub(super) fn relative(&self, i: usize) -> Match {
        if let Some(found) = self.narrative_period(i) {
            return Some(found);
        }
        let the = usize::from(self.w(i) == "the");
        let j = i + the;
        let offset = match (self.w(j), the == 1) {
            ("this" | "current", false) => 0,
            ("last" | "previous" | "past" | "prior", _) => -1,
            ("next" | "coming", _) => 1,
            ("weekend", true) => return Some((j + 1, Expr::Weekend { rel: Rel::Bare })),
            // "year-end", "quarter-end": the current one
            (_, _) if self.w(j + 1) == "-" && self.w(j + 2) == "end" && self.joined(j + 1) && self.joined(j + 2) => {
                return match self.unit(j)? {
                    (unit, false) if unit != Unit::Day => Some((j + 3, Expr::Relative { unit, offset: 0 })),
                    _ => None,
                };
            }
            _ => return None,
        };
        if self.w(j + 1) == "weekend" {
            let rel = match offset {
                0 => Rel::This,
                -1 => Rel::Last,
                _ => Rel::Next,
            };
            return Some((j + 2, Expr::Weekend { rel }));
        }
        let (unit, plural) = self.unit(j + 1)?;
        if plural || unit == Unit::Day || (the == 1 && self.w(j) == "past") {
            return None; // "the past year" is a duration; "the next day" is a narrative day
        }
        Some((j + 2, Expr::Relative { unit, offset }))
    }

    /// Periods counted from the one the text last named: "the following year", "that month", "the
    /// same year", "the year before", "the same month last year", "the same period last year", "by
    /// that time".
    fn narrative_period(&self, i: usize) -> Match {
        let the = usize::from(self.w(i) == "the");
        let j = i + the;
        // a year, quarter, month or week, named at token `k`
        let unit_at = |k: usize, offset: i64| -> Match {
            match self.unit(k)? {
                (unit @ (Unit::Year | Unit::Quarter | Unit::Month | Unit::Week), false) => {
                    Some((j + 2, Expr::Narrative { unit, offset }))
                }
                _ => None,
            }
        };
        match (self.w(j), the == 1) {
            ("following", true) => unit_at(j + 1, 1),
            // "the same quarter of 2009", "the same period of 2009"
            ("same", true) if self.w(j + 2) == "of" && self.dated_year_number(j + 3).is_some() => {
                let unit = match self.unit(j + 1) {
                    Some((unit @ (Unit::Year | Unit::Quarter | Unit::Month | Unit::Week), false)) => Some(unit),
                    _ if matches!(self.w(j + 1), "period" | "time") => None,
                    _ => return None,
                };
                Some((j + 4, Expr::SamePeriodIn { unit, year: self.dated_year_number(j + 3)? }))
            }
            // "the same period last year": the period just named, a year back; alone it is vague
            ("same", true) if matches!(self.w(j + 1), "period" | "time") => {
                let end = self.a_year_back(j + 2)?;
                Some((end, Expr::SamePeriod { years_back: 1 }))
            }
            ("same", true) => {
                let (end, expr) = unit_at(j + 1, 0)?;
                Some(self.a_year_before(end, expr))
            }
            ("that", false)
                if self.w(j + 1) == "time"
                    && i > 0
                    && matches!(self.w(i - 1), "at" | "by" | "until" | "since" | "before" | "after") =>
            {
                Some((j + 2, Expr::SamePeriod { years_back: 0 }))
            }
            ("that", false) => unit_at(j + 1, 0),
            // "at the time," as a phrase of its own; not "at the time of the vote" (an event's time)
            ("time", true) if i > 0 && self.w(i - 1) == "at" && self.ends_clause(j + 1) => {
                Some((j + 1, Expr::SamePeriod { years_back: 0 }))
            }
            // "the year before", not "the year before the war" (counted from an event)
            ("year" | "month" | "week", true) if matches!(self.w(j + 1), "before" | "after") && self.ends_clause(j + 2) => {
                unit_at(j, if self.w(j + 1) == "before" { -1 } else { 1 })
            }
            _ => None,
        }
    }

    /// True when token `k` ends the phrase before it: the text's end, punctuation, "and" or "but".
    pub(super) fn ends_clause(&self, k: usize) -> bool {
        let w = self.w(k);
        w.is_empty() || w.starts_with(|c: char| c.is_ascii_punctuation()) || matches!(w, "and" | "but")
    }

    /// The end of "a year ago", "a year earlier", "last year" or "the previous year" at `i` ("of"
    /// may come first).
    fn a_year_back(&self, i: usize) -> Option<usize> {
        let i = if self.w(i) == "of" { i + 1 } else { i };
        match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("a" | "one", "year", "ago" | "earlier" | "before") => Some(i + 3),
            ("last", "year", _) => Some(i + 2),
            ("the", "previous" | "prior" | "last", "year") => Some(i + 3),
            _ => None,
        }
    }

    /// "the same month" (`expr`, ending at `end`) followed by "a year ago", "a year earlier" or "last
    /// year": that period of the year before, one expression.
    fn a_year_before(&self, end: usize, expr: Expr) -> (usize, Expr) {
        let (Some(after), Expr::Narrative { unit, offset }) = (self.a_year_back(end), &expr) else { return (end, expr) };
        let per_year = match unit {
            Unit::Quarter => 4,
            Unit::Month => 12,
            Unit::Week => 52,
            _ => return (end, expr),
        };
        (after, Expr::Narrative { unit: *unit, offset: offset - per_year })
    }

    /// "now", "recently", "the near future", "the past", "the coming days and weeks".
    pub(super) fn vague(&self, i: usize) -> Match {
        // "every now and then", "now and again": an idiom of frequency, not the present
        if self.w(i) == "now" && self.w(i + 1) == "and" && matches!(self.w(i + 2), "then" | "again") {
            return None;
        }
        // "the soon-to-open terminal": part of a compound adjective
        if self.w(i + 1) == "-" && self.joined(i + 1) {
            return None;
        }
        for (words, value) in VAGUE_REFS {
            // a capital inside a sentence makes a title: "the Future of Farming", "The Power of Now"
            let title = (0..words.len()).any(|k| self.is_name_cased(i + k));
            if !title && words.iter().enumerate().all(|(k, w)| self.w(i + k) == *w) {
                return Some((i + words.len(), Expr::Vague(value)));
            }
        }
        match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("the", "past", next) if self.number(i + 2).is_none() && self.unit(i + 2).is_none() && next != "few" => {
                Some((i + 2, Expr::Vague("PAST_REF")))
            }
            // "the months ahead", "the years to come"
            ("the", _, "ahead") if self.unit(i + 1).is_some_and(|(_, plural)| plural) => Some((i + 3, Expr::Vague("FUTURE_REF"))),
            ("the", _, "to") if self.w(i + 3) == "come" && self.unit(i + 1).is_some_and(|(_, plural)| plural) => {
                Some((i + 4, Expr::Vague("FUTURE_REF")))
            }
            ("the", "coming" | "next", _) if self.unit(i + 2).is_some_and(|(_, plural)| plural) => {
                let mut end = i + 3;
                if matches!(self.w(end), "and" | "or") && self.unit(end + 1).is_some_and(|(_, p)| p) {
                    end += 2;
                }
                Some((end, Expr::Vague("FUTURE_REF")))
            }
            // a bare "later" (MEANTIME's FUTURE_REF); "later this year", "later that day" are dates, and
            // "weeks later", "hours later", "a minute later" are a past narrative's, not the future
            ("later", next, _)
                if !matches!(next, "than" | "this" | "that" | "in" | "today" | "-" | "on" | "date" | "stage" | "years" | "life")
                    && (i == 0
                        || !(matches!(self.w(i - 1), "sooner" | "or" | "and" | "moment" | "moments" | "second" | "seconds")
                            || clock_unit(self.w(i - 1)).is_some()
                            || self.unit(i - 1).is_some_and(|(_, plural)| plural))) =>
            {
                Some((i + 1, Expr::Vague("FUTURE_REF")))
            }
            ("recent", _, _) if self.unit(i + 1).is_some_and(|(_, p)| p) => {
                Some((i + 2, Expr::Duration(format!("PX{}", unit_letter(self.unit(i + 1)?.0)))))
            }
            // "in the long term", "over the short run": the time ahead, not "for the long term care"
            ("the", "long" | "short" | "medium", "term" | "run")
                if matches!(self.w_before(i, 1), "in" | "for" | "over")
                    && (self.ends_clause(i + 3) || CLAUSE_OPENERS.contains(&self.w(i + 3))) =>
            {
                Some((i + 3, Expr::Vague("FUTURE_REF")))
            }
            // "the current state": the present; not the current of a river or "the current account"
            ("current", next, _)
                if self.w_before(i, 1) == "the"
                    && next.starts_with(|c: char| c.is_ascii_lowercase())
                    && !self.is_name_cased(i + 1)
                    && !matches!(next, "account" | "accounts" | "is" | "was" | "of" | "and" | "or" | "in" | "to" | "from") =>
            {
                Some((i + 1, Expr::Vague("PRESENT_REF")))
            }
            // "these days": the present, not "these days of austerity"
            ("these", "days", next) if next != "of" => Some((i + 2, Expr::Vague("PRESENT_REF"))),
            // "(at) the moment" ending its clause: the present, not "at the moment of impact"
            ("the", "moment", _) if i > 0 && self.w(i - 1) == "at" && self.ends_clause(i + 2) => {
                Some((i + 2, Expr::Vague("PRESENT_REF")))
            }
            // the adjective: "the recent downturn" happened in the past (TimeML's PAST_REF)
            ("recent", next, _) if next.starts_with(|c: char| c.is_alphabetic()) && i > 0 && self.w(i - 1) != "most" => {
                Some((i + 1, Expr::Vague("PAST_REF")))
            }
            _ => None,
        }
    }

    /// Durations: "two years", "the past decade", "five-year", "hour-long", "several months".
    pub(super) fn duration(&self, i: usize) -> Match {
        // "half an hour", "half a year", "half a century"
        if self.w(i) == "half" && matches!(self.w(i + 1), "a" | "an") {
            let value = match self.w(i + 2) {
                "hour" => "PT30M",
                "day" => "PT12H",
                "year" => "P6M",
                "decade" => "P5Y",
                "century" => "P50Y",
                _ => return None,
            };
            return Some((i + 3, Expr::Duration(value.to_string())));
        }
        if let Some(found) = self.bare_units(i).or_else(|| self.decimal_duration(i)) {
            return Some(found);
        }
        // "for years", "over the years", "within days", "in just minutes": an unknown number of units
        if matches!(self.w(i), "for" | "over" | "within" | "in") {
            let next = self.w(i + 1);
            let skipped = (next == "the" && self.w(i) != "in") || IN_DURATION_HEDGES.contains(&next);
            let j = if skipped { i + 2 } else { i + 1 };
            let next = self.w(j + 1);
            if !matches!(next, "of" | "ago" | "later" | "earlier" | "old" | "-") {
                if let Some(c) = clock_unit(self.w(j)).filter(|_| self.w(j).ends_with('s')) {
                    return Some((j + 1, Expr::Duration(format!("PTX{c}"))));
                }
                if let Some((unit, _)) = self.unit(j).filter(|&(u, plural)| plural && u != Unit::Quarter) {
                    return Some((j + 1, Expr::Duration(duration_value(None, unit))));
                }
            }
        }
        if let Some((unit, true)) = self.unit(i) {
            if self.w(i + 1) == "-" && self.joined(i + 1) && self.w(i + 2) == "long" {
                return Some((i + 3, Expr::Duration(duration_value(None, unit))));
            }
        }
        let the = usize::from(self.w(i) == "the" && matches!(self.w(i + 1), "past" | "next" | "last" | "first" | "previous"));
        let j = i + 2 * the;
        // "the past decade", "the past year": one unit
        if the == 1 {
            if let Some((unit, false)) = self.unit(j) {
                return Some((j + 1, Expr::Duration(duration_value(Some(1), unit))));
            }
        }
        let (count, k) = if VAGUE_QUANTITIES.contains(&self.w(j)) {
            (None, j + 1)
        } else if self.w(j) == "a" && self.w(j + 1) == "few" {
            (None, j + 2)
        } else {
            (Some(self.number(j)?), j + 1)
        };
        if let Some(found) = self.first_of_range(j, count) {
            return Some(found);
        }
        // "five-year", "a 20 year", "12-hour", "decades-long"
        let hyphen = self.w(k) == "-" && self.joined(k) && self.joined(k + 1);
        let u = if hyphen { k + 1 } else { k };
        let u = if matches!(self.w(u), "straight" | "consecutive" | "trading" | "full" | "more" | "additional") { u + 1 } else { u };
        let unit_word = self.w(u);
        if count.is_some() && matches!(self.w(j), "a" | "an") && (unit_word.ends_with('s') || self.w(u + 1) == "-") {
            return None;
        }
        if let Some(c) = clock_unit(unit_word) {
            let n = count.map_or("X".to_string(), |n| n.to_string());
            return Some((u + 1, Expr::Duration(format!("PT{n}{c}"))));
        }
        let (unit, plural) = self.unit(u)?;
        if count.is_none() && !plural {
            return None;
        }
        if self.is_name_cased(j) && self.is_capitalized(u) {
            return None; // a name: "the Thirty Years' War", "The Five-Year Engagement"
        }
        if unit == Unit::Quarter && (matches!(self.w(j), "a" | "an") || (!plural && self.w(u + 1) == "of")) {
            return None; // "a quarter of the dealers", "one-quarter of the output" are shares
        }
        let mut end = u + 1;
        if self.w(end) == "-" && self.joined(end) && matches!(self.w(end + 1), "long" | "old") {
            end += 2;
        }
        // "a year and a half": half a unit more, in the next smaller unit TIMEX3 writes
        if let (Some(n), "and", "a", "half") = (count, self.w(end), self.w(end + 1), self.w(end + 2)) {
            if let Some(value) = and_a_half(n, unit) {
                return Some((end + 3, Expr::Duration(value)));
            }
        }
        Some((end, Expr::Duration(duration_value(count, unit))))
    }
}

impl Words<'_, '_> {
    /// "1.5 years", "2.5-hour": a decimal number of days, weeks, months, years or hours (TIMEX3 writes
    /// the fraction: `P1.5Y`, `PT2.5H`).
    fn decimal_duration(&self, i: usize) -> Match {
        let n = self.w(i);
        let (whole, fraction) = n.split_once('.')?;
        let digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
        if !self.is_number(i) || !digits(whole) || !digits(fraction) {
            return None;
        }
        let hyphen = self.w(i + 1) == "-" && self.joined(i + 1) && self.joined(i + 2);
        let u = if hyphen { i + 2 } else { i + 1 };
        let value = match (clock_unit(self.w(u)), self.unit(u)) {
            (Some('H'), _) => format!("PT{n}H"),
            (_, Some((unit @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), _))) => format!("P{n}{}", unit_letter(unit)),
            _ => return None,
        };
        Some((u + 1, Expr::Duration(value)))
    }

    /// "Hours after the blast", "decades in the making", "years of war": a plural unit without a
    /// number that opens its clause (or follows "been"), an unknown number of units. "Weeks later"
    /// names a day, not a length, and stays out.
    fn bare_units(&self, i: usize) -> Match {
        let w = self.w(i);
        let value = match (clock_unit(w), self.unit(i)) {
            (Some(c), _) if w.ends_with('s') => format!("PTX{c}"),
            (None, Some((unit, true))) if unit != Unit::Quarter => duration_value(None, unit),
            _ => return None,
        };
        let opens = i == 0 || matches!(self.doc.tokens[i - 1].kind, TokenKind::Punct | TokenKind::Quote) || self.w(i - 1) == "been";
        let next = self.w(i + 1);
        let title = next == "of" && self.is_capitalized(i + 2); // "Days of Thunder"
        if !opens || title || !matches!(next, "after" | "before" | "of" | "in") {
            return None;
        }
        Some((i + 1, Expr::Duration(value)))
    }

    /// "60" of "between 60 and 90 days", "two" of "two to three years": the first number of a range
    /// takes the unit written after the second, as a duration of its own.
    fn first_of_range(&self, j: usize, count: Option<u32>) -> Match {
        let count = count.filter(|_| !matches!(self.w(j), "a" | "an"))?;
        if !matches!(self.w(j + 1), "and" | "to" | "or" | "-") || matches!(self.w(j + 2), "a" | "an") {
            return None;
        }
        self.number(j + 2)?;
        let unit_word = self.w(j + 3);
        if let Some(c) = clock_unit(unit_word) {
            return Some((j + 1, Expr::Duration(format!("PT{count}{c}"))));
        }
        let (unit, true) = self.unit(j + 3)? else { return None };
        Some((j + 1, Expr::Duration(duration_value(Some(count), unit))))
    }
}

/// The unit containing the narrative's day (a day) or the reference date (longer units).
fn current(unit: Unit) -> Expr {
    match unit {
        Unit::Day => Expr::Day { anchor: Anchor::Narrative, days: 0, part: None },
        _ => Expr::Relative { unit, offset: 0 },
    }
}

/// `n` and a half units in the next smaller unit ("P18M" for a year and a half, "PT36H" for a day
/// and a half); `None` where that unit does not divide evenly.
fn and_a_half(n: u32, unit: Unit) -> Option<String> {
    match unit {
        Unit::Year => Some(format!("P{}M", n * 12 + 6)),
        Unit::Decade => Some(format!("P{}Y", n * 10 + 5)),
        Unit::Day => Some(format!("PT{}H", n * 24 + 12)),
        Unit::Month | Unit::Week | Unit::Quarter => None,
    }
}

/// The TIMEX3 letter of an hour or minute unit word.
fn clock_unit(word: &str) -> Option<char> {
    match word {
        "hour" | "hours" => Some('H'),
        "minute" | "minutes" => Some('M'),
        _ => None,
    }
}

fn unit_letter(unit: Unit) -> &'static str {
    match unit {
        Unit::Day => "D",
        Unit::Week => "W",
        Unit::Month => "M",
        Unit::Quarter => "Q",
        Unit::Year | Unit::Decade => "Y",
    }
}

/// TIMEX3 duration of `count` units (`None`: an unknown number, `X`).
fn duration_value(count: Option<u32>, unit: Unit) -> String {
    match (count, unit) {
        (Some(n), Unit::Decade) => format!("P{}Y", n * 10),
        (None, Unit::Decade) => "PXY".to_string(),
        (Some(n), u) => format!("P{n}{}", unit_letter(u)),
        (None, u) => format!("PX{}", unit_letter(u)),
    }
}
