//! Tests of the span cleanup, over hand-built candidates.

use super::*;

#[test]
fn bio_tags_become_ranges() {
    let mut out = Vec::new();
    // B-PER I-PER O B-LOC B-LOC I-ORG(stray, starts a new ORG)
    from_tags(&[1, 2, 0, 5, 5, 4], 10, &mut out);
    let ranges: Vec<Range<usize>> = out.iter().map(|c| c.tokens.clone()).collect();
    assert_eq!(ranges, [10..12, 13..14, 14..15, 15..16]);
    assert_eq!(out[3].kind, EntityKind::Org);
}

#[test]
fn trims_titles_and_quotes_and_finds_compound_places() {
    let doc = Document::new("“President Bush” met Iran-backed groups and Iraqi leaders.");
    let info = TokenInfo::new(&doc);
    let raw = vec![
        Candidate { tokens: 0..4, kind: EntityKind::Person },
        Candidate { tokens: 10..11, kind: EntityKind::Loc },
    ];
    let words: Vec<Vec<&str>> = clean(&doc, &info, raw)
        .iter()
        .map(|c| c.tokens.clone().map(|i| doc.word(i)).collect())
        .collect();
    assert_eq!(words, [vec!["Bush"], vec!["Iran"]]);
}

#[test]
fn a_country_code_on_a_currency_sign_is_no_place() {
    let doc = Document::new("It paid US$7 billion, or US $7 billion, in the US.");
    let info = TokenInfo::new(&doc);
    let us: Vec<usize> = (0..doc.tokens.len()).filter(|&i| doc.word(i) == "US").collect();
    let raw = us.iter().map(|&i| Candidate { tokens: i..i + 1, kind: EntityKind::Loc }).collect();
    let kept: Vec<usize> = clean(&doc, &info, raw).iter().map(|c| c.tokens.start).collect();
    assert_eq!(kept, us[1..]);
}

#[test]
fn a_name_after_a_model_number_is_the_model_but_not_after_a_year() {
    let doc = Document::new("They bought the Boeing 787 Dreamliner. In 1891 Dvořák left.");
    let info = TokenInfo::new(&doc);
    let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word");
    let raw = ["Dreamliner", "Dvořák"].map(|w| Candidate { tokens: at(w)..at(w) + 1, kind: EntityKind::Org }).to_vec();
    let kept: Vec<&str> = clean(&doc, &info, raw).iter().map(|c| doc.word(c.tokens.start)).collect();
    assert_eq!(kept, ["Dvořák"]);
}

#[test]
fn initials_join_the_parts_of_a_name() {
    let doc = Document::new("George W. Bush met J. K. Rowling.");
    let info = TokenInfo::new(&doc);
    let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word");
    let raw = vec![
        Candidate { tokens: at("George")..at("W") + 1, kind: EntityKind::Person },
        Candidate { tokens: at("Bush")..at("Bush") + 1, kind: EntityKind::Org },
        Candidate { tokens: at("J")..at("J") + 1, kind: EntityKind::Person },
        Candidate { tokens: at("K")..at("K") + 1, kind: EntityKind::Person },
        Candidate { tokens: at("Rowling")..at("Rowling") + 1, kind: EntityKind::Person },
    ];
    let names: Vec<(&str, EntityKind)> = clean(&doc, &info, raw)
        .iter()
        .map(|c| (&doc.text[doc.tokens[c.tokens.start].start..doc.tokens[c.tokens.end - 1].end], c.kind))
        .collect();
    assert_eq!(names, [("George W. Bush", EntityKind::Person), ("J. K. Rowling", EntityKind::Person)]);
}

#[test]
fn initials_in_one_token_join_the_surname_after_them() {
    let doc = Document::new("O.J. Simpson met the U.S. team.");
    let info = TokenInfo::new(&doc);
    let raw = [0, 1].map(|i| Candidate { tokens: i..i + 1, kind: EntityKind::Person }).to_vec();
    assert_eq!(words_of(&doc, &clean(&doc, &info, raw)), ["O.J. Simpson"]);
    assert!(is_dotted_initials("J.R.R.") && is_dotted_initials("O.J.") && !is_dotted_initials("U.S") && !is_dotted_initials("A."));
    assert!(!is_dotted_initials("") && !is_dotted_initials("AB..") && !is_dotted_initials("o.j."));
}

