//! The keys of the features that take one of a few fixed values (the bias, a lexicon class
//! by position, the rules' opinion, the first pass's tags around a token, how a word was
//! labelled elsewhere), hashed once for the process: at a token they are looked up in
//! arrays instead of hashed again, and numbered, so that tagging looks each one's model
//! rows up once. The keys are exactly those [`super::features`] would compute, so
//! training, the model and the output are unchanged.

use super::context::GAZ_NAMES;
use super::features::{LABELS, NAME_POSITIONS, STRENGTHS};
use super::keys::Key;
use super::model::{T, TAGS};
use super::templates::Template;
use crate::analysis::EntityKind;
use std::sync::OnceLock;

/// A first-pass tag's index, or [`EDGE`] past either end of the sentence ("-").
pub(super) const EDGE: usize = T;
/// How many values a first-pass tag position takes: the tags and the edge.
pub(super) const TAG_VALUES: usize = T + 1;

/// A fixed-valued feature: its key, and its number among all of them (where a tagger keeps
/// the feature's model rows, looked up once).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Fixed {
    pub key: u32,
    pub number: u16,
}

/// The fixed-valued features, by what they say: `K` is the key (as computed) or the
/// [`Fixed`] feature.
pub(super) struct FixedKeysOf<K> {
    pub bias: K,
    /// By lexicon class (`GAZ_NAMES` order), offset (-1, 0, +1) and whether it begins a
    /// multi-word match.
    pub lexicon: [[[K; 2]; 3]; 7],
    pub seen_lowercase: K,
    pub seen_capitalized_inside: K,
    pub capitalized_without_rule: K,
    /// At the start of a clause, inside one.
    pub capitalized_common_word: [K; 2],
    /// By kind (`EntityKind::index`), whether the rule's name begins here, and strength.
    pub rule_opinion: [[[K; 3]; 2]; 4],
    /// By tag index (or `EDGE`).
    pub first_pass_tag: [K; TAG_VALUES],
    /// By previous tag, then tag.
    pub tag_and_previous: [[K; TAG_VALUES]; TAG_VALUES],
    /// By tag, then next tag.
    pub tag_and_next: [[K; TAG_VALUES]; TAG_VALUES],
    /// By the tags two before, one before and here: [`FixedKeys::triple`].
    pub tags_before: Vec<K>,
    /// By the tags here, one after and two after: [`FixedKeys::triple`].
    pub tags_after: Vec<K>,
    /// By label (`LABELS` order).
    pub label_elsewhere: [K; 5],
    pub most_label_elsewhere: [K; 5],
    /// By label * 3 + position in the name (first, inside, last).
    pub inside_names: [K; 15],
}

/// The fixed-valued features, numbered, and every key in the order of their numbers.
pub(super) struct FixedKeys {
    pub features: FixedKeysOf<Fixed>,
    pub all: Vec<u32>,
}

impl FixedKeys {
    /// Where three tag positions sit in `tags_before` and `tags_after`.
    pub(super) fn triple(a: usize, b: usize, c: usize) -> usize {
        (a * TAG_VALUES + b) * TAG_VALUES + c
    }
}

impl FixedKeysOf<u32> {
    /// The same features, each numbered in turn; `all` receives their keys in that order.
    fn numbered(self, all: &mut Vec<u32>) -> FixedKeysOf<Fixed> {
        let mut number = |key: u32| {
            all.push(key);
            Fixed {
                key,
                number: (all.len() - 1) as u16,
            }
        };
        FixedKeysOf {
            bias: number(self.bias),
            lexicon: self.lexicon.map(|c| c.map(|o| o.map(&mut number))),
            seen_lowercase: number(self.seen_lowercase),
            seen_capitalized_inside: number(self.seen_capitalized_inside),
            capitalized_without_rule: number(self.capitalized_without_rule),
            capitalized_common_word: self.capitalized_common_word.map(&mut number),
            rule_opinion: self.rule_opinion.map(|k| k.map(|b| b.map(&mut number))),
            first_pass_tag: self.first_pass_tag.map(&mut number),
            tag_and_previous: self.tag_and_previous.map(|p| p.map(&mut number)),
            tag_and_next: self.tag_and_next.map(|t| t.map(&mut number)),
            tags_before: self.tags_before.into_iter().map(&mut number).collect(),
            tags_after: self.tags_after.into_iter().map(&mut number).collect(),
            label_elsewhere: self.label_elsewhere.map(&mut number),
            most_label_elsewhere: self.most_label_elsewhere.map(&mut number),
            inside_names: self.inside_names.map(&mut number),
        }
    }
}

