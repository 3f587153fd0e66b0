//! The tagger's word cache: what a word contributes to the emission scores wherever it
//! stands, added up once per distinct word and kept from one document to the next.
//!
//! A token's first-pass features are its word's own ones (bias, word, shapes, affixes:
//! [`own_keys`]), the features its neighbours' words give it ([`NEIGHBOURS`]) and those
//! that depend on where it stands ([`context_keys`]). The first two depend on one word
//! alone, so the cache keeps, per word, the sums of its own features' weights, the rows of
//! its neighbour features, and its lowercase form and short shape for the rest. Weights
//! are integers until the sums are scaled, so the scores are exactly those of adding every
//! feature of [`super::features::sentence_features`], which training reads.

use super::context::WordFacts;
use super::features::{
    boundary, context_keys, first_pass_usage_keys, first_pass_window, neighbour_key, own_keys,
    shape_keys, tags_from, tags_up_to, word_forms, DocumentContext, Features, Shapes, NEIGHBOURS,
};
use super::fixed_keys::{fixed_keys, Fixed, FixedKeys, TAG_VALUES};
use super::keys::{part_hash, SentenceParts};
use super::model::{ModelPair, Row, Sums, T};
use crate::lexicon::{FastMap, Lexicon};
use crate::text::Document;

/// The most distinct words a cache keeps from one document to the next: about 200 bytes
/// each. A cache past it starts the next document empty (only a batch of many documents,
/// or one document with more distinct words, gets there).
const MOST_WORDS: usize = 1 << 15;

/// The most combinations of shapes a cache keeps sums for (about 100 bytes each); past
/// it, the next document starts with none.
const MOST_SHAPE_COMBINATIONS: usize = 1 << 14;

/// A combination of [`shape_keys`]' inputs: the short shapes' hashes before, at and after a
/// token, and bit 0 for a clause's opening, bit 1 for a line in capitals.
#[derive(Clone, Copy, PartialEq, Eq)]
struct ShapeCombination {
    shapes: [u64; 3],
    flags: u8,
}

impl std::hash::Hash for ShapeCombination {
    /// One word for the hasher: the shapes' hashes are well mixed already.
    fn hash<H: std::hash::Hasher>(&self, hasher: &mut H) {
        let [before, shape, after] = self.shapes;
        hasher.write_u64(
            before ^ shape.rotate_left(21) ^ after.rotate_left(42) ^ u64::from(self.flags),
        );
    }
}

/// What one distinct word (as written) contributes, wherever it stands.
struct Entry {
    /// The [`part_hash`]es of its lowercase form and short shape.
    forms: [u64; 2],
    /// The summed weights of its own features, per model.
    own: Sums,
    /// The rows of the features it gives its neighbours, in [`NEIGHBOURS`] order.
    as_neighbour: [Row; 4],
    /// What the document context reads of it.
    facts: WordFacts,
}

/// The cache: words as written, their entries, and the buffers that fill an entry.
pub(super) struct WordCache {
    index: FastMap<Box<str>, u32>,
    entries: Vec<Entry>,
    /// The rows of each fixed-valued feature, by its number.
    fixed_rows: Vec<Row>,
    /// The rows of the [`NEIGHBOURS`] features past a sentence's start and end.
    boundaries: [[Row; 2]; 4],
    /// Each token of the document being tagged, as far as read: its entry.
    tokens: Vec<u32>,
    /// The hashes of the lowercase form and short shape of each token of the sentence
    /// being tagged, after the start's marker and before the end's.
    hashes: Vec<[u64; 2]>,
    /// The hashes of the markers "<s>" and "</s>" (one for both forms).
    markers: [u64; 2],
    keys: Vec<u32>,
    forms: [String; 3],
    /// [`MOST_WORDS`], or fewer in a test.
    most_words: usize,
    /// The summed weights of [`shape_keys`], by combination: a few thousand recur in
    /// the whole of a news corpus, so five features cost one lookup.
    shape_sums: FastMap<ShapeCombination, Sums>,
    /// The second model's summed weights of [`tags_up_to`] and of [`tags_from`], by
    /// [`FixedKeys::triple`] of their three tags: two rows where a token's first-pass window
    /// has five features.
    second_by_window: [Vec<[i32; T]>; 2],
}