#[test]
fn place_abbreviations_and_web_domains_stay_inside_names() {
    let doc = Document::new("From St. Petersburg and St. Louis, Detik.com reported.");
    let info = TokenInfo::new(&doc);
    let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word");
    let raw = vec![
        Candidate { tokens: at("St")..at("St") + 1, kind: EntityKind::Loc },
        Candidate { tokens: at("Louis") - 2..at("Louis") - 1, kind: EntityKind::Loc },
        Candidate { tokens: at("Louis")..at("Louis") + 1, kind: EntityKind::Loc },
        Candidate { tokens: at("Detik")..at("Detik") + 1, kind: EntityKind::Loc },
    ];
    let names: Vec<(&str, EntityKind)> = clean(&doc, &info, raw)
        .iter()
        .map(|c| (&doc.text[doc.tokens[c.tokens.start].start..doc.tokens[c.tokens.end - 1].end], c.kind))
        .collect();
    let expected = [("St. Petersburg", EntityKind::Loc), ("St. Louis", EntityKind::Loc), ("Detik.com", EntityKind::Org)];
    assert_eq!(names, expected);
}

fn words_of(doc: &Document, found: &[Candidate]) -> Vec<String> {
    found.iter().map(|c| doc.text[doc.tokens[c.tokens.start].start..doc.tokens[c.tokens.end - 1].end].to_string()).collect()
}

#[test]
fn two_list_names_joined_by_and_are_two_names() {
    let doc = Document::new("Airbus and Boeing met in Bosnia and Herzegovina.");
    let info = TokenInfo::new(&doc);
    let raw = vec![Candidate { tokens: 0..3, kind: EntityKind::Org }, Candidate { tokens: 5..8, kind: EntityKind::Loc }];
    assert_eq!(words_of(&doc, &clean(&doc, &info, raw)), ["Airbus", "Boeing", "Bosnia and Herzegovina"]);
}

#[test]
fn parts_of_stock_index_names_are_no_names() {
    let doc = Document::new("The Dow Jones Industrial Average and the Nasdaq Composite fell; Standard & Poor's 500 rose.");
    let info = TokenInfo::new(&doc);
    let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word");
    let raw = vec![
        Candidate { tokens: at("Dow")..at("Jones") + 1, kind: EntityKind::Org },
        Candidate { tokens: at("Nasdaq")..at("Composite") + 1, kind: EntityKind::Org },
        Candidate { tokens: at("Standard")..at("Poor") + 1, kind: EntityKind::Org },
    ];
    assert!(clean(&doc, &info, raw).is_empty());
}

