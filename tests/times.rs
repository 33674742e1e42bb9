//! Times: recognition, resolution against a reference date, and reference-date inference.

use article_lens::times::{extract, RefDateSource, TimeSet};
use article_lens::tokens::Document;

fn times(text: &str, date: Option<&str>) -> TimeSet {
    extract(&Document::new(text), date)
}

/// `(surface, value)` of every time found.
fn found(text: &str, date: Option<&str>) -> Vec<(String, Option<String>)> {
    times(text, date).times.iter().map(|t| (text[t.start..t.end].to_string(), t.value.clone())).collect()
}

fn values(text: &str, date: &str) -> Vec<String> {
    found(text, Some(date)).into_iter().map(|(_, v)| v.unwrap_or_else(|| "null".into())).collect()
}

#[test]
fn explicit_dates_in_their_usual_forms() {
    let text = "It began on 1 August 2022, then Aug. 1, 2021, 2020-08-01 and 7/8/07, in June 2014, in August 1999.";
    assert_eq!(values(text, "2022-08-02"), ["2022-08-01", "2021-08-01", "2020-08-01", "2007-07-08", "2014-06", "1999-08"]);
}

#[test]
fn years_decades_and_modified_years() {
    let text = "Since early 2008, and from 2004 to 2010, post-2003 Iraq recalled the 1990s and mid-2008.";
    let got = found(text, Some("2022-08-02"));
    let surfaces: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(surfaces, ["early 2008", "2004", "2010", "post-2003", "the 1990s", "mid-2008"]);
    assert_eq!(values(text, "2022-08-02"), ["2008", "2004", "2010", "2003", "199X", "2008"]);
}

#[test]
fn numbers_that_only_look_like_years_are_not_times() {
    let text = "About 2000 people came; 1500-2000 seats; the Boeing 737-2000 and $2010 in cash; flight No. 1999.";
    assert!(found(text, Some("2022-08-02")).is_empty(), "{:?}", found(text, Some("2022-08-02")));
}

#[test]
fn weekdays_follow_the_tense_of_their_clause() {
    // 2022-08-02 is a Tuesday
    let past = values("The minister said on Monday that talks failed.", "2022-08-02");
    assert_eq!(past, ["2022-08-01"]);
    let future = values("The parties will meet on Friday.", "2022-08-02");
    assert_eq!(future, ["2022-08-05"]);
    assert_eq!(values("Last Sunday he denied it.", "2022-08-02"), ["2022-07-31"]);
    assert_eq!(values("They protested on Tuesday night.", "2022-08-03"), ["2022-08-02TNI"]);
}

#[test]
fn relative_days_weeks_months_and_years() {
    let text = "Yesterday, this week, last week, two weeks ago, last month, next year, last October and now.";
    assert_eq!(
        values(text, "2022-08-02"),
        ["2022-08-01", "2022-W31", "2022-W30", "2022-07-19", "2022-07", "2023", "2021-10", "PRESENT_REF"]
    );
}

#[test]
fn narrative_days_count_from_the_last_date_mentioned() {
    let text = "The vote was held on March 3, 2010. The day before, crowds gathered; three days later they left.";
    assert_eq!(values(text, "2010-03-20"), ["2010-03-03", "2010-03-02", "2010-03-05"]);
}

#[test]
fn seasons_quarters_and_vague_references() {
    let text = "Last summer, in the third quarter of 2009 and recently, sales fell; they may recover soon.";
    assert_eq!(values(text, "2010-03-02"), ["2009-SU", "2009-Q3", "PAST_REF", "FUTURE_REF"]);
}

#[test]
fn months_and_weekdays_need_date_context() {
    // "may" the verb, "March" the verb and "April" the given name are not dates
    let text = "Protesters may march. April Ryan asked. They will March on the capital.";
    assert!(found(text, Some("2022-08-02")).is_empty(), "{:?}", found(text, Some("2022-08-02")));
}

