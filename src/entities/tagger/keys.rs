//! Feature keys: how a feature's template and parts become the 32-bit key the model is
//! indexed by (the Fx mixing step over eight bytes at a time, then a 64-bit avalanche), and
//! the parts of a sentence's words kept pre-split into the words a key mixes, so that a
//! cached word is never read byte by byte again.

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

    /// Appends one part given as its [`part_words`]: the same key as [`Key::part`] of the
    /// string, without reading its bytes again.
    pub(super) fn words(self, words: &[u64]) -> Self {
        words.iter().fold(self, |key, &word| key.mix(word))
    }

    pub(super) fn finish(self) -> u32 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        (h ^ (h >> 32)) as u32
    }
}

/// The words [`Key::part`] mixes in for `s`, appended to `out`: its 8-byte chunks, the
/// zero-padded rest, its length. Kept per word, they make a key of cached words cheap.
pub(super) fn part_words(s: &str, out: &mut Vec<u64>) {
    let mut chunks = s.as_bytes().chunks_exact(8);
    for chunk in &mut chunks {
        out.push(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
    }
    out.push(padded_word(chunks.remainder()));
    out.push(s.len() as u64);
}

/// Strings kept as their [`part_words`], one after another, by the order they came in.
#[derive(Default)]
pub(super) struct PartList {
    words: Vec<u64>,
}

impl PartList {
    /// Empties the list, keeping its room.
    pub(super) fn clear(&mut self) {
        self.words.clear();
    }

    /// Adds the words of `s`: [`PartList::slice`] of the span returned.
    pub(super) fn push(&mut self, s: &str) -> [u32; 2] {
        let start = self.words.len() as u32;
        part_words(s, &mut self.words);
        [start, self.words.len() as u32]
    }

    /// The words of the string [`PartList::push`] gave `span` for.
    #[inline]
    pub(super) fn slice(&self, [start, end]: [u32; 2]) -> &[u64] {
        &self.words[start as usize..end as usize]
    }
}

/// The key of feature `template` over parts given as their [`part_words`].
pub(super) fn key_of(template: Template, parts: &[&[u64]]) -> u32 {
    parts
        .iter()
        .fold(Key::new(template), |key, words| key.words(words))
        .finish()
}

/// A sentence's lowercase forms and short shapes as [`part_words`], by token, with the
/// boundary markers' one token past either end: what the context features read.
pub(super) struct SentenceParts<'a> {
    pub(super) parts: &'a PartList,
    /// [lowercase form, short shape] spans of `parts`: the start's marker, each token, the
    /// end's marker.
    pub(super) spans: &'a [[[u32; 2]; 2]],
}

impl SentenceParts<'_> {
    /// Token `k`'s lowercase form, or a marker one token past either end.
    #[inline]
    pub(super) fn lower(&self, k: isize) -> &[u64] {
        self.form(k, 0)
    }

    /// Token `k`'s short shape, or a marker one token past either end.
    #[inline]
    pub(super) fn short(&self, k: isize) -> &[u64] {
        self.form(k, 1)
    }

    fn form(&self, k: isize, form: usize) -> &[u64] {
        self.parts.slice(self.spans[(k + 1) as usize][form])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_given_as_words_makes_the_key_of_the_string() {
        for s in [
            "",
            "a",
            "witkoff",
            "wednesd",
            "wednesda",
            "wednesday",
            "sixteen-byte-wor",
            "zürich",
            "<s>",
            "</s>",
        ] {
            let mut words = Vec::new();
            part_words(s, &mut words);
            let by_string = Key::new(Template::Word).part(s).part("x").finish();
            let by_words = Key::new(Template::Word).words(&words).part("x").finish();
            assert_eq!(by_words, by_string, "{s}");
        }
        let mut list = PartList::default();
        assert_eq!((list.push("ab"), list.push("wednesday")), ([0, 2], [2, 5]));
        let mut words = Vec::new();
        part_words("wednesday", &mut words);
        assert_eq!(list.slice([2, 5]), &words[..]);
    }
}
