//! End-to-end behaviour of the entities stage on short made-up news copy: spans follow the annotation
//! conventions (titles, possessives and quote marks outside; places inside hyphenated compounds;
//! nationality words are not entities), and variants of one name are grouped.

use article_lens::entities::{recognize, EntityKind, EntitySet};
use article_lens::tokens::Document;

fn analyze(text: &str) -> EntitySet {
    recognize(&Document::new(text))
}

fn spans<'a>(text: &'a str, set: &EntitySet) -> Vec<(&'a str, EntityKind)> {
    set.mentions.iter().map(|m| (&text[m.start..m.end], set.entities[m.entity].kind)).collect()
}

fn entity_of(text: &str, set: &EntitySet, surface: &str) -> usize {
    let m = set.mentions.iter().find(|m| &text[m.start..m.end] == surface);
    m.unwrap_or_else(|| panic!("no mention {surface:?} in {:?}", spans(text, set))).entity
}

const ARTICLE: &str = "Prime Minister Nouri al-Maliki met President George Bush in Baghdad on Monday, \
officials said. Iraqi lawmakers welcomed the talks.\n\n\
Al-Maliki’s office said the Iran-backed militias must disarm. “We will not wait,” Maliki told reporters.\n\n\
Nuri al-Maliki later flew to Tehran, where he met officials of the Organization of the Petroleum \
Exporting Countries (OPEC). OPEC said prices would stay stable.";

#[test]
fn titles_possessives_and_nationality_words_stay_outside() {
    let set = analyze(ARTICLE);
    let found = spans(ARTICLE, &set);
    assert!(found.contains(&("Nouri al-Maliki", EntityKind::Person)), "{found:?}");
    assert!(found.contains(&("George Bush", EntityKind::Person)), "{found:?}");
    assert!(found.contains(&("Al-Maliki", EntityKind::Person)), "{found:?}");
    assert!(found.contains(&("Baghdad", EntityKind::Loc)), "{found:?}");
    assert!(found.contains(&("Iran", EntityKind::Loc)), "{found:?}");
    assert!(!found.iter().any(|(s, _)| s.contains("Iraqi") || s.contains("Minister") || s.contains("President")));
}

#[test]
fn variants_of_a_name_form_one_entity_with_the_fullest_name() {
    let set = analyze(ARTICLE);
    let maliki = entity_of(ARTICLE, &set, "Nouri al-Maliki");
    for variant in ["Al-Maliki", "Maliki", "Nuri al-Maliki"] {
        assert_eq!(entity_of(ARTICLE, &set, variant), maliki, "{variant}");
    }
    assert_ne!(entity_of(ARTICLE, &set, "George Bush"), maliki);
    assert_eq!(set.entities[maliki].kind, EntityKind::Person);
    assert!(set.entities[maliki].name.ends_with("al-Maliki"));
    let opec = entity_of(ARTICLE, &set, "OPEC");
    assert_eq!(set.entities[opec].name, "Organization of the Petroleum Exporting Countries");
    assert_eq!(set.entities[opec].kind, EntityKind::Org);
}

#[test]
fn a_middle_initial_stays_inside_the_name() {
    let text = "President George W. Bush visited Texas. Bush said the trip was private.";
    let set = analyze(text);
    let found = spans(text, &set);
    assert!(found.contains(&("George W. Bush", EntityKind::Person)), "{found:?}");
    assert_eq!(entity_of(text, &set, "George W. Bush"), entity_of(text, &set, "Bush"));
}

#[test]
fn two_people_sharing_a_surname_stay_apart() {
    let text = "George Bush and Laura Bush visited Texas on Friday. Bush said the trip was private.";
    let set = analyze(text);
    assert_ne!(entity_of(text, &set, "George Bush"), entity_of(text, &set, "Laura Bush"));
}

#[test]
fn junk_and_huge_inputs_give_valid_sets() {
    let long = "Nouri al-Maliki met OPEC in Baghdad. ".repeat(20_000);
    for text in ["", "\u{0}\u{1}\u{2}", "«»„“”‚‘’", "AL-AL-AL-", "The The The", long.as_str()] {
        let set = analyze(text);
        for pair in set.mentions.windows(2) {
            assert!(pair[0].end <= pair[1].start);
        }
        assert!(set.mentions.iter().all(|m| m.entity < set.entities.len() && text.get(m.start..m.end).is_some()));
    }
}

#[test]
fn common_words_opening_a_headline_or_sentence_are_not_names() {
    let text = "Stock markets slide as oil climbs\n\nMarch 3, 2009\n\nShares fell in Tokyo on Tuesday. \
Investors in Germany said orders dropped.";
    let found = spans(text, &analyze(text));
    assert!(found.contains(&("Tokyo", EntityKind::Loc)), "{found:?}");
    for word in ["Stock", "Shares", "Investors"] {
        assert!(!found.iter().any(|(s, _)| s.contains(word)), "{word}: {found:?}");
    }
}

#[test]
fn an_apposition_types_every_mention_of_its_name() {
    // a person named like a country, and a firm with a bare one-word name: the words after the first
    // mention say which they are (without them, a place and a person)
    let text = "Tomas Georgia, a retired nurse from Cork, won the award. Georgia said the prize surprised \
                him. Halvard, a shipping company based in Bergen, cut jobs. Halvard said demand fell.";
    let set = analyze(text);
    let found = spans(text, &set);
    assert!(found.iter().filter(|(s, _)| s.contains("Georgia")).all(|&(_, k)| k == EntityKind::Person), "{found:?}");
    assert!(found.iter().filter(|(s, _)| s.contains("Halvard")).all(|&(_, k)| k == EntityKind::Org), "{found:?}");
    assert!(found.contains(&("Cork", EntityKind::Loc)), "{found:?}");
}

#[test]
fn a_company_name_after_a_dateline_or_a_year_is_found() {
    for text in ["OSLO, March 14, 2010 — Kvaerner Industries said it would close.", "In 2010 Kvaerner Industries said it would close."] {
        let found = spans(text, &analyze(text));
        assert!(found.contains(&("Kvaerner Industries", EntityKind::Org)), "{found:?}");
    }
}
