//! The tagger's weights: a compact binary file (`model/ner.bin`) compiled into the
//! binary, read once into a hash table from feature key to a row of per-tag weights.
//!
//! Format (little-endian): magic `NER2`; the contract hash (u64, see
//! [`super::templates::contract_hash`]: a file trained on other templates or vocabularies
//! is refused); tag count T (u32); transition weights
//! `(T + 1) x T` f32 (first row: from the sentence start); emission scale (f32);
//! feature count N (u32); N feature keys, ascending, as LEB128 deltas; N tag masks
//! (u16, bit t set when tag t has a weight); then the i16 weights of the set bits, in
//! order. Weight = i16 value x scale.

/// The tags, in model order: O, then B- and I- for each kind.
pub(crate) const TAGS: [&str; 9] = [
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
];
/// Number of tags.
pub(crate) const T: usize = TAGS.len();

const MAGIC: &[u8; 4] = b"NER2";

/// A table from feature key to a row number, built once when the analyzer starts: open
/// addressing with linear probing, at most half full. Building it is a single pass with no
/// allocation per key, which matters in WebAssembly, where the analyzer is built while the
/// reader waits.
pub(crate) struct KeyTable {
    /// Key and row side by side, so that a probe reads one place; `EMPTY` marks a free
    /// slot, and a real key equal to `EMPTY` lives in `empty_key`. (Arrays of integers,
    /// so that the zeroed table is allocated as such and its untouched pages cost nothing.)
    slots: Vec<[u32; 2]>,
    shift: u32,
    empty_key: Option<u32>,
    len: usize,
    /// One bit per value of a key's low [`FILTER_BITS`] bits, set where a key has them:
    /// most keys looked up are in neither model, and this answers them from 256 KB that
    /// stay in the processor's cache, where a probe of the 2 MB of slots would miss it.
    filter: Vec<u64>,
}

const EMPTY: u32 = 0;

/// How many low bits of a key [`KeyTable::filter`] tells apart (the slots use the top
/// bits): 2^21 bits, set for some 76,000 keys, let about 4% of absent keys through.
const FILTER_BITS: u32 = 21;

impl KeyTable {
    /// An empty table with room for `n` keys.
    pub(crate) fn with_capacity(n: usize) -> Self {
        let slots = (2 * n).next_power_of_two().max(16);
        // `shift` < 32 since `slots` > 1.
        KeyTable {
            slots: vec![[EMPTY, 0]; slots],
            shift: 32 - slots.trailing_zeros(),
            empty_key: None,
            len: 0,
            filter: vec![0; (1 << FILTER_BITS) / 64],
        }
    }

    /// The word and bit of [`KeyTable::filter`] for `key`.
    #[inline]
    fn filter_bit(key: u32) -> (usize, u64) {
        let low = key & ((1 << FILTER_BITS) - 1);
        ((low / 64) as usize, 1 << (low % 64))
    }

    /// Where `key` goes: its top bits (keys are uniform hashes already). Keys inserted in
    /// ascending order, as a model file lists them, fill the table front to back.
    #[inline]
    fn slot(&self, key: u32) -> usize {
        (key >> self.shift) as usize
    }

    /// The row of `key`, inserted as `vacant` when absent. The table never grows: it must
    /// have been made with room for every key.
    pub(crate) fn entry(&mut self, key: u32, vacant: u32) -> &mut u32 {
        if key == EMPTY {
            if self.empty_key.is_none() {
                self.len += 1;
            }
            return self.empty_key.get_or_insert(vacant);
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        while self.slots[i][0] != key {
            if self.slots[i][0] == EMPTY {
                assert!(2 * self.len < self.slots.len(), "the key table is full");
                self.slots[i] = [key, vacant];
                self.len += 1;
                let (word, bit) = Self::filter_bit(key);
                self.filter[word] |= bit;
                break;
            }
            i = (i + 1) & mask;
        }
        &mut self.slots[i][1]
    }

    /// The row of `key`, if the table has it.
    #[inline]
    pub(crate) fn get(&self, key: u32) -> Option<u32> {
        if key == EMPTY {
            return self.empty_key;
        }
        let (word, bit) = Self::filter_bit(key);
        if self.filter[word] & bit == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            let [k, row] = self.slots[i];
            if k == key {
                return Some(row);
            }
            if k == EMPTY {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// A trained linear-chain model: emission weights per feature and tag, and tag
/// transition weights.
pub(crate) struct Model {
    /// What a weight of [`ModelPair`]'s rows is in units of.
    scale: f32,
    /// How many features have weights.
    features: usize,
    /// `transitions[from][to]`, where `from == T` is the sentence start.
    pub transitions: [[f32; T]; T + 1],
}

/// Why a model file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub &'static str);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for ModelError {}

/// What a model trained on other feature templates or vocabularies says.
const RETRAIN: &str = "the entity model was trained on other feature templates or \
    vocabularies (data/en, data/lexicon) than this build has: retrain it with \
    `cargo run --release -p article-analyzer-cli --features train --bin train -- --out model/ner.bin`";

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> Result<&'b [u8], ModelError> {
        let slice = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or(ModelError("the model file is truncated"))?;
        self.at += n;
        Ok(slice)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().unwrap_or_default(),
        ))
    }

    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }

    fn leb128(&mut self) -> Result<u32, ModelError> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = self.take(1)?[0];
            value |= ((byte & 0x7f) as u32) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ModelError("a feature key is malformed"))
    }
}

