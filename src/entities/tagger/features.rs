//! Feature extraction for the entity tagger: what the model sees of each token.
//!
//! Each feature is a [`Template`] plus strings, hashed to a 32-bit key (the Fx mixing
//! step and a 64-bit avalanche, see `Key`).
//! Training (`crates/cli/src/bin/train.rs`) and tagging call the same code, so a shipped model
//! always sees exactly the features it was trained on.

pub(crate) use super::context::DocumentContext;
use super::context::GAZ_NAMES;
use super::fixed_keys::{fixed_keys, FixedKeys, EDGE};
use super::templates::Template;
use crate::lexicon::padded_word;
use crate::text::Document;

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

    fn bytes(mut self, bytes: &[u8]) -> Self {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self = self.mix(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        // The length keeps "ab" + "" apart from "a" + "b".
        self.mix(padded_word(chunks.remainder()))
            .mix(bytes.len() as u64)
    }

    /// Appends one part, separated from the previous one.
    pub(super) fn part(self, s: &str) -> Self {
        self.bytes(s.as_bytes())
    }

    pub(super) fn finish(self) -> u32 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        (h ^ (h >> 32)) as u32
    }
}

pub(super) const LABELS: [&str; 5] = ["O", "PER", "ORG", "LOC", "MISC"];
/// How a rule's name covers a token: inside it ("I") or beginning it ("B"), by `begins`.
pub(super) const NAME_POSITIONS: [&str; 2] = ["I", "B"];
/// How sure a rule is, by [`strength_of`].
pub(super) const STRENGTHS: [&str; 3] = ["guess", "likely", "strong"];

/// The index in [`STRENGTHS`] of a rule's confidence.
fn strength_of(confidence: u8) -> usize {
    match confidence {
        0..=1 => 0,
        2..=3 => 1,
        _ => 2,
    }
}

/// The word's shapes: X for capitals, x for small letters, d for digits, any other
/// character as it is, of its first 12 characters; `full` gets one class per character,
/// `short` each run of one class once ("Xx" for "Witkoff"). Both in one pass.
fn shapes(word: &str, full: &mut String, short: &mut String) {
    full.clear();
    short.clear();
    let class = |c: char| {
        if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        }
    };
    let mut last = '\0';
    let mut add = |class: char| {
        full.push(class);
        if class != last {
            short.push(class);
        }
        last = class;
    };
    if word.is_ascii() {
        // The same classes, read from bytes (an ASCII letter's case is its Unicode case).
        for &b in word.as_bytes().iter().take(12) {
            add(match b {
                b'A'..=b'Z' => 'X',
                b'a'..=b'z' => 'x',
                b'0'..=b'9' => 'd',
                _ => b as char,
            });
        }
    } else {
        for c in word.chars().take(12) {
            add(class(c));
        }
    }
}

/// Reusable buffers for feature extraction.
#[derive(Default)]
pub(crate) struct Scratch {
    lower: Vec<String>,
    shapes: Vec<String>,
    short_shapes: Vec<String>,
}

