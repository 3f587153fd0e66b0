//! The tagger's weights: a compact binary file (`model/ner.bin`) compiled into the
//! binary, read once into a hash table from feature key to a row of per-tag weights.
//!
//! Format (little-endian): magic `NER1`; tag count T (u32); transition weights
//! `(T + 1) x T` f32 (first row: from the sentence start); emission scale (f32);
//! feature count N (u32); N feature keys, ascending, as LEB128 deltas; N tag masks
//! (u16, bit t set when tag t has a weight); then the i16 weights of the set bits, in
//! order. Weight = i16 value x scale.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The tags, in model order: O, then B- and I- for each kind.
pub(crate) const TAGS: [&str; 9] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
/// Number of tags.
pub(crate) const T: usize = TAGS.len();

const MAGIC: &[u8; 4] = b"NER1";

/// Feature keys are already hashes: spread them, don't hash them again.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | b as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_u32(&mut self, key: u32) {
        self.0 = (key as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// A map keyed by feature keys.
pub(crate) type KeyMap<V> = HashMap<u32, V, BuildHasherDefault<KeyHasher>>;

/// A trained linear-chain model: emission weights per feature and tag, and tag
/// transition weights.
pub(crate) struct Model {
    /// Row index of each known feature.
    rows: KeyMap<u32>,
    /// Emission weights, T per row, in units of `scale`.
    weights: Vec<i16>,
    scale: f32,
    /// `transitions[from][to]`, where `from == T` is the sentence start.
    pub transitions: [[f32; T]; T + 1],
}

/// Why a model file could not be read.
#[derive(Debug)]
pub(crate) struct ModelError(#[allow(dead_code)] pub &'static str);

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], ModelError> {
        let slice = self.bytes.get(self.at..self.at + n).ok_or(ModelError("the model file is truncated"))?;
        self.at += n;
        Ok(slice)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap_or_default()))
    }

    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }

    fn u16(&mut self) -> Result<u16, ModelError> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().unwrap_or_default()))
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
    /// Reads a model file.
    pub(crate) fn read(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err(ModelError("not an entity model file"));
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
        let masks: Vec<u16> = (0..n).map(|_| r.u16()).collect::<Result<_, _>>()?;
        let mut weights = vec![0i16; n * T];
        for (row, &mask) in masks.iter().enumerate() {
            for t in 0..T {
                if mask & (1 << t) != 0 {
                    weights[row * T + t] = r.u16()? as i16;
                }
            }
        }
        let mut rows = KeyMap::with_capacity_and_hasher(n, Default::default());
        for (row, key) in keys.into_iter().enumerate() {
            rows.insert(key, row as u32);
        }
        Ok(Model { rows, weights, scale, transitions })
    }

    /// Writes a model file from averaged weights (`emissions`: key and T weights).
    #[cfg(feature = "train")]
    pub(crate) fn write(emissions: &[(u32, [f32; T])], transitions: &[[f32; T]; T + 1]) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(T as u32).to_le_bytes());
        for row in transitions {
            for w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        let max = emissions.iter().flat_map(|(_, w)| w.iter()).fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / i16::MAX as f32 } else { 1.0 };
        out.extend_from_slice(&scale.to_le_bytes());
        let mut rows: Vec<(u32, [i16; T])> =
            emissions.iter().map(|(k, w)| (*k, w.map(|w| (w / scale).round() as i16))).filter(|(_, w)| w.iter().any(|&v| v != 0)).collect();
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
            let mask = w.iter().enumerate().filter(|(_, &v)| v != 0).fold(0u16, |m, (t, _)| m | 1 << t);
            out.extend_from_slice(&mask.to_le_bytes());
        }
        for (_, w) in &rows {
            for &v in w.iter().filter(|&&v| v != 0) {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        out
    }

    /// The emission score of each tag for a token with the features `keys`.
    pub(crate) fn emissions(&self, keys: &[u32]) -> [f32; T] {
        let mut sum = [0i32; T];
        for key in keys {
            if let Some(&row) = self.rows.get(key) {
                let row = &self.weights[row as usize * T..row as usize * T + T];
                for t in 0..T {
                    sum[t] += row[t] as i32;
                }
            }
        }
        sum.map(|v| v as f32 * self.scale)
    }

    /// Adds the weights of row `row` into `sum`.
    fn add_row(&self, row: u32, sum: &mut [i32; T]) {
        let row = &self.weights[row as usize * T..row as usize * T + T];
        for t in 0..T {
            sum[t] += row[t] as i32;
        }
    }

    fn scaled(&self, sum: [i32; T]) -> [f32; T] {
        sum.map(|v| v as f32 * self.scale)
    }

    /// Number of features with weights.
    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }
}

/// Two models that share most feature keys (the first and second pass), looked up
/// together: one probe gives a feature's row in both.
pub(crate) struct ModelPair {
    rows: KeyMap<[u32; 2]>,
    pub first: Model,
    pub second: Model,
}

/// Row index meaning "no weights in this model".
const NO_ROW: u32 = u32::MAX;

impl ModelPair {
    /// Joins the two models' key tables into one.
    pub(crate) fn new(mut first: Model, mut second: Model) -> Self {
        let mut rows: KeyMap<[u32; 2]> = KeyMap::with_capacity_and_hasher(first.rows.len() + second.rows.len() / 4, Default::default());
        for (key, row) in std::mem::take(&mut first.rows) {
            rows.insert(key, [row, NO_ROW]);
        }
        for (key, row) in std::mem::take(&mut second.rows) {
            rows.entry(key).or_insert([NO_ROW, NO_ROW])[1] = row;
        }
        ModelPair { rows, first, second }
    }

    /// Emission scores of a token's features under both models.
    pub(crate) fn emissions(&self, keys: &[u32]) -> ([f32; T], [f32; T]) {
        let (mut a, mut b) = ([0i32; T], [0i32; T]);
        for key in keys {
            if let Some(&[first, second]) = self.rows.get(key) {
                if first != NO_ROW {
                    self.first.add_row(first, &mut a);
                }
                if second != NO_ROW {
                    self.second.add_row(second, &mut b);
                }
            }
        }
        (self.first.scaled(a), self.second.scaled(b))
    }

    /// Emission scores of features only the second model uses.
    pub(crate) fn second_emissions(&self, keys: &[u32]) -> [f32; T] {
        let mut b = [0i32; T];
        for key in keys {
            if let Some(&[_, second]) = self.rows.get(key) {
                if second != NO_ROW {
                    self.second.add_row(second, &mut b);
                }
            }
        }
        self.second.scaled(b)
    }
}
