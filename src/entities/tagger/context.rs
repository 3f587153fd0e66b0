//! What the whole document tells the tagger about each token, gathered once per document
//! before its sentences are tagged: lexicon classes, the rules' opinions, how each word
//! is written elsewhere, and after a first pass how it was tagged elsewhere.

use super::super::runs::{recased_from_capitals, Recased};
use super::super::Candidate;
use super::keys::Key;
use super::templates::LOWERCASE_SEED;
use crate::analysis::EntityKind;
use crate::lexicon::{listed, FastMap, Lexicon};
use crate::text::{is_all_caps, Document, TokenKind};

/// A hash of the word in lowercase, computed without allocating.
fn lowercase_hash(word: &str) -> u64 {
    let mut key = Key::seeded(LOWERCASE_SEED);
    if word.is_ascii() {
        // The same values as below: an ASCII character is its byte.
        for b in word.bytes() {
            key = key.mix(b.to_ascii_lowercase() as u64);
        }
        return key.0;
    }
    for c in word.chars().flat_map(char::to_lowercase) {
        key = key.mix(c as u64);
    }
    key.0
}

/// Each hash's number, dense from 0 in order of first occurrence (equal hashes, equal
/// numbers), and how many numbers there are: one hash lookup per token, after which the
/// document's tables are arrays.
fn dense_numbers(hashes: impl ExactSizeIterator<Item = u64>) -> (Vec<u32>, usize) {
    let mut numbers: FastMap<u64, u32> = FastMap::default();
    numbers.reserve(hashes.len().min(1 << 16));
    let dense = hashes
        .map(|hash| {
            let next = numbers.len() as u32;
            *numbers.entry(hash).or_insert(next)
        })
        .collect();
    (dense, numbers.len())
}

/// The lists a single word's own bits come from; a phrase (one word too) adds one of the
/// others, the first of place, organization, nationality that holds it.
const WORD_LISTS: u8 =
    listed::FIRST_NAME | listed::SURNAME | listed::ORGANIZATION_SUFFIX | listed::TITLE;
/// The lexicon classes a token can belong to (the [`listed`] bits), with their names in the
/// features.
pub(super) const GAZ_NAMES: [(u8, &str); 7] = [
    (listed::PLACE, "place"),
    (listed::ORGANIZATION, "org"),
    (listed::NATIONALITY, "nat"),
    (listed::FIRST_NAME, "first"),
    (listed::SURNAME, "sur"),
    (listed::ORGANIZATION_SUFFIX, "orgsuf"),
    (listed::TITLE, "title"),
];

/// `text` of sentence `sentence` as the lexicons list it: a headline's capitals re-cased
/// ("NEW YORK" as "New York"), anything else as it is.
fn as_the_body_writes<'t>(doc: &Document, sentence: usize, text: &'t str) -> Recased<'t> {
    if doc.sentence_in_capitals(sentence) && is_all_caps(text) {
        recased_from_capitals(text)
    } else {
        Recased::AsWritten(text)
    }
}

/// What the whole document tells about each token, computed once per document.
pub(crate) struct DocumentContext {
    /// Lexicon classes of the token, and whether it begins a multi-word match.
    pub(super) gazetteer: Vec<(u8, bool)>,
    /// The rule-based recognizer's opinion: kind, whether the token begins the name,
    /// and the rule's confidence.
    pub(super) rules: Vec<Option<(EntityKind, bool, u8)>>,
    /// By lowercase form ([`DocumentContext::form`]): whether the document writes it in
    /// lowercase somewhere.
    pub(super) seen_lowercase: Vec<bool>,
    /// By lowercase form: whether the document capitalizes it somewhere other than at a
    /// sentence start.
    pub(super) seen_capitalized_inside: Vec<bool>,
    /// The first pass's reading of the document, for the second pass.
    pub(super) first_pass: Option<FirstPass>,
    /// Whether each token, lowercased, is an ordinary word rather than a name.
    pub(super) common: Vec<bool>,
    /// Each token's lowercase form as a number (by its [`lowercase_hash`]), dense from 0 in order of first
    /// occurrence: what the document-wide tables above and the first pass's are indexed by.
    pub(super) form: Vec<u32>,
}

/// What a first tagging pass said, seen from each token: its own tag, and how the
/// same word was read elsewhere in the document.
pub(super) struct FirstPass {
    pub(super) tags: Vec<u8>,
    /// Per token: how often each label (O, PER, ORG, LOC, MISC) was given to the same
    /// word at its other occurrences.
    pub(super) elsewhere: Vec<[u16; 5]>,
    /// Per token: the labels and positions (0 first, 1 inside, 2 last) the same word
    /// takes inside multi-word names elsewhere, as bits (label * 3 + position).
    pub(super) inside_names: Vec<u16>,
}

/// The label (0 for O, 1..=4 for PER, ORG, LOC, MISC) of a tag.
fn label_of(tag: u8) -> usize {
    (tag as usize).div_ceil(2)
}

/// What the document context reads of a word as written, the same at every occurrence:
/// worth keeping per distinct word (the tagger's word cache does).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct WordFacts {
    /// The name lists that hold the word as written ([`Lexicon::lists_of`]).
    pub(crate) lists: u8,
    /// Whether the word, lowercased, is an ordinary word rather than a name.
    pub(crate) common: bool,
    /// Its [`lowercase_hash`].
    pub(crate) lowercase: u64,
}