impl WordCache {
    /// An empty cache for the models `pair`.
    pub(super) fn new(pair: &ModelPair) -> Self {
        let mut cache = WordCache {
            index: FastMap::default(),
            entries: Vec::new(),
            fixed_rows: fixed_keys().all.iter().map(|&key| pair.row(key)).collect(),
            boundaries: NEIGHBOURS.map(|(template, _)| {
                [-1, 1].map(|side| pair.row(neighbour_key(template, boundary(side))))
            }),
            tokens: Vec::new(),
            hashes: Vec::with_capacity(66),
            markers: [-1, 1].map(|side| part_hash(boundary(side))),
            keys: Vec::with_capacity(48),
            forms: Default::default(),
            most_words: MOST_WORDS,
            shape_sums: FastMap::default(),
            second_by_window: [Vec::new(), Vec::new()],
        };
        let fixed_rows = &cache.fixed_rows;
        let second_sum = |features: &[Fixed]| {
            let mut sums = [[0; T]; 2];
            for feature in features {
                pair.add_row(fixed_rows[feature.number as usize], &mut sums);
            }
            sums[1]
        };
        let mut up_to = vec![[0; T]; TAG_VALUES * TAG_VALUES * TAG_VALUES];
        let mut from = up_to.clone();
        for a in 0..TAG_VALUES {
            for b in 0..TAG_VALUES {
                for c in 0..TAG_VALUES {
                    up_to[FixedKeys::triple(a, b, c)] = second_sum(&tags_up_to(a, b, c));
                    from[FixedKeys::triple(a, b, c)] = second_sum(&tags_from(a, b, c));
                }
            }
        }
        cache.second_by_window = [up_to, from];
        cache.empty();
        cache
    }

    /// Forgets every word.
    fn empty(&mut self) {
        self.index.clear();
        self.entries.clear();
    }

    /// Starts a document: its tokens are to be read next, one by one.
    pub(super) fn begin_document(&mut self) {
        self.tokens.clear();
        if self.entries.len() > self.most_words {
            self.empty();
        }
        if self.shape_sums.len() > MOST_SHAPE_COMBINATIONS {
            self.shape_sums.clear();
        }
    }

    /// Reads the document's next token, `word`: finds or makes its entry, keeps it for
    /// [`WordCache::sentence_emissions`], and gives its [`WordFacts`].
    pub(super) fn read_token(
        &mut self,
        word: &str,
        pair: &ModelPair,
        lexicon: &Lexicon,
    ) -> WordFacts {
        let id = self.entry_of(word, pair, lexicon);
        self.tokens.push(id);
        self.entries[id as usize].facts
    }

    /// The entry of `word`, added when it is new.
    fn entry_of(&mut self, word: &str, pair: &ModelPair, lexicon: &Lexicon) -> u32 {
        if let Some(&id) = self.index.get(word) {
            return id;
        }
        let [lower, full, short] = &mut self.forms;
        word_forms(word, lower, full, short);
        self.keys.clear();
        own_keys(word, lower, full, short, &mut self.keys);
        let mut own = [[0; T]; 2];
        pair.add_keys(&self.keys, &mut own);
        let id = self.entries.len() as u32;
        self.entries.push(Entry {
            forms: [part_hash(lower), part_hash(short)],
            own,
            as_neighbour: NEIGHBOURS.map(|(template, _)| pair.row(neighbour_key(template, lower))),
            facts: WordFacts::of(word, lexicon),
        });
        self.index.insert(word.into(), id);
        id
    }