#[test]
fn without_a_reference_relative_expressions_have_no_value() {
    let set = times("On Monday he left. Last October the vote was held. It was recently reported.", None);
    assert_eq!(set.reference_source, RefDateSource::None);
    let got: Vec<Option<&str>> = set.times.iter().map(|t| t.value.as_deref()).collect();
    assert_eq!(got, [None, None, Some("PAST_REF")]);
}

#[test]
fn the_reference_date_comes_from_a_dateline() {
    let text = "Airbus unveils its new plane\n\nJanuary 18, 2005\n\nAirbus said on Monday it expects sales to rise.";
    let set = times(text, None);
    assert_eq!(set.reference_source, RefDateSource::Dateline);
    assert_eq!(set.reference.map(|d| d.to_string()).as_deref(), Some("2005-01-18"));
    assert_eq!(set.times[1].value.as_deref(), Some("2005-01-17"));

    let set = times("BAGHDAD, March 14 — Officials said in 2007 that talks failed.", None);
    assert_eq!(set.reference_source, RefDateSource::Dateline);
    assert_eq!(set.reference.map(|d| d.to_string()).as_deref(), Some("2007-03-14"));
}

#[test]
fn a_weekday_that_agrees_with_a_date_fixes_the_year() {
    let text = "The crisis began in 2020. Police used water cannon on August 1. Both sides avoided clashes on Monday.";
    let set = times(text, None);
    assert_eq!(set.reference_source, RefDateSource::Weekday);
    assert_eq!(set.reference.map(|d| d.to_string()).as_deref(), Some("2022-08-01"));
}

#[test]
fn the_latest_year_gives_a_year_only_reference() {
    let set = times("Sales rose in 2009 and in 2011. This year they fell in June; on Monday the boss quit.", None);
    assert_eq!(set.reference_source, RefDateSource::Year);
    assert_eq!(set.reference, None);
    let got: Vec<Option<&str>> = set.times.iter().map(|t| t.value.as_deref()).collect();
    assert_eq!(got, [Some("2009"), Some("2011"), Some("2011"), Some("2011-06"), None]);
}

#[test]
fn sets_are_not_times() {
    assert!(found("Subscribe to our newsletter - every morning at 7am.", Some("2022-08-02")).is_empty());
}

#[test]
fn any_input_gives_a_valid_result() {
    let junk = "\u{0}\u{FFFF}'90s 31/31/31 2022-99-99 Monday, 9999 \"\" — 00:99 UTC ２０２２ 年 mid- the";
    for text in ["", " ", junk, "Monday,", "the day", "August", "2022-", "'"] {
        let set = times(text, None);
        for t in &set.times {
            assert!(t.start < t.end && t.end <= text.len());
        }
    }
}

#[test]
fn durations_are_times_with_period_values() {
    let text = "The five-year plan ran for two years, then over the years; dealers close after October of next year.";
    assert_eq!(values(text, "2009-05-15"), ["P5Y", "P2Y", "PXY", "2010-10", "2010"]);
}

#[test]
fn clock_hours_with_a_marker_and_named_hours() {
    // 2022-08-03 is a Wednesday
    let got = found("Polls close at 8 p.m. and reopen at 7 a.m. tomorrow; the talks ran until midnight and resumed at noon.", Some("2022-08-03"));
    let got: Vec<(&str, &str)> = got.iter().map(|(s, v)| (s.as_str(), v.as_deref().unwrap_or("null"))).collect();
    assert_eq!(
        got,
        [
            ("8 p.m.", "2022-08-03T20:00"),
            ("7 a.m. tomorrow", "2022-08-04T07:00"),
            ("midnight", "2022-08-03T00:00"),
            ("noon", "2022-08-03T12:00")
        ]
    );
    assert!(found("The midnight deadline passed.", Some("2022-08-03")).is_empty());
}

