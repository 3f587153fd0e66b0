//! Salience: how central each entity is to the article, in [0, 1] and summing to 1 over
//! its entities (as Google's Natural Language API reports it), so that a reader sees at a
//! glance who and what the article is about.
//!
//! An entity's weight adds four smooth terms, so that a small edit moves it a little:
//! - how often it is named: `ln(1 + mentions)`;
//! - how early it is first named: `0.5 × (1 − first offset / text length)`;
//! - whether the headline or the lede names it (the first two sentences): `0.5`;
//! - how often it speaks or is credited with a claim: `0.7 × ln(1 + quotes + claims)`.
//!
//! The salience is the weight over the sum of all weights.

use crate::analysis::{Attribution, Entity, Quote};
use crate::text::Document;

/// The weight of being named early in the article.
const EARLINESS_WEIGHT: f64 = 0.5;
/// The weight of being named in the headline or the lede.
const LEDE_WEIGHT: f64 = 0.5;
/// The sentences that count as the headline and the lede.
const LEDE_SENTENCES: usize = 2;
/// The weight of speaking or being a claim's source.
const SPEAKER_WEIGHT: f64 = 0.7;

/// Sets the salience of every entity from its mentions, its place and its quotations.
#[inline(never)] // a step of its own in profiles (scripts/instructions.sh)
pub(crate) fn score(
    doc: &Document,
    entities: &mut [Entity],
    quotes: &[Quote],
    attributions: &[Attribution],
) {
    let mut speaks = vec![0usize; entities.len()];
    let speakers = quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .chain(attributions.iter().map(|a| &a.source));
    for entity in speakers.filter_map(|s| s.entity) {
        if let Some(count) = speaks.get_mut(entity) {
            *count += 1;
        }
    }
    let length = doc.text.len().max(1) as f64;
    let lede_end = (0..doc.sentence_count().min(LEDE_SENTENCES))
        .map(|s| doc.sentence(s))
        .filter(|sentence| sentence.end_token > sentence.first_token)
        .map(|sentence| doc.end(sentence.end_token - 1))
        .max()
        .unwrap_or(0);
    let weights: Vec<f64> = entities
        .iter()
        .zip(&speaks)
        .map(|(entity, &spoke)| {
            let first = entity
                .mentions
                .iter()
                .map(|m| m.span.start)
                .min()
                .unwrap_or(0);
            let in_lede = entity.mentions.iter().any(|m| m.span.end <= lede_end);
            (1.0 + entity.mentions.len() as f64).ln()
                + EARLINESS_WEIGHT * (1.0 - first as f64 / length)
                + if in_lede { LEDE_WEIGHT } else { 0.0 }
                + SPEAKER_WEIGHT * (1.0 + spoke as f64).ln()
        })
        .collect();
    let total: f64 = weights.iter().sum();
    for (entity, weight) in entities.iter_mut().zip(weights) {
        entity.salience = if total > 0.0 { weight / total } else { 0.0 };
    }
}
