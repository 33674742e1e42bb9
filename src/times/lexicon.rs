//! Word tables for times: month and weekday names, seasons, number words, units and the cue words
//! that mark a clause's tense. Data only; the recognizer and resolver read them.

use super::expr::Unit;

/// Words between the start and the end of a range of dates or months ("from March to June 2009",
/// "between May 2 and May 9, 2008", "March 30 - April 2, 2006").
pub const RANGE_WORDS: &[&str] = &["to", "and", "through", "until", "till", "or", "-", "–"];

/// Month names and their usual abbreviations (lower case), 1-based by position.
pub const MONTHS: [&[&str]; 12] = [
    &["january", "jan"],
    &["february", "feb"],
    &["march", "mar"],
    &["april", "apr"],
    &["may"],
    &["june", "jun"],
    &["july", "jul"],
    &["august", "aug"],
    &["september", "sep", "sept"],
    &["october", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

/// Weekday names and abbreviations, 0 = Monday.
pub const WEEKDAYS: [&[&str]; 7] = [
    &["monday", "mon"],
    &["tuesday", "tue", "tues"],
    &["wednesday", "wed"],
    &["thursday", "thu", "thur", "thurs"],
    &["friday", "fri"],
    &["saturday", "sat"],
    &["sunday", "sun"],
];

/// Season words and their TIMEX3 codes.
pub const SEASONS: &[(&str, &str)] =
    &[("spring", "SP"), ("summer", "SU"), ("autumn", "FA"), ("fall", "FA"), ("winter", "WI")];

/// Parts of the day and their TIMEX3 codes.
pub const DAY_PARTS: &[(&str, &str)] =
    &[("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI"), ("overnight", "NI")];

/// Decades written as words, with their first years ("the sixties").
pub const DECADE_WORDS: &[(&str, i32)] = &[
    ("twenties", 1920),
    ("thirties", 1930),
    ("forties", 1940),
    ("fifties", 1950),
    ("sixties", 1960),
    ("seventies", 1970),
    ("eighties", 1980),
    ("nineties", 1990),
    ("noughties", 2000),
];

/// Cardinal number words.
pub const NUMBER_WORDS: &[(&str, u32)] = &[
    ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
    ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
    ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
    ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60),
    ("ninety", 90), ("hundred", 100),
];

/// Ordinal words (for quarters, weeks and runs of days).
pub const ORDINALS: &[(&str, u32)] = &[
    ("first", 1), ("1st", 1), ("second", 2), ("2nd", 2), ("third", 3), ("3rd", 3), ("fourth", 4), ("4th", 4),
    ("fifth", 5), ("5th", 5), ("sixth", 6), ("6th", 6), ("seventh", 7), ("7th", 7), ("eighth", 8), ("8th", 8),
    ("ninth", 9), ("9th", 9), ("tenth", 10), ("10th", 10),
];

/// Words after an ordinal that make a run of units ("a third straight day", "the fifth consecutive week").
pub const RUN_WORDS: &[&str] = &["straight", "consecutive", "successive"];

/// Superlatives that rank the current day, week or year of a report ("its worst day since 2008").
pub const SUPERLATIVES: &[&str] = &[
    "best", "worst", "biggest", "largest", "strongest", "weakest", "sharpest", "steepest", "busiest", "highest",
    "lowest", "hottest", "coldest", "wettest", "driest", "deadliest",
];

/// Words between "in" and a plural unit that keep it a duration ("in just minutes", "in mere days").
pub const IN_DURATION_HEDGES: &[&str] = &["just", "only", "mere"];

/// Ordinal words that number centuries ("the nineteenth century").
pub const CENTURY_ORDINALS: &[(&str, u32)] =
    &[("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19), ("twentieth", 20)];

/// Vague quantities that make a duration of unknown length ("several years": PXY).
pub const VAGUE_QUANTITIES: &[&str] = &["several", "few", "many", "some"];

/// Calendar units of relative expressions: singular, plural.
pub const UNITS: &[(&str, &str, Unit)] = &[
    ("day", "days", Unit::Day),
    ("week", "weeks", Unit::Week),
    ("month", "months", Unit::Month),
    ("quarter", "quarters", Unit::Quarter),
    ("year", "years", Unit::Year),
    ("decade", "decades", Unit::Decade),
];

/// Words standing for a vague time reference, and the value each takes.
pub const VAGUE_REFS: &[(&[&str], &str)] = &[
    (&["now"], "PRESENT_REF"),
    (&["currently"], "PRESENT_REF"),
    (&["nowadays"], "PRESENT_REF"),
    (&["presently"], "PRESENT_REF"),
    (&["at", "present"], "PRESENT_REF"),
    (&["the", "time", "being"], "PRESENT_REF"),
    (&["more", "recently"], "PAST_REF"),
    (&["recently"], "PAST_REF"),
    (&["lately"], "PAST_REF"),
    (&["soon"], "FUTURE_REF"),
    (&["the", "near", "future"], "FUTURE_REF"),
    (&["the", "future"], "FUTURE_REF"),
    (&["the", "near", "term"], "FUTURE_REF"),
];

/// Words that make a clause look to the future.
pub const FUTURE_CUES: &[&str] = &[
    "will", "'ll", "shall", "would", "going", "due", "scheduled", "expect", "expected", "expects", "plans", "planned",
    "plan", "set", "upcoming", "next", "coming", "tomorrow", "later", "intends", "aims", "hopes",
    "should", "wants", "seeks", "must", "may", "might", "could",
];

/// Words besides verbs that make a clause look to the past; the irregular past verbs of
/// [`crate::english::IRREGULAR_PAST`] and any word ending in "-ed" do too.
pub const PAST_CUES: &[&str] = &["was", "were", "had", "did", "ago", "yesterday", "earlier", "previously"];

/// Words that open a new clause or phrase after an adverbial ("in the long term, the plan
/// works", "... for the long term as well"), so that what came before was not a noun's modifier.
pub const CLAUSE_OPENERS: &[&str] = &[
    "the", "a", "an", "it", "its", "we", "they", "he", "she", "this", "that", "there", "is", "are", "was", "will",
    "would", "as", "than", "to", "because", "if", "so", "too", "while", "when",
];

/// Nouns counted by a preceding number, so that "2000 people" is not a year.
pub const COUNT_NOUNS: &[&str] = &[
    "people", "persons", "employees", "workers", "jobs", "staff", "troops", "soldiers", "points", "units",
    "cars", "vehicles", "planes", "aircraft", "jets", "seats", "shares", "passengers", "feet", "metres",
    "meters", "km", "kilometres", "kilometers", "miles", "tons", "tonnes", "dollars", "euros", "pounds", "yen",
    "barrels", "members", "votes", "copies", "pages", "words", "cases", "deaths", "homes", "houses", "items",
    "machines", "computers", "devices", "stores", "customers", "users", "orders", "flights", "students",
    "%", "percent", "per", "hours", "minutes", "tanks", "rockets", "missiles", "protesters", "police",
];

/// Nouns a number after which is an identifier, not a year: "Resolution 1973", "Highway 2001",
/// "Flight 2012".
pub const NUMBERED_NOUNS: &[&str] = &[
    "resolution", "flight", "highway", "route", "interstate", "room", "gate", "platform", "bus", "suite", "channel",
    "article", "section", "chapter", "paragraph", "amendment", "exit", "pier", "terminal", "apartment", "box",
    "track", "page", "bill", "form", "lot", "unit", "code", "model", "version", "patent", "case", "docket",
];

/// Words before a number that make it a quantity or a label, not a year.
pub const QUANTITY_BEFORE: &[&str] = &["$", "€", "£", "¥", "#", "no", "number", "nos", "about", "approximately", "nearly", "almost"];

/// How a holiday's date follows from the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayRule {
    /// The same month and day every year.
    Fixed(u32, u32),
    /// Days from Easter Sunday.
    Easter(i64),
    /// Days from the `n`th weekday (0 = Monday) of a month; `n` = 0 is the last one.
    Weekday { month: u32, weekday: u32, n: u32, days: i64 },
}

/// Holidays whose date the name fixes, as lower-case tokens (apostrophes straight, the possessive
/// `'s` a token of its own); a longer name comes before its prefix. Holidays that differ between countries (Independence Day, Labour Day,
/// Mother's Day) or follow a lunar calendar are not listed: their names alone do not fix a date.
pub const HOLIDAYS: &[(&[&str], HolidayRule)] = &[
    (&["christmas", "eve"], HolidayRule::Fixed(12, 24)),
    (&["christmas", "day"], HolidayRule::Fixed(12, 25)),
    (&["christmas"], HolidayRule::Fixed(12, 25)),
    (&["boxing", "day"], HolidayRule::Fixed(12, 26)),
    (&["new", "year", "'s", "eve"], HolidayRule::Fixed(12, 31)),
    (&["new", "year", "'s", "day"], HolidayRule::Fixed(1, 1)),
    (&["valentine", "'s", "day"], HolidayRule::Fixed(2, 14)),
    (&["st", ".", "patrick", "'s", "day"], HolidayRule::Fixed(3, 17)),
    (&["st.", "patrick", "'s", "day"], HolidayRule::Fixed(3, 17)),
    (&["halloween"], HolidayRule::Fixed(10, 31)),
    (&["ash", "wednesday"], HolidayRule::Easter(-46)),
    (&["palm", "sunday"], HolidayRule::Easter(-7)),
    (&["maundy", "thursday"], HolidayRule::Easter(-3)),
    (&["good", "friday"], HolidayRule::Easter(-2)),
    (&["easter", "sunday"], HolidayRule::Easter(0)),
    (&["easter", "monday"], HolidayRule::Easter(1)),
    (&["easter"], HolidayRule::Easter(0)),
    (&["pentecost"], HolidayRule::Easter(49)),
    (&["whit", "sunday"], HolidayRule::Easter(49)),
    (&["thanksgiving", "day"], HolidayRule::Weekday { month: 11, weekday: 3, n: 4, days: 0 }),
    (&["thanksgiving"], HolidayRule::Weekday { month: 11, weekday: 3, n: 4, days: 0 }),
    (&["black", "friday"], HolidayRule::Weekday { month: 11, weekday: 3, n: 4, days: 1 }),
    (&["cyber", "monday"], HolidayRule::Weekday { month: 11, weekday: 3, n: 4, days: 4 }),
    (&["memorial", "day"], HolidayRule::Weekday { month: 5, weekday: 0, n: 0, days: 0 }),
    (&["labor", "day"], HolidayRule::Weekday { month: 9, weekday: 0, n: 1, days: 0 }),
];

/// Named clock hours.
pub const NAMED_HOURS: &[(&str, u32)] = &[("noon", 12), ("midday", 12), ("midnight", 0)];

/// Time zones written after a clock time; the first group is UTC.
pub const UTC_ZONES: &[&str] = &["utc", "gmt", "z"];
pub const OTHER_ZONES: &[&str] = &["et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "bst", "cet", "cest"];

/// Words that can open an expression besides the names, numbers and units above (modifiers and
/// relation words); the recognizer tries its patterns only at tokens that can open one.
pub const OPENING_WORDS: &[&str] = &[
    "the", "this", "last", "next", "past", "coming", "previous", "preceding", "current", "following", "early", "mid",
    "late", "post", "pre", "earlier", "later", "end", "beginning", "start", "today", "yesterday", "tomorrow",
    "tonight", "that", "recent", "more", "a", "noon", "midday", "midnight", "within", "half", "morning", "afternoon", "evening", "night", "h1", "h2", "q1", "q2", "q3", "q4", "for", "over",
    "in", "prior", "fiscal", "financial", "fy", "hours", "minutes", "these", "final",
];

/// Frequent words that open an expression only before one of the opening words, a number, or one of
/// these ("the end of", "the same day", "the near future", "a few years"); elsewhere they are skipped.
pub const WEAK_OPENERS: &[&str] =
    &["the", "a", "an", "that", "more", "for", "over", "in", "new", "good", "black", "st", "st.", "fiscal", "financial"];
pub const AFTER_WEAK_OPENERS: &[&str] = &[
    "end", "beginning", "start", "middle", "turn", "same", "weekend", "near", "future", "time", "day", "few", "the",
    ".", "hours", "minutes", "just", "only", "mere", "moment", "long", "short", "medium",
];
