//! What a recognized temporal expression means before it is resolved: the calendar fields the text
//! gives and the relation it states ("last", "next", "ago"). The recognizer builds these; the resolver
//! turns them into TIMEX3 values against a reference date.

/// A calendar unit of relative expressions ("last week", "two months ago").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
}

/// How a month, weekday or season relates to the reference date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    /// Bare ("Monday", "in October"): the clause's tense decides.
    Bare,
    /// "last Monday", "last October": the one before.
    Last,
    /// "this Monday", "this October": the one of the current week or year.
    This,
    /// "next Monday", "next October": the one after.
    Next,
}

/// Which day something is anchored to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The reference date (the article's date): "today", "yesterday".
    Reference,
    /// The last day the text mentioned before: "the day before", "three days later".
    Narrative,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A complete date: "1 August 2022", "2022-08-01".
    Date(crate::times::Date),
    /// Month and day without a year: "August 1", "Aug. 1", with the weekday when the text gives one
    /// ("Monday, August 1"): it can fix the year.
    MonthDay { month: u32, day: u32, weekday: Option<u32> },
    /// "June 2014".
    YearMonth { year: i32, month: u32 },
    /// "October", "last October".
    Month { month: u32, rel: Rel },
    /// "October of next year", "December of that year": a month of the anchor's year (the reference
    /// date's, or the year the text last named) moved by `year_offset`.
    MonthOfYear { month: u32, year_offset: i64, anchor: Anchor },
    /// "2014", "early 2008", "post-2003".
    Year(i32),
    /// "the first week of September", "the last week of March 2009": the `week`th week of a month (0 is
    /// the last), as the ISO week that holds most of its days.
    WeekOfMonth { week: u32, month: u32, year: Option<i32> },
    /// "on the 24th": a day of the month the narrative is in.
    DayOfMonth { day: u32 },
    /// "the 1990s": the decade's first year.
    Decade(i32),
    /// "the 19th century", "the 1800s": the century's first year.
    Century(i32),
    /// "summer", "last winter", "spring 2009": a season code (`SU`) with a year when the text gives one.
    Season { code: &'static str, year: Option<i32>, rel: Rel },
    /// "the third quarter (of 2009)".
    Quarter { quarter: u32, year: Option<i32>, year_offset: i64 },
    /// "Christmas", "Easter 2009", "Thanksgiving": a holiday whose name fixes its date in a year.
    Holiday { rule: crate::times::lexicon::HolidayRule, year: Option<i32> },
    /// "the first half of 2009", "H2 2022", "the second half of the year": a half-year (1 or 2).
    Half { half: u32, year: Option<i32>, year_offset: i64 },
    /// "Monday", "last Sunday", "on Tuesday night".
    /// `anchor` is the narrative for "the following Monday", "the previous Friday".
    Weekday { weekday: u32, rel: Rel, part: Option<&'static str>, anchor: Anchor },
    /// "today", "yesterday", "the day before", "this morning": `days` from the anchor, with a part of day.
    Day { anchor: Anchor, days: i64, part: Option<&'static str> },
    /// "this week", "last month", "next year": the unit `offset` units from the reference date's, at the
    /// unit's granularity (`2022-W31`, `2022-07`, `2023`).
    Relative { unit: Unit, offset: i64 },
    /// "the following year", "that month", "the year before": the unit `offset` units from the one the
    /// text last mentioned, at the unit's granularity.
    Narrative { unit: Unit, offset: i64 },
    /// "at that time", "the same period last year": the period the text last named, `years_back`
    /// years before.
    SamePeriod { years_back: i64 },
    /// "the same quarter of 2009", "the same period of 2009": the period the text last named (of
    /// `unit` when the text says which), moved into `year`.
    SamePeriodIn { unit: Option<Unit>, year: i32 },
    /// "the day after Christmas", "the day before March 3", "the morning of June 3": `days` from the
    /// day the inner expression names, with a part of day.
    DayAround { days: i64, part: Option<&'static str>, of: Box<Expr> },
    /// "two weeks ago", "three days later": `count` units from the anchor; days and weeks give a date.
    Shift { anchor: Anchor, unit: Unit, count: i64 },
    /// "the weekend", "last weekend".
    Weekend { rel: Rel },
    /// A clock time: "16:08 UTC", "6:40 p.m.", on the day `anchor_days` from the reference ("today",
    /// "yesterday"), or on the day the text names next to it ("at 3 p.m. on Monday", "Monday at 3
    /// p.m."): `on` is that day's expression, which stays a time of its own.
    Clock { hour: u32, minute: u32, utc: bool, anchor_days: i64, on: Option<Box<Expr>> },
    /// A duration, already in TIMEX3 form: "P5Y", "PXY".
    Duration(String),
    /// A vague reference: `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
    Vague(&'static str),
}

impl Expr {
    /// The year the expression names outright ("2014", "June 2014", "spring 2009").
    pub fn named_year(&self) -> Option<i32> {
        match *self {
            Expr::Date(d) => Some(d.year),
            Expr::Year(y) | Expr::YearMonth { year: y, .. } => Some(y),
            Expr::Season { year, .. } | Expr::Quarter { year, .. } | Expr::Half { year, .. } => year,
            _ => None,
        }
    }
}