    /// Appends the emission scores of every token of sentence `s` under both models, in
    /// token order, to `first` and `second`. The document's tokens must have been read.
    pub(super) fn sentence_emissions(
        &mut self,
        doc: &Document,
        context: &DocumentContext,
        s: usize,
        pair: &ModelPair,
        first: &mut Vec<[f32; T]>,
        second: &mut Vec<[f32; T]>,
    ) {
        let sentence = doc.sentence(s);
        let n = sentence.end_token - sentence.first_token;
        let ids = &self.tokens[sentence.first_token..sentence.end_token];
        let mut keys = std::mem::take(&mut self.keys);
        let mut hashes = std::mem::take(&mut self.hashes);
        hashes.clear();
        hashes.push([self.markers[0]; 2]);
        hashes.extend(ids.iter().map(|&id| self.entries[id as usize].forms));
        hashes.push([self.markers[1]; 2]);
        let words = SentenceParts { hashes: &hashes };
        let in_capitals = doc.sentence_in_capitals(s);
        for k in 0..n {
            let mut sums = self.entries[ids[k] as usize].own;
            for (feature, (_, distance)) in NEIGHBOURS.iter().enumerate() {
                let at = k as isize - distance;
                let rows = match usize::try_from(at) {
                    Ok(j) if j < n => self.entries[ids[j] as usize].as_neighbour[feature],
                    _ => self.boundaries[feature][(at >= 0) as usize],
                };
                pair.add_row(rows, &mut sums);
            }
            let ki = k as isize;
            let shapes = [words.short(ki - 1), words.short(ki), words.short(ki + 1)];
            let at_start = doc.opens_clause(sentence.first_token + k);
            let combination = ShapeCombination {
                shapes,
                flags: at_start as u8 | (in_capitals as u8) << 1,
            };
            let shape_sums = match self.shape_sums.get(&combination) {
                Some(known) => *known,
                None => {
                    let mut new = [[0; T]; 2];
                    add_features(pair, &self.fixed_rows, &mut keys, &mut new, |out| {
                        shape_keys(shapes, at_start, in_capitals, out)
                    });
                    self.shape_sums.insert(combination, new);
                    new
                }
            };
            for (sum, shape_sum) in sums.iter_mut().zip(&shape_sums) {
                for t in 0..T {
                    sum[t] += shape_sum[t];
                }
            }
            add_features(pair, &self.fixed_rows, &mut keys, &mut sums, |out| {
                context_keys(doc, context, s, k, &words, Shapes::Left, out)
            });
            let (a, b) = pair.scaled(&sums);
            first.push(a);
            second.push(b);
        }
        self.hashes = hashes;
        self.keys = keys;
    }

    /// Appends the second pass's emission scores of every token of sentence `s` to `out`:
    /// `second_scores` (the second model's scores of the first-pass features, by token of
    /// the document) plus those of the second pass's own features.
    pub(super) fn second_pass_emissions(
        &mut self,
        doc: &Document,
        context: &DocumentContext,
        s: usize,
        pair: &ModelPair,
        second_scores: &[[f32; T]],
        out: &mut Vec<[f32; T]>,
    ) {
        let sentence = doc.sentence(s);
        let mut keys = std::mem::take(&mut self.keys);
        for k in 0..sentence.end_token - sentence.first_token {
            let mut sums = [[0; T]; 2];
            add_features(pair, &self.fixed_rows, &mut keys, &mut sums, |out| {
                first_pass_usage_keys(doc, context, sentence.first_token + k, out)
            });
            // The features of the first pass's tags around the token, as two summed rows
            // (the same integers as adding first_pass_keys's one by one).
            let mut second = sums[1];
            if let Some([before2, before, here, after, after2]) =
                first_pass_window(doc, context, s, k)
            {
                let [up_to, from] = &self.second_by_window;
                let up_to = &up_to[FixedKeys::triple(before2, before, here)];
                let from = &from[FixedKeys::triple(here, after, after2)];
                for t in 0..T {
                    second[t] += up_to[t] + from[t];
                }
            }
            let more = pair.scaled_second(second);
            let mut scores = second_scores[sentence.first_token + k];
            for t in 0..T {
                scores[t] += more[t];
            }
            out.push(scores);
        }
        self.keys = keys;
    }
}