#[test]
fn a_lone_common_word_opening_a_sentence_is_no_name() {
    let doc = Document::new("Rates rose.\n\nShares fell. Investors in Tokyo sold.");
    let info = TokenInfo::new(&doc);
    let raw = ["Shares", "Investors", "Tokyo"]
        .map(|w| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word"))
        .map(|i| Candidate { tokens: i..i + 1, kind: EntityKind::Org })
        .to_vec();
    assert_eq!(words_of(&doc, &clean(&doc, &info, raw)), ["Tokyo"]);
}

#[test]
fn a_lone_word_opening_a_line_that_the_text_writes_in_lower_case_is_no_name() {
    // "Kiln" is no listed common word; the text writes it in lower case, so the capital is the line's.
    // "Brook" is capitalized inside a sentence too: a name there, so a name at the opening as well.
    let doc = Document::new("Kiln town waits\n\nBrook said the kiln shut. Ms. Brook runs the brook farm.");
    let info = TokenInfo::new(&doc);
    let raw = ["Kiln", "Brook"]
        .map(|w| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word"))
        .map(|i| Candidate { tokens: i..i + 1, kind: EntityKind::Person })
        .to_vec();
    assert_eq!(words_of(&doc, &clean(&doc, &info, raw)), ["Brook"]);
}

#[test]
fn a_country_before_its_state_body_joins_it_and_a_place_before_based_is_a_place() {
    let doc = Document::new("The U.S. Department of Energy hired a Leeds-based firm.");
    let info = TokenInfo::new(&doc);
    let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word");
    let raw = vec![
        Candidate { tokens: at("U.S.")..at("U.S.") + 1, kind: EntityKind::Loc },
        Candidate { tokens: at("Department")..at("Energy") + 1, kind: EntityKind::Org },
        Candidate { tokens: at("Leeds")..at("Leeds") + 1, kind: EntityKind::Person },
    ];
    let found = clean(&doc, &info, raw);
    assert_eq!(words_of(&doc, &found), ["U.S. Department of Energy", "Leeds"]);
    assert_eq!(found.iter().map(|c| c.kind).collect::<Vec<_>>(), [EntityKind::Org, EntityKind::Loc]);
}

#[test]
fn a_stock_index_name_ends_the_name_before_it() {
    let doc = Document::new("Traders watched the Japan Nikkei 225 closely.");
    let info = TokenInfo::new(&doc);
    let raw = vec![Candidate { tokens: 3..6, kind: EntityKind::Loc }];
    assert_eq!(words_of(&doc, &clean(&doc, &info, raw)), ["Japan"]);
}

#[test]
fn common_technical_abbreviations_are_no_names() {
    let doc = Document::new("Its SDK reads GPS data over USB.");
    let info = TokenInfo::new(&doc);
    let raw = [1, 3, 6].map(|i| Candidate { tokens: i..i + 1, kind: EntityKind::Org }).to_vec();
    assert!(clean(&doc, &info, raw).is_empty());
}

#[test]
fn an_office_title_with_only_common_words_is_no_name() {
    for (text, kind) in [("Budget balanced, says Finance Minister", EntityKind::Person), ("Wards shut, says Health Secretary", EntityKind::Org)] {
        let doc = Document::new(text);
        let info = TokenInfo::new(&doc);
        assert!(clean(&doc, &info, vec![Candidate { tokens: 4..6, kind }]).is_empty(), "{text}");
    }
}

#[test]
fn a_name_ending_in_a_club_word_is_an_organization() {
    let doc = Document::new("Millbrook Athletic beat Mary Church.");
    let info = TokenInfo::new(&doc);
    let raw = vec![Candidate { tokens: 0..2, kind: EntityKind::Person }, Candidate { tokens: 3..5, kind: EntityKind::Person }];
    let kinds: Vec<EntityKind> = clean(&doc, &info, raw).iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [EntityKind::Org, EntityKind::Person]);
}

#[test]
fn a_name_ending_in_a_firm_word_is_an_organization() {
    let doc = Document::new("Engineers from Tollund Structural met Ada Hale.");
    let info = TokenInfo::new(&doc);
    let raw = vec![Candidate { tokens: 2..4, kind: EntityKind::Person }, Candidate { tokens: 5..7, kind: EntityKind::Person }];
    let kinds: Vec<EntityKind> = clean(&doc, &info, raw).iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [EntityKind::Org, EntityKind::Person]);
}

#[test]
fn products_and_plural_party_members_are_no_entities() {
    let doc = Document::new("Democrats bought an iPod and a Mac OS update from Apple.");
    let info = TokenInfo::new(&doc);
    let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word");
    let raw = vec![
        Candidate { tokens: 0..1, kind: EntityKind::Org },
        Candidate { tokens: at("iPod")..at("iPod") + 1, kind: EntityKind::Org },
        Candidate { tokens: at("Mac")..at("OS") + 1, kind: EntityKind::Org },
        Candidate { tokens: at("Apple")..at("Apple") + 1, kind: EntityKind::Org },
    ];
    assert_eq!(words_of(&doc, &clean(&doc, &info, raw)), ["Apple"]);
}

