//! Resolution: turns a recognized [`Expr`] into a TIMEX3 value against the reference date, the
//! clause's tense and the last day the text mentioned. `None` when the text does not fix the value
//! (a relative expression without a reference date).

use super::calendar::{days_in_month, easter, nth_weekday};
use super::expr::{Anchor, Expr, Rel, Unit};
use super::lexicon::HolidayRule;
use super::reference::Reference;
use super::tense::Tense;
use super::Date;

/// What a resolution needs besides the expression.
pub struct Context {
    pub reference: Reference,
    /// The last day resolved before this expression ("the day before" counts from it).
    pub narrative: Option<Date>,
    /// The first day of the last month, quarter or day resolved ("in January ... the same month").
    narrative_start: Option<Date>,
    /// The year of the last calendar value resolved, a day's or a year's ("in 2005 ... a year later").
    narrative_year: Option<i32>,
    /// The last calendar value resolved ("in February ... the same period last year").
    narrative_value: Option<String>,
}

impl Context {
    pub fn new(reference: Reference) -> Self {
        Context { reference, narrative: None, narrative_start: None, narrative_year: None, narrative_value: None }
    }

    /// Notes what an expression resolved to (`value`, and `day` when it names one), for the
    /// narrative expressions after it.
    pub fn remember(&mut self, value: Option<&str>, day: Option<Date>) {
        if day.is_some() {
            self.narrative = day;
        }
        let Some(v) = value else { return };
        let b = v.as_bytes();
        if b.len() < 4 || !b[..4].iter().all(u8::is_ascii_digit) || b.get(4).is_some_and(|&c| c != b'-') {
            return; // not a calendar value with a year: a duration, a reference, a decade
        }
        let Ok(year) = v[..4].parse() else { return };
        self.narrative_year = Some(year);
        self.narrative_value = Some(v.to_string());
        let rest = v.get(5..7).unwrap_or("");
        let first_month = match rest.parse::<u32>() {
            Ok(m) => Some(m),
            Err(_) => rest.strip_prefix('Q').and_then(|q| q.parse::<u32>().ok()).map(|q| 3 * q - 2),
        };
        if let Some(start) = day.or_else(|| Date::new(year, first_month?, 1)) {
            self.narrative_start = Some(start);
        }
    }

    /// The day an expression counts from: the reference date, or the narrative's ([`Self::narrative_day`]).
    fn anchor_day(&self, anchor: Anchor) -> Option<Date> {
        match anchor {
            Anchor::Reference => self.reference.date,
            Anchor::Narrative => self.narrative_day(),
        }
    }

    /// The date narrative expressions count from: the last day mentioned, else the reference date.
    fn narrative_day(&self) -> Option<Date> {
        self.narrative.or(self.reference.date)
    }

    /// The year an expression counts from: the reference year, or the last year mentioned (else the
    /// reference year).
    fn anchor_year(&self, anchor: Anchor) -> Option<i32> {
        match anchor {
            Anchor::Reference => self.reference.year,
            Anchor::Narrative => self.narrative_year.or(self.reference.year),
        }
    }
}

/// The value of `expr`, and the day it names when it names one. A value that would leave the
/// four-digit years TIMEX3 writes (a reference near year 9999 moved forward) is no value.
pub fn resolve(expr: &Expr, tense: Tense, ctx: &Context) -> (Option<String>, Option<Date>) {
    match resolve_any_year(expr, tense, ctx) {
        (Some(value), day) if has_four_digit_year(&value) => (Some(value), day),
        _ => (None, None),
    }
}

/// True when the value of `expr` may depend on the clause's tense (a bare "Monday", "in October",
/// "on the 24th"); for the others the tense need not be looked for.
pub fn depends_on_tense(expr: &Expr) -> bool {
    match expr {
        Expr::MonthDay { .. }
        | Expr::Month { .. }
        | Expr::WeekOfMonth { .. }
        | Expr::DayOfMonth { .. }
        | Expr::Season { .. }
        | Expr::Quarter { .. }
        | Expr::Holiday { .. }
        | Expr::Weekday { .. }
        | Expr::Weekend { .. }
        | Expr::SamePeriod { .. } => true,
        Expr::Clock { on, .. } => on.is_some(),
        Expr::DayAround { of, .. } => depends_on_tense(of),
        _ => false,
    }
}

