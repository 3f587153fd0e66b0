//! The trained entity tagger: an averaged structured perceptron over rich token
//! features (words, shapes, affixes, neighbours, lexicon matches, the rule-based
//! recognizer's opinion, document-wide usage), decoded with Viterbi under BIO
//! constraints. Its weights (`model/ner.bin`) are compiled in; `src/bin/train.rs`
//! rebuilds them from CoNLL-2003 train.

pub(crate) mod features;
pub(crate) mod model;
#[cfg(feature = "train")]
pub mod training;
pub(crate) mod viterbi;

use super::Candidate;
use crate::analysis::EntityKind;
use crate::text::{Document, TokenKind};
use features::{DocumentContext, Scratch};
use model::{Model, T};

/// The model shipped with the analyzer.
const BUILTIN_MODEL: &[u8] = include_bytes!("../../../model/ner.bin");

/// A loaded tagger.
pub(crate) struct Tagger {
    model: Model,
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
    /// The shipped model, or None when the build carries no trained weights.
    pub(crate) fn builtin() -> Option<Tagger> {
        let model = Model::read(BUILTIN_MODEL).ok()?;
        (model.len() > 0).then_some(Tagger { model })
    }

    /// Tags every sentence of the document and returns the names found.
    pub(crate) fn tag(&self, doc: &Document, context: &DocumentContext) -> Vec<Candidate> {
        let mut scratch = Scratch::default();
        let mut keys = Vec::new();
        let mut offsets = Vec::new();
        let mut emissions: Vec<[f32; T]> = Vec::new();
        let mut found = Vec::new();
        for s in 0..doc.sentences.len() {
            keys.clear();
            offsets.clear();
            features::sentence_features(doc, context, s, &mut scratch, &mut keys, &mut offsets);
            emissions.clear();
            for k in 0..offsets.len() - 1 {
                let mut scores = [0f32; T];
                self.model.emissions(&keys[offsets[k] as usize..offsets[k + 1] as usize], &mut scores);
                emissions.push(scores);
            }
            let tags = viterbi::decode(&emissions, &self.model.transitions);
            spans_of_tags(&tags, doc.sentences[s].first_token, &mut found);
        }
        // A name never begins or ends with a quotation mark or punctuation.
        let is_word = |i: usize| matches!(doc.tokens[i].kind, TokenKind::Word | TokenKind::Number);
        for c in found.iter_mut() {
            while c.first_token < c.end_token && !is_word(c.first_token) {
                c.first_token += 1;
            }
            while c.end_token > c.first_token && !is_word(c.end_token - 1) && !doc.is_abbreviation_dot(c.end_token - 1) {
                c.end_token -= 1;
            }
        }
        found.retain(|c| c.first_token < c.end_token);
        found
    }
}

/// Turns a tag sequence starting at token `first` into candidates.
pub(crate) fn spans_of_tags(tags: &[usize], first: usize, out: &mut Vec<Candidate>) {
    let mut k = 0;
    while k < tags.len() {
        let Some(kind) = kind_of_tag(tags[k]) else {
            k += 1;
            continue;
        };
        let start = k;
        k += 1;
        while k < tags.len() && tags[k] == tags[start] + 1 {
            k += 1;
        }
        out.push(Candidate { first_token: first + start, end_token: first + k, kind, confidence: TAGGER_CONFIDENCE, starts_sentence: false });
    }
}

/// The confidence the linker gives the tagger's names: above the rules' likely
/// guesses, below lexicon certainty.
const TAGGER_CONFIDENCE: u8 = 4;
