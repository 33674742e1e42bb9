//! Tests of the whole quotes stage over hand-built entity sets, so that they test attribution and not
//! the entity stage.

use super::*;
use crate::entities::{Entity, EntityKind, Mention};

/// An entity set naming every occurrence of each `(name, kind, canonical)`; a name matches a run of
/// tokens equal to its own tokens.
fn entities(doc: &Document, names: &[(&str, EntityKind, &str)]) -> EntitySet {
    let mut set = EntitySet::default();
    let mut found: Vec<Mention> = Vec::new();
    for (n, (words, kind, canonical)) in names.iter().enumerate() {
        set.entities.push(Entity { kind: *kind, name: canonical.to_string() });
        let name = Document::new(words);
        let words: Vec<&str> = (0..name.tokens.len()).map(|i| name.word(i)).collect();
        for i in 0..doc.tokens.len() {
            let matches = words.iter().enumerate().all(|(k, w)| i + k < doc.tokens.len() && doc.word(i + k) == *w);
            if matches {
                let last = i + words.len() - 1;
                let (start, end) = (doc.tokens[i].start, doc.tokens[last].end);
                found.push(Mention { start, end, tokens: i..last + 1, entity: n });
            }
        }
    }
    found.sort_by_key(|m| m.start);
    set.mentions = found;
    set
}

/// `(quoted text, speaker's canonical name, cue)` for every quote found.
fn quotes<'t>(text: &'t str, names: &[(&str, EntityKind, &str)]) -> Vec<(&'t str, Option<String>, Option<String>)> {
    let doc = Document::new(text);
    let set = entities(&doc, names);
    extract(&doc, &set)
        .into_iter()
        .map(|q| (&text[q.start..q.end], q.speaker.map(|s| set.entities[s].name.clone()), q.cue))
        .collect()
}

fn speaker(name: &str) -> Option<String> {
    Some(name.to_string())
}

const PERSON: EntityKind = EntityKind::Person;
const ORG: EntityKind = EntityKind::Org;

#[test]
fn splits_a_quote_interrupted_by_its_attribution_and_resolves_the_pronoun() {
    let text = "Mustafa Al-Kazemi spoke on Monday.\n\n“We call on you,” he said, “to stay calm.”";
    let found = quotes(text, &[("Mustafa Al-Kazemi", PERSON, "Mustafa Al-Kazemi")]);
    assert_eq!(
        found,
        [
            ("We call on you,", speaker("Mustafa Al-Kazemi"), Some("said".into())),
            ("to stay calm.", speaker("Mustafa Al-Kazemi"), Some("said".into())),
        ]
    );
}

#[test]
fn finds_the_speaker_before_a_colon_and_after_an_inverted_verb() {
    let text = "Al-Sadr said in a statement: “A revolution of reform.”\n\n\"It is over,\" said Ambassador Mohib.";
    let found = quotes(text, &[("Al-Sadr", PERSON, "Muqtada al-Sadr"), ("Mohib", PERSON, "Hamdullah Mohib")]);
    assert_eq!(found[0].0, "A revolution of reform.");
    assert_eq!(found[0].1, speaker("Muqtada al-Sadr"));
    assert_eq!(found[1], ("It is over,", speaker("Hamdullah Mohib"), Some("said".into())));
}

#[test]
fn the_hearer_of_told_is_not_the_speaker() {
    let text = "Jane Smith told Reuters, \"We will appeal.\"";
    let found = quotes(text, &[("Jane Smith", PERSON, "Jane Smith"), ("Reuters", ORG, "Reuters")]);
    assert_eq!(found, [("We will appeal.", speaker("Jane Smith"), Some("told".into()))]);
}

#[test]
fn an_appositive_does_not_hide_the_speaker() {
    let text = "\"It could have been worse,\" Khaled Al-Maeena, editor at the Saudi Gazette, said.";
    let names = [("Khaled Al-Maeena", PERSON, "Khaled Al-Maeena"), ("Saudi Gazette", ORG, "Saudi Gazette")];
    assert_eq!(quotes(text, &names)[0].1, speaker("Khaled Al-Maeena"));
}

#[test]
fn role_nouns_and_it_resolve_to_organizations() {
    let text = "Acme Corp cut 300 jobs.\n\n\"We regret it,\" the company said. \"Sales fell,\" it added.";
    let found = quotes(text, &[("Acme Corp", ORG, "Acme Corp")]);
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|q| q.1 == speaker("Acme Corp")));
}