/// True for durations and references (`P3D`, `PAST_REF`), and for calendar values whose year has
/// exactly four digits (`2022`, `199X`, `2022-07-31`).
fn has_four_digit_year(value: &str) -> bool {
    let b = value.as_bytes();
    b.first() == Some(&b'P')
        || value.ends_with("_REF")
        || (b.len() >= 4
            && b[..4].iter().all(|&c| c.is_ascii_digit() || c == b'X')
            && b.get(4).is_none_or(|&c| !c.is_ascii_digit()))
}

fn resolve_any_year(expr: &Expr, tense: Tense, ctx: &Context) -> (Option<String>, Option<Date>) {
    let refd = ctx.reference.date;
    let day = |d: Option<Date>| (d.map(|d| d.to_string()), d);
    let text = |s: Option<String>| (s, None);
    match *expr {
        Expr::Date(d) => day(Some(d)),
        Expr::MonthDay { month, day: dom, .. } => day(month_day(month, dom, tense, ctx.reference)),
        Expr::YearMonth { year, month } => text(Some(format!("{year:04}-{month:02}"))),
        Expr::Month { month, rel } => text(month_year(month, rel, tense, ctx.reference).map(|y| format!("{y:04}-{month:02}"))),
        Expr::MonthOfYear { month, year_offset, anchor } => {
            text(ctx.anchor_year(anchor).map(|y| format!("{:04}-{month:02}", i64::from(y) + year_offset)))
        }
        Expr::Year(y) => text(Some(format!("{y:04}"))),
        Expr::WeekOfMonth { week, month, year } => {
            let year = year.or_else(|| month_year(month, Rel::Bare, tense, ctx.reference));
            text(year.and_then(|y| week_of_month(y, month, week)))
        }
        Expr::DayOfMonth { day: dom } => day(day_of_month(dom, tense, ctx)),
        Expr::Decade(y) => text(Some(decade(i64::from(y)))),
        Expr::Century(y) => text(Some(format!("{:02}XX", y.div_euclid(100)))),
        Expr::Season { code, year, rel } => {
            let year = year.or_else(|| season_year(code, rel, tense, ctx.reference));
            text(year.map(|y| format!("{y:04}-{code}")))
        }
        Expr::Quarter { quarter, year, year_offset } => {
            let year = year.or_else(|| quarter_year(quarter, year_offset, tense, ctx.reference));
            text(year.map(|y| format!("{y:04}-Q{quarter}")))
        }
        Expr::Half { half, year, year_offset } => {
            let year = year.or(ctx.reference.year.map(|y| y + year_offset as i32));
            text(year.map(|y| format!("{y:04}-H{half}")))
        }
        Expr::Holiday { rule, year } => day(holiday(rule, year, tense, ctx.reference)),
        Expr::Weekday { weekday, rel, part, anchor } => {
            let base = ctx.anchor_day(anchor);
            day_with_part(base.map(|r| weekday_date(r, weekday, rel, tense)), part)
        }
        Expr::Day { anchor, days, part } => {
            let base = ctx.anchor_day(anchor);
            day_with_part(base.map(|b| b.add_days(days)), part)
        }
        Expr::Relative { unit, offset } => text(relative(unit, offset, ctx.reference)),
        Expr::Shift { anchor: Anchor::Narrative, unit: Unit::Year, count } => text(years_from_narrative(count, ctx)),
        Expr::Shift { anchor: Anchor::Narrative, unit: Unit::Decade, count } => {
            text(narrative_period(Unit::Decade, count, ctx))
        }
        Expr::Narrative { unit, offset } => text(narrative_period(unit, offset, ctx)),
        Expr::SamePeriod { years_back } => text(match ctx.narrative_value.as_deref() {
            Some(v) => years_before(v, years_back),
            // nothing named yet: "the same time last year" is at least last year
            None if years_back > 0 => ctx.reference.year.and_then(|y| years_before(&format!("{y:04}"), years_back)),
            // "at the time" with no period named before: some time in the past, in a past clause
            None if tense == Tense::Past => Some("PAST_REF".to_string()),
            None => None,
        }),
        Expr::SamePeriodIn { unit, year } => {
            let period = match unit {
                Some(unit) => narrative_period(unit, 0, ctx),
                None => ctx.narrative_value.clone(),
            };
            text(period.and_then(|v| in_year(&v, i64::from(year))).or_else(|| Some(format!("{year:04}"))))
        }
        Expr::Shift { anchor, unit, count } => {
            let base = ctx.anchor_day(anchor);
            match (base, unit) {
                (Some(b), Unit::Day) => day(Some(b.add_days(count))),
                (Some(b), Unit::Week) => day(Some(b.add_days(7 * count))),
                (Some(b), _) => text(relative(unit, count, Reference { date: Some(b), year: Some(b.year), ..ctx.reference })),
                (None, _) => text(None),
            }
        }
        Expr::Weekend { rel } => text(refd.map(|r| weekend(r, rel, tense))),
        Expr::Clock { hour, minute, utc, anchor_days, ref on } => {
            let d = match on {
                Some(e) => resolve_any_year(e, tense, ctx).1,
                None => refd.map(|r| r.add_days(anchor_days)),
            };
            let zone = if utc { "Z" } else { "" };
            (d.map(|d| format!("{d}T{hour:02}:{minute:02}{zone}")), d)
        }
        Expr::DayAround { days, part, ref of } => day_with_part(resolve_any_year(of, tense, ctx).1.map(|d| d.add_days(days)), part),
        Expr::Duration(ref v) => text(Some(v.clone())),
        Expr::Vague(v) => text(Some(v.to_string())),
    }
}