#[test]
fn a_quarter_reported_in_the_past_is_last_years_when_it_has_not_begun() {
    assert_eq!(values("The company reported fourth-quarter earnings.", "2022-08-03"), ["2021-Q4"]);
    assert_eq!(values("Profit rose in the second quarter.", "2022-08-03"), ["2022-Q2"]);
    assert_eq!(values("Growth will return in the first quarter.", "2022-11-03"), ["2023-Q1"]);
}

#[test]
fn narrative_periods_count_from_the_last_period_mentioned() {
    let text = "He was elected in 2005 and resigned the following year. A year later he returned.";
    assert_eq!(values(text, "2022-08-03"), ["2005", "2006", "2007"]);
    assert_eq!(values("In 1989 the wall fell; later that year the border opened.", "2022-08-03"), ["1989", "1989"]);
    assert_eq!(values("The plant had closed the year before.", "2022-08-03"), ["2021"]);
    let text = "Car sales dropped in March from the same month last year.";
    assert_eq!(found(text, Some("2022-04-05"))[1], ("the same month last year".to_string(), Some("2021-03".to_string())));
}

#[test]
fn the_end_or_start_of_the_current_period() {
    let text = "It ends at the end of the year, pay rises at the start of the month, and the tax goes by the end of the decade.";
    assert_eq!(values(text, "2022-08-03"), ["2022", "2022-08", "202X"]);
}

#[test]
fn holidays_take_the_year_their_clause_points_to() {
    // 2022-08-03: past clauses look back, future ones ahead
    assert_eq!(values("Shops were busy before Christmas.", "2022-08-03"), ["2021-12-25"]);
    assert_eq!(values("Stores will open on Christmas Day.", "2022-08-03"), ["2022-12-25"]);
    assert_eq!(values("Crowds gathered on Easter Sunday.", "2022-08-03"), ["2022-04-17"]);
    assert_eq!(values("The parade was held on Thanksgiving.", "2022-08-03"), ["2021-11-25"]);
    assert_eq!(values("Fireworks are planned for New Year's Eve.", "2022-08-03"), ["2022-12-31"]);
    assert_eq!(values("He proposed on Valentine’s Day 2019.", "2022-08-03"), ["2019-02-14"]);
    assert!(found("He made a new year's resolution; the easter egg hunt.", Some("2022-08-03")).is_empty());
    assert!(found("The book was drawn by illustrator Johnnie Christmas.", Some("2022-08-03")).is_empty());
    assert_eq!(values("Merry Christmas, he said.", "2022-08-03"), ["2021-12-25"]);
}

#[test]
fn vague_past_and_future_periods() {
    let text = "Years ago he left; a few days ago he came back, several months ago he wrote. Risks remain in the months ahead and the years to come.";
    assert_eq!(values(text, "2022-08-03"), ["PAST_REF", "PAST_REF", "PAST_REF", "FUTURE_REF", "FUTURE_REF"]);
    assert!(found("Weeks later the factory closed.", Some("2022-08-03")).is_empty());
    assert_eq!(values("The protests continued for weeks.", "2022-08-03"), ["PXW"]);
}

#[test]
fn centuries_and_periods_of_the_narrative() {
    let text = "Steel dominated the 20th century and the nineteenth century; the 1800s; the twenty-first century.";
    assert_eq!(values(text, "2022-08-03"), ["19XX", "18XX", "18XX", "20XX"]);
    let text = "Shares fell on Monday. Later in the week they rose; flights resume by mid-year and results come at year-end.";
    assert_eq!(values(text, "2022-08-03"), ["2022-08-01", "2022-W31", "2022", "2022"]);
}

#[test]
fn a_clock_time_takes_the_day_named_beside_it() {
    // 2022-08-03 is a Wednesday
    let text = "The shooting happened at 3 p.m. on Monday; talks resumed Tuesday at 9 a.m.";
    assert_eq!(values(text, "2022-08-03"), ["2022-08-01T15:00", "2022-08-01", "2022-08-02", "2022-08-02T09:00"]);
}

