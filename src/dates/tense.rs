//! The tense around a time expression, which decides whether a bare "Wednesday" or
//! "March" looks back or forward from the reference date.

use crate::lexicon::FastMap;
use crate::text::{Document, TokenKind};
use crate::vocabulary::{
    grammar::{BE_FORMS, DETERMINERS},
    tense::{FUTURE, FUTURE_BEFORE_TO, NOT_PAST, PAST_WORDS, PERFECT_CHAIN, PRESENT},
};
use std::sync::OnceLock;

/// Which way the clause around an expression points in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

/// The tense each listed word marks (lowercase), from the future, past and present lists in
/// that order of precedence: one hash lookup instead of three list scans per word.
fn listed_tenses() -> &'static FastMap<&'static str, Tense> {
    static TENSES: OnceLock<FastMap<&'static str, Tense>> = OnceLock::new();
    TENSES.get_or_init(|| {
        let mut tenses = FastMap::default();
        for (words, tense) in [
            (PRESENT, Tense::Present),
            (PAST_WORDS, Tense::Past),
            (FUTURE, Tense::Future),
        ] {
            // Later lists overwrite earlier ones: the future wins, then the past.
            tenses.extend(words.iter().map(|&word| (word, tense)));
        }
        tenses
    })
}

fn cue(word: &str) -> Tense {
    crate::text::with_lowercase(word, |w| {
        if w == "may" && word != "may" {
            return Tense::Unknown; // the month, not the modal
        }
        let listed = listed_tenses().get(w).copied();
        if listed == Some(Tense::Future) || w.ends_with("’ll") || w.ends_with("'ll") {
            return Tense::Future;
        }
        if let Some(tense) = listed {
            return tense;
        }
        if w.len() >= 5
            && w.ends_with("ed")
            && w.chars().all(char::is_alphabetic)
            && !NOT_PAST.contains(&w)
            && word == w
        {
            return Tense::Past;
        }
        Tense::Unknown
    })
}

/// The tense the word at token `i` marks, if any: not a past participle after a form of
/// "be" ("is scheduled" still looks ahead), nor a noun after a determiner ("the plan").
fn cue_at(doc: &Document, i: usize) -> Tense {
    let before = doc.word_at(i as isize - 1);
    let before_is = |words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(before));
    let word = doc.word(i);
    let tense = cue(word);
    let can_be_participle = !matches!(word, "since" | "ago" | "earlier" | "previously" | "last");
    if tense == Tense::Past && can_be_participle && before_is(BE_FORMS) || before_is(DETERMINERS) {
        return Tense::Unknown;
    }
    // A plan in the past perfect is over: "had been due to expire Friday", "had planned
    // to leave Monday".
    if tense == Tense::Future && in_past_perfect(doc, i) {
        return Tense::Past;
    }
    tense
}

/// Whether the verb at token `i` is carried by a "had" just before it.
fn in_past_perfect(doc: &Document, i: usize) -> bool {
    let mut j = i;
    while j > 0 && i - j < 6 {
        j -= 1;
        let word = doc.word(j);
        if word.eq_ignore_ascii_case("had") {
            return true;
        }
        if !PERFECT_CHAIN.contains(&word) {
            return false;
        }
    }
    false
}

/// The tense of the clause around tokens `first..end`: the nearest tense cue, looking
/// first backwards and then forwards (at half weight) within the sentence and its side of
/// any quotation mark.
pub fn tense_around(doc: &Document, first: usize, end: usize) -> Tense {
    let sentence = doc.sentence_of(first);
    // "as early as Tuesday", "as soon as Monday": a day still to come.
    let f = first as isize;
    if doc.word_at(f - 1) == "as"
        && matches!(doc.word_at(f - 2), "early" | "soon")
        && doc.word_at(f - 3).eq_ignore_ascii_case("as")
    {
        return Tense::Future;
    }
    // A quotation mark ends the clause: the reporting verb outside a quotation says
    // nothing about when the quoted clause's events happen.
    let is_quote_mark = |i: &usize| doc.is_kind(*i, TokenKind::Quote);
    let back = (sentence.first_token..first)
        .rev()
        .take(15)
        .take_while(|i| !is_quote_mark(i));
    let forward = (end..sentence.end_token)
        .take(10)
        .take_while(|i| !is_quote_mark(i));
    let mut nearest = (usize::MAX, Tense::Unknown);
    // "ahead of the weekend" looks forward, unless a verb says when ("were deployed ahead
    // of Saturday's rally").
    let mut ahead_of = false;
    for (i, distance) in back
        .map(|i| (i, first - i))
        .chain(forward.map(|i| (i, 2 * (i + 1 - end))))
    {
        if !doc.is_kind(i, TokenKind::Word) {
            continue;
        }
        let next = doc.word_at(i as isize + 1);
        if doc.word(i).eq_ignore_ascii_case("ahead") && next == "of" {
            ahead_of = true;
            continue;
        }
        let tense = if FUTURE_BEFORE_TO.contains(&doc.word(i))
            && next == "to"
            && !in_past_perfect(doc, i)
        {
            Tense::Future
        } else {
            cue_at(doc, i)
        };
        // Backward cues win ties: the verb usually precedes its time expression.
        if tense != Tense::Unknown && distance < nearest.0 {
            nearest = (distance, tense);
        }
    }
    if nearest.1 == Tense::Unknown && ahead_of {
        return Tense::Future;
    }
    nearest.1
}