/// The value of a day, with a part of the day when one is given (`2022-08-01TNI`), and the day.
fn day_with_part(d: Option<Date>, part: Option<&str>) -> (Option<String>, Option<Date>) {
    let value = match part {
        Some(p) => d.map(|d| format!("{d}T{p}")),
        None => d.map(|d| d.to_string()),
    };
    (value, d)
}

fn decade(first_year: i64) -> String {
    format!("{:03}X", first_year.div_euclid(10))
}

/// The year of a month and day given without one: the reference year, moved by a year when the
/// clause's tense puts the day on the other side of the reference by more than a month.
fn month_day(month: u32, day: u32, tense: Tense, reference: Reference) -> Option<Date> {
    let Some(r) = reference.date else {
        return Date::new(reference.year?, month, day);
    };
    let candidate = Date::new(r.year, month, day).or_else(|| Date::new(r.year, month, 28))?;
    let diff = candidate.days() - r.days();
    let year = match tense {
        Tense::Past | Tense::Unknown if diff > 31 && (tense == Tense::Past || diff > 183) => r.year - 1,
        Tense::Future | Tense::Unknown if diff < -31 && (tense == Tense::Future || diff < -183) => r.year + 1,
        _ => r.year,
    };
    Date::new(year, month, day)
}

/// The ISO week holding most days of the `week`th seven days of a month (0: the last seven).
fn week_of_month(year: i32, month: u32, week: u32) -> Option<String> {
    let last = days_in_month(year, month);
    let middle = if week == 0 { last - 3 } else { 7 * week - 3 };
    let (y, w) = Date::new(year, month, middle.min(last))?.iso_week();
    Some(format!("{y:04}-W{w:02}"))
}

