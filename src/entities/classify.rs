//! Gives each candidate name a kind, from lexicons first and context second.

use super::runs::{normalized_phrase, Run};
use super::Candidate;
use crate::analysis::EntityKind;
use crate::lexicon::{listed, Lexicon};
use crate::text::{is_all_caps, Document, TokenKind};
use crate::vocabulary::{
    names::{EVENT_HEADS, ORGANIZATION_NOUNS, PLACE_PREPOSITIONS},
    speech::VERBS_AFTER_A_SPEAKER,
};

/// Confidence levels, from a lexicon fact down to a guess.
pub(crate) const CERTAIN: u8 = 5;
const STRONG: u8 = 4;
pub(crate) const LIKELY: u8 = 3;
const WEAK: u8 = 2;
pub(crate) const GUESS: u8 = 1;

/// Classifies one run, or drops it when it is not a name after all.
pub(crate) fn classify(doc: &Document, lexicon: &Lexicon, run: &Run) -> Option<Candidate> {
    let (kind, confidence) = kind_of(doc, lexicon, run)?;
    Some(Candidate {
        first_token: run.first_token,
        end_token: run.end_token,
        kind,
        confidence,
        starts_sentence: doc.opens_clause(run.first_token),
    })
}

fn kind_of(doc: &Document, lexicon: &Lexicon, run: &Run) -> Option<(EntityKind, u8)> {
    let (first, end) = (run.first_token, run.end_token);
    let phrase = normalized_phrase(doc, first, end, run.in_capitals);
    let phrase = &*phrase;
    let words = phrase.split(' ');
    let word_count = words.clone().count();
    let first_word = words.clone().next().unwrap_or(phrase);
    let last_word = phrase.rsplit(' ').next().unwrap_or(phrase);

    // One lookup for the three lists, read in this order.
    let lists = lexicon.lists_of(phrase);
    if lists & listed::ORGANIZATION != 0 {
        return Some((EntityKind::Organization, CERTAIN));
    }
    if lists & listed::PLACE != 0 {
        return Some((EntityKind::Place, CERTAIN));
    }
    if lists & listed::NATIONALITY != 0 {
        return Some((EntityKind::Other, CERTAIN));
    }
    if word_count > 1 && EVENT_HEADS.contains(&last_word) {
        return Some((EntityKind::Other, STRONG));
    }
    if doc.is_kind(first, TokenKind::Number) {
        // "60 Minutes": a number with a capitalized word is a title of a work.
        return Some((EntityKind::Other, LIKELY));
    }
    if word_count == 1 && is_compound_of_known_names(lexicon, phrase) {
        return Some((EntityKind::Other, STRONG));
    }
    if run.after_title {
        return Some((EntityKind::Person, STRONG));
    }
    if word_count > 1 && lexicon.organization_suffixes.contains(last_word) {
        return Some((EntityKind::Organization, STRONG));
    }
    let next = doc.word_at(end as isize);
    if ORGANIZATION_NOUNS.contains(&next) {
        return Some((EntityKind::Organization, LIKELY));
    }
    if word_count > 1 && lexicon.is_first_name(first_word) {
        return Some((EntityKind::Person, STRONG));
    }
    if word_count == 1 && lexicon.is_first_name(first_word) {
        return Some((EntityKind::Person, LIKELY));
    }
    if word_count <= 3 && lexicon.is_surname(last_word) && word_count > 1 {
        return Some((EntityKind::Person, LIKELY));
    }
    let al = |w: &str| w.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("al-"));
    if words.clone().any(al) && word_count <= 3 {
        return Some((EntityKind::Person, WEAK));
    }
    if word_count == 1
        && is_all_caps(first_word)
        && first_word.chars().filter(|c| c.is_alphabetic()).count() <= 5
    {
        return Some((EntityKind::Organization, WEAK));
    }
    if word_count == 1 && PLACE_PREPOSITIONS.contains(&doc.word_at(first as isize - 1)) {
        return Some((EntityKind::Place, GUESS));
    }
    if VERBS_AFTER_A_SPEAKER.contains(&next) {
        return Some((EntityKind::Person, WEAK));
    }
    if word_count == 1 && lexicon.is_surname(first_word) {
        return Some((EntityKind::Person, WEAK));
    }
    if run.in_capitals {
        return None;
    }
    Some((EntityKind::Person, GUESS))
}

/// "Israeli-American", "Franco-German": every part is a nationality or place.
fn is_compound_of_known_names(lexicon: &Lexicon, word: &str) -> bool {
    word.contains('-')
        && word.split('-').all(|part| {
            lexicon.nationalities.contains(part)
                || lexicon.places.contains(part)
                || part == "Franco"
                || part == "Anglo"
        })
}