#[test]
fn a_capitalized_month_is_no_tense_cue() {
    // "May" here is the dateline's month, not the modal verb: Tuesday is the one before
    let text = "Thursday, May 7, 2015 On Tuesday, the government announced a review.";
    assert_eq!(values(text, "2015-05-07")[1], "2015-05-05");
}

#[test]
fn names_that_hold_time_words_are_not_times() {
    let text = "He visited Easter Island, signed the Good Friday Agreement, worked for 20th Century Fox, \
                read The Sunday Times, praised the Arab Spring and left about a quarter of the dealers.";
    assert!(found(text, Some("2022-08-03")).is_empty(), "{:?}", found(text, Some("2022-08-03")));
    assert_eq!(values("It was a 19th-century house; Spring 2009 was wet.", "2022-08-03"), ["18XX", "2009-SP"]);
}

#[test]
fn recent_within_and_tenseless_months() {
    assert_eq!(values("Factories were hit in the recent downturn; the most recent data differ.", "2022-08-03"), ["PAST_REF"]);
    assert_eq!(values("Rescuers arrived within hours; the deal collapsed within days.", "2022-08-03"), ["PTXH", "PXD"]);
    // no tense cue: a month just ahead is this year's, one far ahead last year's
    assert_eq!(values("Classes begin in early September.", "2022-08-03"), ["2022-09"]);
    assert_eq!(values("Sales in December.", "2022-08-03"), ["2021-12"]);
    assert_eq!(values("Classes start in the autumn.", "2022-08-03"), ["2022-FA"]);
}

#[test]
fn halves_relative_days_and_plans() {
    let text = "Output rose in the first half of 2021 and in H2 2021; it will fall in the second half of the year.";
    assert_eq!(values(text, "2022-08-03"), ["2021-H1", "2021-H2", "2022-H2"]);
    assert!(found("The second half of the match was dull.", Some("2022-08-03")).is_empty());
    assert_eq!(values("He met her the day before yesterday.", "2022-08-03"), ["2022-08-01"]);
    assert_eq!(values("On Monday, 1 August, he said he had called two days before.", "2022-08-03")[1], "2022-07-30");
    // 2022-08-03 is a Wednesday: "are to travel" is a plan
    assert_eq!(values("On Friday, they are to travel to New York.", "2022-08-03"), ["2022-08-05"]);
}

#[test]
fn the_same_period_and_that_time_refer_to_the_period_just_named() {
    let text = "Exports grew 9% in May, against the same period last year.";
    assert_eq!(values(text, "2022-06-10"), ["2022-05", "2021-05"]);
    let text = "Revenue slipped in the second quarter from the same time a year earlier.";
    assert_eq!(values(text, "2022-08-03"), ["2022-Q2", "2021-Q2"]);
    let text = "The offer expires on Sept. 30. If no buyer appears by that time, the plant shuts.";
    assert_eq!(values(text, "2022-08-03"), ["2022-09-30", "2022-09-30"]);
}

#[test]
fn wire_style_ends_and_time_on() {
    assert_eq!(values("Debt will peak at end-2023 and stocks recover by end-March.", "2022-08-03"), ["2023", "2023-03"]);
    assert_eq!(values("The flood struck in 2012. A decade on, the town has recovered.", "2022-08-03"), ["2012", "202X"]);
    assert_eq!(values("Prices rose at the same time last year.", "2022-08-03"), ["2021"]);
}

#[test]
fn the_following_weekday_counts_from_the_narrative() {
    let text = "The fire broke out on July 20. The following Monday, firefighters left; the previous Friday was calm.";
    assert_eq!(values(text, "2022-08-03"), ["2022-07-20", "2022-07-25", "2022-07-22"]);
}