impl Model {
    /// Reads a model file that carries the contract hash `contract`, giving each feature's
    /// key and weights (T of them, zeros included) to `row`.
    fn read_parts(
        bytes: &[u8],
        contract: u64,
        mut row: impl FnMut(u32, [i16; T]),
    ) -> Result<Model, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err(ModelError(
                "not an entity model file of this version: retrain it (README, \"The entity model\")",
            ));
        }
        if u64::from_le_bytes(r.take(8)?.try_into().unwrap_or_default()) != contract {
            return Err(ModelError(RETRAIN));
        }
        if r.u32()? as usize != T {
            return Err(ModelError("the model has another tag set"));
        }
        let mut transitions = [[0f32; T]; T + 1];
        for row in transitions.iter_mut() {
            for w in row.iter_mut() {
                *w = r.f32()?;
            }
        }
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        let mut keys = Vec::with_capacity(n);
        let mut key = 0u32;
        for _ in 0..n {
            key = key.wrapping_add(r.leb128()?);
            keys.push(key);
        }
        let masks = r.take(2 * n)?;
        let mut count = 0;
        for mask in masks.chunks_exact(2) {
            let mask = u16::from_le_bytes([mask[0], mask[1]]);
            if mask >> T != 0 {
                return Err(ModelError("a weight names a tag the model does not have"));
            }
            count += mask.count_ones() as usize;
        }
        let mut values = r
            .take(2 * count)?
            .chunks_exact(2)
            .map(|v| i16::from_le_bytes([v[0], v[1]]));
        for (&key, mask) in keys.iter().zip(masks.chunks_exact(2)) {
            let mut mask = u16::from_le_bytes([mask[0], mask[1]]);
            let mut weights = [0i16; T];
            while mask != 0 {
                weights[mask.trailing_zeros() as usize] = values.next().unwrap_or_default();
                mask &= mask - 1;
            }
            row(key, weights);
        }
        Ok(Model {
            scale,
            features: n,
            transitions,
        })
    }

    /// Writes a model file from averaged weights (`emissions`: key and T weights).
    #[cfg(feature = "train")]
    pub(crate) fn write(emissions: &[(u32, [f32; T])], transitions: &[[f32; T]; T + 1]) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&super::templates::contract_hash().to_le_bytes());
        out.extend_from_slice(&(T as u32).to_le_bytes());
        for row in transitions {
            for w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        let max = emissions
            .iter()
            .flat_map(|(_, w)| w.iter())
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 {
            max / i16::MAX as f32
        } else {
            1.0
        };
        out.extend_from_slice(&scale.to_le_bytes());
        let mut rows: Vec<(u32, [i16; T])> = emissions
            .iter()
            .map(|(k, w)| (*k, w.map(|w| (w / scale).round() as i16)))
            .filter(|(_, w)| w.iter().any(|&v| v != 0))
            .collect();
        rows.sort_by_key(|(k, _)| *k);
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        let mut previous = 0u32;
        for (key, _) in &rows {
            let mut delta = key - previous;
            previous = *key;
            loop {
                let byte = (delta & 0x7f) as u8;
                delta >>= 7;
                if delta == 0 {
                    out.push(byte);
                    break;
                }
                out.push(byte | 0x80);
            }
        }
        for (_, w) in &rows {
            let mask = w
                .iter()
                .enumerate()
                .filter(|(_, &v)| v != 0)
                .fold(0u16, |m, (t, _)| m | 1 << t);
            out.extend_from_slice(&mask.to_le_bytes());
        }
        for (_, w) in &rows {
            for &v in w.iter().filter(|&&v| v != 0) {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        out
    }

    fn scaled(&self, sum: [i32; T]) -> [f32; T] {
        sum.map(|v| v as f32 * self.scale)
    }

    /// Number of features with weights.
    pub(crate) fn len(&self) -> usize {
        self.features
    }
}

/// Two models that share most feature keys (the first and second pass), looked up
/// together: one probe gives a feature's row, and the row holds its weights in both, side
/// by side, so that a feature costs two memory reads, not four.
pub(crate) struct ModelPair {
    /// Feature key to its row in `weights`.
    rows: KeyTable,
    /// Each feature's weights in the first and the second model, T each, in units of the
    /// model's scale (zeros included: rows of T are faster to add up than sparse ones);
    /// row [`NO_WEIGHTS`] is all zeros.
    weights: Vec<[[i16; T]; 2]>,
    pub first: Model,
    pub second: Model,
}

/// Sums of feature weights, per tag, under the first and the second model: integers, so
/// the order they are added in never changes a score.
pub(crate) type Sums = [[i32; T]; 2];

/// A feature's row of weights in a [`ModelPair`].
pub(crate) type Row = u32;

/// Where a model file gives its feature count N (see the format above): read ahead, so
/// that the joined key table is sized once.
const FEATURE_COUNT_AT: usize = 4 + 8 + 4 + 4 * T * (T + 1) + 4;

/// The feature count of a model file (0 for a file too short to have one).
fn feature_count(bytes: &[u8]) -> usize {
    bytes
        .get(FEATURE_COUNT_AT..FEATURE_COUNT_AT + 4)
        .map_or(0, |b| {
            u32::from_le_bytes(b.try_into().unwrap_or_default()) as usize
        })
}

/// The row of a feature no model has weights for: zeros.
const NO_WEIGHTS: Row = 0;

impl ModelPair {
    /// Reads two model files and joins their key tables into one.
    pub(crate) fn read(first: &[u8], second: &[u8]) -> Result<Self, ModelError> {
        Self::read_for(first, second, super::templates::contract_hash())
    }

    /// Reads two model files that must carry the contract hash `contract`.
    pub(crate) fn read_for(first: &[u8], second: &[u8], contract: u64) -> Result<Self, ModelError> {
        // Room for every key of both files, more than the two share.
        let room = feature_count(first) + feature_count(second);
        let mut rows = KeyTable::with_capacity(room);
        let mut weights = Vec::with_capacity(room + 1);
        weights.push([[0i16; T]; 2]);
        let mut add = |model: usize, key: u32, row: [i16; T]| {
            let next = weights.len() as Row;
            let at = *rows.entry(key, next);
            if at == next {
                let mut both = [[0; T]; 2];
                both[model] = row;
                weights.push(both);
            } else {
                weights[at as usize][model] = row;
            }
        };
        let first = Model::read_parts(first, contract, |key, row| add(0, key, row))?;
        let second = Model::read_parts(second, contract, |key, row| add(1, key, row))?;
        Ok(ModelPair {
            rows,
            weights,
            first,
            second,
        })
    }

    /// The row of `key` ([`NO_WEIGHTS`] when neither model has one).
    #[inline]
    pub(crate) fn row(&self, key: u32) -> Row {
        self.rows.get(key).unwrap_or(NO_WEIGHTS)
    }

    /// Adds a feature's row (from [`ModelPair::row`]) into the sums of both models.
    #[inline]
    pub(crate) fn add_row(&self, row: Row, sums: &mut Sums) {
        // A whole row in one bounds check, added lane by lane (the compiler vectorizes it).
        let [first, second] = &self.weights[row as usize];
        for t in 0..T {
            sums[0][t] += first[t] as i32;
            sums[1][t] += second[t] as i32;
        }
    }

    /// Adds the rows of each feature key into the sums of both models.
    pub(crate) fn add_keys(&self, keys: &[u32], sums: &mut Sums) {
        for &key in keys {
            if let Some(row) = self.rows.get(key) {
                self.add_row(row, sums);
            }
        }
    }

    /// The second model's emission scores from a sum of its weights alone.
    pub(crate) fn scaled_second(&self, sum: [i32; T]) -> [f32; T] {
        self.second.scaled(sum)
    }

    /// Emission scores from sums of both models' weights.
    pub(crate) fn scaled(&self, sums: &Sums) -> ([f32; T], [f32; T]) {
        (self.first.scaled(sums[0]), self.second.scaled(sums[1]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_table_finds_the_keys_it_holds_and_no_other() {
        let twin = |key: u32, n: u32| key + n * (1 << FILTER_BITS);
        let held = [7, EMPTY, twin(7, 1), 0xdead_beef];
        let mut table = KeyTable::with_capacity(held.len());
        for (row, &key) in held.iter().enumerate() {
            assert_eq!(*table.entry(key, row as u32), row as u32);
        }
        for (row, &key) in held.iter().enumerate() {
            assert_eq!(table.get(key), Some(row as u32), "key {key:#x}");
        }
        // A key whose filter bit a held key set is answered by the probe; one whose bit
        // none set, by the filter.
        let bit_is_set = |key: u32| {
            let (word, bit) = KeyTable::filter_bit(key);
            table.filter[word] & bit != 0
        };
        assert!(bit_is_set(twin(7, 2)));
        assert_eq!(table.get(twin(7, 2)), None);
        assert!(!bit_is_set(8));
        assert_eq!(table.get(8), None);
        assert_eq!(table.len, held.len());
    }
}
