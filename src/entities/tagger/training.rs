//! Training of the entity tagger (compiled only with the `train` feature): an averaged
//! structured perceptron over the features of [`super::features`], deterministic for
//! a given seed. `crates/cli/src/bin/train.rs` reads the data and writes the model file.

use super::features::{self, DocumentContext, Scratch};
use super::model::{Model, T, TAGS};
use super::viterbi;
use crate::lexicon::Lexicon;
use crate::text::Document;
use std::collections::HashMap;

/// One annotated document: its text and entity spans (byte offsets, CoNLL label).
pub struct TrainingDocument {
    pub text: String,
    pub entities: Vec<(usize, usize, String)>,
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// Passes over the training data.
    pub epochs: usize,
    /// Features seen fewer times than this in training are dropped.
    pub min_count: u32,
    /// Features whose largest averaged weight is below this are not shipped.
    pub prune_below: f32,
    /// Seed of the shuffling of the training order.
    pub seed: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            epochs: 10,
            min_count: 1,
            prune_below: 0.5,
            seed: 0x5eed,
        }
    }
}

/// A sentence ready for training: features (as keys) per token and gold tags.
struct Example {
    keys: Vec<u32>,
    offsets: Vec<u32>,
    gold: Vec<u8>,
}

fn tag_index(label: &str, begin: bool) -> u8 {
    let kind = match label {
        "PER" => 0,
        "ORG" => 1,
        "LOC" => 2,
        _ => 3,
    };
    1 + 2 * kind + if begin { 0 } else { 1 }
}

/// A document tokenized once, with the rules' opinion and gold tags per token.
struct Prepared<'t> {
    doc: Document<'t>,
    rules: Vec<super::super::Candidate>,
    gold: Vec<u8>,
}

fn prepare<'t>(documents: &'t [TrainingDocument], lexicon: &Lexicon) -> Vec<Prepared<'t>> {
    documents
        .iter()
        .map(|document| {
            let doc = Document::new(&document.text);
            let rules = super::super::rule_candidates(&doc, lexicon);
            let mut gold = vec![0u8; doc.token_count()];
            for (start, end, label) in &document.entities {
                let mut begin = true;
                for (i, token) in doc.tokens().enumerate() {
                    if token.start >= *start && token.end <= *end {
                        gold[i] = tag_index(label, begin);
                        begin = false;
                    }
                }
            }
            Prepared { doc, rules, gold }
        })
        .collect()
}

/// The sentence examples of one document, with a first pass's tags for a second pass.
fn examples(
    prepared: &Prepared,
    lexicon: &Lexicon,
    first_pass: Option<Vec<u8>>,
    scratch: &mut Scratch,
) -> Vec<Example> {
    let doc = &prepared.doc;
    let mut context = DocumentContext::new(doc, lexicon, &prepared.rules);
    if let Some(tags) = first_pass {
        context.set_first_pass(doc, tags);
    }
    (0..doc.sentence_count())
        .map(|s| {
            let sentence = doc.sentence(s);
            let (mut base, mut base_offsets) = (Vec::new(), Vec::new());
            features::sentence_features(doc, &context, s, scratch, &mut base, &mut base_offsets);
            let (mut extra, mut extra_offsets) = (Vec::new(), Vec::new());
            features::first_pass_features(doc, &context, s, &mut extra, &mut extra_offsets);
            // Each token's features: the first pass's, then the second pass's own.
            let mut keys = Vec::with_capacity(base.len() + extra.len());
            let mut offsets = Vec::with_capacity(base_offsets.len());
            for k in 0..base_offsets.len() - 1 {
                offsets.push(keys.len() as u32);
                keys.extend_from_slice(
                    &base[base_offsets[k] as usize..base_offsets[k + 1] as usize],
                );
                keys.extend_from_slice(
                    &extra[extra_offsets[k] as usize..extra_offsets[k + 1] as usize],
                );
            }
            offsets.push(keys.len() as u32);
            Example {
                keys,
                offsets,
                gold: prepared.gold[sentence.first_token..sentence.end_token].to_vec(),
            }
        })
        .collect()
}

/// A deterministic pseudo-random sequence (xorshift64*).
struct Shuffler(u64);

