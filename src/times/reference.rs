//! The reference date: the day relative expressions ("Monday", "last October", "yesterday") are
//! resolved against. The caller's date wins; otherwise it is inferred from the text, in this order:
//! a dateline, a full date in the text, a weekday that agrees with a month and day, the latest year
//! mentioned (a year only). It does not resolve anything itself.

use serde::{Deserialize, Serialize};

use super::expr::Expr;
use super::recognize::Found;
use super::tense::{tense_around, Tense};
use super::Date;
use crate::tokens::Document;

/// Where the reference date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RefDateSource {
    /// Given by the caller (`Options::date`).
    Given,
    /// A date line at the top of the article ("March 14, 2008", "BAGHDAD, March 14 —").
    Dateline,
    /// The first full date in the text.
    Text,
    /// A month and day whose weekday the text gives ("Monday … August 1"), which fixes the year.
    Weekday,
    /// Only a year: the latest the text mentions.
    Year,
    /// No date given and none could be inferred.
    None,
}

/// The reference the resolver works against.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reference {
    pub date: Option<Date>,
    /// The reference year; equal to `date`'s year when there is a date.
    pub year: Option<i32>,
    pub source: RefDateSource,
}

impl Reference {
    fn day(date: Date, source: RefDateSource) -> Reference {
        Reference { date: Some(date), year: Some(date.year), source }
    }
}

/// How many paragraphs from the top a dateline may stand in (headline, standfirst, dateline).
const DATELINE_PARAGRAPHS: usize = 4;
/// A dateline paragraph is short, or its date comes within its first few tokens ("BAGHDAD, March 14 —").
const DATELINE_TOKENS: usize = 12;
const DATELINE_LEAD: usize = 5;
/// How many expressions on each side of a month and day may give its weekday.
const NEARBY: usize = 4;

/// Chooses the reference date of `doc` from `given` (`YYYY-MM-DD`) or the recognized expressions.
pub fn choose(doc: &Document, found: &[Found], given: Option<&str>) -> Reference {
    if let Some(date) = given.and_then(Date::parse) {
        return Reference::day(date, RefDateSource::Given);
    }
    let latest_year = latest_year(doc, found);
    if let Some(date) = dateline(doc, found, latest_year) {
        return Reference::day(date, RefDateSource::Dateline);
    }
    if let Some(date) = found.iter().find_map(|f| if let Expr::Date(d) = f.expr { Some(d) } else { None }) {
        return Reference::day(date, RefDateSource::Text);
    }
    if let Some(date) = weekday_agreement(doc, found, latest_year) {
        return Reference::day(date, RefDateSource::Weekday);
    }
    match latest_year {
        Some(year) => Reference { date: None, year: Some(year), source: RefDateSource::Year },
        None => Reference { date: None, year: None, source: RefDateSource::None },
    }
}

/// The latest year the text mentions, leaving out years in future clauses (a forecast, a plan) when
/// another year is mentioned: an article of 2024 that expects growth "in 2025" was written in 2024.
fn latest_year(doc: &Document, found: &[Found]) -> Option<i32> {
    let years = || found.iter().filter_map(|f| Some((f.expr.named_year()?, f)));
    let reported = years().filter(|(_, f)| tense_around(doc, f.tokens.clone()) != Tense::Future).map(|(y, _)| y).max();
    reported.or_else(|| years().map(|(y, _)| y).max())
}

/// A date standing as its own short paragraph near the top, or leading one.
fn dateline(doc: &Document, found: &[Found], latest_year: Option<i32>) -> Option<Date> {
    for f in found {
        let p = doc.paragraph_of(f.tokens.start);
        if p >= DATELINE_PARAGRAPHS {
            break;
        }
        let para = doc.paragraphs.get(p)?;
        let short = para.tokens.len() <= DATELINE_TOKENS;
        let leading = f.tokens.start - para.tokens.start <= DATELINE_LEAD
            && doc.tokens.get(f.tokens.end).is_some_and(|t| {
                matches!(&doc.text[t.start..t.end], "—" | "–" | "-" | "(" | "--" | ":")
            });
        if !(short || leading) {
            continue;
        }
        match f.expr {
            Expr::Date(d) => return Some(d),
            Expr::MonthDay { month, day, weekday } => {
                let year = match weekday {
                    Some(w) => year_for_weekday(month, day, w, latest_year)?,
                    None => latest_year?,
                };
                return Date::new(year, month, day);
            }
            _ => {}
        }
    }
    None
}

/// A month and day whose weekday is given beside it ("Monday, August 1") or by a bare weekday among
/// the few expressions around it in the same paragraph ("on August 1 … on Monday"): the year at or
/// after the latest year mentioned where they agree.
fn weekday_agreement(doc: &Document, found: &[Found], latest_year: Option<i32>) -> Option<Date> {
    let latest_year = latest_year?;
    for (k, f) in found.iter().enumerate() {
        let Expr::MonthDay { month, day, weekday } = f.expr else { continue };
        let paragraph = doc.paragraph_of(f.tokens.start);
        let weekday = weekday.or_else(|| {
            found.iter().skip(k.saturating_sub(NEARBY)).take(2 * NEARBY + 1).find_map(|g| match g.expr {
                Expr::Weekday { weekday, rel: super::expr::Rel::Bare, .. }
                    if doc.paragraph_of(g.tokens.start) == paragraph =>
                {
                    Some(weekday)
                }
                _ => None,
            })
        });
        if let Some(w) = weekday {
            if let Some(year) = year_for_weekday(month, day, w, Some(latest_year)) {
                return Date::new(year, month, day);
            }
        }
    }
    None
}

/// The first year from `from` on (within a dozen) where `month`/`day` falls on `weekday`.
fn year_for_weekday(month: u32, day: u32, weekday: u32, from: Option<i32>) -> Option<i32> {
    let from = from?;
    (from..from + 12).find(|&y| Date::new(y, month, day).is_some_and(|d| d.weekday() == weekday))
}
