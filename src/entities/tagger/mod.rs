//! The trained entity tagger: an averaged structured perceptron over rich token
//! features (words, shapes, affixes, neighbours, lexicon matches, the rule-based
//! recognizer's opinion, document-wide usage), decoded with Viterbi under BIO
//! constraints. Its weights (`model/ner.bin`) are compiled in; `crates/cli/src/bin/train.rs`
//! rebuilds them from CoNLL-2003 train.

mod context;
pub(crate) mod features;
mod fixed_keys;
mod keys;
pub(crate) mod model;
pub(crate) mod templates;
#[cfg(feature = "train")]
pub mod training;
pub(crate) mod viterbi;
mod word_cache;

use super::Candidate;
use crate::analysis::EntityKind;
use crate::lexicon::Lexicon;
use crate::progress::Meter;
use crate::text::Document;
use features::DocumentContext;
pub use model::ModelError;
use model::{ModelPair, T};
use std::sync::Mutex;
use word_cache::WordCache;

/// The models shipped with the analyzer: the first pass, and the second pass that also
/// sees how the first pass read the whole document.
pub(crate) const BUILTIN_FIRST: &[u8] = include_bytes!("../../../model/ner.bin");
pub(crate) const BUILTIN_SECOND: &[u8] = include_bytes!("../../../model/ner-second.bin");

/// A loaded tagger: the first pass and the second, their feature tables joined, and the
/// word caches of the analyses in progress or done (one per thread at a time, so threads
/// sharing an analyzer never wait for each other's).
pub(crate) struct Tagger {
    pair: ModelPair,
    caches: Mutex<Vec<WordCache>>,
}

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
        Ok(Tagger {
            pair,
            caches: Mutex::new(Vec::new()),
        })
    }

    /// Tags every sentence of the document, with the rules' candidate names among its
    /// features, and returns the names found.
    #[inline(never)] // a step of its own in profiles (scripts/instructions.sh)
    pub(crate) fn tag(
        &self,
        doc: &Document,
        lexicon: &Lexicon,
        rules: &[Candidate],
        meter: &mut Meter,
    ) -> Vec<Candidate> {
        let pair = &self.pair;
        // A cache taken from the pool (or a new one) and given back at the end; a panic
        // in between only loses it.
        let taken = self.caches.lock().ok().and_then(|mut pool| pool.pop());
        let mut cache = taken.unwrap_or_else(|| WordCache::new(pair));
        cache.begin_document();
        let mut context = DocumentContext::with_facts(doc, lexicon, rules, |word| {
            cache.read_token(word, pair, lexicon)
        });
        let context = &mut context;
        // Two passes over the sentences: progress counts both.
        let passes = 2 * doc.sentence_count();
        // Each token's features are looked up once, in both models: the first pass
        // decodes with the first model's scores; the second adds its own features.
        let mut second_scores: Vec<[f32; T]> = Vec::with_capacity(doc.token_count());
        let mut tags = Vec::with_capacity(doc.token_count());
        // Reused from sentence to sentence; sized for a long one from the start.
        let mut emissions: Vec<[f32; T]> = Vec::with_capacity(64);
        // Viterbi's best scores, likewise reused.
        let mut scores: Vec<[f32; T]> = Vec::with_capacity(64);
        for s in 0..doc.sentence_count() {
            meter.within(s, passes);
            emissions.clear();
            cache.sentence_emissions(doc, context, s, pair, &mut emissions, &mut second_scores);
            viterbi::decode_into(&emissions, &pair.first.transitions, &mut scores, &mut tags);
        }
        context.set_first_pass(doc, tags);
        tags = Vec::with_capacity(doc.token_count());
        for s in 0..doc.sentence_count() {
            meter.within(doc.sentence_count() + s, passes);
            emissions.clear();
            cache.second_pass_emissions(doc, context, s, pair, &second_scores, &mut emissions);
            viterbi::decode_into(&emissions, &pair.second.transitions, &mut scores, &mut tags);
        }
        if let Ok(mut pool) = self.caches.lock() {
            pool.push(cache);
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
