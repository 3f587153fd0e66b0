//! Feature extraction for the entity tagger: what the model sees of each token.
//!
//! Each feature is a [`Template`] plus strings, hashed to a 32-bit key (see
//! [`super::keys`]).
//! Training (`crates/cli/src/bin/train.rs`) and tagging call the same code, so a shipped model
//! always sees exactly the features it was trained on.

pub(crate) use super::context::DocumentContext;
use super::context::GAZ_NAMES;
use super::fixed_keys::{fixed_keys, Fixed, FixedKeys, EDGE};
#[cfg(any(test, feature = "train"))]
use super::keys::part_hash;
use super::keys::{key_of, Key, SentenceParts};
use super::templates::Template;
use crate::text::Document;

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

/// The lowercase form and the two shapes of `word`, written into the given strings (cleared
/// first): what a word's own features and its neighbours' pair features read of it.
pub(super) fn word_forms(word: &str, lower: &mut String, full: &mut String, short: &mut String) {
    lower.clear();
    if word.is_ascii() {
        lower.push_str(word);
        lower.make_ascii_lowercase();
    } else {
        lower.extend(word.chars().flat_map(char::to_lowercase));
    }
    shapes(word, full, short);
}

/// Whether a word begins with a capital letter (its first character is uppercase).
pub(super) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The keys of a word's own features, the same wherever it stands: the bias, the word in
/// lowercase, its shapes, prefixes and suffixes, and a hyphenated word's shape.
pub(super) fn own_keys(word: &str, lower: &str, full: &str, short: &str, out: &mut Vec<u32>) {
    out.push(fixed_keys().features.bias.key);
    out.push(Key::new(Template::Word).part(lower).finish());
    out.push(Key::new(Template::ShortShape).part(short).finish());
    out.push(Key::new(Template::Shape).part(full).finish());
    // Prefixes as written, suffixes in lowercase, of one to four characters.
    for end in word
        .char_indices()
        .map(|(b, _)| b)
        .skip(1)
        .chain(std::iter::once(word.len()))
        .take(4)
    {
        out.push(Key::new(Template::Prefix).part(&word[..end]).finish());
    }
    for (b, _) in lower.char_indices().rev().take(4) {
        out.push(Key::new(Template::Suffix).part(&lower[b..]).finish());
    }
    if word.len() > 1 && word.contains('-') {
        out.push(Key::new(Template::HyphenatedShape).part(short).finish());
    }
}

/// The features one word gives the tokens around it, and where each such token is: the
/// word before (read by the token after it), after, two before and two after.
pub(super) const NEIGHBOURS: [(Template, isize); 4] = [
    (Template::PreviousWord, 1),
    (Template::NextWord, -1),
    (Template::SecondWordBefore, 2),
    (Template::SecondWordAfter, -2),
];

/// The key of the feature `template` of [`NEIGHBOURS`] for a neighbour written `lower` (or
/// a sentence-boundary marker).
pub(super) fn neighbour_key(template: Template, lower: &str) -> u32 {
    Key::new(template).part(lower).finish()
}

/// The marker a feature reads for a neighbour `k` tokens away past the sentence's start
/// (`k` < 0) or end.
pub(super) fn boundary(k: isize) -> &'static str {
    if k < 0 {
        "<s>"
    } else {
        "</s>"
    }
}

/// Where a token's features go: keys to look up, and fixed-valued features, which a tagger
/// may have looked up already.
pub(super) trait Features {
    /// A feature by its key.
    fn key(&mut self, key: u32);
    /// A fixed-valued feature.
    fn fixed(&mut self, feature: Fixed);
}

/// Keys, one after another, the fixed features' too: what training reads.
impl Features for Vec<u32> {
    fn key(&mut self, key: u32) {
        self.push(key);
    }

    fn fixed(&mut self, feature: Fixed) {
        self.push(feature.key);
    }
}