#[test]
fn a_name_written_after_a_product_is_its_model_unless_a_given_name() {
    let doc = Document::new("Fans queued for the Xbox Series at Harrods, and the iPhone Steve Jobs showed.");
    let raw = vec![
        candidate(&doc, "Series", EntityKind::Org),
        candidate(&doc, "Harrods", EntityKind::Org),
        candidate(&doc, "Steve Jobs", EntityKind::Person),
    ];
    assert_eq!(cleaned_words(&doc, raw), ["Harrods", "Steve Jobs"]);
}

#[test]
fn a_name_introduced_by_a_work_noun_is_no_entity_anywhere_unless_it_acts() {
    let doc = Document::new(
        "Kirsten Lund wrote the novel Harbour Lights in Oslo. Harbour Lights sold well, \
         unlike the book Lund published later.",
    );
    // the `n`th token spelling `word`, as a candidate of `len` tokens
    let nth = |word: &str, n: usize, len: usize, kind: EntityKind| {
        let start = (0..doc.tokens.len()).filter(|&i| doc.word(i) == word).nth(n).expect("the word is in the text");
        Candidate { tokens: start..start + len, kind }
    };
    let raw = vec![
        nth("Kirsten", 0, 2, EntityKind::Person),
        nth("Harbour", 0, 2, EntityKind::Org),
        nth("Oslo", 0, 1, EntityKind::Loc),
        nth("Harbour", 1, 2, EntityKind::Org),
        nth("Lund", 1, 1, EntityKind::Person),
    ];
    assert_eq!(cleaned_words(&doc, raw), ["Kirsten Lund", "Oslo", "Lund"]);
}

#[test]
fn the_place_of_a_dateline_in_capitals_is_a_place() {
    let text = "Bridge to close\n\nKIRKENES, Norway, March 14 — The council voted.\n\nBREAKING — More soon.";
    let doc = Document::new(text);
    // the tagger typed the town an organization and missed the headline word, rightly
    let raw = vec![candidate(&doc, "KIRKENES", EntityKind::Org), candidate(&doc, "Norway", EntityKind::Loc)];
    assert_eq!(cleaned(&doc, raw), [("KIRKENES".to_string(), EntityKind::Loc), ("Norway".to_string(), EntityKind::Loc)]);
    let text = "PORT ELLIS (Reuters) - The council voted on Monday.";
    let doc = Document::new(text);
    assert_eq!(cleaned(&doc, vec![candidate(&doc, "Reuters", EntityKind::Org)]), [
        ("PORT ELLIS".to_string(), EntityKind::Loc),
        ("Reuters".to_string(), EntityKind::Org)
    ]);
}

#[test]
fn a_place_before_a_title_and_a_place_before_a_weekday_are_places() {
    let doc = Document::new("Virginia Governor Bob Hale spoke in Texas Saturday.");
    let info = TokenInfo::new(&doc);
    let raw = vec![
        Candidate { tokens: 0..2, kind: EntityKind::Person },
        Candidate { tokens: 2..4, kind: EntityKind::Person },
        Candidate { tokens: 6..8, kind: EntityKind::Loc },
    ];
    let found = clean(&doc, &info, raw);
    assert_eq!(words_of(&doc, &found), ["Virginia", "Bob Hale", "Texas"]);
    assert_eq!(found[0].kind, EntityKind::Loc);
}

#[test]
fn in_and_at_part_a_name_from_its_place() {
    let doc = Document::new("He taught at the University of California at Berkeley and joined al Qaeda in Iraq.");
    let info = TokenInfo::new(&doc);
    let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.word(i) == w).expect("word");
    let raw = vec![
        Candidate { tokens: at("University")..at("Berkeley") + 1, kind: EntityKind::Org },
        Candidate { tokens: at("al")..at("Iraq") + 1, kind: EntityKind::Org },
    ];
    let found = clean(&doc, &info, raw);
    assert_eq!(words_of(&doc, &found), ["University of California", "Berkeley", "al Qaeda", "Iraq"]);
    let kinds: Vec<EntityKind> = found.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [EntityKind::Org, EntityKind::Loc, EntityKind::Org, EntityKind::Loc]);
}

