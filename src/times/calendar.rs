//! Civil dates: validation, days since the epoch, weekdays. No time zones, no clock: the analyzer only
//! ever reasons about calendar days.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// The date, when it exists and its year has four digits (TIMEX3 writes no others).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (0..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.trim().splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Date::new(year, month, day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01 (`civil_from_days`).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// 0 = Monday ... 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3)
        ((self.days() + 3).rem_euclid(7)) as u32
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// The ISO 8601 week `(year, week)` holding this date: weeks start on Monday and week 1 holds the
    /// year's first Thursday.
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(3 - i64::from(self.weekday()));
        let jan1 = Date { year: thursday.year, month: 1, day: 1 };
        let week = (thursday.days() - jan1.days()) / 7 + 1;
        (thursday.year, week as u32)
    }

    /// The latest date before `self` falling on `weekday` (0 = Monday); a week back on the same weekday.
    pub fn previous_weekday(self, weekday: u32) -> Date {
        let back = (i64::from(self.weekday()) - i64::from(weekday) + 6).rem_euclid(7) + 1;
        Date::from_days(self.days() - back)
    }
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm).
pub fn easter(year: i32) -> Option<Date> {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 19 * l) / 433;
    let month = (h + l - 7 * m + 90) / 25;
    let day = (h + l - 7 * m + 33 * month + 19) % 32;
    Date::new(year, month as u32, day as u32)
}

/// The `n`th `weekday` (0 = Monday) of a month; `n` = 0 for the last one.
pub fn nth_weekday(year: i32, month: u32, weekday: u32, n: u32) -> Option<Date> {
    if n == 0 {
        let last = Date::new(year, month, days_in_month(year, month))?;
        return Some(last.add_days(-((i64::from(last.weekday()) - i64::from(weekday)).rem_euclid(7))));
    }
    let first = Date::new(year, month, 1)?;
    let ahead = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
    let d = first.add_days(ahead + 7 * (i64::from(n) - 1));
    (d.month == month).then_some(d)
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_weekdays() {
        for d in [Date::new(1970, 1, 1), Date::new(2000, 2, 29), Date::new(2022, 8, 1), Date::new(1899, 12, 31)] {
            let d = d.unwrap();
            assert_eq!(Date::from_days(d.days()), d);
        }
        assert_eq!(Date::new(2022, 8, 1).unwrap().weekday(), 0); // a Monday
        assert_eq!(Date::parse("2022-08-02").unwrap().previous_weekday(0).to_string(), "2022-08-01");
        assert_eq!(Date::parse("2022-08-01").unwrap().previous_weekday(0).to_string(), "2022-07-25");
        assert_eq!(Date::parse("2022-02-30"), None);
    }

    #[test]
    fn easter_and_nth_weekdays() {
        assert_eq!(easter(2022).unwrap().to_string(), "2022-04-17");
        assert_eq!(easter(2019).unwrap().to_string(), "2019-04-21");
        assert_eq!(easter(2000).unwrap().to_string(), "2000-04-23");
        assert_eq!(nth_weekday(2022, 11, 3, 4).unwrap().to_string(), "2022-11-24"); // Thanksgiving
        assert_eq!(nth_weekday(2022, 5, 0, 0).unwrap().to_string(), "2022-05-30"); // Memorial Day
        assert_eq!(nth_weekday(2022, 9, 0, 1).unwrap().to_string(), "2022-09-05"); // Labor Day
    }

    #[test]
    fn iso_weeks_follow_the_first_thursday() {
        let week = |s: &str| Date::parse(s).unwrap().iso_week();
        assert_eq!(week("2022-08-01"), (2022, 31));
        assert_eq!(week("2022-07-31"), (2022, 30));
        assert_eq!(week("2021-01-03"), (2020, 53));
        assert_eq!(week("2024-12-30"), (2025, 1));
        assert_eq!(week("2008-09-04"), (2008, 36));
    }
}