/// Adds the features `write` gives for one token into `sums`: the fixed-valued ones as they
/// come, from `fixed_rows`; the keys once written, through `keys` (a reused buffer).
fn add_features(
    pair: &ModelPair,
    fixed_rows: &[Row],
    keys: &mut Vec<u32>,
    sums: &mut Sums,
    write: impl FnOnce(&mut Scoring),
) {
    keys.clear();
    write(&mut Scoring {
        keys,
        sums,
        pair,
        fixed_rows,
    });
    pair.add_keys(keys, sums);
}

/// A token's features added up as they come: a fixed-valued one from the rows looked up
/// when the cache was made, a key kept for [`ModelPair::add_keys`].
struct Scoring<'a> {
    keys: &'a mut Vec<u32>,
    sums: &'a mut Sums,
    pair: &'a ModelPair,
    fixed_rows: &'a [Row],
}

impl Features for Scoring<'_> {
    fn key(&mut self, key: u32) {
        self.keys.push(key);
    }

    fn fixed(&mut self, feature: Fixed) {
        self.pair
            .add_row(self.fixed_rows[feature.number as usize], self.sums);
    }
}

#[cfg(test)]
mod tests {
    use super::super::features::{first_pass_features, sentence_features, Scratch};
    use super::super::Tagger;
    use super::*;
    use crate::lexicon::Lexicon;

    /// Texts with what the cache must get right: repeated and new words, words of more and
    /// fewer than eight bytes, other scripts, hyphens, a headline in capitals, one-word
    /// sentences, and the sample article.
    fn texts() -> Vec<String> {
        let sample = include_str!("../../../data/sample/article.txt");
        vec![
            sample.to_string(),
            "TRUMP MEETS PUTIN IN ANCHORAGE\nWASHINGTON (Reuters) - Steve Witkoff met \
             Vladimir Putin on Wednesday. Witkoff said: \"We talked.\" Yes. Überraschung! \
             The well-known internationalization of São Paulo's co-operatives."
                .to_string(),
            "Hi.\n\nA.\n\nNorth-east Zürich, 12,000 people; Mr. O'Neill-Smith (R-N.C.)."
                .to_string(),
        ]
    }