/// The date of a day of the month named alone ("on the 24th"): in the month of the last day the text
/// named, else in the reference month, or the month before (after) it when the clause is past
/// (future) and the day is not yet (already) reached.
fn day_of_month(day: u32, tense: Tense, ctx: &Context) -> Option<Date> {
    if let Some(n) = ctx.narrative {
        return Date::new(n.year, n.month, day);
    }
    let r = ctx.reference.date?;
    let step = match tense {
        Tense::Past if day > r.day => -1,
        Tense::Future if day < r.day => 1,
        _ => 0,
    };
    let months = i64::from(r.year) * 12 + i64::from(r.month) - 1 + step;
    Date::new(i32::try_from(months.div_euclid(12)).ok()?, months.rem_euclid(12) as u32 + 1, day)
}

/// The date of a holiday in `year`.
fn holiday_in(rule: HolidayRule, year: i32) -> Option<Date> {
    match rule {
        HolidayRule::Fixed(month, day) => Date::new(year, month, day),
        HolidayRule::Easter(days) => Some(easter(year)?.add_days(days)),
        HolidayRule::Weekday { month, weekday, n, days } => Some(nth_weekday(year, month, weekday, n)?.add_days(days)),
    }
}

/// The date of a holiday, in the year given or else the year a month and day would take.
fn holiday(rule: HolidayRule, year: Option<i32>, tense: Tense, reference: Reference) -> Option<Date> {
    if let Some(y) = year {
        return holiday_in(rule, y);
    }
    let this_year = holiday_in(rule, reference.date.map_or(reference.year?, |d| d.year))?;
    let year = month_day(this_year.month, this_year.day, tense, reference)?.year;
    holiday_in(rule, year)
}

/// The year of a month named without one ("October", "last October").
fn month_year(month: u32, rel: Rel, tense: Tense, reference: Reference) -> Option<i32> {
    let Some(r) = reference.date else {
        return reference.year.filter(|_| matches!(rel, Rel::Bare | Rel::This));
    };
    Some(match rel {
        Rel::This => r.year,
        Rel::Last => if month < r.month { r.year } else { r.year - 1 },
        Rel::Next => if month > r.month { r.year } else { r.year + 1 },
        Rel::Bare if tense == Tense::Future => if month >= r.month { r.year } else { r.year + 1 },
        // no tense cue: the nearer one, a few months ahead ("classes begin in early September")
        Rel::Bare if tense == Tense::Unknown && month > r.month && month - r.month <= 3 => r.year,
        Rel::Bare => if month <= r.month { r.year } else { r.year - 1 },
    })
}

/// The year of a quarter named without one ("the fourth quarter"): in a past clause a
/// quarter that has not begun by the reference date is last year's (results are reported after the
/// quarter); in a future clause one that ended months ago is next year's. Without a tense cue, the
/// reference year's (plans for the rest of the year).
fn quarter_year(quarter: u32, year_offset: i64, tense: Tense, reference: Reference) -> Option<i32> {
    let year = reference.year? + year_offset as i32;
    let Some(r) = reference.date.filter(|_| year_offset == 0) else {
        return Some(year);
    };
    let (first_month, last_month) = (3 * quarter - 2, 3 * quarter);
    Some(match tense {
        Tense::Future if last_month + 3 < r.month => year + 1,
        Tense::Past if first_month > r.month => year - 1,
        _ => year,
    })
}

/// The first month of a season (winter counts from December).
fn season_start(code: &str) -> u32 {
    match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}

fn season_year(code: &str, rel: Rel, tense: Tense, reference: Reference) -> Option<i32> {
    let Some(r) = reference.date else {
        return reference.year.filter(|_| matches!(rel, Rel::Bare | Rel::This));
    };
    let start = season_start(code);
    Some(match rel {
        Rel::This => r.year,
        Rel::Last => if start + 3 <= r.month { r.year } else { r.year - 1 },
        Rel::Next => if start > r.month { r.year } else { r.year + 1 },
        Rel::Bare if tense == Tense::Future => if start + 2 >= r.month { r.year } else { r.year + 1 },
        // no tense cue: the nearer one, as for months ("classes start in the autumn")
        Rel::Bare if tense == Tense::Unknown && start > r.month && start - r.month <= 3 => r.year,
        Rel::Bare => if start <= r.month { r.year } else { r.year - 1 },
    })
}