/// Writes the features of every token of sentence `s` into `out`, token after token;
/// `offsets` receives where each token's features start (plus a final end).
pub(crate) fn sentence_features(
    doc: &Document,
    context: &DocumentContext,
    s: usize,
    scratch: &mut Scratch,
    out: &mut Vec<u32>,
    offsets: &mut Vec<u32>,
) {
    let sentence = doc.sentence(s);
    let (first, end) = (sentence.first_token, sentence.end_token);
    let n = end - first;
    let fixed = fixed_keys();
    // Grown, never shrunk: a short sentence must not drop the strings (and their capacity)
    // the next long one reuses.
    for list in [
        &mut scratch.lower,
        &mut scratch.shapes,
        &mut scratch.short_shapes,
    ] {
        while list.len() < n {
            // Room for most words at once (a shape has at most 12 characters).
            list.push(String::with_capacity(16));
        }
    }
    for k in 0..n {
        let word = doc.word(first + k);
        scratch.lower[k].clear();
        if word.is_ascii() {
            scratch.lower[k].push_str(word);
            scratch.lower[k].make_ascii_lowercase();
        } else {
            scratch.lower[k].extend(word.chars().flat_map(char::to_lowercase));
        }
        // Written in place: each slot keeps its capacity from one sentence to the next.
        shapes(word, &mut scratch.shapes[k], &mut scratch.short_shapes[k]);
    }
    let capitals = doc.sentence_in_capitals(s);
    // Token `k` of the sentence in one of the per-token lists, with sentence-boundary
    // markers past either end.
    fn at(list: &[String], k: isize) -> &str {
        match usize::try_from(k) {
            Err(_) => "<s>",
            Ok(k) => list.get(k).map_or("</s>", String::as_str),
        }
    }
    let (lower_words, short_shapes) = (&scratch.lower[..n], &scratch.short_shapes[..n]);
    let lower = |k: isize| at(lower_words, k);
    let short = |k: isize| at(short_shapes, k);
    let gaz = |k: isize| {
        if k < 0 || k as usize >= n {
            (0, false)
        } else {
            context.gazetteer[first + k as usize]
        }
    };
    for k in 0..n {
        offsets.push(out.len() as u32);
        let i = first + k;
        let ki = k as isize;
        let word = doc.word(i);
        let l = lower(ki);
        let mut push = |key: u32| out.push(key);
        push(fixed.bias);
        push(Key::new(Template::Word).part(l).finish());
        push(Key::new(Template::ShortShape).part(short(ki)).finish());
        push(Key::new(Template::Shape).part(&scratch.shapes[k]).finish());
        // Prefixes as written, suffixes in lowercase, of one to four characters.
        for end in word
            .char_indices()
            .map(|(b, _)| b)
            .skip(1)
            .chain(std::iter::once(word.len()))
            .take(4)
        {
            push(Key::new(Template::Prefix).part(&word[..end]).finish());
        }
        for (b, _) in l.char_indices().rev().take(4) {
            push(Key::new(Template::Suffix).part(&l[b..]).finish());
        }
        push(
            Key::new(Template::PreviousWord)
                .part(lower(ki - 1))
                .finish(),
        );
        push(Key::new(Template::NextWord).part(lower(ki + 1)).finish());
        push(
            Key::new(Template::SecondWordBefore)
                .part(lower(ki - 2))
                .finish(),
        );
        push(
            Key::new(Template::SecondWordAfter)
                .part(lower(ki + 2))
                .finish(),
        );
        push(
            Key::new(Template::PreviousAndWord)
                .part(lower(ki - 1))
                .part(l)
                .finish(),
        );
        push(
            Key::new(Template::WordAndNext)
                .part(l)
                .part(lower(ki + 1))
                .finish(),
        );
        push(
            Key::new(Template::ShapeTrigram)
                .part(short(ki - 1))
                .part(short(ki))
                .part(short(ki + 1))
                .finish(),
        );
        push(
            Key::new(Template::PreviousShapeAndShape)
                .part(short(ki - 1))
                .part(short(ki))
                .finish(),
        );
        push(
            Key::new(Template::ShapeAndNextShape)
                .part(short(ki))
                .part(short(ki + 1))
                .finish(),
        );
        let at_start = doc.opens_clause(i);
        if at_start {
            push(Key::new(Template::ShapeAtStart).part(short(ki)).finish());
        }
        if capitals {
            push(Key::new(Template::ShapeInCapitals).part(short(ki)).finish());
            push(Key::new(Template::WordInCapitals).part(l).finish());
        }
        for offset in -1..=1isize {
            let (bits, begins) = gaz(ki + offset);
            for (class, (bit, _)) in GAZ_NAMES.iter().enumerate() {
                if bits & bit != 0 {
                    let by_position = &fixed.lexicon[class][(offset + 1) as usize];
                    push(by_position[(offset == 0 && begins) as usize]);
                }
            }
        }
        let capitalized = word.chars().next().is_some_and(char::is_uppercase);
        let l_hash = context.lowercase[i];
        if capitalized && context.seen_lowercase.contains(&l_hash) {
            push(fixed.seen_lowercase);
        }
        if capitalized && at_start && context.seen_capitalized_inside.contains(&l_hash) {
            push(fixed.seen_capitalized_inside);
        }
        if let Some((kind, begins, confidence)) = context.rules[i] {
            push(fixed.rule_opinion[kind.index()][begins as usize][strength_of(confidence)]);
            push(
                Key::new(Template::RuleKindAndShape)
                    .part(kind.conll_label())
                    .part(short(ki))
                    .finish(),
            );
        } else if capitalized {
            push(fixed.capitalized_without_rule);
        }
        if word.len() > 1 && word.contains('-') {
            push(Key::new(Template::HyphenatedShape).part(short(ki)).finish());
        }
        if capitalized && context.common[i] {
            push(fixed.capitalized_common_word[if at_start { 0 } else { 1 }]);
        }
        if s < 2 {
            // The first lines of an article: headline and dateline.
            push(
                Key::new(Template::OpeningLines)
                    .part(&s.to_string())
                    .part(short(ki))
                    .finish(),
            );
        }
        push(
            Key::new(Template::SurroundingWords)
                .part(lower(ki - 1))
                .part(lower(ki + 1))
                .finish(),
        );
        push(
            Key::new(Template::PreviousWordAndShape)
                .part(lower(ki - 1))
                .part(short(ki))
                .finish(),
        );
        push(
            Key::new(Template::ShapeAndNextWord)
                .part(short(ki))
                .part(lower(ki + 1))
                .finish(),
        );
    }
    offsets.push(out.len() as u32);
}

