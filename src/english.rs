//! English word lists that more than one stage reads. Kept here, once, so that the stages agree on
//! them; each stage keeps the words only it needs.

/// Irregular past-tense verbs, the ones an "-ed" ending does not give away ("said", "took", "wrote"):
/// the times read them as cues of a past clause, the timeline as verbs of a label, the entities as the
/// verb that makes a name after a work noun a subject ("the book Lund wrote").
pub const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "took", "made", "went", "came", "gave", "met", "began", "won", "lost", "held", "left", "led",
    "saw", "fell", "rose", "sold", "bought", "spoke", "wrote", "became", "got", "found", "paid", "sent", "brought",
    "built", "struck", "hit", "ran", "kept", "put", "cut", "shot", "broke", "chose", "drew", "flew", "grew", "knew",
    "stood", "thought", "tore", "threw", "died", "fled", "tied", "sped", "withdrew", "overtook", "undertook",
    "forgot", "forgave", "froze", "hid", "hung", "meant", "rode", "rang", "sang", "sank", "shook", "slept", "slid",
    "spent", "stole", "stuck", "swore", "swept", "swam", "taught", "understood", "woke", "wore", "arose", "bore",
    "bent", "bled", "blew", "caught", "clung", "crept", "dealt", "dug", "drank", "drove", "ate", "fed", "felt",
    "fought", "forbade", "heard", "lent", "sought", "shone", "shrank", "sprang", "strode", "upheld", "withheld",
    "overthrew", "oversaw", "foresaw", "mistook", "rebuilt", "retook", "spun", "sat",
];