/// The day a weekday names: "last Monday" is the one before the reference date, "next Monday" the
/// one after, "this Monday" the one of the reference week, a bare "Monday" follows the tense (in
/// the past, the reference day itself counts).
fn weekday_date(r: Date, weekday: u32, rel: Rel, tense: Tense) -> Date {
    let ahead = (i64::from(weekday) - i64::from(r.weekday())).rem_euclid(7);
    match rel {
        Rel::Last => r.previous_weekday(weekday),
        Rel::Next => r.add_days(if ahead == 0 { 7 } else { ahead }),
        Rel::This => r.add_days(i64::from(weekday) - i64::from(r.weekday())),
        Rel::Bare if tense == Tense::Future => r.add_days(ahead),
        Rel::Bare => r.add_days(-((7 - ahead) % 7)),
    }
}

/// The weekend of a week: a bare "the weekend" in the past is the last one (this week's once it began).
fn weekend(r: Date, rel: Rel, tense: Tense) -> String {
    let started = r.weekday() >= 5;
    let weeks = match rel {
        // "took place this weekend", said on a weekday: the weekend just gone
        Rel::This if tense == Tense::Past => -i64::from(!started),
        Rel::This => 0,
        Rel::Last => -1,
        Rel::Next => 1,
        Rel::Bare if tense == Tense::Future => i64::from(started),
        Rel::Bare => -i64::from(!started),
    };
    let (year, week) = r.add_days(7 * weeks).iso_week();
    format!("{year:04}-W{week:02}-WE")
}

/// The unit `offset` units away from the narrative's: years count from the last year mentioned,
/// shorter units from the last month, quarter or day; both fall back to the reference date.
fn narrative_period(unit: Unit, offset: i64, ctx: &Context) -> Option<String> {
    let base = match unit {
        Unit::Year | Unit::Decade => Reference { year: ctx.anchor_year(Anchor::Narrative), ..ctx.reference },
        _ => {
            let date = ctx.narrative_start.or(ctx.reference.date);
            Reference { date, year: date.map(|d| d.year), ..ctx.reference }
        }
    };
    relative(unit, offset, base)
}

/// "a year earlier", "two years later": counted from the last year mentioned. After a period shorter
/// than a year, "a year earlier" (or "before") is the comparison earnings reports make: that period of
/// the year before ("fourth-quarter profit fell 41% from a year earlier").
fn years_from_narrative(count: i64, ctx: &Context) -> Option<String> {
    match ctx.narrative_value.as_deref() {
        Some(v) if count == -1 && is_period_within_a_year(v) => years_before(v, 1),
        _ => narrative_period(Unit::Year, count, ctx),
    }
}

/// True for a month, quarter, half, season or week of a year (`2009-03`, `2009-Q3`, `2009-SU`,
/// `2009-W05`), not for a year or a day.
fn is_period_within_a_year(value: &str) -> bool {
    value.len() > 4 && value.matches('-').count() == 1
}

/// A calendar value (`2009-02`, `2009-Q3`, `2009-02-28T10:00`) moved `years` years back, at the same
/// granularity; a 29 February becomes the 28th.
fn years_before(value: &str, years: i64) -> Option<String> {
    in_year(value, i64::from(value.get(..4)?.parse::<i32>().ok()?) - years)
}

/// A calendar value (`2009-Q3`) moved into `year`, at the same granularity; a 29 February becomes the
/// 28th where `year` has none.
fn in_year(value: &str, year: i64) -> Option<String> {
    let rest = value.get(4..)?;
    let rest = match rest.strip_prefix("-02-29") {
        Some(after) if Date::new(year as i32, 2, 29).is_none() => format!("-02-28{after}"),
        _ => rest.to_string(),
    };
    (0..=9999).contains(&year).then(|| format!("{year:04}{rest}"))
}