#[test]
fn a_part_of_the_trading_day_is_the_story_days() {
    // 2022-08-03 is a Wednesday: the shares moved on the Tuesday the story is about
    let text = "Shares fell on Tuesday. They had risen in morning trading before slipping in afternoon deals.";
    assert_eq!(values(text, "2022-08-03"), ["2022-08-02", "2022-08-02TMO", "2022-08-02TAF"]);
}

#[test]
fn halves_of_units_in_durations() {
    let text = "He served a year and a half, the talks lasted half an hour and the feud half a century.";
    assert_eq!(values(text, "2022-08-03"), ["P18M", "PT30M", "P50Y"]);
    assert!(found("Half a dozen firms and half of the voters.", Some("2022-08-03")).is_empty());
}

#[test]
fn the_latest_unit_of_a_run_or_a_ranking_is_the_current_one() {
    // 2022-08-10 is a Wednesday of ISO week 32
    let text = "Bond yields climbed for a fourth consecutive day. Gold slipped for the third week in a row.";
    assert_eq!(values(text, "2022-08-10"), ["2022-08-10", "2022-W32"]);
    let ranked = found("Copper posted its strongest month since March.", Some("2022-08-10"));
    assert_eq!(ranked, [("month".to_string(), Some("2022-08".to_string())), ("March".to_string(), Some("2022-03".to_string()))]);
    // an ordinal without a run is no time of its own
    assert!(found("The third day of talks opened.", Some("2022-08-10")).is_empty());
}

#[test]
fn the_first_number_of_a_range_takes_the_unit_of_the_second() {
    let text = "Repairs will need between 30 and 45 days, perhaps four to six weeks.";
    assert_eq!(values(text, "2022-08-10"), ["P30D", "P45D", "P4W", "P6W"]);
}

#[test]
fn bare_plural_units_after_in_are_durations() {
    let text = "The rally faded in minutes; it was the lowest close in years.";
    assert_eq!(values(text, "2022-08-10"), ["PTXM", "PXY"]);
    // a year after "in" stays a year
    assert_eq!(values("The mill closed in 1998.", "2022-08-10"), ["1998"]);
}

#[test]
fn a_shift_from_now_counts_forward_from_the_reference() {
    assert_eq!(values("The bridge should reopen three months from now.", "2022-08-10"), ["2022-11"]);
}

#[test]
fn a_day_of_the_month_alone_takes_the_narratives_month() {
    let text = "Ballots were mailed on June 2, and counting ended on the 19th.";
    assert_eq!(values(text, "2022-08-10"), ["2022-06-02", "2022-06-19"]);
    // without a day named before, a past clause points to the last such day
    assert_eq!(values("The strike began on the 21st.", "2022-08-10"), ["2022-07-21"]);
    assert!(found("She lives on the 21st floor.", Some("2022-08-10")).is_empty());
}

#[test]
fn numbered_weeks_of_a_month() {
    // 1-7 March 2022 lie mostly in ISO week 9; 25-31 March mostly in week 13
    let text = "Trials run in the first week of March 2022 and end in the last week of March 2022.";
    assert_eq!(values(text, "2022-01-10"), ["2022-W09", "2022-W13"]);
}

#[test]
fn fiscal_years_are_times_of_their_calendar_year() {
    let text = "Revenue in fiscal 2021 beat FY2020, and the miner expects more in the current financial year.";
    let got = found(text, Some("2022-08-10"));
    let surfaces: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(surfaces, ["fiscal 2021", "FY2020", "the current financial year"]);
    assert_eq!(values(text, "2022-08-10"), ["2021", "2020", "2022"]);
    assert_eq!(values("Costs rose last fiscal year.", "2022-08-10"), ["2021"]);
    assert_eq!(values("Margins in FY98 beat FY07.", "2022-08-10"), ["1998", "2007"]);
    // a fiscal year without a year or a determiner is a kind, not a time
    assert!(found("A fiscal year need not match the calendar.", Some("2022-08-10")).is_empty());
}