#[test]
fn unnamed_sources_get_no_speaker() {
    let text = "John Baird spoke.\n\nOne poster wrote, \"I have loaded up the tool and started.\"";
    let found = quotes(text, &[("John Baird", PERSON, "John Baird")]);
    assert_eq!(found, [("I have loaded up the tool and started.", None, Some("wrote".into()))]);
}

#[test]
fn scare_quotes_titles_and_terms_are_not_quotes() {
    let text = "It was seen as a message of “challenge” or defiance. They named their robot \"Robogee.\" \
                The site added the words \"and Emergency\" to the name. Parole gave them \"parole\" status.";
    assert_eq!(quotes(text, &[]), []);
}

#[test]
fn short_phrases_count_when_a_cue_attributes_them() {
    let text = "John Key said the change has a \"strong rationale\". The team was granted \"parole\" status.";
    let found = quotes(text, &[("John Key", PERSON, "John Key")]);
    assert_eq!(found, [("strong rationale", speaker("John Key"), Some("said".into()))]);
}

#[test]
fn according_to_names_the_source_of_a_long_quote_but_does_not_make_a_phrase_a_quote() {
    let text = "According to Yonhap, the army must prepare a \"quasi-state of war\". By then \"her skin was \
                weeping and her body malnourished\", according to the Herald.";
    let found = quotes(text, &[("Yonhap", ORG, "Yonhap"), ("Herald", ORG, "The Sydney Morning Herald")]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, speaker("The Sydney Morning Herald"));
    assert_eq!(found[0].2.as_deref(), Some("according to"));
}

#[test]
fn a_quote_continued_over_paragraphs_keeps_its_speaker() {
    let text = "Caitlin Boswell said: \"People need quicker decisions.\n\n\"No one should be refused.\"\n\n\
                Other news followed.";
    let found = quotes(text, &[("Caitlin Boswell", PERSON, "Caitlin Boswell")]);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].0, "People need quicker decisions.");
    assert!(found.iter().all(|q| q.1 == speaker("Caitlin Boswell")));
}

#[test]
fn a_quote_with_no_cue_takes_the_speaker_of_the_quote_before() {
    let text = "\"Seventeen years ago, this was impossible,\" said Mohib.\n\n\"They represent our hopes.\"";
    let found = quotes(text, &[("Mohib", PERSON, "Hamdullah Mohib")]);
    assert_eq!(found.len(), 2);
    assert_eq!(found[1], ("They represent our hopes.", speaker("Hamdullah Mohib"), None));
}

#[test]
fn a_surname_the_entity_stage_missed_still_names_the_speaker() {
    let text = "Steve Whitmore is a spokesman.\n\nWhitmore told reporters, \"He turned himself in.\"";
    // only the first mention is known to the entity set
    let doc = Document::new(text);
    let mut set = entities(&doc, &[("Steve Whitmore", PERSON, "Steve Whitmore")]);
    set.mentions.truncate(1);
    let found = extract(&doc, &set);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker, Some(0));
}

#[test]
fn quotes_are_in_text_order_and_do_not_overlap() {
    let text = "“A,” she said. “B ‘inner’ C,” he said. \"D\" said Lee. Then “unclosed\n\n«E» dit-il.";
    let doc = Document::new(text);
    let found = extract(&doc, &EntitySet::default());
    assert!(!found.is_empty());
    for pair in found.windows(2) {
        assert!(pair[0].end <= pair[1].start);
    }
}

#[test]
fn never_panics_on_odd_input() {
    let junk = [
        "",
        "\"",
        "“",
        "” ” ” “ “",
        "'''\"\"\"",
        "said, \"",
        "\" said he",
        ":\"",
        "according to",
        "the company said",
        "« » ‹ › 「 」 『 』 ＂ „ ‚ ‛ ‟",
        "\u{0}\u{1}\"\u{FFFF}\"",
        "Ünïcödé “ünïcödé,” sagte Ünal. 日本語「引用」と言った。",
    ];
    for text in junk {
        let doc = Document::new(text);
        let set = crate::entities::recognize(&doc);
        for q in extract(&doc, &set) {
            assert!(q.start <= q.end && q.end <= text.len());
            assert!(q.speaker.is_none_or(|s| s < set.entities.len()));
        }
    }
    let long = "He said, \"yes\" and “no” or 'maybe' \" ".repeat(5000);
    let doc = Document::new(&long);
    let found = extract(&doc, &crate::entities::recognize(&doc));
    assert!(found.windows(2).all(|w| w[0].end <= w[1].start));
}

