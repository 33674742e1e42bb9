//! Tests of the whole times stage on short texts of my own: recognition and resolution together.
//! (The older tests are in `tests/times.rs`.)

use super::extract;
use crate::tokens::Document;

/// `(surface, value)` of every time `extract` finds in `text` against `date`.
fn found(text: &str, date: &str) -> Vec<(String, String)> {
    let doc = Document::new(text);
    let set = extract(&doc, Some(date));
    set.times.iter().map(|t| (text[t.start..t.end].to_string(), t.value.clone().unwrap_or_default())).collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|&(s, v)| (s.to_string(), v.to_string())).collect()
}

#[test]
fn the_start_of_a_range_takes_the_year_of_its_end() {
    let text = "Output grew between February and April 2003, and the show ran from May 30 to June 2, 2004.";
    let expected = [("February", "2003-02"), ("April 2003", "2003-04"), ("May 30", "2004-05-30"), ("June 2, 2004", "2004-06-02")];
    assert_eq!(found(text, "2006-09-20"), pairs(&expected));
}

#[test]
fn a_range_across_new_year_starts_in_the_year_before() {
    let text = "Trading halted from November to January 2011 and again from 27 December to 4 January 2012.";
    let expected =
        [("November", "2010-11"), ("January 2011", "2011-01"), ("27 December", "2011-12-27"), ("4 January 2012", "2012-01-04")];
    assert_eq!(found(text, "2013-05-02"), pairs(&expected));
}

#[test]
fn a_month_before_an_undated_month_keeps_the_reference_year() {
    let text = "Prices rose in February and April, and the firm reported on June 2.";
    let values: Vec<String> = found(text, "2006-09-20").into_iter().map(|(_, v)| v).collect();
    assert_eq!(values, ["2006-02", "2006-04", "2006-06-02"]);
}

#[test]
fn a_year_opening_a_sentence_holds_for_its_undated_months() {
    let text = "In 2003, the mill reopened in April and shut on August 9. During 2001, output fell in the third quarter.";
    let expected =
        [("2003", "2003"), ("April", "2003-04"), ("August 9", "2003-08-09"), ("2001", "2001"), ("the third quarter", "2001-Q3")];
    assert_eq!(found(text, "2007-02-14"), pairs(&expected));
}

#[test]
fn a_year_inside_a_sentence_or_before_it_leaves_its_months_to_the_reference() {
    let text = "The mill, built in 1987, said in January it would close. In 2003, it reopened. It shut in January. \
                By 2010, it will hire, starting in March.";
    let values: Vec<String> = found(text, "2007-02-14").into_iter().map(|(_, v)| v).collect();
    assert_eq!(values, ["1987", "2007-01", "2003", "2007-01", "2010", "2007-03"]);
}

#[test]
fn a_numeric_date_is_read_day_first_when_its_first_number_cannot_be_a_month() {
    let text = "Filed on 23/11/2004, amended on 4/5/2005, void on 31/2/2005.";
    let expected = [("23/11/2004", "2004-11-23"), ("4/5/2005", "2005-04-05")];
    assert_eq!(found(text, "2006-09-20"), pairs(&expected));
}

#[test]
fn a_year_first_date_may_be_written_with_slashes() {
    assert_eq!(found("Posted 2004/11/23.", "2006-09-20"), pairs(&[("2004/11/23", "2004-11-23")]));
}

#[test]
fn a_clock_time_may_carry_its_marker_written_on() {
    let text = "Doors open at 7:30pm and close at 12:15am; the vote ended at 9:05AM.";
    let expected = [("7:30pm", "2006-09-20T19:30"), ("12:15am", "2006-09-20T00:15"), ("9:05AM", "2006-09-20T09:05")];
    assert_eq!(found(text, "2006-09-20"), pairs(&expected));
}

#[test]
fn twelve_am_written_on_is_midnight() {
    let expected = [("12am", "2006-09-20T00:00"), ("12pm", "2006-09-20T12:00")];
    assert_eq!(found("It closed at 12am and reopened at 12pm.", "2006-09-20"), pairs(&expected));
}

#[test]
fn a_time_zone_may_stand_in_brackets() {
    let text = "The launch is set for 14:00 (UTC) and the landing for 18:30 (EDT).";
    let expected = [("14:00 (UTC)", "2006-09-20T14:00Z"), ("18:30 (EDT)", "2006-09-20T18:30")];
    assert_eq!(found(text, "2006-09-20"), pairs(&expected));
}

#[test]
fn a_gerund_after_the_day_opens_a_clause_of_its_own() {
    let text = "Shares sank yesterday but rallied late in the day after losing 3%. The vote came the day after.";
    let expected = [("yesterday", "2011-03-14"), ("the day", "2011-03-14"), ("the day after", "2011-03-15")];
    assert_eq!(found(text, "2011-03-15"), pairs(&expected));
}