/// Writes the keys of token `k` of sentence `s` that depend on where it stands: its
/// neighbours' words and shapes with its own, the sentence, the lexicons, the rules and
/// the document's usage. With [`own_keys`] and the [`NEIGHBOURS`] these are all of a
/// token's first-pass features.
pub(super) fn context_keys(
    doc: &Document,
    context: &DocumentContext,
    s: usize,
    k: usize,
    words: &SentenceParts,
    shapes: Shapes,
    out: &mut impl Features,
) {
    let fixed = &fixed_keys().features;
    let sentence = doc.sentence(s);
    let (first, n) = (
        sentence.first_token,
        sentence.end_token - sentence.first_token,
    );
    let gaz = |k: isize| {
        if k < 0 || k as usize >= n {
            (0, false)
        } else {
            context.gazetteer[first + k as usize]
        }
    };
    let i = first + k;
    let ki = k as isize;
    let lower = |k: isize| words.lower(k);
    let short = |k: isize| words.short(k);
    let l = lower(ki);
    let (before, after) = (lower(ki - 1), lower(ki + 1));
    let (shape_before, shape, shape_after) = (short(ki - 1), short(ki), short(ki + 1));
    out.key(key_of(Template::PreviousAndWord, &[before, l]));
    out.key(key_of(Template::WordAndNext, &[l, after]));
    let at_start = doc.opens_clause(i);
    let in_capitals = doc.sentence_in_capitals(s);
    if shapes == Shapes::Included {
        shape_keys(
            [shape_before, shape, shape_after],
            at_start,
            in_capitals,
            out,
        );
    }
    if in_capitals {
        out.key(key_of(Template::WordInCapitals, &[l]));
    }
    for offset in -1..=1isize {
        let (bits, begins) = gaz(ki + offset);
        // The set bits only (most tokens have none): class k is bit k (see GAZ_NAMES).
        let mut rest = bits & CLASS_BITS;
        while rest != 0 {
            let class = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            let by_position = &fixed.lexicon[class][(offset + 1) as usize];
            out.fixed(by_position[(offset == 0 && begins) as usize]);
        }
    }
    let capitalized = is_capitalized(doc.word(i));
    let form = context.form[i] as usize;
    if capitalized && context.seen_lowercase[form] {
        out.fixed(fixed.seen_lowercase);
    }
    if capitalized && at_start && context.seen_capitalized_inside[form] {
        out.fixed(fixed.seen_capitalized_inside);
    }
    if let Some((kind, begins, confidence)) = context.rules[i] {
        out.fixed(fixed.rule_opinion[kind.index()][begins as usize][strength_of(confidence)]);
        out.key(
            Key::new(Template::RuleKindAndShape)
                .part(kind.conll_label())
                .hashed(shape)
                .finish(),
        );
    } else if capitalized {
        out.fixed(fixed.capitalized_without_rule);
    }
    if capitalized && context.common[i] {
        out.fixed(fixed.capitalized_common_word[if at_start { 0 } else { 1 }]);
    }
    if s < 2 {
        // The first lines of an article: headline and dateline.
        out.key(key_of(Template::OpeningLines, &[s as u64, shape]));
    }
    out.key(key_of(Template::SurroundingWords, &[before, after]));
    out.key(key_of(Template::PreviousWordAndShape, &[before, shape]));
    out.key(key_of(Template::ShapeAndNextWord, &[shape, after]));
}

/// Whether [`context_keys`] writes the features of the short shapes alone
/// ([`shape_keys`]), or leaves them to a caller that adds them up once per distinct
/// combination (the tagger's word cache).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Shapes {
    Included,
    Left,
}

/// The features of the short shapes around a token (before, own, after), at a clause's
/// opening or in a line of capitals: no word in them, so that few combinations recur.
pub(super) fn shape_keys(
    [shape_before, shape, shape_after]: [u64; 3],
    at_start: bool,
    in_capitals: bool,
    out: &mut impl Features,
) {
    out.key(key_of(
        Template::ShapeTrigram,
        &[shape_before, shape, shape_after],
    ));
    out.key(key_of(
        Template::PreviousShapeAndShape,
        &[shape_before, shape],
    ));
    out.key(key_of(Template::ShapeAndNextShape, &[shape, shape_after]));
    if at_start {
        out.key(key_of(Template::ShapeAtStart, &[shape]));
    }
    if in_capitals {
        out.key(key_of(Template::ShapeInCapitals, &[shape]));
    }
}

/// The bits of every lexicon class of [`GAZ_NAMES`], whose class k is bit k.
const CLASS_BITS: u8 = {
    let mut bits = 0;
    let mut k = 0;
    while k < GAZ_NAMES.len() {
        assert!(GAZ_NAMES[k].0 == 1 << k, "GAZ_NAMES lists class k as bit k");
        bits |= GAZ_NAMES[k].0;
        k += 1;
    }
    bits
};

/// Reusable buffers for feature extraction.
#[cfg(any(test, feature = "train"))]
#[derive(Default)]
pub(crate) struct Scratch {
    lower: Vec<String>,
    shapes: Vec<String>,
    short_shapes: Vec<String>,
    hashes: Vec<[u64; 2]>,
}

/// Writes the first-pass features of every token of sentence `s` into `out`, token after
/// token; `offsets` receives where each token's features start (plus a final end). This is
/// what training reads; tagging adds up the same features with each word's own ones and
/// its neighbour features cached (`super::word_cache`).
#[cfg(any(test, feature = "train"))]
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
        word_forms(
            doc.word(first + k),
            &mut scratch.lower[k],
            &mut scratch.shapes[k],
            &mut scratch.short_shapes[k],
        );
    }
    scratch.hashes.clear();
    scratch.hashes.push([part_hash(boundary(-1)); 2]);
    for k in 0..n {
        let forms = [&scratch.lower[k], &scratch.short_shapes[k]];
        scratch.hashes.push(forms.map(|form| part_hash(form)));
    }
    scratch.hashes.push([part_hash(boundary(1)); 2]);
    let words = SentenceParts {
        hashes: &scratch.hashes,
    };
    for k in 0..n {
        offsets.push(out.len() as u32);
        let ki = k as isize;
        own_keys(
            doc.word(first + k),
            &scratch.lower[k],
            &scratch.shapes[k],
            &scratch.short_shapes[k],
            out,
        );
        for (template, distance) in NEIGHBOURS {
            let neighbour = usize::try_from(ki - distance)
                .ok()
                .and_then(|j| scratch.lower.get(j).filter(|_| j < n));
            out.push(neighbour_key(
                template,
                neighbour.map_or(boundary(ki - distance), String::as_str),
            ));
        }
        context_keys(doc, context, s, k, &words, Shapes::Included, out);
    }
    offsets.push(out.len() as u32);
}