#[test]
fn the_prior_year_is_the_one_before() {
    assert_eq!(values("Exports fell from the prior year.", "2022-08-10"), ["2021"]);
}

#[test]
fn at_the_time_refers_to_the_period_just_named_or_the_past() {
    let text = "The mine opened in 1971. At the time, the town had one school.";
    assert_eq!(values(text, "2022-08-10"), ["1971", "1971"]);
    assert_eq!(values("At the time, nobody objected.", "2022-08-10"), ["PAST_REF"]);
    // the time of an event is no time of its own
    assert!(found("Nobody was home at the time of the blast.", Some("2022-08-10")).is_empty());
}

#[test]
fn a_clock_time_in_local_time_takes_the_day_beside_it() {
    assert_eq!(values("The ferry docked at 07:15 local time on Sunday.", "2022-08-10"), ["2022-08-07T07:15", "2022-08-07"]);
}

#[test]
fn short_past_participles_mark_a_past_clause() {
    // without the cue, a bare holiday within half a year ahead would be this year's
    assert_eq!(values("The singer died on Christmas Eve.", "2022-08-10"), ["2021-12-24"]);
}

#[test]
fn a_year_number_before_a_unit_counts_years() {
    assert_eq!(found("They revived a 2000 year old rite.", Some("2022-08-10")), [("2000 year".to_string(), Some("P2000Y".to_string()))]);
}

#[test]
fn now_and_then_and_soon_to_be_are_no_times() {
    assert!(found("Every now and then, and now and again, the dam leaks.", Some("2022-08-10")).is_empty());
    // nor is the first word of a compound adjective
    assert!(found("Guests toured the soon-to-open museum.", Some("2022-08-10")).is_empty());
}

#[test]
fn a_participle_after_be_and_the_adjective_last_say_nothing_of_the_tense() {
    // the plan lies ahead: "held" after "be" and "last" before a noun must not make it past
    assert_eq!(values("The runoff is to be held on November 20.", "2022-08-10"), ["2022-11-20"]);
    assert_eq!(values("The last convoy leaves on December 2.", "2022-08-10"), ["2022-12-02"]);
}

#[test]
fn feasts_counted_from_easter() {
    // Easter 2022 fell on April 17
    let text = "Crowds gathered on Palm Sunday, Ash Wednesday had been quiet, and Pentecost drew pilgrims.";
    assert_eq!(values(text, "2022-08-10"), ["2022-04-10", "2022-03-02", "2022-06-05"]);
}

#[test]
fn a_vague_phrase_written_as_a_title_is_a_name() {
    assert!(found("She chairs the Future of Work panel.", Some("2022-08-10")).is_empty());
    assert_eq!(values("Nobody can see the future.", "2022-08-10"), ["FUTURE_REF"]);
}

#[test]
fn a_year_after_a_month_or_day_may_be_old() {
    let text = "The bridge opened on 3 May 1894 and closed in November 1886 for repairs.";
    assert_eq!(values(text, "2022-08-10"), ["1894-05-03", "1886-11"]);
    // alone, such a number is no year
    assert!(found("The wall is 1886 metres long and cost 1750 crowns.", Some("2022-08-10")).is_empty());
}

#[test]
fn capitalized_time_words_inside_a_sentence_name_works_and_wars() {
    let text = "She reread The Power of Now and a history of the Hundred Years War.";
    assert!(found(text, Some("2022-08-10")).is_empty(), "{:?}", found(text, Some("2022-08-10")));
}

#[test]
fn shares_and_paths_are_not_times() {
    let text = "About one-quarter of the output and one quarter of the staff left; see example.org/2019/05/report.";
    assert!(found(text, Some("2022-08-10")).is_empty(), "{:?}", found(text, Some("2022-08-10")));
    // a run of quarters stays a duration
    assert_eq!(values("Output shrank for three straight quarters of the year.", "2022-08-10"), ["P3Q"]);
}

