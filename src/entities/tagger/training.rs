//! Training of the entity tagger (compiled only with the `train` feature): an averaged
//! structured perceptron over the features of [`super::features`], deterministic for
//! a given seed. `src/bin/train.rs` reads the data and writes the model file.

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
        Config { epochs: 12, min_count: 2, prune_below: 0.5, seed: 0x5eed }
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

/// Turns documents into sentence examples.
fn examples(documents: &[TrainingDocument], lexicon: &Lexicon) -> Vec<Example> {
    let mut out = Vec::new();
    let mut scratch = Scratch::default();
    for document in documents {
        let doc = Document::new(&document.text);
        let rules = super::super::rule_candidates(&doc, lexicon);
        let context = DocumentContext::new(&doc, lexicon, &rules);
        let mut gold = vec![0u8; doc.tokens.len()];
        for (start, end, label) in &document.entities {
            let mut begin = true;
            for (i, token) in doc.tokens.iter().enumerate() {
                if token.start >= *start && token.end <= *end {
                    gold[i] = tag_index(label, begin);
                    begin = false;
                }
            }
        }
        for s in 0..doc.sentences.len() {
            let sentence = doc.sentences[s];
            let mut keys = Vec::new();
            let mut offsets = Vec::new();
            features::sentence_features(&doc, &context, s, &mut scratch, &mut keys, &mut offsets);
            out.push(Example { keys, offsets, gold: gold[sentence.first_token..sentence.end_token].to_vec() });
        }
    }
    out
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

/// Entity spans (start, end, tag) of a tag sequence.
fn spans(tags: &[u8]) -> Vec<(usize, usize, u8)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < tags.len() {
        if tags[k] == 0 || tags[k] % 2 == 0 {
            k += 1;
            continue;
        }
        let start = k;
        k += 1;
        while k < tags.len() && tags[k] == tags[start] + 1 {
            k += 1;
        }
        out.push((start, k, tags[start]));
    }
    out
}

/// Trains a model and returns the bytes of its file. `report` receives progress lines
/// (dev F1 after each epoch when `dev` is given).
pub fn train(train: &[TrainingDocument], dev: &[TrainingDocument], lexicon: &Lexicon, config: &Config, report: &mut dyn FnMut(String)) -> Vec<u8> {
    let train_examples = examples(train, lexicon);
    let dev_examples = examples(dev, lexicon);
    let tokens: usize = train_examples.iter().map(|e| e.gold.len()).sum();
    report(format!("{} training sentences, {tokens} tokens; {} dev sentences", train_examples.len(), dev_examples.len()));

    // Keep features seen often enough; give each a row.
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for e in &train_examples {
        for &key in &e.keys {
            *counts.entry(key).or_default() += 1;
        }
    }
    let mut kept: Vec<u32> = counts.iter().filter(|(_, &c)| c >= config.min_count).map(|(&k, _)| k).collect();
    kept.sort_unstable();
    let row_of: HashMap<u32, u32> = kept.iter().enumerate().map(|(row, &key)| (key, row as u32)).collect();
    report(format!("{} distinct features, {} kept (seen at least {} times)", counts.len(), kept.len(), config.min_count));
    let to_rows = |e: &Example| -> (Vec<u32>, Vec<u32>) {
        let mut rows = Vec::with_capacity(e.keys.len());
        let mut offsets = Vec::with_capacity(e.offsets.len());
        for k in 0..e.offsets.len() - 1 {
            offsets.push(rows.len() as u32);
            rows.extend(e.keys[e.offsets[k] as usize..e.offsets[k + 1] as usize].iter().filter_map(|key| row_of.get(key).copied()));
        }
        offsets.push(rows.len() as u32);
        (rows, offsets)
    };
    let train_rows: Vec<(Vec<u32>, Vec<u32>)> = train_examples.iter().map(to_rows).collect();
    let dev_rows: Vec<(Vec<u32>, Vec<u32>)> = dev_examples.iter().map(to_rows).collect();

    let mut weights = Weights {
        emission: vec![[0.0; T]; kept.len()],
        emission_sum: vec![[0.0; T]; kept.len()],
        transition: [[0.0; T]; T + 1],
        transition_sum: [[0.0; T]; T + 1],
        clock: 1.0,
    };
    let mut order: Vec<usize> = (0..train_examples.len()).collect();
    let mut shuffler = Shuffler(config.seed | 1);
    for epoch in 1..=config.epochs {
        shuffler.shuffle(&mut order);
        let mut mistakes = 0usize;
        for &index in &order {
            let example = &train_examples[index];
            let (rows, offsets) = &train_rows[index];
            let scores = emissions(rows, offsets, &weights.emission);
            let predicted = viterbi::decode(&scores, &weights.transition);
            let gold = &example.gold;
            if predicted.iter().zip(gold).any(|(&p, &g)| p != g as usize) {
                mistakes += 1;
                for k in 0..gold.len() {
                    let (g, p) = (gold[k] as usize, predicted[k]);
                    if g != p {
                        for &row in &rows[offsets[k] as usize..offsets[k + 1] as usize] {
                            weights.update_emission(row, g, 1.0);
                            weights.update_emission(row, p, -1.0);
                        }
                    }
                    let (gp, pp) = if k == 0 { (T, T) } else { (gold[k - 1] as usize, predicted[k - 1]) };
                    if (gp, g) != (pp, p) {
                        weights.update_transition(gp, g, 1.0);
                        weights.update_transition(pp, p, -1.0);
                    }
                }
            }
            weights.clock += 1.0;
        }
        if !dev_examples.is_empty() {
            let averaged: Vec<[f32; T]> = (0..kept.len()).map(|row| weights.averaged_emission(row)).collect();
            let transitions = weights.averaged_transitions();
            let (mut tp, mut predicted_n, mut gold_n) = (0, 0, 0);
            for (example, (rows, offsets)) in dev_examples.iter().zip(&dev_rows) {
                let tags: Vec<u8> = viterbi::decode(&emissions(rows, offsets, &averaged), &transitions).into_iter().map(|t| t as u8).collect();
                let p = spans(&tags);
                let g = spans(&example.gold);
                tp += p.iter().filter(|s| g.contains(s)).count();
                predicted_n += p.len();
                gold_n += g.len();
            }
            let precision = tp as f64 / predicted_n.max(1) as f64;
            let recall = tp as f64 / gold_n.max(1) as f64;
            let f1 = 2.0 * precision * recall / (precision + recall).max(1e-9);
            report(format!(
                "epoch {epoch:2}: {mistakes} sentences wrong; dev (tokens) P {:.1} R {:.1} F1 {:.2}",
                100.0 * precision,
                100.0 * recall,
                100.0 * f1
            ));
        } else {
            report(format!("epoch {epoch:2}: {mistakes} sentences wrong"));
        }
    }

    let transitions = weights.averaged_transitions();
    let emissions: Vec<(u32, [f32; T])> = kept
        .iter()
        .enumerate()
        .map(|(row, &key)| (key, weights.averaged_emission(row)))
        .filter(|(_, w)| w.iter().any(|v| v.abs() >= config.prune_below))
        .collect();
    report(format!("{} features shipped (largest weight at least {}); tags {:?}", emissions.len(), config.prune_below, TAGS));
    Model::write(&emissions, &transitions)
}