impl Shuffler {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn shuffle<X>(&mut self, items: &mut [X]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Weights with the running sums needed for averaging.
struct Weights {
    emission: Vec<[f32; T]>,
    emission_sum: Vec<[f64; T]>,
    transition: [[f32; T]; T + 1],
    transition_sum: [[f64; T]; T + 1],
    /// Number of examples seen (the averaging clock).
    clock: f64,
}

impl Weights {
    fn update_emission(&mut self, row: u32, tag: usize, delta: f32) {
        self.emission[row as usize][tag] += delta;
        self.emission_sum[row as usize][tag] += self.clock * delta as f64;
    }

    fn update_transition(&mut self, from: usize, to: usize, delta: f32) {
        self.transition[from][to] += delta;
        self.transition_sum[from][to] += self.clock * delta as f64;
    }

    fn averaged_emission(&self, row: usize) -> [f32; T] {
        let mut w = self.emission[row];
        for t in 0..T {
            w[t] -= (self.emission_sum[row][t] / self.clock) as f32;
        }
        w
    }

    fn averaged_transitions(&self) -> [[f32; T]; T + 1] {
        let mut w = self.transition;
        for from in 0..=T {
            for to in 0..T {
                w[from][to] -= (self.transition_sum[from][to] / self.clock) as f32;
            }
        }
        w
    }
}

/// Emission scores of each token of an example, from rows of weights.
fn emissions(rows: &[u32], offsets: &[u32], weights: &[[f32; T]]) -> Vec<[f32; T]> {
    (0..offsets.len() - 1)
        .map(|k| {
            let mut scores = [0f32; T];
            for &row in &rows[offsets[k] as usize..offsets[k + 1] as usize] {
                for t in 0..T {
                    scores[t] += weights[row as usize][t];
                }
            }
            scores
        })
        .collect()
}

/// A fitted model in training form: kept feature keys and averaged weights.
struct Fitted {
    row_of: HashMap<u32, u32>,
    keys: Vec<u32>,
    emission: Vec<[f32; T]>,
    transitions: [[f32; T]; T + 1],
}

impl Fitted {
    /// Tags one example.
    fn predict(&self, example: &Example) -> Vec<u8> {
        let (rows, offsets) = to_rows(example, &self.row_of);
        viterbi::decode(
            &emissions(&rows, &offsets, &self.emission),
            &self.transitions,
        )
        .into_iter()
        .map(|t| t as u8)
        .collect()
    }

    /// Tags a whole document (its examples in order) as one tag sequence.
    fn predict_document(&self, examples: &[Example]) -> Vec<u8> {
        examples.iter().flat_map(|e| self.predict(e)).collect()
    }

    fn to_bytes(&self, prune_below: f32) -> (Vec<u8>, usize) {
        let shipped: Vec<(u32, [f32; T])> = self
            .keys
            .iter()
            .zip(&self.emission)
            .filter(|(_, w)| w.iter().any(|v| v.abs() >= prune_below))
            .map(|(&k, w)| (k, *w))
            .collect();
        (Model::write(&shipped, &self.transitions), shipped.len())
    }
}

fn to_rows(example: &Example, row_of: &HashMap<u32, u32>) -> (Vec<u32>, Vec<u32>) {
    let mut rows = Vec::with_capacity(example.keys.len());
    let mut offsets = Vec::with_capacity(example.offsets.len());
    for k in 0..example.offsets.len() - 1 {
        offsets.push(rows.len() as u32);
        rows.extend(
            example.keys[example.offsets[k] as usize..example.offsets[k + 1] as usize]
                .iter()
                .filter_map(|key| row_of.get(key).copied()),
        );
    }
    offsets.push(rows.len() as u32);
    (rows, offsets)
}

/// Span-level precision, recall and F1 of predicted against gold tags.
fn score(pairs: impl Iterator<Item = (Vec<u8>, Vec<u8>)>) -> (f64, f64, f64) {
    let (mut tp, mut predicted_n, mut gold_n) = (0, 0, 0);
    for (predicted, gold) in pairs {
        let p = viterbi::names(&predicted);
        let g = viterbi::names(&gold);
        tp += p.iter().filter(|s| g.contains(s)).count();
        predicted_n += p.len();
        gold_n += g.len();
    }
    let precision = tp as f64 / predicted_n.max(1) as f64;
    let recall = tp as f64 / gold_n.max(1) as f64;
    (
        precision,
        recall,
        2.0 * precision * recall / (precision + recall).max(1e-9),
    )
}

/// Fits an averaged perceptron to the examples.
fn fit(train: &[&Example], config: &Config, seed: u64, report: &mut dyn FnMut(String)) -> Fitted {
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for e in train {
        for &key in &e.keys {
            *counts.entry(key).or_default() += 1;
        }
    }
    let mut keys: Vec<u32> = counts
        .iter()
        .filter(|(_, &c)| c >= config.min_count)
        .map(|(&k, _)| k)
        .collect();
    keys.sort_unstable();
    let row_of: HashMap<u32, u32> = keys
        .iter()
        .enumerate()
        .map(|(row, &key)| (key, row as u32))
        .collect();
    let rows: Vec<(Vec<u32>, Vec<u32>)> = train.iter().map(|e| to_rows(e, &row_of)).collect();
    let mut weights = Weights {
        emission: vec![[0.0; T]; keys.len()],
        emission_sum: vec![[0.0; T]; keys.len()],
        transition: [[0.0; T]; T + 1],
        transition_sum: [[0.0; T]; T + 1],
        clock: 1.0,
    };
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut shuffler = Shuffler(seed | 1);
    for _ in 0..config.epochs {
        shuffler.shuffle(&mut order);
        for &index in &order {
            let gold = &train[index].gold;
            let (rows, offsets) = &rows[index];
            let predicted = viterbi::decode(
                &emissions(rows, offsets, &weights.emission),
                &weights.transition,
            );
            if predicted.iter().zip(gold).any(|(&p, &g)| p != g as usize) {
                for k in 0..gold.len() {
                    let (g, p) = (gold[k] as usize, predicted[k]);
                    if g != p {
                        for &row in &rows[offsets[k] as usize..offsets[k + 1] as usize] {
                            weights.update_emission(row, g, 1.0);
                            weights.update_emission(row, p, -1.0);
                        }
                    }
                    let (gp, pp) = if k == 0 {
                        (T, T)
                    } else {
                        (gold[k - 1] as usize, predicted[k - 1])
                    };
                    if (gp, g) != (pp, p) {
                        weights.update_transition(gp, g, 1.0);
                        weights.update_transition(pp, p, -1.0);
                    }
                }
            }
            weights.clock += 1.0;
        }
    }
    report(format!(
        "fitted {} sentences, {} features kept of {}",
        train.len(),
        keys.len(),
        counts.len()
    ));
    let emission = (0..keys.len())
        .map(|row| weights.averaged_emission(row))
        .collect();
    Fitted {
        row_of,
        keys,
        emission,
        transitions: weights.averaged_transitions(),
    }
}

/// Number of folds for the first pass's predictions on the training data.
const FOLDS: usize = 5;

/// Trains the two passes and returns the bytes of their model files (first, second).
/// The second pass learns from first-pass tags that the first pass did not see in
/// training (predicted fold by fold), so it learns how far to trust them.
pub fn train(
    train: &[TrainingDocument],
    dev: &[TrainingDocument],
    lexicon: &Lexicon,
    config: &Config,
    report: &mut dyn FnMut(String),
) -> (Vec<u8>, Vec<u8>) {
    let mut scratch = Scratch::default();
    let train_docs = prepare(train, lexicon);
    let dev_docs = prepare(dev, lexicon);
    let train_examples: Vec<Vec<Example>> = train_docs
        .iter()
        .map(|p| examples(p, lexicon, None, &mut scratch))
        .collect();
    let dev_examples: Vec<Vec<Example>> = dev_docs
        .iter()
        .map(|p| examples(p, lexicon, None, &mut scratch))
        .collect();
    report(format!(
        "{} training documents, {} dev documents",
        train_docs.len(),
        dev_docs.len()
    ));

    let all: Vec<&Example> = train_examples.iter().flatten().collect();
    let first = fit(&all, config, config.seed, report);
    let dev_first: Vec<Vec<u8>> = dev_examples
        .iter()
        .map(|e| first.predict_document(e))
        .collect();
    let (p, r, f) = score(
        dev_first
            .iter()
            .cloned()
            .zip(dev_docs.iter().map(|d| d.gold.clone())),
    );
    report(format!(
        "first pass on dev (tokens): P {:.1} R {:.1} F1 {:.2}",
        100.0 * p,
        100.0 * r,
        100.0 * f
    ));

    // First-pass tags of each training document, from a model that never saw it.
    let mut train_first: Vec<Vec<u8>> = vec![Vec::new(); train_docs.len()];
    for fold in 0..FOLDS {
        let rest: Vec<&Example> = train_examples
            .iter()
            .enumerate()
            .filter(|(d, _)| d % FOLDS != fold)
            .flat_map(|(_, e)| e.iter())
            .collect();
        let model = fit(&rest, config, config.seed + fold as u64 + 1, report);
        for d in (fold..train_docs.len()).step_by(FOLDS) {
            train_first[d] = model.predict_document(&train_examples[d]);
        }
    }
    let second_examples: Vec<Vec<Example>> = train_docs
        .iter()
        .zip(train_first)
        .map(|(p, tags)| examples(p, lexicon, Some(tags), &mut scratch))
        .collect();
    let all_second: Vec<&Example> = second_examples.iter().flatten().collect();
    let second = fit(&all_second, config, config.seed + 100, report);
    let dev_second: Vec<Vec<u8>> = dev_docs
        .iter()
        .zip(dev_first)
        .map(|(p, tags)| second.predict_document(&examples(p, lexicon, Some(tags), &mut scratch)))
        .collect();
    let (p, r, f) = score(
        dev_second
            .into_iter()
            .zip(dev_docs.iter().map(|d| d.gold.clone())),
    );
    report(format!(
        "second pass on dev (tokens): P {:.1} R {:.1} F1 {:.2}",
        100.0 * p,
        100.0 * r,
        100.0 * f
    ));

    let (first_bytes, first_n) = first.to_bytes(config.prune_below);
    let (second_bytes, second_n) = second.to_bytes(config.prune_below);
    report(format!(
        "shipped {first_n} + {second_n} features (largest weight at least {}); tags {:?}",
        config.prune_below, TAGS
    ));
    (first_bytes, second_bytes)
}