#[test]
fn bare_plural_units_opening_a_clause_are_durations() {
    let text = "Hours after the vote, talks resumed. The rift had been years in the making; \"Decades of neglect,\" she said.";
    assert_eq!(values(text, "2022-08-10"), ["PTXH", "PXY", "PXY"]);
    // inside a noun phrase or a title they stay words
    assert!(found("Our opening hours changed; he starred in Days of Glory.", Some("2022-08-10")).is_empty());
}

#[test]
fn a_year_earlier_after_a_quarter_or_month_is_that_period_a_year_before() {
    let text = "Third-quarter revenue at the grocer slid 8% from a year earlier.";
    assert_eq!(values(text, "2023-11-02"), ["2023-Q3", "2022-Q3"]);
    let text = "In September the port handled more ships than a year before.";
    assert_eq!(values(text, "2023-11-02"), ["2023-09", "2022-09"]);
    // after a year, or counted forward, still a year
    let text = "The mill shut in 2015 and reopened two years later.";
    assert_eq!(values(text, "2023-11-02"), ["2015", "2017"]);
    let text = "The mill shut in May 2015 and reopened two years later.";
    assert_eq!(values(text, "2023-11-02"), ["2015-05", "2017"]);
}

#[test]
fn a_quotation_mark_bounds_the_clause_that_gives_the_tense() {
    // 2024-03-06 is a Wednesday
    let text = "\"I'll raise the matter with the council on Monday,\" the mayor said.";
    assert_eq!(values(text, "2024-03-06"), ["2024-03-11"]);
    let text = "\"We'll see,\" she said of the Friday vote, which was lost.";
    assert_eq!(values(text, "2024-03-06"), ["2024-03-01"]);
}

#[test]
fn a_forecast_year_does_not_make_the_reference_year() {
    let text = "Orders at the shipyard dried up in 2023.\n\nWe expect a recovery in 2025, its chairman said. Output fell in April.";
    let set = times(text, None);
    assert_eq!(set.reference_year, Some(2023));
    assert_eq!(found(text, None).last().unwrap(), &("April".to_string(), Some("2023-04".to_string())));
    // with only a forecast year, that year is still the best guess
    let text = "Prices will climb in 2026, the agency said. Stocks fell in June.";
    assert_eq!(times(text, None).reference_year, Some(2026));
}

#[test]
fn a_year_before_a_numbered_stage_stays_a_year() {
    let text = "Recap of Euro 2024 day seven: the hosts lost.";
    assert_eq!(found(text, Some("2024-06-21")), [("2024".to_string(), Some("2024".to_string()))]);
    assert_eq!(values("It was a 3000 year old road.", "2024-06-21"), ["P3000Y"]);
}

#[test]
fn decimal_counts_of_units_are_durations() {
    let text = "The trial took 2.5 years, with a 1.5-hour hearing; its 4.5% yield and version 3.2 are no times.";
    assert_eq!(values(text, "2024-06-21"), ["P2.5Y", "PT1.5H"]);
}

#[test]
fn these_days_and_at_the_moment_are_the_present() {
    let text = "Few farmers grow rye these days. The line is closed at the moment, the operator said.";
    assert_eq!(values(text, "2024-06-21"), ["PRESENT_REF", "PRESENT_REF"]);
    let text = "Think of these days of plenty, and hold on at the moment of impact.";
    assert!(found(text, Some("2024-06-21")).is_empty());
}

#[test]
fn a_unit_later_than_planned_is_a_delay() {
    let text = "The ferry sailed on 3 May 2021, two days later than scheduled.";
    assert_eq!(found(text, Some("2021-05-04")), [
        ("3 May 2021".to_string(), Some("2021-05-03".to_string())),
        ("two days".to_string(), Some("P2D".to_string())),
    ]);
}
