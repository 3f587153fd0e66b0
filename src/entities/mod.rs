//! Named entities: finds names of people, organizations, places and other things, and
//! links the mentions of one entity together.
//!
//! Recognition works in three steps:
//! 1. [`runs`]: candidate names are runs of capitalized words (with connectors such as
//!    "of" or "bin" inside), split at titles ("U.S. President Donald Trump" gives "U.S."
//!    and "Donald Trump") and stripped of sentence-initial common words ("According").
//! 2. [`classify`]: each run gets a kind from lexicons and context (a title before it, an
//!    organization word after it, a known first name, a place preposition), together
//!    with a confidence.
//! 3. [`linking`]: the same name gets the same kind everywhere in the article, and a
//!    surname or first name alone joins the full name it shortens.

mod classify;
mod linking;
mod runs;
pub mod tagger;

use crate::analysis::{Entity, EntityKind};
use crate::lexicon::Lexicon;
use crate::text::Document;

/// A name found in the text, before linking: a token range with its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub first_token: usize,
    pub end_token: usize,
    pub kind: EntityKind,
    /// How sure the classification is: higher wins when mentions of one name disagree.
    pub confidence: u8,
    /// The name is the first word of its sentence, where capitals say little.
    pub starts_sentence: bool,
}

/// Finds the named entities of a document, each with all its mentions: with the
/// trained tagger when one is given, else with the rules alone.
pub(crate) fn recognize(doc: &Document, lexicon: &Lexicon, tagger: Option<&tagger::Tagger>) -> Vec<Entity> {
    let rules = rule_candidates(doc, lexicon);
    let candidates = match tagger {
        Some(tagger) => {
            let context = tagger::features::DocumentContext::new(doc, lexicon, &rules);
            let mut tagged = tagger.tag(doc, &context);
            // Names the tagger never learned to see (titles of works such as "60
            // Minutes") come from confident rules, where the tagger found nothing.
            let extra: Vec<Candidate> = rules
                .iter()
                .filter(|r| r.confidence >= classify::LIKELY && !tagged.iter().any(|t| t.first_token < r.end_token && r.first_token < t.end_token))
                .copied()
                .collect();
            tagged.extend(extra);
            tagged.sort_by_key(|c| c.first_token);
            tagged
        }
        None => rules,
    };
    linking::link(doc, lexicon, candidates)
}

/// The names the rule-based recognizer finds (runs of capitalized words, classified).
pub(crate) fn rule_candidates(doc: &Document, lexicon: &Lexicon) -> Vec<Candidate> {
    runs::find(doc, lexicon).iter().filter_map(|run| classify::classify(doc, lexicon, run)).collect()
}

/// Whether a person entity's name starts with a known female given name, a known male
/// one, or neither: used to resolve "he" and "she".
pub fn person_gender(entity: &Entity, lexicon: &Lexicon) -> Option<Gender> {
    if entity.kind != EntityKind::Person {
        return None;
    }
    let first = entity.name.split_whitespace().next()?;
    let male = lexicon.male_first_names.contains(first);
    let female = lexicon.female_first_names.contains(first);
    match (male, female) {
        (true, false) => Some(Gender::Male),
        (false, true) => Some(Gender::Female),
        _ => None,
    }
}

/// Grammatical gender, as far as a first name tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}
