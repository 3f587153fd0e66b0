//! Gives each candidate name a kind, from lexicons first and context second.

use super::runs::{normalized_phrase, Run};
use super::Candidate;
use crate::analysis::EntityKind;
use crate::lexicon::Lexicon;
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
    let phrase = phrase.as_str();
    let words: Vec<&str> = phrase.split(' ').collect();
    let first_word = words[0];
    let last_word = words[words.len() - 1];

    if lexicon.organizations.contains(phrase) {
        return Some((EntityKind::Organization, CERTAIN));
    }
    if lexicon.places.contains(phrase) {
        return Some((EntityKind::Place, CERTAIN));
    }
    if lexicon.nationalities.contains(phrase) {
        return Some((EntityKind::Other, CERTAIN));
    }
    if words.len() > 1 && EVENT_HEADS.contains(&last_word) {
        return Some((EntityKind::Other, STRONG));
    }
    if doc.is_kind(first, TokenKind::Number) {
        // "60 Minutes": a number with a capitalized word is a title of a work.
        return Some((EntityKind::Other, LIKELY));
    }
    if words.len() == 1 && is_compound_of_known_names(lexicon, phrase) {
        return Some((EntityKind::Other, STRONG));
    }
    if run.after_title {
        return Some((EntityKind::Person, STRONG));
    }
    if words.len() > 1 && lexicon.organization_suffixes.contains(last_word) {
        return Some((EntityKind::Organization, STRONG));
    }
    let next = doc.word_at(end as isize);
    if ORGANIZATION_NOUNS.contains(&next) {
        return Some((EntityKind::Organization, LIKELY));
    }
    if words.len() > 1 && lexicon.is_first_name(first_word) {
        return Some((EntityKind::Person, STRONG));
    }
    if words.len() == 1 && lexicon.is_first_name(first_word) {
        return Some((EntityKind::Person, LIKELY));
    }
    if words.len() <= 3 && lexicon.is_surname(last_word) && words.len() > 1 {
        return Some((EntityKind::Person, LIKELY));
    }
    if words
        .iter()
        .any(|w| w.to_ascii_lowercase().starts_with("al-") || w.starts_with("bin "))
        && words.len() <= 3
    {
        return Some((EntityKind::Person, WEAK));
    }
    if words.len() == 1
        && is_all_caps(first_word)
        && first_word.chars().filter(|c| c.is_alphabetic()).count() <= 5
    {
        return Some((EntityKind::Organization, WEAK));
    }
    if words.len() == 1 && PLACE_PREPOSITIONS.contains(&doc.word_at(first as isize - 1)) {
        return Some((EntityKind::Place, GUESS));
    }
    if VERBS_AFTER_A_SPEAKER.contains(&next) {
        return Some((EntityKind::Person, WEAK));
    }
    if words.len() == 1 && lexicon.is_surname(first_word) {
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