impl WordFacts {
    /// The facts of `word`, looked up.
    pub(crate) fn of(word: &str, lexicon: &Lexicon) -> Self {
        WordFacts {
            lists: lexicon.lists_of(word),
            common: lexicon.is_common_word(word),
            lowercase: lowercase_hash(word),
        }
    }
}

impl DocumentContext {
    /// Gathers lexicon matches, rule opinions and document-wide word usage.
    #[cfg(any(test, feature = "train"))]
    pub(crate) fn new(doc: &Document, lexicon: &Lexicon, rule_candidates: &[Candidate]) -> Self {
        Self::with_facts(doc, lexicon, rule_candidates, |word| {
            WordFacts::of(word, lexicon)
        })
    }

    /// Like [`DocumentContext::new`], with each token's [`WordFacts`] from `facts` (which
    /// must give what [`WordFacts::of`] does).
    pub(crate) fn with_facts(
        doc: &Document,
        lexicon: &Lexicon,
        rule_candidates: &[Candidate],
        mut facts: impl FnMut(&str) -> WordFacts,
    ) -> Self {
        let n = doc.token_count();
        let mut gazetteer = vec![(0u8, false); n];
        let token_facts: Vec<WordFacts> = (0..n).map(|i| facts(doc.word(i))).collect();
        let (form, forms) = dense_numbers(token_facts.iter().map(|f| f.lowercase));
        let mut seen_lowercase = vec![false; forms];
        let mut seen_capitalized_inside = vec![false; forms];
        for (i, &token) in doc.tokens().enumerate() {
            if token.kind != TokenKind::Word {
                continue;
            }
            let word = doc.word(i);
            if word.chars().next().is_some_and(char::is_lowercase) {
                seen_lowercase[form[i] as usize] = true;
            } else if !doc.starts_sentence(i) && !doc.sentence_in_capitals(token.sentence) {
                seen_capitalized_inside[form[i] as usize] = true;
            }
            // One lookup for every list: the word's own classes, and below, as the phrase
            // of one word, its place, organization or nationality.
            let word_lists = match as_the_body_writes(doc, token.sentence, word) {
                Recased::AsWritten(_) => token_facts[i].lists,
                recased => lexicon.lists_of(&recased),
            };
            gazetteer[i].0 |= word_lists & WORD_LISTS;
            // Longest multi-word match of places, organizations, nationalities (all of
            // which begin with a capital).
            if !word.starts_with(char::is_uppercase) {
                continue;
            }
            let sentence_end = doc.sentence(token.sentence).end_token;
            for len in (1..=5.min(sentence_end - i)).rev() {
                let last = i + len - 1;
                if !doc.is_kind(last, TokenKind::Word) && len > 1 && doc.word(last) != "." {
                    continue;
                }
                let lists = if len == 1 {
                    word_lists
                } else {
                    let raw = &doc.text[token.start..doc.end(last)];
                    if raw.contains('\n') {
                        continue;
                    }
                    lexicon.lists_of(&as_the_body_writes(doc, token.sentence, raw))
                };
                let class = if lists & listed::PLACE != 0 {
                    listed::PLACE
                } else if lists & listed::ORGANIZATION != 0 {
                    listed::ORGANIZATION
                } else if lists & listed::NATIONALITY != 0 {
                    listed::NATIONALITY
                } else {
                    continue;
                };
                for (k, slot) in gazetteer[i..=last].iter_mut().enumerate() {
                    slot.0 |= class;
                    if k == 0 && len > 1 {
                        slot.1 = true;
                    }
                }
                break;
            }
        }
        let common = (0..n)
            .map(|i| doc.is_kind(i, TokenKind::Word) && token_facts[i].common)
            .collect();
        let mut rules = vec![None; n];
        for c in rule_candidates {
            for i in c.first_token..c.end_token {
                rules[i] = Some((c.kind, i == c.first_token, c.confidence));
            }
        }
        DocumentContext {
            gazetteer,
            rules,
            seen_lowercase,
            seen_capitalized_inside,
            first_pass: None,
            common,
            form,
        }
    }
}

impl DocumentContext {
    /// Adds a first pass's tags (one per token of the document) for the second pass.
    pub(crate) fn set_first_pass(&mut self, doc: &Document, tags: Vec<u8>) {
        // By the word in lowercase, so "JAPAN" in a headline meets "Japan".
        let key = |i: usize| self.form[i] as usize;
        let forms = self.seen_lowercase.len();
        let mut counts = vec![[0u16; 5]; forms];
        let mut inside = vec![0u16; forms];
        for (i, &tag) in tags.iter().enumerate() {
            if !doc.is_kind(i, TokenKind::Word) {
                continue;
            }
            let count = &mut counts[key(i)][label_of(tag)];
            *count = count.saturating_add(1);
        }
        for (first, end, tag) in super::viterbi::names(&tags) {
            if end - first > 1 {
                for i in first..end {
                    let position = if i == first {
                        0
                    } else if i + 1 == end {
                        2
                    } else {
                        1
                    };
                    inside[key(i)] |= 1 << (label_of(tag) * 3 + position);
                }
            }
        }
        let elsewhere = (0..tags.len())
            .map(|i| {
                let mut c = counts[key(i)];
                let own = label_of(tags[i]);
                c[own] = c[own].saturating_sub(1);
                c
            })
            .collect();
        let inside_names = (0..tags.len()).map(|i| inside[key(i)]).collect();
        self.first_pass = Some(FirstPass {
            tags,
            elsewhere,
            inside_names,
        });
    }
}