#[test]
fn a_clock_time_in_a_past_clause_is_on_the_day_the_text_named_last() {
    let text = "The election was held on Sunday. After the polls closed at 22:30, counting began.";
    let expected = [("Sunday", "2016-09-04"), ("22:30", "2016-09-04T22:30")];
    assert_eq!(found(text, "2016-09-09"), pairs(&expected));
}

#[test]
fn a_clock_time_is_on_the_day_its_sentence_named() {
    let text = "The probe landed on Sunday near the pole at 14:05 UTC. The next burn is at 09:30 UTC.";
    let expected = [("Sunday", "2014-11-09"), ("14:05 UTC", "2014-11-09T14:05Z"), ("09:30 UTC", "2014-11-12T09:30Z")];
    assert_eq!(found(text, "2014-11-12"), pairs(&expected));
}

#[test]
fn the_final_or_last_quarter_of_a_year_is_its_fourth() {
    let text = "Sales fell in the final quarter of 2012 and in the last quarter of 2013, but rose last quarter.";
    let expected =
        [("the final quarter of 2012", "2012-Q4"), ("the last quarter of 2013", "2013-Q4"), ("last quarter", "2014-Q1")];
    assert_eq!(found(text, "2014-05-20"), pairs(&expected));
}

#[test]
fn a_date_after_a_recurrence_and_a_preposition_of_time_is_a_time() {
    let text = "Exports grew every year since 2001 and each month from March, as he played every week from 1932 to 1936.";
    let expected = [("2001", "2001"), ("March", "2006-03"), ("1932", "1932"), ("1936", "1936")];
    assert_eq!(found(text, "2006-09-20"), pairs(&expected));
    // the recurrence itself stays out, but not the period it falls in
    assert!(found("The board meets every Monday at noon.", "2006-09-20").is_empty());
    assert_eq!(found("Prices rose every month this year.", "2006-09-20"), pairs(&[("this year", "2006")]));
}

#[test]
fn a_year_before_1900_is_a_time_after_a_preposition_of_time() {
    let text = "The bank, founded in 1872, ruled from 1598 to 1722 and between 1656 and 1662; in 1200 stores, the index fell to 1250 and rose by 1500.";
    let expected = [("1872", "1872"), ("1598", "1598"), ("1722", "1722"), ("1656", "1656"), ("1662", "1662")];
    assert_eq!(found(text, "2006-09-20"), pairs(&expected));
    // a range end needs its start: at the very beginning of a text there is none
    assert!(found("to 1722", "2006-09-20").is_empty());
}

#[test]
fn a_part_of_the_narrative_day_is_a_time_of_that_day() {
    let text = "Police arrived on Monday. That night they waited, the next morning they searched, and later that evening they left.";
    let expected = [("Monday", "2006-09-18"), ("That night", "2006-09-18TNI"), ("the next morning", "2006-09-19TMO"), ("later that evening", "2006-09-19TEV")];
    assert_eq!(found(text, "2006-09-20"), pairs(&expected));
    // a title is no time
    assert!(found("He read I Hate to See That Evening Sun Go Down.", "2006-09-20").is_empty());
}

#[test]
fn the_day_around_a_named_day_is_one_time() {
    let text = "Shops reopened the day after Christmas 2005, the vote came the day before March 3, and he left the day after Monday's vote.";
    let expected =
        [("the day after Christmas 2005", "2005-12-26"), ("the day before March 3", "2006-03-02"), ("the day after Monday", "2006-09-19")];
    assert_eq!(found(text, "2006-09-20"), pairs(&expected));
}

#[test]
fn a_part_of_a_named_day_is_one_time_with_that_part() {
    let text = "Police came on the morning of June 3, the fire began the night of March 14, 2008, and crowds gathered the night before Christmas.";
    let expected = [
        ("the morning of June 3", "2006-06-03TMO"),
        ("the night of March 14, 2008", "2008-03-14TNI"),
        ("the night before Christmas", "2005-12-24TNI"),
    ];
    assert_eq!(found(text, "2006-09-20"), pairs(&expected));
    let text = "Police came on Monday. The night before, rain fell.";
    assert_eq!(found(text, "2006-09-20"), pairs(&[("Monday", "2006-09-18"), ("The night before", "2006-09-17TNI")]));
    let text = "Police came on Monday. The morning after, they left.";
    assert_eq!(found(text, "2006-09-20"), pairs(&[("Monday", "2006-09-18"), ("The morning after", "2006-09-19TMO")]));
}

#[test]
fn a_decade_in_words_after_the_is_a_decade() {
    let text = "Music changed in the Sixties and again during the early nineties.";
    assert_eq!(found(text, "2006-09-20"), pairs(&[("the Sixties", "196X"), ("early nineties", "199X")]));
    // an age or a temperature is no decade
    assert!(found("She is in her early thirties, and highs will be in the low nineties.", "2006-09-20").is_empty());
}