#[test]
fn an_organization_head_word_after_a_company_name_joins_it() {
    let doc = Document::new("Zentor Computer sold more than Velko Motors Europe did.");
    let info = TokenInfo::new(&doc);
    let raw = [0, 1, 5].map(|i| Candidate { tokens: i..i + 1, kind: EntityKind::Org }).to_vec();
    assert_eq!(words_of(&doc, &clean(&doc, &info, raw)), ["Zentor Computer", "Velko"]);
}

/// The candidate covering the first occurrence of `phrase` (whole words, as the tokenizer splits them).
fn candidate(doc: &Document, phrase: &str, kind: EntityKind) -> Candidate {
    let words: Vec<&str> = Document::new(phrase).tokens.iter().map(|t| &phrase[t.start..t.end]).collect();
    let start = (0..doc.tokens.len())
        .find(|&i| words.iter().enumerate().all(|(k, w)| i + k < doc.tokens.len() && doc.word(i + k) == *w))
        .expect("the phrase is in the text");
    Candidate { tokens: start..start + words.len(), kind }
}

/// The text and type of each candidate left by the cleanup.
fn cleaned(doc: &Document, raw: Vec<Candidate>) -> Vec<(String, EntityKind)> {
    let info = TokenInfo::new(doc);
    let text = |c: &Candidate| doc.text[doc.tokens[c.tokens.start].start..doc.tokens[c.tokens.end - 1].end].to_string();
    clean(doc, &info, raw).iter().map(|c| (text(c), c.kind)).collect()
}

fn cleaned_words(doc: &Document, raw: Vec<Candidate>) -> Vec<String> {
    cleaned(doc, raw).into_iter().map(|(text, _)| text).collect()
}

#[test]
fn an_acronym_defined_for_common_words_is_no_name_anywhere() {
    let text = "Figures come from the Household Budget Survey (HBS) run by Esri. Each HBS asks about fuel; \
                the World Health Organisation (WHO) uses several HBSs.";
    let doc = Document::new(text);
    let raw = vec![
        candidate(&doc, "Household Budget Survey", EntityKind::Org),
        candidate(&doc, "HBS", EntityKind::Org),
        candidate(&doc, "Esri", EntityKind::Org),
        candidate(&doc, "HBS asks", EntityKind::Org),
        candidate(&doc, "World Health Organisation", EntityKind::Org),
        candidate(&doc, "WHO", EntityKind::Org),
        candidate(&doc, "HBSs", EntityKind::Org),
    ];
    // "HBS asks" is cut to "GIS" by the common word, then dropped with the other uses
    assert_eq!(cleaned_words(&doc, raw), ["Esri", "World Health Organisation", "WHO"]);
}

#[test]
fn an_acronym_whose_letters_do_not_match_the_words_before_it_stays() {
    let doc = Document::new("He joined the party of the workers (PKK) last year.");
    let raw = vec![candidate(&doc, "PKK", EntityKind::Org)];
    assert_eq!(cleaned_words(&doc, raw), ["PKK"]);
}

#[test]
fn institution_names_run_over_their_purpose_phrase_and_an_inner_and() {
    let text = "The Carnegie Foundation for the Advancement of Teaching and the Natural History and Energy Museum \
                met the Ford Foundation on Monday, and Harvard and Yale University.";
    let doc = Document::new(text);
    let raw = vec![
        candidate(&doc, "Carnegie Foundation", EntityKind::Org),
        candidate(&doc, "Advancement", EntityKind::Org),
        candidate(&doc, "Natural History", EntityKind::Org),
        candidate(&doc, "Energy Museum", EntityKind::Loc),
        candidate(&doc, "Ford Foundation", EntityKind::Org),
        candidate(&doc, "Harvard", EntityKind::Org),
        candidate(&doc, "Yale University", EntityKind::Org),
    ];
    assert_eq!(
        cleaned_words(&doc, raw),
        [
            "Carnegie Foundation for the Advancement of Teaching",
            "Natural History and Energy Museum",
            "Ford Foundation",
            "Harvard",
            "Yale University"
        ]
    );
}

