//! The timeline: calendar order, one item per value, labels drawn from the dated clause.

use article_lens::entities::EntitySet;
use article_lens::timeline::{build, TimelineItem};
use article_lens::times::extract;
use article_lens::tokens::Document;

fn timeline(text: &str, date: &str) -> Vec<TimelineItem> {
    let doc = Document::new(text);
    let times = extract(&doc, Some(date));
    build(&doc, &EntitySet::default(), &[], &times)
}

/// The labels of the timeline of `text` against `date`, in order.
fn labels_of(text: &str, date: &str) -> Vec<String> {
    timeline(text, date).into_iter().map(|i| i.label).collect()
}

#[test]
fn items_are_in_calendar_order_with_periods_before_their_parts() {
    let text = "The talks collapsed on July 31, 2022. The strike began in July 2022. \
                Prices rose in 2022. The party was founded in the 1990s. Officials met again on Monday.";
    let values: Vec<String> = timeline(text, "2022-08-02").into_iter().map(|i| i.value).collect();
    assert_eq!(values, ["199X", "2022", "2022-07", "2022-07-31", "2022-08-01"]);
}

#[test]
fn one_item_per_value_keeps_the_first_clause() {
    let text = "Talks collapsed on Monday. Protesters stormed parliament on Monday.";
    let items = timeline(text, "2022-08-02");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].value, "2022-08-01");
    assert_eq!(&text[items[0].start..items[0].end], "Talks collapsed on Monday.");
}

#[test]
fn vague_references_durations_and_datelines_make_no_item() {
    let text = "Peace talks\n\nAugust 2, 2022\n\nThe talks have recently stalled after two years.";
    assert!(timeline(text, "2022-08-02").is_empty());
}

#[test]
fn a_dateline_inside_the_first_paragraph_makes_no_item() {
    let text = "PORT ELLIS, March 14, 2023 — The city council voted on Monday to close the bridge.";
    let values: Vec<String> = timeline(text, "2023-03-14").into_iter().map(|i| i.value).collect();
    assert_eq!(values, ["2023-03-13"]);
}

#[test]
fn a_subject_after_a_reporting_verb_leaves_the_verb_out() {
    let text = "\"We cannot wait,\" said Mayor Dana Whitcombe, who proposed the closure last week.";
    let items = timeline(text, "2023-03-14");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].label, "Mayor Dana Whitcombe proposed the closure");
}

#[test]
fn labels_say_who_did_what_without_the_date() {
    let text = "On Monday, the leader of the movement, Muqtada al-Sadr, called on his supporters to withdraw \
                from the parliament building and the Green Zone.";
    let items = timeline(text, "2022-08-02");
    assert_eq!(items.len(), 1);
    let label = &items[0].label;
    assert!(label.contains("called on his supporters"), "{label}");
    assert!(!label.contains("Monday") && !label.starts_with("On"), "{label}");
    assert!(label.split_whitespace().count() <= 13, "{label}");

    let text = "The civil war tore the country apart from 2004 to 2010, and Maliki was ousted in 2014.";
    let items = timeline(text, "2022-08-02");
    let labels: Vec<&str> = items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["The civil war tore the country apart", "The civil war tore the country apart", "Maliki was ousted"]);
}

#[test]
fn a_time_that_owns_a_noun_ends_the_label_and_though_ends_a_subject() {
    let text = "Crews began to repair the sea wall that was breached during last month's gales.";
    let items = timeline(text, "2025-03-12");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].value, "2025-02");
    assert!(items[0].label.ends_with("was breached"), "{}", items[0].label);

    let text = "Nobody has signed it yet, though Ms. Okafor said she had met three ministers last week.";
    let items = timeline(text, "2024-10-03");
    assert_eq!(items.len(), 1);
    assert!(items[0].label.starts_with("Ms. Okafor said"), "{}", items[0].label);
}

#[test]
fn a_pronoun_subject_takes_the_name_of_the_quoted_speaker() {
    let text = "Ferry captain Ingrid Solberg welcomed the plan. \"We have waited years for this,\" she said on Wednesday.";
    let analysis = article_lens::analyze(text, &article_lens::Options { date: Some("2025-03-14".into()) });
    let item = analysis.timeline.iter().find(|i| i.value == "2025-03-12").expect("an item for Wednesday");
    assert_eq!(item.label, "Ingrid Solberg said");
    let speaker = analysis.quotes[0].speaker.clone().expect("the quote has a speaker");
    assert!(item.entities.contains(&speaker), "{:?}", item.entities);
}

