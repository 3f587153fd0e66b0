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

/// The models shipped with the analyzer: the first pass, and the second pass that also
/// sees how the first pass read the whole document.
const BUILTIN_FIRST: &[u8] = include_bytes!("../../../model/ner.bin");
const BUILTIN_SECOND: &[u8] = include_bytes!("../../../model/ner-second.bin");

/// A loaded tagger.
pub(crate) struct Tagger {
    first: Model,
    second: Option<Model>,
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
    /// The shipped models, or None when the build carries no trained weights.
    pub(crate) fn builtin() -> Option<Tagger> {
        let first = Model::read(BUILTIN_FIRST).ok().filter(|m| m.len() > 0)?;
        let second = Model::read(BUILTIN_SECOND).ok().filter(|m| m.len() > 0);
        Some(Tagger { first, second })
    }

    /// Tags every sentence of the document and returns the names found.
    pub(crate) fn tag(&self, doc: &Document, context: &mut DocumentContext) -> Vec<Candidate> {
        let mut scratch = Scratch::default();
        // The first pass's features, kept for the second pass, which adds its own.
        let mut sentences: Vec<(Vec<u32>, Vec<u32>)> = Vec::with_capacity(doc.sentences.len());
        let mut tags = Vec::with_capacity(doc.tokens.len());
        let mut emissions: Vec<[f32; T]> = Vec::new();
        for s in 0..doc.sentences.len() {
            let (mut keys, mut offsets) = (Vec::new(), Vec::new());
            features::sentence_features(doc, context, s, &mut scratch, &mut keys, &mut offsets);
            emissions.clear();
            emissions.extend((0..offsets.len() - 1).map(|k| self.first.emissions(&keys[offsets[k] as usize..offsets[k + 1] as usize])));
            tags.extend(viterbi::decode(&emissions, &self.first.transitions).into_iter().map(|t| t as u8));
            sentences.push((keys, offsets));
        }
        if let Some(second) = &self.second {
            context.set_first_pass(doc, tags);
            tags = Vec::with_capacity(doc.tokens.len());
            let (mut extra, mut extra_offsets) = (Vec::new(), Vec::new());
            for (s, (keys, offsets)) in sentences.iter().enumerate() {
                extra.clear();
                extra_offsets.clear();
                features::first_pass_features(doc, context, s, &mut extra, &mut extra_offsets);
                emissions.clear();
                emissions.extend((0..offsets.len() - 1).map(|k| {
                    let mut scores = second.emissions(&keys[offsets[k] as usize..offsets[k + 1] as usize]);
                    let more = second.emissions(&extra[extra_offsets[k] as usize..extra_offsets[k + 1] as usize]);
                    for t in 0..T {
                        scores[t] += more[t];
                    }
                    scores
                }));
                tags.extend(viterbi::decode(&emissions, &second.transitions).into_iter().map(|t| t as u8));
            }
        }
        let mut found = Vec::new();
        spans_of_tags(&tags, 0, &mut found);
        // A name never begins or ends with a quotation mark or punctuation, and stops
        // at a bracket ("Mladost (Lucani)" is a club, then its town).
        let is_word = |i: usize| matches!(doc.tokens[i].kind, TokenKind::Word | TokenKind::Number);
        for c in found.iter_mut() {
            if let Some(bracket) = (c.first_token + 1..c.end_token).find(|&i| matches!(doc.word(i), "(" | ")" | "[" | "]")) {
                c.end_token = bracket;
            }
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
pub(crate) fn spans_of_tags(tags: &[u8], first: usize, out: &mut Vec<Candidate>) {
    let mut k = 0;
    while k < tags.len() {
        let Some(kind) = kind_of_tag(tags[k] as usize) else {
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