#[test]
fn a_person_after_the_verb_beats_the_organization_in_the_title() {
    let text = "\"We love the Beatles,\" said Apple Inc. CEO Steve Jobs.";
    let names = [("Apple Inc.", ORG, "Apple Inc."), ("Steve Jobs", PERSON, "Steve Jobs")];
    assert_eq!(quotes(text, &names)[0].1, speaker("Steve Jobs"));
}

#[test]
fn a_participle_after_a_preposition_or_comma_takes_the_sentence_subject() {
    let text = "Michael O'Leary justified his choice of Boeing by saying, \"The 737 is the most reliable jet.\"";
    let names = [("Michael O'Leary", PERSON, "Michael O'Leary"), ("Boeing", ORG, "Boeing")];
    assert_eq!(quotes(text, &names)[0].1, speaker("Michael O'Leary"));
    let text = "Campaigners criticised it, with Caitlin Boswell stating: \"This is clumsy and unthinking.\"";
    assert_eq!(quotes(text, &[("Caitlin Boswell", PERSON, "Caitlin Boswell")])[0].1, speaker("Caitlin Boswell"));
}

#[test]
fn british_single_quotes_and_indefinite_roles() {
    let text = "Keir Starmer attacked the budget.\n\n‘This is a budget for the few,’ he told MPs.\n\n\
                A Treasury spokeswoman said: 'The plan protects the most vulnerable.'";
    let found = quotes(text, &[("Keir Starmer", PERSON, "Keir Starmer")]);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0], ("This is a budget for the few,", speaker("Keir Starmer"), Some("told".into())));
    assert_eq!(found[1].1, None);
}

#[test]
fn a_hyphenated_surname_the_entity_stage_missed_still_names_the_speaker() {
    let text = "Muqtada al-Sadr spoke.\n\nLater al-Sadr wrote, \"The message has arrived.\"";
    let doc = Document::new(text);
    let mut set = entities(&doc, &[("Muqtada al-Sadr", PERSON, "Muqtada al-Sadr")]);
    set.mentions.truncate(1);
    assert_eq!(extract(&doc, &set)[0].speaker, Some(0));
}

#[test]
fn a_naming_verb_earlier_in_the_sentence_makes_a_name() {
    let text = "Writing in a blog post, Matthew Ingram dubbed the conflict over the video: \"Scientology vs. the \
                Internet, part XVII\".";
    assert_eq!(quotes(text, &[("Matthew Ingram", PERSON, "Matthew Ingram")]), []);
}

#[test]
fn a_title_with_its_period_before_the_speaker_after_the_verb() {
    let text = "“This is the day we waited for,” said Dr. Tedros Ghebreyesus, the agency's head.";
    let found = quotes(text, &[("Tedros Ghebreyesus", PERSON, "Tedros Ghebreyesus")]);
    assert_eq!(found, [("This is the day we waited for,", speaker("Tedros Ghebreyesus"), Some("said".into()))]);
}

#[test]
fn a_quote_after_the_sentence_of_the_last_one_keeps_its_speaker_past_a_participle_tail() {
    let text = "Coach Mirela Danu was angry. \"That call was wrong,\" she said, adding that the referee had not \
                watched the replay. \"We will appeal on Monday.\"";
    let found = quotes(text, &[("Mirela Danu", PERSON, "Mirela Danu")]);
    assert_eq!(found.len(), 2);
    assert_eq!(found[1], ("We will appeal on Monday.", speaker("Mirela Danu"), None));
}

#[test]
fn a_participle_speaks_for_the_subject_not_for_a_name_after_the_verb_or_in_brackets() {
    let text = "LYON (Agence Lumen) - A magistrate on Friday fined builder Odile Ferrand heavily, calling the repairs \"a danger to every tenant.\"";
    let found = quotes(text, &[("Agence Lumen", ORG, "Agence Lumen"), ("Odile Ferrand", PERSON, "Odile Ferrand")]);
    assert_eq!(found, [("a danger to every tenant.", None, Some("calling".into()))]);
}

#[test]
fn a_headline_role_is_the_person_the_article_introduces_with_it() {
    let text = "'We will not pay,' says Transport Secretary as rail talks fail\n\n\
                The Department of Transport said on Friday that talks had failed.\n\n\
                Transport Secretary Amira Dalton told reporters the offer was final.";
    let names = [("Department of Transport", ORG, "Department of Transport"), ("Amira Dalton", PERSON, "Amira Dalton")];
    let found = quotes(text, &names);
    assert_eq!(found, [("We will not pay,", speaker("Amira Dalton"), Some("says".into()))]);
}