/// Writes the second-pass features of every token of sentence `s` (how the first pass
/// read the token, its neighbours and the same word elsewhere), like
/// [`sentence_features`]. Nothing is written without a first pass.
#[cfg(any(test, feature = "train"))]
pub(crate) fn first_pass_features(
    doc: &Document,
    context: &DocumentContext,
    s: usize,
    out: &mut Vec<u32>,
    offsets: &mut Vec<u32>,
) {
    let sentence = doc.sentence(s);
    for k in 0..sentence.end_token - sentence.first_token {
        offsets.push(out.len() as u32);
        first_pass_keys(doc, context, s, k, out);
    }
    offsets.push(out.len() as u32);
}

/// The first pass's tags around token `k` of sentence `s`: two before, one before, its own,
/// one after and two after ([`EDGE`] past the sentence's ends); none without a first pass.
pub(super) fn first_pass_window(
    doc: &Document,
    context: &DocumentContext,
    s: usize,
    k: usize,
) -> Option<[usize; 5]> {
    let pass = context.first_pass.as_ref()?;
    let sentence = doc.sentence(s);
    let (first, n) = (
        sentence.first_token,
        sentence.end_token - sentence.first_token,
    );
    let tag = |j: isize| {
        if j < 0 || j as usize >= n {
            EDGE
        } else {
            pass.tags[first + j as usize] as usize
        }
    };
    let ki = k as isize;
    Some([-2, -1, 0, 1, 2].map(|offset| tag(ki + offset)))
}

/// The second-pass features of the first pass's tags two before, one before and at a
/// token: its tag, the tag pair, the tag triple.
pub(super) fn tags_up_to(before2: usize, before: usize, here: usize) -> [Fixed; 3] {
    let fixed = &fixed_keys().features;
    [
        fixed.first_pass_tag[here],
        fixed.tag_and_previous[before][here],
        fixed.tags_before[FixedKeys::triple(before2, before, here)],
    ]
}

/// The second-pass features of the first pass's tags at a token, one after and two after:
/// the tag pair and the tag triple.
pub(super) fn tags_from(here: usize, after: usize, after2: usize) -> [Fixed; 2] {
    let fixed = &fixed_keys().features;
    [
        fixed.tag_and_next[here][after],
        fixed.tags_after[FixedKeys::triple(here, after, after2)],
    ]
}

/// Writes the second-pass features of token `k` of sentence `s`; nothing without a first
/// pass. All of them are fixed-valued: those of the first pass's tags around the token
/// ([`tags_up_to`], [`tags_from`]), then those of how the document uses its word
/// ([`first_pass_usage_keys`]). Training reads these; tagging adds the tags' ones as two
/// precombined rows (`super::word_cache`).
#[cfg(any(test, feature = "train"))]
pub(super) fn first_pass_keys(
    doc: &Document,
    context: &DocumentContext,
    s: usize,
    k: usize,
    out: &mut impl Features,
) {
    let Some([before2, before, here, after, after2]) = first_pass_window(doc, context, s, k) else {
        return;
    };
    let [tag, previous, tags_before] = tags_up_to(before2, before, here);
    let [next, tags_after] = tags_from(here, after, after2);
    // In the order training has always read them.
    for feature in [tag, previous, next, tags_before, tags_after] {
        out.fixed(feature);
    }
    first_pass_usage_keys(doc, context, doc.sentence(s).first_token + k, out);
}

/// Writes the second-pass features of token `i` that say how the first pass labelled its
/// word elsewhere in the document (a capitalized word only); nothing without a first pass.
pub(super) fn first_pass_usage_keys(
    doc: &Document,
    context: &DocumentContext,
    i: usize,
    out: &mut impl Features,
) {
    let Some(pass) = &context.first_pass else {
        return;
    };
    let fixed = &fixed_keys().features;
    if is_capitalized(doc.word(i)) {
        let elsewhere = pass.elsewhere[i];
        let mut best = (0, 0);
        for (label, &count) in elsewhere.iter().enumerate() {
            if count > 0 {
                out.fixed(fixed.label_elsewhere[label]);
                if count > best.0 {
                    best = (count, label);
                }
            }
        }
        if best.0 > 0 {
            out.fixed(fixed.most_label_elsewhere[best.1]);
        }
        // The set bits only, in order (label * 3 + position < 15).
        let mut inside = pass.inside_names[i] & 0x7fff;
        while inside != 0 {
            out.fixed(fixed.inside_names[inside.trailing_zeros() as usize]);
            inside &= inside - 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
