//! The tense around a time expression, which decides whether a bare "Wednesday" or
//! "March" looks back or forward from the reference date.

use crate::text::{Document, TokenKind};

/// Which way the clause around an expression points in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

/// Irregular past forms that news uses most.
const IRREGULAR_PAST: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "held",
    "met",
    "went",
    "came",
    "made",
    "took",
    "gave",
    "saw",
    "led",
    "left",
    "won",
    "lost",
    "began",
    "became",
    "brought",
    "bought",
    "fell",
    "rose",
    "got",
    "thought",
    "felt",
    "kept",
    "knew",
    "found",
    "sent",
    "spent",
    "spoke",
    "wrote",
    "ran",
    "sold",
    "struck",
    "stood",
    "told",
    "hit",
    "put",
    "shot",
    "fought",
    "flew",
    "drove",
    "ate",
    "broke",
    "chose",
    "caught",
    "taught",
    "grew",
    "threw",
    "wore",
    "sat",
    "paid",
    "built",
    "meant",
    "heard",
    "ago",
    "earlier",
    "previously",
    "last",
    "hadn't",
    "wasn't",
    "weren't",
    "didn't",
    "hadn’t",
    "wasn’t",
    "weren’t",
    "didn’t",
];

/// Words ending in "ed" that are not past forms.
const NOT_PAST: &[&str] = &[
    "need",
    "indeed",
    "speed",
    "hundred",
    "bed",
    "red",
    "seed",
    "feed",
    "breed",
    "shed",
    "creed",
    "embed",
    "proceed",
    "exceed",
    "succeed",
    "united",
    "limited",
    "based",
    "expected",
    "scheduled",
    "supposed",
    "planned",
    "set",
];

const FUTURE: &[&str] = &[
    "will",
    "shall",
    "won't",
    "won’t",
    "next",
    "upcoming",
    "tomorrow",
    "expected",
    "expects",
    "expect",
    "scheduled",
    "planned",
    "plans",
    "plan",
    "intends",
    "going",
    // Deadlines and terms name a day still to come ("payable Dec. 7", "effective Feb. 1").
    "payable",
    "effective",
    "expires",
    "expire",
    "deadline",
    // Modals look ahead ("may not meet the criteria effective Dec. 7", "would arrive Monday").
    "may",
    "might",
    "would",
    "should",
];

/// Words that point ahead when "to" follows them ("set to resume Monday").
const FUTURE_BEFORE_TO: &[&str] = &["set", "due", "poised", "slated", "about"];

const PRESENT: &[&str] = &["is", "are", "says", "say", "am", "has", "have", "now", "today", "currently"];

fn cue(word: &str) -> Tense {
    let lower = word.to_lowercase();
    let w = lower.as_str();
    if w == "may" && word != "may" {
        return Tense::Unknown; // the month, not the modal
    }
    if FUTURE.contains(&w) || w.ends_with("’ll") || w.ends_with("'ll") {
        return Tense::Future;
    }
    if IRREGULAR_PAST.contains(&w) {
        return Tense::Past;
    }
    if PRESENT.contains(&w) {
        return Tense::Present;
    }
    if w.len() >= 5 && w.ends_with("ed") && w.chars().all(char::is_alphabetic) && !NOT_PAST.contains(&w) && word == lower {
        return Tense::Past;
    }
    Tense::Unknown
}

/// The tense of the clause around tokens `first..end`: the nearest tense cue, looking
/// first backwards and then forwards within the sentence.
pub fn tense_around(doc: &Document, first: usize, end: usize) -> Tense {
    let sentence = doc.sentences[doc.tokens[first].sentence];
    let back = (sentence.first_token..first).rev().take(15);
    let forward = (end..sentence.end_token).take(10);
    let mut nearest = (usize::MAX, Tense::Unknown);
    for (i, distance) in back.map(|i| (i, first - i)).chain(forward.map(|i| (i, i + 1 - end))) {
        if doc.tokens[i].kind != TokenKind::Word {
            continue;
        }
        let mut tense = cue(doc.word(i));
        if tense == Tense::Unknown && FUTURE_BEFORE_TO.contains(&doc.word(i)) && doc.word_at(i as isize + 1) == "to" {
            tense = Tense::Future;
        }
        // Backward cues win ties: the verb usually precedes its time expression.
        if tense != Tense::Unknown && distance < nearest.0 {
            nearest = (distance, tense);
        }
    }
    nearest.1
}
