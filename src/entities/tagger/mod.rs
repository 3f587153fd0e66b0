//! The trained entity tagger: an averaged structured perceptron over rich token
//! features (words, shapes, affixes, neighbours, lexicon matches, the rule-based
//! recognizer's opinion, document-wide usage), decoded with Viterbi under BIO
//! constraints. Its weights (`model/ner.bin`) are compiled in; `crates/cli/src/bin/train.rs`
//! rebuilds them from CoNLL-2003 train.

mod context;
pub(crate) mod features;
mod fixed_keys;
pub(crate) mod model;
pub(crate) mod templates;
#[cfg(feature = "train")]
pub mod training;
pub(crate) mod viterbi;

use super::Candidate;
use crate::analysis::EntityKind;
use crate::progress::Meter;
use crate::text::Document;
use features::{DocumentContext, Scratch};
pub use model::ModelError;
use model::{ModelPair, T};

/// The models shipped with the analyzer: the first pass, and the second pass that also
/// sees how the first pass read the whole document.
pub(crate) const BUILTIN_FIRST: &[u8] = include_bytes!("../../../model/ner.bin");
pub(crate) const BUILTIN_SECOND: &[u8] = include_bytes!("../../../model/ner-second.bin");

/// A loaded tagger: the first pass and the second, their feature tables joined.
pub(crate) struct Tagger(ModelPair);

/// The kind a B-/I- tag names.
pub(crate) fn kind_of_tag(tag: usize) -> Option<EntityKind> {
    match (tag + 1) / 2 {
        1 => Some(EntityKind::Person),
        2 => Some(EntityKind::Organization),
        3 => Some(EntityKind::Place),
        4 => Some(EntityKind::Other),
        _ => None,
    }
}

impl Tagger {
    /// The shipped models; an error (never a silent fallback to the rules alone) when they
    /// do not match this build's feature templates and vocabularies.
    pub(crate) fn builtin() -> Result<Tagger, ModelError> {
        let pair = ModelPair::read(BUILTIN_FIRST, BUILTIN_SECOND)?;
        if pair.first.len() == 0 || pair.second.len() == 0 {
            return Err(ModelError("the shipped entity model has no weights"));
        }
        Ok(Tagger(pair))
    }

    /// Tags every sentence of the document and returns the names found.
    #[inline(never)] // a step of its own in profiles (scripts/instructions.sh)
    pub(crate) fn tag(
        &self,
        doc: &Document,
        context: &mut DocumentContext,
        meter: &mut Meter,
    ) -> Vec<Candidate> {
        // Two passes over the sentences: progress counts both.
        let passes = 2 * doc.sentence_count();
        let mut scratch = Scratch::default();
        // Each token's features are looked up once, in both models: the first pass
        // decodes with the first model's scores; the second adds its own features.
        let mut second_scores: Vec<[f32; T]> = Vec::with_capacity(doc.token_count());
        let mut tags = Vec::with_capacity(doc.token_count());
        // Reused from sentence to sentence; sized for a long one from the start.
        let mut emissions: Vec<[f32; T]> = Vec::with_capacity(64);
        let (mut keys, mut offsets) = (Vec::with_capacity(64 * 48), Vec::with_capacity(64));
        for s in 0..doc.sentence_count() {
            meter.within(s, passes);
            keys.clear();
            offsets.clear();
            features::sentence_features(doc, context, s, &mut scratch, &mut keys, &mut offsets);
            emissions.clear();
            for k in 0..offsets.len() - 1 {
                let token_keys = &keys[offsets[k] as usize..offsets[k + 1] as usize];
                let (first, second) = self.0.emissions(token_keys);
                emissions.push(first);
                second_scores.push(second);
            }
            tags.extend(
                viterbi::decode(&emissions, &self.0.first.transitions)
                    .into_iter()
                    .map(|t| t as u8),
            );
        }
        let pair = &self.0;
        {
            context.set_first_pass(doc, tags);
            tags = Vec::with_capacity(doc.token_count());
            for s in 0..doc.sentence_count() {
                meter.within(doc.sentence_count() + s, passes);
                keys.clear();
                offsets.clear();
                features::first_pass_features(doc, context, s, &mut keys, &mut offsets);
                let first_token = doc.sentence(s).first_token;
                emissions.clear();
                emissions.extend((0..offsets.len() - 1).map(|k| {
                    let mut scores = second_scores[first_token + k];
                    let more =
                        pair.second_emissions(&keys[offsets[k] as usize..offsets[k + 1] as usize]);
                    for t in 0..T {
                        scores[t] += more[t];
                    }
                    scores
                }));
                tags.extend(
                    viterbi::decode(&emissions, &pair.second.transitions)
                        .into_iter()
                        .map(|t| t as u8),
                );
            }
        }
        let mut found: Vec<Candidate> = viterbi::names(&tags)
            .into_iter()
            .filter_map(|(first_token, end_token, tag)| {
                let kind = kind_of_tag(tag as usize)?;
                Some(Candidate {
                    first_token,
                    end_token,
                    kind,
                    confidence: TAGGER_CONFIDENCE,
                    starts_sentence: false,
                })
            })
            .collect();
        // A name never begins or ends with a quotation mark or punctuation, and stops
        // at a bracket ("Mladost (Lucani)" is a club, then its town).
        let is_word = |i: usize| doc.is_word_or_number(i);
        for c in found.iter_mut() {
            if let Some(bracket) = (c.first_token + 1..c.end_token)
                .find(|&i| matches!(doc.word(i), "(" | ")" | "[" | "]"))
            {
                c.end_token = bracket;
            }
            while c.first_token < c.end_token && !is_word(c.first_token) {
                c.first_token += 1;
            }
            while c.end_token > c.first_token
                && !is_word(c.end_token - 1)
                && !doc.is_abbreviation_dot(c.end_token - 1)
            {
                c.end_token -= 1;
            }
        }
        found.retain(|c| c.first_token < c.end_token);
        found
    }
}

/// The confidence the linker gives the tagger's names: above the rules' likely
/// guesses, below lexicon certainty.
const TAGGER_CONFIDENCE: u8 = 4;