#[test]
fn a_plural_or_saint_possessive_before_a_head_word_stays_inside_the_name() {
    let text = "The Orchard Growers' Cooperative, the Korean People's Army and St Anne's Hospital met; \
                the Beatles' Apple Corps and Airbus' Delivery Center did not, nor did Maria's Party friends.";
    let doc = Document::new(text);
    let raw = vec![
        candidate(&doc, "Orchard Growers", EntityKind::Org),
        candidate(&doc, "Korean People", EntityKind::Org),
        candidate(&doc, "Army", EntityKind::Org),
        candidate(&doc, "St Anne", EntityKind::Person),
        candidate(&doc, "Beatles", EntityKind::Person),
        candidate(&doc, "Apple Corps", EntityKind::Org),
        candidate(&doc, "Airbus", EntityKind::Org),
        candidate(&doc, "Delivery Center", EntityKind::Loc),
        candidate(&doc, "Maria", EntityKind::Person),
    ];
    assert_eq!(
        cleaned_words(&doc, raw),
        [
            "Orchard Growers' Cooperative",
            "Korean People's Army",
            "St Anne's Hospital",
            "Beatles",
            "Apple Corps",
            "Airbus",
            "Delivery Center",
            "Maria"
        ]
    );
}

#[test]
fn a_follower_word_before_a_persons_name_stays_outside_it() {
    let doc = Document::new("The film starred Buddhist Richard Gere and Sebastian Koch.");
    let raw = vec![candidate(&doc, "Buddhist Richard Gere", EntityKind::Person), candidate(&doc, "Sebastian Koch", EntityKind::Person)];
    assert_eq!(cleaned_words(&doc, raw), ["Richard Gere", "Sebastian Koch"]);
    let doc = Document::new("It quoted Scientologist Ann Marlowe.");
    let raw = vec![candidate(&doc, "Scientologist Ann Marlowe", EntityKind::Person)];
    assert_eq!(cleaned_words(&doc, raw), ["Ann Marlowe"]);
}

#[test]
fn a_listed_company_before_a_listed_place_is_its_branch_there() {
    let text = "Toyota Australia and Siemens India cut jobs; Toyota builds cars in Australia.";
    let doc = Document::new(text);
    let raw = vec![
        candidate(&doc, "Toyota Australia", EntityKind::Loc),
        candidate(&doc, "Siemens", EntityKind::Org),
        candidate(&doc, "India", EntityKind::Loc),
        candidate(&doc, "Toyota builds", EntityKind::Org),
        candidate(&doc, "Australia.", EntityKind::Loc),
    ];
    assert_eq!(
        cleaned(&doc, raw),
        [
            ("Toyota Australia".to_string(), EntityKind::Org),
            ("Siemens India".to_string(), EntityKind::Org),
            ("Toyota".to_string(), EntityKind::Org),
            ("Australia".to_string(), EntityKind::Loc)
        ]
    );
}

#[test]
fn an_acronym_defined_for_an_event_or_a_law_is_no_name_anywhere() {
    let doc = Document::new("Delegates met at the Nordic Fisheries Summit (NFS) in Bergen. NFS ends on Friday.");
    let nfs = (0..doc.tokens.len()).filter(|&i| doc.word(i) == "NFS").collect::<Vec<_>>();
    let raw = vec![
        Candidate { tokens: nfs[0]..nfs[0] + 1, kind: EntityKind::Org },
        candidate(&doc, "Bergen", EntityKind::Loc),
        Candidate { tokens: nfs[1]..nfs[1] + 1, kind: EntityKind::Org },
    ];
    assert_eq!(cleaned_words(&doc, raw), ["Bergen"]);
}
