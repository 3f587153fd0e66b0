//! Feature keys: how a feature's template and parts become the 32-bit key the model is
//! indexed by (the Fx mixing step over eight bytes at a time, then a 64-bit avalanche).
//! A feature that joins words (a word and its neighbour, three shapes) mixes each word's
//! 64-bit [`part_hash`], kept per word, so that a cached word is never read again and a
//! key of three words costs three multiplications.

use super::templates::Template;
use crate::lexicon::padded_word;

/// A feature key under construction: a template number, then its parts, mixed eight
/// bytes at a time (the Fx mixing step) and finished with a 64-bit avalanche.
#[derive(Clone, Copy)]
pub(super) struct Key(pub(super) u64);

const MIX: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Key {
    pub(super) fn new(template: Template) -> Self {
        Key::seeded(template as u8)
    }

    pub(super) fn seeded(seed: u8) -> Self {
        Key(seed as u64 + 1).mix(0)
    }

    pub(super) fn mix(self, word: u64) -> Self {
        Key((self.0.rotate_left(5) ^ word).wrapping_mul(MIX))
    }

    /// Appends one part, separated from the previous one.
    pub(super) fn part(self, s: &str) -> Self {
        let bytes = s.as_bytes();
        let mut chunks = bytes.chunks_exact(8);
        let mut key = self;
        for chunk in &mut chunks {
            key = key.mix(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        // The length keeps "ab" + "" apart from "a" + "b".
        key.mix(padded_word(chunks.remainder()))
            .mix(bytes.len() as u64)
    }

    /// Appends one part given as its [`part_hash`].
    pub(super) fn hashed(self, part: u64) -> Self {
        self.mix(part)
    }

    pub(super) fn finish(self) -> u32 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        (h ^ (h >> 32)) as u32
    }
}

/// The seed of the parts' hashes, apart from every template's and the lowercase hash's.
const PART_SEED: u8 = 254;

/// A 64-bit hash of one part (a word's lowercase form, its short shape): what a feature
/// joining words mixes in for it, computed once per word.
pub(super) fn part_hash(s: &str) -> u64 {
    let mut h = Key::seeded(PART_SEED).part(s).0;
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 29)
}

/// The key of feature `template` over parts given as their [`part_hash`]es.
#[inline]
pub(super) fn key_of(template: Template, parts: &[u64]) -> u32 {
    parts
        .iter()
        .fold(Key::new(template), |key, &part| key.hashed(part))
        .finish()
}

/// A sentence's lowercase forms and short shapes as [`part_hash`]es, by token, with the
/// boundary markers' one token past either end: what the context features read.
pub(super) struct SentenceParts<'a> {
    /// [lowercase form, short shape] of the start's marker, each token, the end's marker.
    pub(super) hashes: &'a [[u64; 2]],
}

impl SentenceParts<'_> {
    /// Token `k`'s lowercase form, or a marker one token past either end.
    #[inline]
    pub(super) fn lower(&self, k: isize) -> u64 {
        self.hashes[(k + 1) as usize][0]
    }

    /// Token `k`'s short shape, or a marker one token past either end.
    #[inline]
    pub(super) fn short(&self, k: isize) -> u64 {
        self.hashes[(k + 1) as usize][1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_keys_tell_their_parts_and_order_apart() {
        let words = [
            "",
            "a",
            "witkoff",
            "wednesday",
            "zürich",
            "<s>",
            "</s>",
            "Xx",
            "x",
        ];
        let hashes: Vec<u64> = words.iter().map(|w| part_hash(w)).collect();
        let mut keys = std::collections::HashSet::new();
        for &a in &hashes {
            for &b in &hashes {
                assert!(keys.insert(key_of(Template::PreviousAndWord, &[a, b])));
            }
        }
        // The same parts under another template make other keys.
        for &a in &hashes {
            assert!(keys.insert(key_of(Template::WordAndNext, &[a, hashes[1]])));
        }
        assert_eq!(
            part_hash("witkoff"),
            hashes[2],
            "the same word, the same hash"
        );
    }
}