/// Writes the second-pass features of every token of sentence `s` (how the first pass
/// read the token, its neighbours and the same word elsewhere), like
/// [`sentence_features`]. Nothing is written without a first pass.
pub(crate) fn first_pass_features(
    doc: &Document,
    context: &DocumentContext,
    s: usize,
    out: &mut Vec<u32>,
    offsets: &mut Vec<u32>,
) {
    let sentence = doc.sentence(s);
    let (first, end) = (sentence.first_token, sentence.end_token);
    let n = end - first;
    let fixed = fixed_keys();
    for k in 0..n {
        offsets.push(out.len() as u32);
        let Some(pass) = &context.first_pass else {
            continue;
        };
        let i = first + k;
        let ki = k as isize;
        let mut push = |key: u32| out.push(key);
        let capitalized = doc.word(i).chars().next().is_some_and(char::is_uppercase);
        let tag = |j: isize| {
            if j < 0 || j as usize >= n {
                EDGE
            } else {
                pass.tags[first + j as usize] as usize
            }
        };
        let (before2, before, here, after, after2) =
            (tag(ki - 2), tag(ki - 1), tag(ki), tag(ki + 1), tag(ki + 2));
        push(fixed.first_pass_tag[here]);
        push(fixed.tag_and_previous[before][here]);
        push(fixed.tag_and_next[here][after]);
        push(fixed.tags_before[FixedKeys::triple(before2, before, here)]);
        push(fixed.tags_after[FixedKeys::triple(here, after, after2)]);
        if capitalized {
            let elsewhere = pass.elsewhere[i];
            let mut best = (0, 0);
            for (label, &count) in elsewhere.iter().enumerate() {
                if count > 0 {
                    push(fixed.label_elsewhere[label]);
                    if count > best.0 {
                        best = (count, label);
                    }
                }
            }
            if best.0 > 0 {
                push(fixed.most_label_elsewhere[best.1]);
            }
            let inside = pass.inside_names[i];
            for bit in 0..15 {
                if inside & (1 << bit) != 0 {
                    push(fixed.inside_names[bit]);
                }
            }
        }
    }
    offsets.push(out.len() as u32);
}

#[cfg(test)]
mod tests {
    use super::shapes;

    #[test]
    fn shapes_in_full_and_short_for_ascii_and_other_letters() {
        let (mut full, mut short) = (String::new(), String::new());
        for (word, want_full, want_short) in [
            ("Witkoff", "Xxxxxxx", "Xx"),
            ("U.S.", "X.X.", "X.X."),
            ("G7", "Xd", "Xd"),
            ("Ümit1", "Xxxxd", "Xxd"),
            ("internationally", "xxxxxxxxxxxx", "x"),
        ] {
            shapes(word, &mut full, &mut short);
            assert_eq!(
                (full.as_str(), short.as_str()),
                (want_full, want_short),
                "{word}"
            );
        }
    }
}