/// The fixed keys, computed on first use (some thousand hashes: well under a millisecond).
pub(super) fn fixed_keys() -> &'static FixedKeys {
    static KEYS: OnceLock<FixedKeys> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut all = Vec::new();
        let features = compute().numbered(&mut all);
        FixedKeys { features, all }
    })
}

/// The name a first-pass tag index has in the features.
fn tag_name(tag: usize) -> &'static str {
    TAGS.get(tag).copied().unwrap_or("-")
}

fn compute() -> FixedKeysOf<u32> {
    let plain = |template: Template| Key::new(template).finish();
    let tags = |template: Template, parts: &[usize]| {
        parts
            .iter()
            .fold(Key::new(template), |key, &t| key.part(tag_name(t)))
            .finish()
    };
    let all_triples = |template: Template| {
        let mut keys = vec![0; TAG_VALUES * TAG_VALUES * TAG_VALUES];
        for a in 0..TAG_VALUES {
            for b in 0..TAG_VALUES {
                for c in 0..TAG_VALUES {
                    keys[FixedKeys::triple(a, b, c)] = tags(template, &[a, b, c]);
                }
            }
        }
        keys
    };
    FixedKeysOf {
        bias: plain(Template::Bias),
        lexicon: std::array::from_fn(|class| {
            std::array::from_fn(|offset| {
                std::array::from_fn(|begins| {
                    Key::new(Template::Lexicon)
                        .part(GAZ_NAMES[class].1)
                        .part(["-1", "0", "+1"][offset])
                        .part(if begins == 1 { "B" } else { "" })
                        .finish()
                })
            })
        }),
        seen_lowercase: plain(Template::SeenLowercase),
        seen_capitalized_inside: plain(Template::SeenCapitalizedInside),
        capitalized_without_rule: plain(Template::CapitalizedWithoutRule),
        capitalized_common_word: ["start", "inside"]
            .map(|at| Key::new(Template::CapitalizedCommonWord).part(at).finish()),
        rule_opinion: std::array::from_fn(|kind| {
            std::array::from_fn(|begins| {
                std::array::from_fn(|strength| {
                    Key::new(Template::RuleOpinion)
                        .part(EntityKind::ALL[kind].conll_label())
                        .part(NAME_POSITIONS[begins])
                        .part(STRENGTHS[strength])
                        .finish()
                })
            })
        }),
        first_pass_tag: std::array::from_fn(|t| tags(Template::FirstPassTag, &[t])),
        tag_and_previous: std::array::from_fn(|previous| {
            std::array::from_fn(|t| tags(Template::FirstPassTagAndPrevious, &[previous, t]))
        }),
        tag_and_next: std::array::from_fn(|t| {
            std::array::from_fn(|next| tags(Template::FirstPassTagAndNext, &[t, next]))
        }),
        tags_before: all_triples(Template::FirstPassTagsBefore),
        tags_after: all_triples(Template::FirstPassTagsAfter),
        label_elsewhere: LABELS.map(|l| Key::new(Template::LabelElsewhere).part(l).finish()),
        most_label_elsewhere: LABELS
            .map(|l| Key::new(Template::MostLabelElsewhere).part(l).finish()),
        inside_names: std::array::from_fn(|bit| {
            Key::new(Template::InsideNamesElsewhere)
                .part(LABELS[bit / 3])
                .part(["first", "inside", "last"][bit % 3])
                .finish()
        }),
    }
}