    fn lexicon() -> &'static Lexicon {
        static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEXICON.get_or_init(Lexicon::builtin)
    }

    /// Each token's emission scores, first and second model, from every feature key that
    /// training reads, added up one by one.
    fn from_keys(
        doc: &Document,
        context: &DocumentContext,
        pair: &ModelPair,
    ) -> Vec<[[f32; T]; 2]> {
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        for s in 0..doc.sentence_count() {
            let (mut keys, mut offsets) = (Vec::new(), Vec::new());
            sentence_features(doc, context, s, &mut scratch, &mut keys, &mut offsets);
            for k in 0..offsets.len() - 1 {
                let mut sums = [[0; T]; 2];
                pair.add_keys(
                    &keys[offsets[k] as usize..offsets[k + 1] as usize],
                    &mut sums,
                );
                let (a, b) = pair.scaled(&sums);
                out.push([a, b]);
            }
        }
        out
    }

    fn from_cache(
        cache: &mut WordCache,
        doc: &Document,
        context: &DocumentContext,
        pair: &ModelPair,
    ) -> Vec<[[f32; T]; 2]> {
        let (mut first, mut second) = (Vec::new(), Vec::new());
        cache.begin_document();
        for i in 0..doc.token_count() {
            cache.read_token(doc.word(i), pair, lexicon());
        }
        for s in 0..doc.sentence_count() {
            cache.sentence_emissions(doc, context, s, pair, &mut first, &mut second);
        }
        first.into_iter().zip(second).map(|(a, b)| [a, b]).collect()
    }

    /// The second pass over `doc` read as the first model's scores `first` decode.
    fn second_pass_scores_are_those_of_every_feature(
        cache: &mut WordCache,
        doc: Document,
        mut context: DocumentContext,
        pair: &ModelPair,
        first: &[[[f32; T]; 2]],
    ) {
        let mut tags = Vec::new();
        for s in 0..doc.sentence_count() {
            let sentence = doc.sentence(s);
            let scores: Vec<[f32; T]> = first[sentence.first_token..sentence.end_token]
                .iter()
                .map(|[a, _]| *a)
                .collect();
            let decoded = super::super::viterbi::decode(&scores, &pair.first.transitions);
            tags.extend(decoded.into_iter().map(|t| t as u8));
        }
        assert!(tags.iter().any(|&t| t != 0), "the first pass finds names");
        context.set_first_pass(&doc, tags);
        let second: Vec<[f32; T]> = first.iter().map(|[_, b]| *b).collect();
        for s in 0..doc.sentence_count() {
            let (mut keys, mut offsets) = (Vec::new(), Vec::new());
            first_pass_features(&doc, &context, s, &mut keys, &mut offsets);
            let first_token = doc.sentence(s).first_token;
            let want: Vec<[f32; T]> = (0..offsets.len() - 1)
                .map(|k| {
                    let mut sums = [[0; T]; 2];
                    pair.add_keys(
                        &keys[offsets[k] as usize..offsets[k + 1] as usize],
                        &mut sums,
                    );
                    let more = pair.scaled(&sums).1;
                    std::array::from_fn(|t| second[first_token + k][t] + more[t])
                })
                .collect();
            let mut got = Vec::new();
            cache.second_pass_emissions(&doc, &context, s, pair, &second, &mut got);
            assert_eq!(got, want, "sentence {s}");
        }
    }

    #[test]
    fn cached_scores_are_those_of_every_feature_added_up() {
        let tagger = Tagger::builtin().expect("the shipped model loads");
        let pair = &tagger.pair;
        let lexicon = lexicon();
        // One cache through all texts (words come back from one document to the next),
        // one that starts each document again, and a fresh one per text.
        let mut kept = WordCache::new(pair);
        let mut small = WordCache::new(pair);
        small.most_words = 40;
        let mut emptied = 0;
        for text in texts() {
            let doc = Document::new(&text);
            let context = DocumentContext::new(&doc, lexicon, &[]);
            // The context from the cache's word facts is the one looked up directly.
            kept.begin_document();
            let cached = DocumentContext::with_facts(&doc, lexicon, &[], |w| {
                kept.read_token(w, pair, lexicon)
            });
            assert_eq!(cached.gazetteer, context.gazetteer);
            assert_eq!(cached.common, context.common);
            assert_eq!(cached.form, context.form);
            assert_eq!(cached.seen_lowercase, context.seen_lowercase);
            assert_eq!(
                cached.seen_capitalized_inside,
                context.seen_capitalized_inside
            );
            let want = from_keys(&doc, &context, pair);
            assert!(want.len() > 10, "{text}");
            assert!(want.iter().any(|[a, _]| a.iter().any(|&v| v != 0.0)));
            assert_eq!(from_cache(&mut kept, &doc, &context, pair), want, "{text}");
            let over = small.entries.len() > small.most_words;
            assert_eq!(from_cache(&mut small, &doc, &context, pair), want, "{text}");
            if over {
                // Emptied at the document's start, it holds this document's words only.
                assert!(small.entries.len() <= doc.token_count());
                emptied += 1;
            }
            let mut fresh = WordCache::new(pair);
            assert_eq!(from_cache(&mut fresh, &doc, &context, pair), want, "{text}");
            second_pass_scores_are_those_of_every_feature(&mut kept, doc, context, pair, &want);
        }
        assert!(
            kept.entries.len() > 100,
            "the kept cache holds the texts' words"
        );
        assert!(emptied > 0, "the small cache was emptied between documents");
    }
}