#[test]
fn day_to_day_is_no_time() {
    assert!(found("The day to day business of the court went on.", "2006-09-20").is_empty());
    assert_eq!(found("Police came on Monday. The day was cold.", "2006-09-20"), pairs(&[("Monday", "2006-09-18"), ("The day", "2006-09-18")]));
}

#[test]
fn a_weekday_written_straight_after_a_clock_time_is_part_of_it() {
    let text = "The order was filed at 9:15 GMT Thursday, and the hearing ran from noon Tuesday to 4 p.m. on Friday.";
    let expected =
        [("9:15 GMT Thursday", "2014-11-06T09:15Z"), ("noon Tuesday", "2014-11-11T12:00"), ("4 p.m.", "2014-11-07T16:00"), ("Friday", "2014-11-07")];
    assert_eq!(found(text, "2014-11-12"), pairs(&expected));
}

#[test]
fn the_long_or_short_term_after_a_preposition_is_the_future() {
    let text = "In the long term the dam pays, but over the short run, and for the long term care of the sick, it costs.";
    let expected = [("the long term", "FUTURE_REF"), ("the short run", "FUTURE_REF")];
    assert_eq!(found(text, "2014-11-12"), pairs(&expected));
}

#[test]
fn the_current_state_of_things_is_the_present() {
    let text = "Given the current state of the roads, the current account deficit and swimmers fighting the current, we wait.";
    assert_eq!(found(text, "2014-11-12"), pairs(&[("current", "PRESENT_REF")]));
}

#[test]
fn a_month_of_that_year_takes_the_year_the_text_last_named() {
    let text = "Oil peaked in July 2008 before falling by December of that year, and in March the following year it rose.";
    let expected = [("July 2008", "2008-07"), ("December of that year", "2008-12"), ("March the following year", "2009-03")];
    assert_eq!(found(text, "2010-06-16"), pairs(&expected));
}

#[test]
fn the_same_period_of_a_year_is_the_period_just_named_in_that_year() {
    let text = "Sales rose in the first quarter from the same quarter of 2008, and in May from the same period of 2007.";
    let expected =
        [("the first quarter", "2010-Q1"), ("the same quarter of 2008", "2008-Q1"), ("May", "2010-05"), ("the same period of 2007", "2007-05")];
    assert_eq!(found(text, "2010-06-16"), pairs(&expected));
}

#[test]
fn a_clock_time_in_two_zones_is_on_the_day_named_after_both() {
    let text = "The quake struck at 10:30 a.m. local time (1430 UTC) on Thursday.";
    let expected = [("10:30 a.m. local time", "2010-11-04T10:30"), ("1430 UTC", "2010-11-04T14:30Z"), ("Thursday", "2010-11-04")];
    assert_eq!(found(text, "2010-11-10"), pairs(&expected));
}

#[test]
fn a_number_after_a_numbered_noun_is_no_year() {
    let text = "Under Resolution 1973 the convoy took Highway 2001 and Flight 2012 to Oslo in 2011.";
    assert_eq!(found(text, "2011-05-02"), pairs(&[("2011", "2011")]));
}

#[test]
fn a_month_with_its_year_holds_for_the_clause_joined_to_it() {
    let text = "Oil hit a record in July 2008 and then fell in December. The mill opened in spring 1998, and closed in the fall. \
                The firm, sold in June 2005, said in March it would close.";
    let expected = [
        ("July 2008", "2008-07"),
        ("December", "2008-12"),
        ("spring 1998", "1998-SP"),
        ("fall", "1998-FA"),
        ("June 2005", "2005-06"),
        ("March", "2010-03"),
    ];
    assert_eq!(found(text, "2010-11-10"), pairs(&expected));
}

#[test]
fn a_season_after_an_indefinite_article_or_before_a_name_is_no_time() {
    let text = "A spring in the seat broke. Spring Street flooded, a summer resort closed, and it will reopen in the summer.";
    assert_eq!(found(text, "2010-11-10"), pairs(&[("summer", "2011-SU")]));
}

#[test]
fn later_after_a_clock_unit_is_no_future() {
    assert!(found("A minute later he left, and had it come an hour later it would have hit.", "2010-11-10").is_empty());
}

#[test]
fn this_weekend_in_a_past_clause_on_a_weekday_is_the_one_just_gone() {
    // 2016-09-07 is a Wednesday of ISO week 36
    let text = "The fair drew crowds this weekend, and the final will be held this weekend.";
    assert_eq!(found(text, "2016-09-07"), pairs(&[("this weekend", "2016-W35-WE"), ("this weekend", "2016-W36-WE")]));
    // on a Sunday the weekend under way is this one
    assert_eq!(found("The fair drew crowds this weekend.", "2016-09-11"), pairs(&[("this weekend", "2016-W36-WE")]));
}