/// The unit `offset` units away from the reference's, at the unit's granularity.
fn relative(unit: Unit, offset: i64, reference: Reference) -> Option<String> {
    let r = reference.date;
    match unit {
        Unit::Day => r.map(|r| r.add_days(offset).to_string()),
        Unit::Week => r.map(|r| {
            let (year, week) = r.add_days(7 * offset).iso_week();
            format!("{year:04}-W{week:02}")
        }),
        Unit::Month => r.map(|r| {
            let months = i64::from(r.year) * 12 + i64::from(r.month) - 1 + offset;
            format!("{:04}-{:02}", months.div_euclid(12), months.rem_euclid(12) + 1)
        }),
        Unit::Quarter => r.map(|r| {
            let quarters = i64::from(r.year) * 4 + i64::from((r.month - 1) / 3) + offset;
            format!("{:04}-Q{}", quarters.div_euclid(4), quarters.rem_euclid(4) + 1)
        }),
        Unit::Year => reference.year.map(|y| format!("{:04}", i64::from(y) + offset)),
        Unit::Decade => reference.year.map(|y| decade(i64::from(y).saturating_add(offset.saturating_mul(10)))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::times::reference::RefDateSource;

    /// Expressions of every kind, for checking that the tense matters only where it is said to.
    fn samples() -> Vec<Expr> {
        let weekday = Expr::Weekday { weekday: 0, rel: Rel::Bare, part: None, anchor: Anchor::Reference };
        vec![
            Expr::Date(Date::new(2022, 8, 1).unwrap()),
            Expr::MonthDay { month: 11, day: 3, weekday: None },
            Expr::YearMonth { year: 2014, month: 6 },
            Expr::Month { month: 11, rel: Rel::Bare },
            Expr::MonthOfYear { month: 10, year_offset: 1, anchor: Anchor::Reference },
            Expr::MonthOfYear { month: 12, year_offset: 0, anchor: Anchor::Narrative },
            Expr::Year(2014),
            Expr::WeekOfMonth { week: 1, month: 11, year: None },
            Expr::DayOfMonth { day: 24 },
            Expr::Decade(1990),
            Expr::Century(1800),
            Expr::Season { code: "WI", year: None, rel: Rel::Bare },
            Expr::Quarter { quarter: 4, year: None, year_offset: 0 },
            Expr::Holiday { rule: HolidayRule::Fixed(12, 25), year: None },
            Expr::Half { half: 2, year: None, year_offset: 0 },
            weekday.clone(),
            Expr::Day { anchor: Anchor::Reference, days: -1, part: None },
            Expr::Relative { unit: Unit::Month, offset: -1 },
            Expr::Narrative { unit: Unit::Year, offset: 1 },
            Expr::SamePeriod { years_back: 0 },
            Expr::SamePeriodIn { unit: Some(Unit::Quarter), year: 2009 },
            Expr::Shift { anchor: Anchor::Narrative, unit: Unit::Year, count: -1 },
            Expr::Weekend { rel: Rel::Bare },
            Expr::Clock { hour: 9, minute: 0, utc: false, anchor_days: 0, on: None },
            Expr::Clock { hour: 9, minute: 0, utc: false, anchor_days: 0, on: Some(Box::new(weekday.clone())) },
            Expr::DayAround { days: 1, part: None, of: Box::new(weekday) },
            Expr::DayAround { days: -1, part: Some("NI"), of: Box::new(Expr::Date(Date::new(2022, 8, 1).unwrap())) },
            Expr::Duration("P2Y".to_string()),
            Expr::Vague("PAST_REF"),
        ]
    }

    #[test]
    fn only_tense_dependent_expressions_change_with_the_tense() {
        let date = Date::new(2022, 8, 3).unwrap();
        let ctx = Context::new(Reference { date: Some(date), year: Some(2022), source: RefDateSource::Given });
        for expr in samples() {
            let values: Vec<_> = [Tense::Past, Tense::Future, Tense::Unknown].map(|t| resolve(&expr, t, &ctx).0).into();
            let varies = values.windows(2).any(|w| w[0] != w[1]);
            assert!(!varies || depends_on_tense(&expr), "{expr:?}: {values:?}");
        }
    }
}