#[test]
fn a_comma_and_while_or_but_open_a_clause_of_their_own() {
    let text = "The home side hosts the champions next Sunday, while the visitors travel to Harwick on December 1.";
    let items = timeline(text, "2024-11-11");
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].label, "The home side hosts the champions");
    assert!(items[1].label.starts_with("The visitors travel"), "{}", items[1].label);
}

#[test]
fn a_place_after_commas_is_not_the_subject() {
    let text = "The brewer, based in Leeds, England, reported a loss in March 2024.";
    let analysis = article_lens::analyze(text, &article_lens::Options { date: Some("2025-01-30".into()) });
    assert_eq!(analysis.timeline.len(), 1);
    assert_eq!(analysis.timeline[0].label, "The brewer reported a loss");
}

#[test]
fn a_relative_clause_between_commas_leaves_the_subject_before_it() {
    let text = "Tomas Rehn, whose maps of the northern rivers guided surveyors for decades, died on Sunday in Umea.";
    let items = timeline(text, "2024-05-14");
    assert_eq!(items.len(), 1);
    assert!(items[0].label.starts_with("Tomas Rehn died"), "{}", items[0].label);
}

#[test]
fn a_clock_time_and_its_day_in_one_clause_are_one_item() {
    // 2022-08-02 is a Tuesday; the 14:00 of the second sentence is on the Monday too, but of another
    // clause, so an item of its own
    let text = "The ferry left Hobart on Monday at 06:15 UTC. Its crew landed at 14:00 UTC, officials said.";
    let items = timeline(text, "2022-08-02");
    let values: Vec<&str> = items.iter().map(|i| i.value.as_str()).collect();
    assert_eq!(values, ["2022-08-01", "2022-08-01T14:00Z"]);
    assert_eq!(&text[items[0].start..items[0].end], "The ferry left Hobart on Monday at 06:15 UTC.");
}

#[test]
fn a_description_after_the_subject_leaves_the_subject_in_the_label() {
    let label = |text: &str| labels_of(text, "2022-08-02");
    assert_eq!(label("Halvard, a shipping company based in Bergen, cut 300 jobs on Monday."), ["Halvard cut 300 jobs"]);
    // a name set after a description is the subject the reader knows
    assert_eq!(label("The biggest index, the Dow Jones, fell 2% on Monday."), ["The Dow Jones fell 2%"]);
    // a participle opens a description too
    assert_eq!(label("The Vessel Company, owned by Lund, cut 300 jobs on Monday."), ["The Vessel Company cut 300 jobs"]);
}

#[test]
fn a_clause_after_and_that_opens_with_its_own_time_is_its_own_item() {
    let labels = |text: &str| labels_of(text, "2022-08-02");
    assert_eq!(
        labels("Workers marched to the harbour on Monday, and the next morning the union met the board."),
        ["Workers marched to the harbour", "The union met the board"]
    );
    // a second verb of the same subject stays in one clause with it
    assert_eq!(labels("He joined the firm in 1990, and in 1995 signed a contract."), ["He joined the firm", "He joined the firm"]);
}

#[test]
fn a_time_inside_a_noun_phrase_stays_in_the_label() {
    let labels = |text: &str| labels_of(text, "2022-08-02");
    assert_eq!(labels("Ostrander won the 2004 mayoral race."), ["Ostrander won the 2004 mayoral race"]);
    assert_eq!(labels("Vell was re-elected in the 1955 and 1959 elections."), ["Vell was re-elected in the 1955 and 1959 elections"; 2]);
    // an adverbial time still goes, with its preposition
    assert_eq!(labels("Ostrander won the race in 2004."), ["Ostrander won the race"]);
}

#[test]
fn a_verb_after_and_then_takes_the_subject_of_the_verb_before() {
    let labels = |text: &str| labels_of(text, "2010-03-14");
    assert_eq!(
        labels("The mill hit a record in July 2008 and then lost money from December."),
        ["The mill hit a record", "The mill then lost money"]
    );
    // the subject of the verb before is found as that verb's own is, past a description
    assert_eq!(
        labels("The mill, opened in 1908, hit a record in July 2008 and then lost money from December."),
        ["The mill opened", "The mill hit a record", "The mill then lost money"]
    );
}

#[test]
fn a_long_subject_keeps_its_head_before_a_place_after_a_preposition() {
    let labels = |text: &str| labels_of(text, "2014-10-09");
    assert_eq!(labels("Dock workers at the big port of Kvalvik returned to work on Thursday."), ["Dock workers returned to work"]);
    assert_eq!(labels("Sales of new family cars in the United States fell in September."), ["Sales fell"]);
}
